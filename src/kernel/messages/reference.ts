import type { Texts } from './texts';

/** Messages of the registry's reference data, keys prefixed `registry.`. */
export const referenceMessages = {
  'registry.hs_not_on_positive_list': {
    'zh-CN': '商品编码不在跨境电子商务零售进口商品清单内，不能按零售进口备案',
    ko: '상품 코드가 국경간 전자상거래 소매 수입 상품 목록에 없어 소매 수입으로 신고할 수 없습니다',
    ja: '商品コードが越境EC小売輸入商品リストにないため、小売輸入として届け出できません',
    ru: 'Код товара не входит в перечень товаров розничного трансграничного импорта: регистрация для розничного импорта невозможна',
    en: 'The commodity code is not on the cross-border retail import positive list: it cannot be filed for retail import',
  },
  'registry.hs_positive_list_unconfirmed': {
    'zh-CN': '商品编码是否列入跨境电子商务零售进口商品清单尚未确认；生产模式下须先导入官方清单',
    ko: '상품 코드의 소매 수입 상품 목록 포함 여부가 확인되지 않았습니다. 운영 모드에서는 먼저 공식 목록을 가져와야 합니다',
    ja: '商品コードが小売輸入商品リストに載っているか未確認です。本番モードでは先に公式リストを取り込んでください',
    ru: 'Не подтверждено, что код товара входит в перечень розничного импорта; в рабочем режиме сначала загрузите официальный перечень',
    en: 'It is not confirmed that the commodity code is on the retail import positive list; in production mode, import the official list first',
  },
  'registry.tariff_version_not_later': {
    'zh-CN': '新版本的生效日期 {date} 必须晚于现有最新版本 {latest}：历史税率不可改写',
    ko: '새 버전의 시행일 {date}은(는) 최신 버전 {latest}보다 늦어야 합니다. 과거 세율은 고칠 수 없습니다',
    ja: '新しい版の施行日 {date} は最新版 {latest} より後でなければなりません（過去の税率は書き換えられません）',
    ru: 'Дата вступления новой версии {date} должна быть позже последней версии {latest}: прошлые ставки не переписываются',
    en: 'The new version’s effective date {date} must be after the latest version’s {latest}: past rates are never rewritten',
  },
  'registry.unknown_code': {
    'zh-CN': '{table} 中没有代码 {code}',
    ko: '{table}에 코드 {code}가 없습니다',
    ja: '{table} にコード {code} はありません',
    ru: 'В справочнике {table} нет кода {code}',
    en: 'There is no code {code} in {table}',
  },
  'registry.import_no_header': {
    'zh-CN': '文件中找不到“税则号列”或 hs_code 列',
    ko: '파일에서 “税则号列” 또는 hs_code 열을 찾을 수 없습니다',
    ja: 'ファイルに「税则号列」または hs_code の列がありません',
    ru: 'В файле нет столбца «税则号列» или hs_code',
    en: 'The file has no “税则号列” or hs_code column',
  },
  'registry.import_bad_hs': {
    'zh-CN': '商品编码“{value}”格式不对（应为 8 位或 10 位数字）',
    ko: '상품 코드 “{value}”의 형식이 잘못되었습니다(숫자 8자리 또는 10자리)',
    ja: '商品コード「{value}」の形式が正しくありません（数字 8 桁または 10 桁）',
    ru: 'Код товара «{value}» неверного формата (8 или 10 цифр)',
    en: 'The commodity code “{value}” is malformed (8 or 10 digits)',
  },
  'registry.import_bad_rate': {
    'zh-CN': '{column} 列的税率“{value}”无法识别（如 0.13 或 13%）',
    ko: '{column} 열의 세율 “{value}”을(를) 알 수 없습니다(예: 0.13 또는 13%)',
    ja: '{column} 列の税率「{value}」を読み取れません（例：0.13 または 13%）',
    ru: 'Ставка «{value}» в столбце {column} не распознана (например, 0.13 или 13%)',
    en: 'The rate “{value}” in column {column} is not recognised (e.g. 0.13 or 13%)',
  },
  'registry.import_missing': {
    'zh-CN': '缺少 {column}',
    ko: '{column}이(가) 없습니다',
    ja: '{column} がありません',
    ru: 'Не указано: {column}',
    en: '{column} is missing',
  },
} satisfies Record<string, Texts>;
