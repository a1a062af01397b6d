/**
 * DEMO DATA — the organisations and users the platform seeds on first start.
 *
 * Everything in this file is fictional demonstration data:
 * - The enterprises are invented; their names are not meant to be those of real companies, and any
 *   resemblance is accidental. Contact persons, phone numbers (0433-0000xxx and the overseas ones are not
 *   dialable) and street numbers are invented as well.
 * - The government bodies are named after the real authorities so that the workflows read naturally,
 *   but their codes, addresses and contacts are NOT theirs.
 * - Every USCC below is built with `makeUscc` and passes GB 32100 validation, but the 9-character body
 *   ("TUMEN" + a marker + a sequence) is made up: these are not registered codes.
 * - Customs enterprise codes are demo values too (see `customs()` below). The customs office (关区) codes
 *   of 延吉海关, the Yanji airport office and the Yanji B-type bonded logistics centre could not be
 *   verified (POLICY-NOTES §5.4), so none are given here.
 */
import type { Department, EnterpriseRole, OrgKind } from '../access';
import { makeUscc } from './uscc';

export interface DemoUser {
  username: string;
  displayName: string;
  role: 'admin' | 'member';
  password: string;
}

export interface DemoOrg {
  /** Stable short key, e.g. 'yanji-customs'. */
  key: string;
  kind: OrgKind;
  /** Departments only. */
  department?: Department;
  /** Enterprises only; [] otherwise. */
  roles: EnterpriseRole[];
  /** Valid per GB 32100 (built with makeUscc). */
  uscc: string;
  /** 10 characters, for enterprises that appear in customs messages. */
  customsCode?: string;
  nameZh: string;
  names: { en: string; ko: string; ja: string; ru: string };
  /** In Chinese for organisations in Yanbian; in the local language for overseas ones. */
  address: string;
  /** GB/T 2260, e.g. '222401'. */
  areaCode: string;
  /** ISO 3166 alpha-3, overseas enterprises only. */
  countryCode?: string;
  /** overseas_ebc: key of its domestic agent (an ebc or broker in this list). */
  agentKey?: string;
  contactName: string;
  contactPhone: string;
  users: DemoUser[];
}

/** The one password of every demo user. Demo only: change or disable the demo users in production. */
export const DEMO_PASSWORD = 'Tumen-demo-2026';

const YANJI = '222401';
const YANBIAN = '222400';
const DUNHUA = '222403';
const LONGJING = '222405';

const YANJI_ADDR = '吉林省延边朝鲜族自治州延吉市';

/** Government organ (registering authority 1 = 机构编制, type 1 = 机关). Demo body 'TUMENG' + sequence. */
function govUscc(area: string, seq: string): string {
  return makeUscc(`11${area}TUMENG${seq}`);
}

/** Enterprise (registering authority 9 = 市场监管, type 1 = 企业). Demo body 'TUMENE' + sequence. */
function entUscc(area: string, seq: string): string {
  return makeUscc(`91${area}TUMENE${seq}`);
}

/**
 * Overseas enterprises have no USCC. This stands for the registration number the platform gives an
 * overseas party, written in the same 18-character valid format with area 222401 (demo only).
 * Demo body 'TUMENX' + sequence.
 */
function overseasUscc(seq: string): string {
  return makeUscc(`91${YANJI}TUMENX${seq}`);
}

/**
 * Demo customs enterprise code: '2224' (Jilin / Yanbian; the 4-digit area of Yanji is not verified)
 * + economic zone '9' (other) + enterprise type (§5.3: 6 private with trading rights, 8 declaration
 * rights only, 9 other) + a 4-character sequence 'D' + 3 digits. Demo values, not registered codes.
 */
function customs(type: '6' | '8' | '9', seq: string): string {
  return `22249${type}D${seq}`;
}

function admin(prefix: string, displayName: string): DemoUser {
  return { username: `${prefix}.admin`, displayName, role: 'admin', password: DEMO_PASSWORD };
}

function member(prefix: string, displayName: string): DemoUser {
  return { username: `${prefix}.staff`, displayName, role: 'member', password: DEMO_PASSWORD };
}

// ---------------------------------------------------------------------------------------------------
// Zone office and departments
// ---------------------------------------------------------------------------------------------------

const AUTHORITIES: DemoOrg[] = [
  {
    key: 'zone-office',
    kind: 'zone_office',
    roles: [],
    // An office placed in the municipal commerce bureau; in reality it may have no USCC of its own.
    uscc: govUscc(YANJI, '000'),
    nameZh: '中国（延吉）跨境电子商务综合试验区办公室',
    names: {
      en: 'Office of the China (Yanji) Cross-border E-commerce Comprehensive Pilot Zone',
      ko: '중국(연길)국경간전자상거래종합시험구 판공실',
      ja: '中国（延吉）越境EC総合試験区弁公室',
      ru: 'Офис Китайской (Яньцзи) комплексной пилотной зоны трансграничной электронной торговли',
    },
    address: `${YANJI_ADDR}光明街（延吉市商务局内）`,
    areaCode: YANJI,
    contactName: '金明哲',
    contactPhone: '0433-0000100',
    users: [admin('zone', '综试区办公室管理员'), member('zone', '综试区办公室工作人员')],
  },
  {
    key: 'yanji-customs',
    kind: 'department',
    department: 'customs',
    roles: [],
    uscc: govUscc(YANJI, '001'),
    nameZh: '延吉海关',
    names: { en: 'Yanji Customs', ko: '연길해관', ja: '延吉税関', ru: 'Таможня Яньцзи' },
    address: `${YANJI_ADDR}长白路`,
    areaCode: YANJI,
    contactName: '朴成浩',
    contactPhone: '0433-0000101',
    users: [admin('customs', '延吉海关管理员'), member('customs', '延吉海关关员')],
  },
  {
    key: 'yanji-tax',
    kind: 'department',
    department: 'tax',
    roles: [],
    uscc: govUscc(YANJI, '002'),
    nameZh: '国家税务总局延吉市税务局',
    names: {
      en: 'Yanji Municipal Tax Service, State Taxation Administration',
      ko: '국가세무총국 연길시세무국',
      ja: '国家税務総局延吉市税務局',
      ru: 'Налоговая служба г. Яньцзи Государственного налогового управления КНР',
    },
    address: `${YANJI_ADDR}人民路`,
    areaCode: YANJI,
    contactName: '李春梅',
    contactPhone: '0433-0000102',
    users: [admin('tax', '延吉市税务局管理员'), member('tax', '延吉市税务局工作人员')],
  },
  {
    key: 'yanbian-forex',
    kind: 'department',
    department: 'forex',
    roles: [],
    // Name as given in the brief; the branch's name after the 2023–2024 reform is not verified.
    uscc: govUscc(YANBIAN, '003'),
    nameZh: '国家外汇管理局延边州分局',
    names: {
      en: 'State Administration of Foreign Exchange, Yanbian Prefecture Branch',
      ko: '국가외환관리국 연변주분국',
      ja: '国家外貨管理局延辺州分局',
      ru: 'Отделение Государственного валютного управления КНР по Яньбянь-Корейскому автономному округу',
    },
    address: `${YANJI_ADDR}友谊路`,
    areaCode: YANBIAN,
    contactName: '崔英华',
    contactPhone: '0433-0000103',
    users: [admin('forex', '外汇管理局延边州分局管理员'), member('forex', '外汇管理局延边州分局工作人员')],
  },
  {
    key: 'yanji-commerce',
    kind: 'department',
    department: 'commerce',
    roles: [],
    uscc: govUscc(YANJI, '004'),
    nameZh: '延吉市商务局',
    names: {
      en: 'Yanji Municipal Bureau of Commerce',
      ko: '연길시상무국',
      ja: '延吉市商務局',
      ru: 'Управление коммерции г. Яньцзи',
    },
    address: `${YANJI_ADDR}光明街`,
    areaCode: YANJI,
    contactName: '韩英淑',
    contactPhone: '0433-0000104',
    users: [admin('commerce', '延吉市商务局管理员'), member('commerce', '延吉市商务局工作人员')],
  },
  {
    key: 'yanji-police',
    kind: 'department',
    department: 'public_security',
    roles: [],
    uscc: govUscc(YANJI, '005'),
    nameZh: '延吉市公安局',
    names: {
      en: 'Yanji Municipal Public Security Bureau',
      ko: '연길시공안국',
      ja: '延吉市公安局',
      ru: 'Управление общественной безопасности г. Яньцзи',
    },
    address: `${YANJI_ADDR}局子街`,
    areaCode: YANJI,
    contactName: '全光日',
    contactPhone: '0433-0000105',
    users: [admin('police', '延吉市公安局管理员'), member('police', '延吉市公安局民警')],
  },
  {
    key: 'yanji-transport',
    kind: 'department',
    department: 'transport',
    roles: [],
    uscc: govUscc(YANJI, '006'),
    nameZh: '延吉市交通运输局',
    names: {
      en: 'Yanji Municipal Transport Bureau',
      ko: '연길시교통운수국',
      ja: '延吉市交通運輸局',
      ru: 'Управление транспорта г. Яньцзи',
    },
    address: `${YANJI_ADDR}河南街`,
    areaCode: YANJI,
    contactName: '王建国',
    contactPhone: '0433-0000106',
    users: [admin('transport', '延吉市交通运输局管理员'), member('transport', '延吉市交通运输局工作人员')],
  },
  {
    key: 'yanbian-postal',
    kind: 'department',
    department: 'postal',
    roles: [],
    uscc: govUscc(YANBIAN, '007'),
    nameZh: '延边州邮政管理局',
    names: {
      en: 'Yanbian Prefecture Postal Administration',
      ko: '연변주우정관리국',
      ja: '延辺州郵政管理局',
      ru: 'Почтовое управление Яньбянь-Корейского автономного округа',
    },
    address: `${YANJI_ADDR}新华街`,
    areaCode: YANBIAN,
    contactName: '赵海燕',
    contactPhone: '0433-0000107',
    users: [admin('postal', '延边州邮政管理局管理员'), member('postal', '延边州邮政管理局工作人员')],
  },
  {
    key: 'yanji-market',
    kind: 'department',
    department: 'market_supervision',
    roles: [],
    uscc: govUscc(YANJI, '008'),
    nameZh: '延吉市市场监督管理局',
    names: {
      en: 'Yanji Municipal Administration for Market Regulation',
      ko: '연길시시장감독관리국',
      ja: '延吉市市場監督管理局',
      ru: 'Управление по регулированию рынка г. Яньцзи',
    },
    address: `${YANJI_ADDR}公园路`,
    areaCode: YANJI,
    contactName: '许成龙',
    contactPhone: '0433-0000108',
    users: [admin('market', '延吉市市场监督管理局管理员'), member('market', '延吉市市场监督管理局工作人员')],
  },
];

// ---------------------------------------------------------------------------------------------------
// Domestic enterprises (fictional)
// ---------------------------------------------------------------------------------------------------

const ENTERPRISES: DemoOrg[] = [
  {
    key: 'hanbit',
    kind: 'enterprise',
    roles: ['ebp', 'ebc'], // runs a cross-border platform and sells on it
    uscc: entUscc(YANJI, '001'),
    customsCode: customs('6', '001'),
    nameZh: '延吉韩光跨境电子商务有限公司',
    names: {
      en: 'Yanji Hanbit Cross-border E-commerce Co., Ltd.',
      ko: '연길한빛국경간전자상거래유한회사',
      ja: '延吉韓光越境電子商取引有限公司',
      ru: 'ООО «Яньцзи Ханбит» (трансграничная электронная торговля)',
    },
    address: `${YANJI_ADDR}人民路2101号`,
    areaCode: YANJI,
    contactName: '朴美兰',
    contactPhone: '0433-0000201',
    users: [admin('hanbit', '韩光跨境管理员')],
  },
  {
    key: 'burhatong',
    kind: 'enterprise',
    roles: ['ebp'],
    uscc: entUscc(YANJI, '002'),
    customsCode: customs('6', '002'),
    nameZh: '延吉布尔哈通数字贸易有限公司',
    names: {
      en: 'Yanji Burhatong Digital Trade Co., Ltd.',
      ko: '연길부르하통디지털무역유한회사',
      ja: '延吉ブルハトンデジタル貿易有限公司',
      ru: 'ООО «Яньцзи Бурхатун Диджитал Трейд»',
    },
    address: `${YANJI_ADDR}天池路2202号`,
    areaCode: YANJI,
    contactName: '孙志强',
    contactPhone: '0433-0000202',
    users: [admin('burhatong', '布尔哈通数贸管理员')],
  },
  {
    key: 'cheongja',
    kind: 'enterprise',
    roles: ['ebc'], // imports Korean cosmetics (bonded 1210 and direct 9610)
    uscc: entUscc(YANJI, '003'),
    customsCode: customs('6', '003'),
    nameZh: '延吉青瓷美妆贸易有限公司',
    names: {
      en: 'Yanji Cheongja Beauty Trading Co., Ltd.',
      ko: '연길청자뷰티무역유한회사',
      ja: '延吉青磁ビューティー貿易有限公司',
      ru: 'ООО «Яньцзи Чхонджа Бьюти Трейдинг»',
    },
    address: `${YANJI_ADDR}进学街2303号`,
    areaCode: YANJI,
    contactName: '方美玉',
    contactPhone: '0433-0000203',
    users: [admin('cheongja', '青瓷美妆管理员')],
  },
  {
    key: 'guiwan',
    kind: 'enterprise',
    roles: ['ebc'], // exports Yanbian seafood products
    uscc: entUscc(YANJI, '004'),
    customsCode: customs('6', '004'),
    nameZh: '延吉鲑湾水产进出口有限公司',
    names: {
      en: 'Yanji Salmon Bay Seafood Import & Export Co., Ltd.',
      ko: '연길연어만수산물수출입유한회사',
      ja: '延吉サーモンベイ水産輸出入有限公司',
      ru: 'ООО «Яньцзи Лососевая бухта» (морепродукты, импорт и экспорт)',
    },
    address: `${YANJI_ADDR}长白路2404号`,
    areaCode: YANJI,
    contactName: '郑东旭',
    contactPhone: '0433-0000204',
    users: [admin('guiwan', '鲑湾水产管理员')],
  },
  {
    key: 'songyao',
    kind: 'enterprise',
    roles: ['ebc'], // exports wood products
    uscc: entUscc(DUNHUA, '005'),
    customsCode: customs('6', '005'),
    nameZh: '敦化松瑶木制品进出口有限公司',
    names: {
      en: 'Dunhua Songyao Wood Products Import & Export Co., Ltd.',
      ko: '돈화송요목제품수출입유한회사',
      ja: '敦化松瑶木製品輸出入有限公司',
      ru: 'ООО «Дуньхуа Сунъяо» (изделия из дерева, импорт и экспорт)',
    },
    address: '吉林省延边朝鲜族自治州敦化市经济开发区2505号',
    areaCode: DUNHUA,
    contactName: '刘洋',
    contactPhone: '0433-0000205',
    users: [admin('songyao', '松瑶木制品管理员')],
  },
  {
    key: 'baiyan',
    kind: 'enterprise',
    roles: ['ebc'], // exports ginseng products
    uscc: entUscc(YANJI, '006'),
    customsCode: customs('6', '006'),
    nameZh: '延吉白岩人参制品有限公司',
    names: {
      en: 'Yanji Baiyan Ginseng Products Co., Ltd.',
      ko: '연길백암인삼제품유한회사',
      ja: '延吉白岩高麗人参製品有限公司',
      ru: 'ООО «Яньцзи Байянь» (продукты из женьшеня)',
    },
    address: `${YANJI_ADDR}参花街2606号`,
    areaCode: YANJI,
    contactName: '尹慧敏',
    contactPhone: '0433-0000206',
    users: [admin('baiyan', '白岩人参管理员')],
  },
  {
    key: 'lihuagu',
    kind: 'enterprise',
    roles: ['ebc'], // exports 苹果梨 (apple-pears) and other farm products
    uscc: entUscc(LONGJING, '007'),
    customsCode: customs('6', '007'),
    nameZh: '龙井梨花谷农产品进出口有限公司',
    names: {
      en: 'Longjing Pear Blossom Valley Agricultural Products Import & Export Co., Ltd.',
      ko: '룡정배꽃골농산물수출입유한회사',
      ja: '龍井梨花谷農産物輸出入有限公司',
      ru: 'ООО «Лунцзин Долина грушевого цвета» (сельхозпродукция, импорт и экспорт)',
    },
    address: '吉林省延边朝鲜族自治州龙井市经济开发区2707号',
    areaCode: LONGJING,
    contactName: '南春子',
    contactPhone: '0433-0000207',
    users: [admin('lihuagu', '梨花谷农产品管理员')],
  },
  {
    key: 'xianghe',
    kind: 'enterprise',
    // express logistics, and operator of the international express supervision centre at Yanji airport
    roles: ['logistics', 'site_operator'],
    uscc: entUscc(YANJI, '008'),
    customsCode: customs('8', '008'),
    nameZh: '延吉翔鹤国际物流有限公司',
    names: {
      en: 'Yanji Xianghe International Logistics Co., Ltd.',
      ko: '연길상학국제물류유한회사',
      ja: '延吉翔鶴国際物流有限公司',
      ru: 'ООО «Яньцзи Сянхэ Интернэшнл Логистикс»',
    },
    address: `${YANJI_ADDR}延吉朝阳川国际机场国际快件监管中心`,
    areaCode: YANJI,
    contactName: '玄明浩',
    contactPhone: '0433-0000208',
    users: [admin('xianghe', '翔鹤物流管理员')],
  },
  {
    key: 'tongling',
    kind: 'enterprise',
    roles: ['logistics'], // road freight and warehousing
    uscc: entUscc(YANJI, '009'),
    customsCode: customs('8', '009'),
    nameZh: '延边通岭供应链管理有限公司',
    names: {
      en: 'Yanbian Tongling Supply Chain Management Co., Ltd.',
      ko: '연변통령공급망관리유한회사',
      ja: '延辺通嶺サプライチェーン管理有限公司',
      ru: 'ООО «Яньбянь Тунлин» (управление цепями поставок)',
    },
    address: `${YANJI_ADDR}长白路2909号`,
    areaCode: YANJI,
    contactName: '张丽娜',
    contactPhone: '0433-0000209',
    users: [admin('tongling', '通岭供应链管理员')],
  },
  {
    key: 'chengquan',
    kind: 'enterprise',
    roles: ['payment'],
    uscc: entUscc(YANJI, '010'),
    customsCode: customs('9', '010'), // payment enterprises are named by customs code in order messages
    nameZh: '延吉澄泉支付服务有限公司',
    names: {
      en: 'Yanji Chengquan Payment Services Co., Ltd.',
      ko: '연길징천결제서비스유한회사',
      ja: '延吉澄泉決済サービス有限公司',
      ru: 'ООО «Яньцзи Чэнцюань Платёжные сервисы»',
    },
    address: `${YANJI_ADDR}光明街3010号`,
    areaCode: YANJI,
    contactName: '李成浩',
    contactPhone: '0433-0000210',
    users: [admin('chengquan', '澄泉支付管理员')],
  },
  {
    key: 'huibian',
    kind: 'enterprise',
    roles: ['payment'],
    uscc: entUscc(YANJI, '011'),
    customsCode: customs('9', '011'),
    nameZh: '吉林汇边跨境支付有限公司',
    names: {
      en: 'Jilin Huibian Cross-border Payment Co., Ltd.',
      ko: '길림회변국경간결제유한회사',
      ja: '吉林匯辺越境決済有限公司',
      ru: 'ООО «Цзилинь Хуэйбянь» (трансграничные платежи)',
    },
    address: `${YANJI_ADDR}友谊路3111号`,
    areaCode: YANJI,
    contactName: '黄秀珍',
    contactPhone: '0433-0000211',
    users: [admin('huibian', '汇边支付管理员')],
  },
  {
    key: 'zhengheng',
    kind: 'enterprise',
    roles: ['broker'],
    uscc: entUscc(YANJI, '012'),
    customsCode: customs('8', '012'),
    nameZh: '延吉正衡报关有限公司',
    names: {
      en: 'Yanji Zhengheng Customs Brokerage Co., Ltd.',
      ko: '연길정형통관대리유한회사',
      ja: '延吉正衡通関有限公司',
      ru: 'ООО «Яньцзи Чжэнхэн» (таможенный брокер)',
    },
    address: `${YANJI_ADDR}河南街3212号`,
    areaCode: YANJI,
    contactName: '高永吉',
    contactPhone: '0433-0000212',
    users: [admin('zhengheng', '正衡报关管理员')],
  },
  {
    key: 'herui',
    kind: 'enterprise',
    roles: ['broker'],
    uscc: entUscc(YANJI, '013'),
    customsCode: customs('8', '013'),
    nameZh: '延吉和睿通关服务有限公司',
    names: {
      en: 'Yanji Herui Customs Clearance Services Co., Ltd.',
      ko: '연길화예통관서비스유한회사',
      ja: '延吉和睿通関サービス有限公司',
      ru: 'ООО «Яньцзи Хэжуй» (таможенное оформление)',
    },
    address: `${YANJI_ADDR}新兴街3313号`,
    areaCode: YANJI,
    contactName: '姜顺姬',
    contactPhone: '0433-0000213',
    users: [admin('herui', '和睿通关管理员')],
  },
  {
    key: 'lingdong',
    kind: 'enterprise',
    roles: ['site_operator'], // operator of the Yanji B-type bonded logistics centre
    uscc: entUscc(YANJI, '014'),
    customsCode: customs('8', '014'),
    nameZh: '延吉岭东保税物流管理有限公司',
    names: {
      en: 'Yanji Lingdong Bonded Logistics Management Co., Ltd.',
      ko: '연길령동보세물류관리유한회사',
      ja: '延吉嶺東保税物流管理有限公司',
      ru: 'ООО «Яньцзи Линдун» (управление бондовой логистикой)',
    },
    address: `${YANJI_ADDR}延吉B型保税物流中心综合楼`,
    areaCode: YANJI,
    contactName: '池正勋',
    contactPhone: '0433-0000214',
    users: [admin('lingdong', '岭东保税物流管理员')],
  },
  {
    key: 'hengyue',
    kind: 'enterprise',
    roles: ['guarantor'], // guarantees the tax of bonded and direct imports
    uscc: entUscc(YANJI, '015'),
    nameZh: '延吉恒岳融资担保有限公司',
    names: {
      en: 'Yanji Hengyue Financing Guarantee Co., Ltd.',
      ko: '연길항악융자담보유한회사',
      ja: '延吉恒岳融資保証有限公司',
      ru: 'ООО «Яньцзи Хэнъюэ» (финансовые гарантии)',
    },
    address: `${YANJI_ADDR}公园路3515号`,
    areaCode: YANJI,
    contactName: '安哲洙',
    contactPhone: '0433-0000215',
    users: [admin('hengyue', '恒岳担保管理员')],
  },
  {
    key: 'qiling-insurance',
    kind: 'enterprise',
    roles: ['bank_insurer', 'guarantor'], // customs duty guarantee insurance (关税保证保险)
    uscc: entUscc(YANJI, '016'),
    nameZh: '启岭财产保险股份有限公司延吉中心支公司',
    names: {
      en: 'Qiling Property & Casualty Insurance Co., Ltd., Yanji Central Sub-branch',
      ko: '계령재산보험주식유한회사 연길중심지사',
      ja: '啓嶺損害保険株式会社 延吉中心支社',
      ru: 'Страховая компания «Цилин», центральный филиал в Яньцзи',
    },
    address: `${YANJI_ADDR}局子街3616号`,
    areaCode: YANJI,
    contactName: '文丽华',
    contactPhone: '0433-0000216',
    users: [admin('qiling', '启岭保险管理员')],
  },
  {
    key: 'maoershan-bank',
    kind: 'enterprise',
    roles: ['bank_insurer', 'guarantor'], // bank guarantees to customs
    uscc: entUscc(YANJI, '017'),
    nameZh: '延吉帽儿山村镇银行股份有限公司',
    names: {
      en: "Yanji Mao'ershan Rural Bank Co., Ltd.",
      ko: '연길모아산촌진은행주식유한회사',
      ja: '延吉帽児山村鎮銀行股份有限公司',
      ru: 'Сельский банк «Яньцзи Маоэршань»',
    },
    address: `${YANJI_ADDR}人民路3717号`,
    areaCode: YANJI,
    contactName: '金顺玉',
    contactPhone: '0433-0000217',
    users: [admin('maoershan', '帽儿山银行管理员')],
  },
];

// ---------------------------------------------------------------------------------------------------
// Overseas e-commerce enterprises (fictional), each acting through a domestic agent
// ---------------------------------------------------------------------------------------------------

const OVERSEAS: DemoOrg[] = [
  {
    key: 'solbaram',
    kind: 'enterprise',
    roles: ['overseas_ebc'],
    uscc: overseasUscc('001'), // platform registration number of an overseas party, demo only
    nameZh: '韩国松风美妆株式会社',
    names: {
      en: 'Solbaram Beauty Co., Ltd.',
      ko: '솔바람뷰티 주식회사',
      ja: '株式会社ソルバラムビューティー',
      ru: 'Компания «Сольбарам Бьюти»',
    },
    address: '서울특별시 성동구 성수이로 4101',
    areaCode: YANJI, // registration area on the platform (no GB/T 2260 code abroad)
    countryCode: 'KOR',
    agentKey: 'cheongja',
    contactName: '정수민',
    contactPhone: '+82-2-0000-4101',
    users: [admin('solbaram', '솔바람뷰티 관리자')],
  },
  {
    key: 'naniwa',
    kind: 'enterprise',
    roles: ['overseas_ebc'],
    uscc: overseasUscc('002'), // platform registration number of an overseas party, demo only
    nameZh: '日本浪速光商会株式会社',
    names: {
      en: 'Naniwa Hikari Shokai Co., Ltd.',
      ko: '나니와히카리상회 주식회사',
      ja: '株式会社浪速ひかり商会',
      ru: 'Компания «Нанива Хикари Сёкай»',
    },
    address: '大阪府大阪市中央区本町9-4-202',
    areaCode: YANJI, // registration area on the platform (no GB/T 2260 code abroad)
    countryCode: 'JPN',
    agentKey: 'zhengheng',
    contactName: '中村 美咲',
    contactPhone: '+81-6-0000-4202',
    users: [admin('naniwa', '浪速ひかり商会 管理者')],
  },
  {
    key: 'kedr',
    kind: 'enterprise',
    roles: ['overseas_ebc'],
    uscc: overseasUscc('003'), // platform registration number of an overseas party, demo only
    nameZh: '俄罗斯雪松灯塔有限责任公司',
    names: {
      en: 'Kedrovy Mayak LLC',
      ko: '케드로비 마야크 유한책임회사',
      ja: '有限責任会社ケドロヴィ・マヤーク',
      ru: 'ООО «Кедровый маяк»',
    },
    address: 'Россия, Приморский край, г. Владивосток, ул. Светланская, д. 403',
    areaCode: YANJI, // registration area on the platform (no GB/T 2260 code abroad)
    countryCode: 'RUS',
    agentKey: 'hanbit',
    contactName: 'Кузнецова Ольга Сергеевна',
    contactPhone: '+7-423-000-43-03',
    users: [admin('kedr', 'Администратор ООО «Кедровый маяк»')],
  },
];

export const DEMO_ORGS: readonly DemoOrg[] = Object.freeze([...AUTHORITIES, ...ENTERPRISES, ...OVERSEAS]);
