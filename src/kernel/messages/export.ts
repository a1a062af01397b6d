import type { Texts } from './texts';

/**
 * Messages of cross-border e-commerce export (src/modules/export: CEB303 order, CEB403 collection, CEB505 waybill,
 * CEB507 arrival, CEB509 departure, CEB603 export list, CEB605 cancellation, CEB701/CEB792 summary declaration,
 * CEB213/CEB215 export returns, the zone's register of overseas warehouses), keys prefixed `exp.`: for every
 * rejection its short message (receipt returnInfo and API errors), its `.cause` and its `.fix`; then the texts of
 * accepted steps, the reasons inserted into `exp.summary_not_listable`, and the labels of list states and of what
 * an export waits for.
 */
export const exportMessages = {
  // ---- the export order (CEB303) and the overseas warehouse ----

  'exp.order_type': {
    'zh-CN': '出口订单类型 {value} 不予接受：orderType 应为 E（B2C 零售出口）、B（B2B 出口）或 W（海外仓订仓单）',
    ko: '수출 주문 유형 {value}은(는) 받을 수 없습니다: orderType은 E(B2C 소매 수출), B(B2B 수출), W(해외 창고 예약서) 중 하나여야 합니다',
    ja: '輸出注文の種別 {value} は受け付けられません。orderType は E（B2C 小売輸出）、B（B2B 輸出）、W（海外倉庫の倉庫予約書）のいずれかです',
    ru: 'Тип экспортного заказа {value} не принимается: orderType должен быть E (розничный экспорт B2C), B (экспорт B2B) или W (заявка на бронирование зарубежного склада)',
    en: 'Export order type {value} is not accepted: orderType must be E (B2C retail export), B (B2B export) or W (overseas-warehouse booking)',
  },
  'exp.order_type.cause': {
    'zh-CN': '出口订单（CEB303）以 orderType 说明交易性质：E 为向境外个人销售的零售出口（对应 9610 或 1210），B 为向境外企业销售的 B2B 直接出口（对应 9710），W 为向海外仓备货的订仓单（对应 9810）。常见原因是沿用了进口订单的取值、使用了小写字母，或该字段为空。',
    ko: '수출 주문서(CEB303)는 orderType으로 거래의 성격을 밝힙니다. E는 해외 개인에게 파는 소매 수출(9610 또는 1210), B는 해외 기업에게 파는 B2B 직접 수출(9710), W는 해외 창고로 재고를 보내는 창고 예약서(9810)입니다. 수입 주문서의 값을 그대로 쓴 경우, 소문자를 쓴 경우, 항목을 비워 둔 경우가 흔합니다.',
    ja: '輸出注文書（CEB303）は orderType で取引の性質を示します。E は海外の個人に販売する小売輸出（9610 または 1210）、B は海外の企業に販売する B2B 直接輸出（9710）、W は海外倉庫に在庫を送る倉庫予約書（9810）です。輸入注文書の値をそのまま使った、小文字を使った、項目が空である、などがよくある原因です。',
    ru: 'Экспортный заказ (CEB303) указывает в orderType характер сделки: E — розничный экспорт частным лицам за рубежом (9610 или 1210), B — прямой экспорт B2B иностранному предприятию (9710), W — заявка на бронирование зарубежного склада для отправки товара на склад (9810). Обычные причины: перенесено значение из импортного заказа, строчная буква или пустое поле.',
    en: 'The export order (CEB303) states the kind of sale in orderType: E for a retail export to an individual abroad (9610 or 1210), B for a B2B direct export to a foreign enterprise (9710), and W for a booking that sends stock to an overseas warehouse (9810). Typical reasons are a value carried over from an import order, a lower-case letter, or an empty field.',
  },
  'exp.order_type.fix': {
    'zh-CN': '按实际交易填写大写的 E、B 或 W 后重新发送订单；填 W 的，还须在 OrderHead/note 中写明海外仓编码（OW=编码）。',
    ko: '실제 거래에 맞게 대문자 E, B, W 중 하나를 적어 주문서를 다시 보내세요. W를 적는 경우 OrderHead/note에 해외 창고 코드(OW=코드)도 적어야 합니다.',
    ja: '実際の取引に合わせて大文字の E、B、W のいずれかを記入し、注文書を再送してください。W の場合は OrderHead/note に海外倉庫コード（OW=コード）も記入します。',
    ru: 'Укажите заглавную E, B или W по фактической сделке и отправьте заказ снова; для W также укажите в OrderHead/note код зарубежного склада (OW=код).',
    en: 'Put a capital E, B or W that matches the actual sale and send the order again; with W, also name the overseas warehouse in OrderHead/note (OW=code).',
  },

  'exp.warehouse_missing': {
    'zh-CN': '海外仓订仓单（orderType 为 W）须在 OrderHead/note 中以 OW=编码 写明园区登记的海外仓',
    ko: '해외 창고 예약서(orderType W)는 OrderHead/note에 구역에 등록된 해외 창고를 OW=코드 형식으로 적어야 합니다',
    ja: '海外倉庫の倉庫予約書（orderType W）は、OrderHead/note に区域登録済みの海外倉庫を OW=コード の形で記入する必要があります',
    ru: 'Заявка на бронирование зарубежного склада (orderType W) должна указывать в OrderHead/note зарегистрированный в зоне зарубежный склад в виде OW=код',
    en: 'An overseas-warehouse booking (orderType W) must name the zone-registered overseas warehouse in OrderHead/note as OW=code',
  },
  'exp.warehouse_missing.cause': {
    'zh-CN': '9810 出口的货物先运至海外仓，再在境外销售和配送，因此订仓单须说明货物运往哪一个海外仓。202205 版报文标准没有专门的海外仓字段，本综试区约定在订单表头备注（OrderHead/note）中以 OW= 加园区登记的海外仓编码注明。该订单为 W 类型，但备注为空，或没有按此格式写明编码（例如缺少 OW= 前缀、编码与其他文字之间没有分隔）。',
    ko: '9810 수출 물품은 먼저 해외 창고로 보낸 뒤 해외에서 판매·배송하므로, 창고 예약서에는 물품이 어느 해외 창고로 가는지 적어야 합니다. 202205판 전문 표준에는 해외 창고 항목이 없어, 이 시험구는 주문서 머리부 비고(OrderHead/note)에 OW=와 구역에 등록된 해외 창고 코드를 적도록 정했습니다. 이 주문서는 W 유형인데 비고가 비어 있거나, 코드가 이 형식으로 적혀 있지 않습니다(예: OW= 접두어 누락, 코드와 다른 글자 사이에 구분자 없음).',
    ja: '9810 輸出の貨物はまず海外倉庫に送られ、海外で販売・配送されるため、倉庫予約書には貨物がどの海外倉庫へ向かうかを記載する必要があります。202205 版の電文標準には海外倉庫の項目がないため、本総合試験区では注文書ヘッダーの備考（OrderHead/note）に OW= と区域登録済みの海外倉庫コードを記入する取り決めとしています。この注文書は W 種別ですが、備考が空であるか、この形式でコードが記入されていません（OW= の接頭辞がない、コードと他の文字の間に区切りがない、など）。',
    ru: 'Товар по режиму 9810 сначала отправляется на зарубежный склад и лишь затем продаётся и доставляется за рубежом, поэтому заявка на бронирование должна указывать, на какой склад он идёт. В стандарте сообщений версии 202205 для этого нет отдельного поля, и в зоне принято указывать склад в примечании заголовка заказа (OrderHead/note) в виде OW= и кода склада из реестра зоны. Заказ имеет тип W, но примечание пустое или код записан не в этом виде (нет префикса OW=, код не отделён от остального текста).',
    en: 'Goods exported under 9810 first go to an overseas warehouse and are sold and delivered from there, so the booking must say which warehouse they are going to. The 202205 message standard has no field for it, so the zone\'s convention is to write OW= and the warehouse\'s code from the zone register in the order head\'s note (OrderHead/note). This order has type W, but the note is empty or does not carry the code in that form (for example the OW= prefix is missing, or the code runs into the surrounding text).',
  },
  'exp.warehouse_missing.fix': {
    'zh-CN': '在 OrderHead/note 中写入 OW= 加海外仓编码（例如 OW=KR-ICN-01），与其他备注文字之间用空格、逗号或分号隔开，然后重新发送订单。海外仓尚未在园区登记的，先请园区管理机构登记。',
    ko: 'OrderHead/note에 OW=와 해외 창고 코드(예: OW=KR-ICN-01)를 적고, 다른 비고 내용과는 공백·쉼표·세미콜론으로 구분한 뒤 주문서를 다시 보내세요. 아직 구역에 등록되지 않은 창고라면 먼저 구역 관리 기관에 등록을 요청하세요.',
    ja: 'OrderHead/note に OW= と海外倉庫コード（例：OW=KR-ICN-01）を記入し、他の備考とは空白・カンマ・セミコロンで区切ってから注文書を再送してください。区域に未登録の倉庫であれば、先に区域の管理機関に登録を依頼してください。',
    ru: 'Запишите в OrderHead/note OW= и код склада (например, OW=KR-ICN-01), отделив его от прочего текста пробелом, запятой или точкой с запятой, и отправьте заказ снова. Если склад ещё не внесён в реестр зоны, сначала попросите администрацию зоны его зарегистрировать.',
    en: 'Write OW= and the warehouse code in OrderHead/note (for example OW=KR-ICN-01), separated from any other remark by a space, comma or semicolon, and send the order again. If the warehouse is not yet in the zone register, ask the zone office to register it first.',
  },

  'exp.risk_rejected': {
    'zh-CN': '风险规则拒绝了该出口清单：{rules}',
    ko: '위험 규칙에 따라 수출 목록이 거부되었습니다: {rules}',
    ja: 'リスクルールにより輸出申告リストが拒否されました：{rules}',
    ru: 'Экспортный перечень отклонён правилами управления рисками: {rules}',
    en: 'The export list was refused by risk rules: {rules}',
  },
  'exp.risk_rejected.cause': {
    'zh-CN': '监管部门设定的风险规则或检测器判定该出口申报属于应当拒绝的情形（例如召回商品、侵权商品，或虚构出口以骗取收汇、退税的模式）。',
    ko: '규제 기관이 정한 위험 규칙이나 탐지기가 이 수출 신고를 거부해야 할 경우로 판단했습니다(예: 리콜 물품, 권리 침해 물품, 외화 수취나 환급을 노린 허위 수출 유형).',
    ja: '規制当局が定めたリスクルールまたは検知器が、この輸出申告を拒否すべき場合と判断しました（回収対象商品、権利侵害品、外貨受取や還付を狙った架空輸出のパターンなど）。',
    ru: 'Правило или детектор рисков, заданные контролирующим органом, отнесли экспортную декларацию к случаям, подлежащим отказу (например, отзываемый или контрафактный товар, фиктивный экспорт ради валютной выручки или возврата налога).',
    en: 'A risk rule or detector set by a regulator found the export declaration to be a case that must be refused (for example goods under recall, infringing goods, or a fictitious export to obtain foreign-currency receipts or refunds).',
  },
  'exp.risk_rejected.fix': {
    'zh-CN': '查看回执中列出的规则及其说明；如认为有误，请向海关提出复核并提供证明材料，不要以相同内容重复申报。',
    ko: '회신에 나온 규칙과 설명을 확인하십시오. 잘못되었다고 보면 증빙 자료와 함께 세관에 재검토를 요청하고, 같은 내용으로 다시 신고하지 마십시오.',
    ja: '受領通知に示されたルールと説明を確認してください。誤りと考える場合は証拠資料を添えて税関に再審査を求め、同じ内容で再申告しないでください。',
    ru: 'Посмотрите правила и пояснения в квитанции; если считаете отказ ошибочным, обратитесь в таможню за пересмотром с подтверждающими документами, не подавая ту же декларацию повторно.',
    en: 'Read the rules and their explanations in the receipt; if you believe it is wrong, ask customs for a review with supporting evidence rather than declaring the same again.',
  },
  'exp.warehouse_unknown': {
    'zh-CN': '园区海外仓名录中没有编码为 {code} 的有效海外仓',
    ko: '구역의 해외 창고 명부에 코드가 {code}인 유효한 해외 창고가 없습니다',
    ja: '区域の海外倉庫名簿に、コード {code} の有効な海外倉庫はありません',
    ru: 'В реестре зарубежных складов зоны нет действующего склада с кодом {code}',
    en: 'The zone\'s register has no active overseas warehouse with code {code}',
  },
  'exp.warehouse_unknown.cause': {
    'zh-CN': '自 2024 年 12 月 15 日起，海关取消了跨境电商出口海外仓企业备案（海关总署公告2024年第167号），只传输订仓单电子数据；本综试区由园区管理机构维护区内企业使用的海外仓名录。订仓单所写的海外仓须在名录中且处于有效状态。常见原因是编码录入错误、海外仓尚未登记，或已被停用。',
    ko: '2024년 12월 15일부터 세관은 국경 간 전자상거래 수출 해외 창고 기업 등록을 폐지했고(海关总署公告2024年第167号), 창고 예약서 전자 자료만 전송합니다. 이 시험구는 구역 관리 기관이 구역 내 기업이 쓰는 해외 창고 명부를 관리합니다. 창고 예약서에 적은 해외 창고는 명부에 있고 유효한 상태여야 합니다. 코드 입력 오류, 아직 등록되지 않은 창고, 사용이 정지된 창고인 경우가 흔합니다.',
    ja: '2024 年 12 月 15 日から、税関は越境 EC 輸出の海外倉庫企業の届出を廃止し（海关总署公告2024年第167号）、倉庫予約書の電子データのみを送信することになりました。本総合試験区では、区域の管理機関が区域内企業の利用する海外倉庫の名簿を管理しています。倉庫予約書に記入した海外倉庫は、名簿に載っていて有効でなければなりません。コードの入力ミス、未登録の倉庫、利用停止された倉庫などがよくある原因です。',
    ru: 'С 15 декабря 2024 г. таможня отменила регистрацию предприятий с зарубежными складами для экспорта трансграничной электронной торговли (海关总署公告2024年第167号), передаются только электронные данные заявок на бронирование. В зоне реестр зарубежных складов, которыми пользуются её предприятия, ведёт администрация зоны. Указанный склад должен быть в реестре и действовать. Обычные причины: опечатка в коде, склад ещё не зарегистрирован или выведен из работы.',
    en: 'Since 15 December 2024 customs no longer keeps a filing of overseas-warehouse enterprises for CBEC exports (GACC announcement No. 167 of 2024, 海关总署公告2024年第167号); only the booking data is transmitted. In this zone the zone office keeps the register of overseas warehouses used by zone enterprises, and a booking must name a warehouse that is in the register and active. Typical reasons are a mistyped code, a warehouse not registered yet, or one that has been deactivated.',
  },
  'exp.warehouse_unknown.fix': {
    'zh-CN': '在平台的海外仓名录中核对编码；海外仓尚未登记或已停用的，请其经营企业联系园区管理机构办理登记或恢复，完成后重新发送订单。',
    ko: '플랫폼의 해외 창고 명부에서 코드를 확인하세요. 창고가 아직 등록되지 않았거나 정지되었다면 운영 기업이 구역 관리 기관에 등록 또는 회복을 신청하게 하고, 그 뒤 주문서를 다시 보내세요.',
    ja: 'プラットフォームの海外倉庫名簿でコードを確認してください。未登録または利用停止の倉庫であれば、運営企業から区域の管理機関に登録または再開を申し出てもらい、その後で注文書を再送してください。',
    ru: 'Сверьте код с реестром зарубежных складов на платформе; если склад не зарегистрирован или выведен из работы, пусть управляющее им предприятие обратится в администрацию зоны за регистрацией или восстановлением, после чего отправьте заказ снова.',
    en: 'Check the code against the platform\'s register of overseas warehouses; if the warehouse is not registered or has been deactivated, have its operating enterprise ask the zone office to register or reactivate it, then send the order again.',
  },

  // ---- the export list (CEB603) and the arrival report ----

  'exp.ie_flag': {
    'zh-CN': '进出口标记为 {value}：出口单证应填 E',
    ko: '수출입 구분이 {value}입니다: 수출 서류에는 E를 적어야 합니다',
    ja: '輸出入区分が {value} です。輸出書類には E を記入します',
    ru: 'Признак ввоза/вывоза — {value}: в экспортных документах должно быть E',
    en: 'ieFlag is {value}: export documents carry E',
  },
  'exp.ie_flag.cause': {
    'zh-CN': '出口清单（CEB603）、运抵单（CEB507）和出口退运理货明细单（CEB215）均属于出口业务，ieFlag 固定为 E（出口）；I（进口）只用于进口业务的单证，例如进口清单 CEB621。常见原因是复用了进口报文的模板。',
    ko: '수출 목록(CEB603), 반입(운저) 보고서(CEB507), 수출 반품 검수 명세서(CEB215)는 모두 수출 업무 서류이므로 ieFlag는 항상 E(수출)입니다. I(수입)는 수입 통관 목록 CEB621 같은 수입 업무 서류에만 씁니다. 수입 전문의 양식을 재사용한 경우가 흔합니다.',
    ja: '輸出申告リスト（CEB603）、搬入（運抵）報告（CEB507）、輸出返品の検数明細（CEB215）はいずれも輸出業務の書類で、ieFlag は常に E（輸出）です。I（輸入）は輸入申告リスト CEB621 など輸入業務の書類にだけ使います。輸入電文のテンプレートを流用したことがよくある原因です。',
    ru: 'Экспортный перечень (CEB603), сообщение о прибытии на подконтрольную площадку (CEB507) и ведомость приёмки возвращённого экспорта (CEB215) относятся к экспорту, и ieFlag в них всегда E (вывоз); I (ввоз) используется только в импортных документах, например в реестре CEB621. Обычная причина — взят шаблон импортного сообщения.',
    en: 'The export list (CEB603), the arrival report (CEB507) and the export-return tally (CEB215) all belong to exports, so ieFlag is always E (export); I (import) is only for import documents such as the import inventory CEB621. Typically a template made for import messages was reused.',
  },
  'exp.ie_flag.fix': {
    'zh-CN': '将 ieFlag 改为 E 后重新发送；如确属进口业务，应改用进口报文。',
    ko: 'ieFlag를 E로 고쳐 다시 보내세요. 실제로 수입 업무라면 수입 전문을 쓰세요.',
    ja: 'ieFlag を E に直して再送してください。実際に輸入であれば、輸入の電文を使ってください。',
    ru: 'Укажите в ieFlag значение E и отправьте снова; если речь на самом деле об импорте, используйте импортные сообщения.',
    en: 'Set ieFlag to E and send again; if the goods are in fact being imported, use the import messages instead.',
  },

  'exp.trade_mode': {
    'zh-CN': '贸易方式 {value} 不适用于跨境电商出口清单：应为 9610、9710、9810 或 1210',
    ko: '무역 방식 {value}은(는) 국경 간 전자상거래 수출 목록에 쓸 수 없습니다: 9610, 9710, 9810, 1210 중 하나여야 합니다',
    ja: '貿易方式 {value} は越境 EC の輸出申告リストには使えません。9610、9710、9810、1210 のいずれかです',
    ru: 'Вид сделки {value} не применяется в экспортном перечне трансграничной электронной торговли: допустимы 9610, 9710, 9810 и 1210',
    en: 'Trade mode {value} does not apply to a CBEC export list: use 9610, 9710, 9810 or 1210',
  },
  'exp.trade_mode.cause': {
    'zh-CN': '出口清单只接受四种跨境电商贸易方式：9610（跨境贸易电子商务，零售出口，清单核放、汇总申报）、9710（跨境电商 B2B 直接出口）、9810（跨境电商出口海外仓）和 1210（保税跨境贸易电子商务，自海关特殊监管区域或保税监管场所出口）。一般贸易（0110）等其他方式须以报关单申报，不能使用清单；1239 仅用于进口。',
    ko: '수출 목록은 국경 간 전자상거래 무역 방식 네 가지만 받습니다: 9610(소매 수출, 목록 심사 후 반출·합산 신고), 9710(국경 간 전자상거래 B2B 직접 수출), 9810(국경 간 전자상거래 수출 해외 창고), 1210(보세 국경 간 전자상거래, 세관 특수감독구역이나 보세 감독 장소에서 수출). 일반 무역(0110) 등 다른 방식은 수출입 신고서로 신고해야 하며 목록을 쓸 수 없습니다. 1239는 수입에만 씁니다.',
    ja: '輸出申告リストが受け付ける越境 EC の貿易方式は 4 つだけです：9610（小売輸出、リストで許可し合算申告）、9710（越境 EC の B2B 直接輸出）、9810（越境 EC 輸出の海外倉庫）、1210（保税越境 EC、税関特殊監督区域または保税監督場所からの輸出）。一般貿易（0110）など他の方式は通関申告書で申告する必要があり、リストは使えません。1239 は輸入専用です。',
    ru: 'Экспортный перечень принимает только четыре вида сделки трансграничной электронной торговли: 9610 (розничный экспорт: выпуск по перечню, сводная декларация), 9710 (прямой экспорт B2B), 9810 (экспорт на зарубежный склад) и 1210 (бондовая электронная торговля, вывоз из специальной зоны таможенного контроля или бондового места). Другие виды, например общая торговля (0110), декларируются таможенной декларацией, а не перечнем; 1239 применяется только при импорте.',
    en: 'An export list accepts the four CBEC trade modes only: 9610 (retail export, released by list and declared in summary), 9710 (B2B direct export), 9810 (export to an overseas warehouse) and 1210 (bonded e-commerce, exported from a special customs supervision area or bonded site). Other modes, such as general trade (0110), are declared on a customs declaration, not on a list; 1239 is for imports only.',
  },
  'exp.trade_mode.fix': {
    'zh-CN': '按业务选择贸易方式：向境外个人零售用 9610（自特殊监管区域出口用 1210），向境外企业直接出口用 9710，运往海外仓用 9810；订单类型须与之对应（E、B 或 W）。',
    ko: '업무에 맞는 무역 방식을 고르세요: 해외 개인 소매는 9610(특수감독구역에서 수출하면 1210), 해외 기업 직접 수출은 9710, 해외 창고로 보내면 9810. 주문 유형도 이에 맞아야 합니다(E, B, W).',
    ja: '業務に合わせて貿易方式を選んでください：海外の個人への小売は 9610（特殊監督区域からの輸出は 1210）、海外企業への直接輸出は 9710、海外倉庫へ送る場合は 9810。注文種別もこれに合わせます（E、B、W）。',
    ru: 'Выберите вид сделки по сути операции: розница частным лицам — 9610 (вывоз из специальной зоны — 1210), прямые продажи иностранному предприятию — 9710, отправка на зарубежный склад — 9810; тип заказа должен соответствовать (E, B или W).',
    en: 'Choose the mode that fits: 9610 for retail sales to individuals abroad (1210 when shipped from a special supervision area), 9710 for direct sales to a foreign enterprise, 9810 for goods sent to an overseas warehouse; the order type must match (E, B or W).',
  },

  'exp.statistics_flag': {
    'zh-CN': '申报业务类型 {value} 不予接受：statisticsFlag 应为 A（简化申报）或 B（汇总申报）',
    ko: '신고 업무 유형 {value}은(는) 받을 수 없습니다: statisticsFlag는 A(간이 신고) 또는 B(합산 신고)여야 합니다',
    ja: '申告業務種別 {value} は受け付けられません。statisticsFlag は A（簡易申告）または B（合算申告）です',
    ru: 'Тип декларирования {value} не принимается: statisticsFlag должен быть A (упрощённое декларирование) или B (сводная декларация)',
    en: 'statisticsFlag {value} is not accepted: use A (simplified declaration) or B (summary declaration)',
  },
  'exp.statistics_flag.cause': {
    'zh-CN': 'statisticsFlag 决定清单放行后的处理：A 为简化申报，清单放行即完成，不再形成出口报关单；B 为汇总申报，放行后的清单须由申报企业提交汇总申请（CEB701），汇总形成出口报关单。字段只接受大写的 A 或 B。',
    ko: 'statisticsFlag는 목록이 반출 허가된 뒤의 처리를 정합니다. A는 간이 신고로, 반출 허가로 끝나며 수출 신고서가 만들어지지 않습니다. B는 합산 신고로, 반출 허가된 목록을 신고 기업이 합산 신청(CEB701)으로 모아 수출 신고서를 만듭니다. 대문자 A 또는 B만 받습니다.',
    ja: 'statisticsFlag はリストの許可後の扱いを決めます。A は簡易申告で、許可をもって完了し、輸出申告書は作成されません。B は合算申告で、許可されたリストを申告企業が合算申請（CEB701）でまとめ、輸出申告書を作成します。大文字の A または B のみ受け付けます。',
    ru: 'statisticsFlag определяет, что происходит после выпуска перечня: A — упрощённое декларирование, выпуском всё заканчивается и экспортная декларация не оформляется; B — сводная декларация: декларант объединяет выпущенные перечни заявлением на сводное декларирование (CEB701), и на их основе оформляется экспортная декларация. Допустимы только заглавные A и B.',
    en: 'statisticsFlag decides what follows the list\'s release: A is a simplified declaration, complete on release, with no export customs declaration formed; B is a summary declaration: the declaring agent later gathers its released lists in a summary application (CEB701), from which the export customs declaration is formed. Only a capital A or B is accepted.',
  },
  'exp.statistics_flag.fix': {
    'zh-CN': '需要出口报关单（例如用于申报出口退税）的，填 B 并按月办理汇总申报；不需要的填 A。改正后重新发送清单。',
    ko: '수출 신고서가 필요하면(예: 수출 환급 신청) B를 적고 매달 합산 신고를 하세요. 필요 없으면 A를 적으세요. 고친 뒤 목록을 다시 보내세요.',
    ja: '輸出申告書が必要な場合（輸出還付の申請など）は B を記入し、月ごとに合算申告を行ってください。不要なら A を記入します。訂正してからリストを再送してください。',
    ru: 'Если нужна экспортная декларация (например, для возмещения НДС при экспорте), укажите B и ежемесячно подавайте сводную декларацию; если нет — укажите A. Исправьте и отправьте перечень снова.',
    en: 'If you need an export customs declaration (for example to claim an export tax rebate), give B and make the monthly summary declaration; otherwise give A. Correct it and send the list again.',
  },

  'exp.gcode_format': {
    'zh-CN': '商品编码 {value} 应为 10 位数字',
    ko: '상품 코드 {value}은(는) 숫자 10자리여야 합니다',
    ja: '商品コード {value} は 10 桁の数字です',
    ru: 'Код товара {value} должен состоять ровно из 10 цифр',
    en: 'The commodity code {value} must have exactly 10 digits',
  },
  'exp.gcode_format.cause': {
    'zh-CN': '清单的 gcode 为海关申报用的 10 位商品编码：前 8 位为税则号列（其中前 6 位为 HS 子目），第 9、10 位为附加编号。常见原因是只填了 6 位 HS 编码或 8 位税号、编码中含有点号或空格，或复制时丢失了开头的 0。',
    ko: '목록의 gcode는 세관 신고용 10자리 상품 코드입니다. 앞 8자리는 세번(그중 앞 6자리가 HS 소호), 9·10번째 자리는 부가 번호입니다. 6자리 HS 코드나 8자리 세번만 적은 경우, 점이나 공백이 들어간 경우, 복사하면서 앞자리 0이 빠진 경우가 흔합니다.',
    ja: 'リストの gcode は税関申告用の 10 桁の商品コードで、先頭 8 桁が税番（うち先頭 6 桁が HS 号）、9・10 桁目が付加番号です。6 桁の HS コードや 8 桁の税番だけを記入した、ピリオドや空白を含めた、コピー時に先頭の 0 が落ちた、などがよくある原因です。',
    ru: 'Поле gcode перечня — 10-значный код товара для таможенного декларирования: первые 8 цифр — тарифная позиция (первые 6 из них — субпозиция ГС), 9-я и 10-я — дополнительный код. Обычные причины: указан только 6-значный код ГС или 8-значная позиция, в коде есть точки или пробелы, при копировании потерян ведущий ноль.',
    en: 'The list\'s gcode is the 10-digit customs commodity code: the first 8 digits are the tariff line (the first 6 being the HS subheading), digits 9 and 10 the additional code. Typical reasons are a 6-digit HS code or 8-digit tariff line on its own, dots or spaces in the code, or a leading zero lost in copying.',
  },
  'exp.gcode_format.fix': {
    'zh-CN': '填写完整的 10 位数字编码，不加分隔符；不确定附加编号的，按商品归类确定后再申报，然后重新发送清单。',
    ko: '구분자 없이 10자리 숫자 코드를 모두 적으세요. 부가 번호를 모르면 품목 분류로 확정한 뒤 목록을 다시 보내세요.',
    ja: '区切りなしで 10 桁の数字のコードをすべて記入してください。付加番号が不明な場合は、分類を確定してからリストを再送してください。',
    ru: 'Укажите все 10 цифр без разделителей; если дополнительный код неизвестен, определите его при классификации товара и отправьте перечень снова.',
    en: 'Give all 10 digits with no separators; if you are unsure of the additional code, settle the classification first, then send the list again.',
  },

  'exp.order_type_mode': {
    'zh-CN': '贸易方式 {tradeMode} 须对应类型为 {expected} 的出口订单，而订单类型为 {orderType}',
    ko: '무역 방식 {tradeMode}에는 유형 {expected}의 수출 주문서가 필요하지만 주문 유형은 {orderType}입니다',
    ja: '貿易方式 {tradeMode} には種別 {expected} の輸出注文書が必要ですが、注文の種別は {orderType} です',
    ru: 'Для вида сделки {tradeMode} нужен экспортный заказ типа {expected}, а заказ имеет тип {orderType}',
    en: 'Trade mode {tradeMode} needs an export order of type {expected}, but the order has type {orderType}',
  },
  'exp.order_type_mode.cause': {
    'zh-CN': '清单的贸易方式与订单类型须描述同一种交易：9610 和 1210 为向境外个人的零售出口，对应 E；9710 为向境外企业的 B2B 直接出口，对应 B；9810 为运往海外仓，对应订仓单 W。常见原因是 B2B 或海外仓货物按 9610 申报，或订单系统默认发送了类型 E。',
    ko: '목록의 무역 방식과 주문 유형은 같은 거래를 가리켜야 합니다. 9610과 1210은 해외 개인 대상 소매 수출로 E, 9710은 해외 기업 대상 B2B 직접 수출로 B, 9810은 해외 창고로 보내는 것으로 창고 예약서 W에 대응합니다. B2B나 해외 창고 물품을 9610으로 신고한 경우, 주문 시스템이 기본값 E로 보낸 경우가 흔합니다.',
    ja: 'リストの貿易方式と注文種別は同じ取引を表していなければなりません。9610 と 1210 は海外の個人への小売輸出で E、9710 は海外企業への B2B 直接輸出で B、9810 は海外倉庫への送付で倉庫予約書 W に対応します。B2B や海外倉庫向けの貨物を 9610 で申告した、注文システムが既定値 E で送信した、などがよくある原因です。',
    ru: 'Вид сделки в перечне и тип заказа должны описывать одну и ту же сделку: 9610 и 1210 — розничный экспорт частным лицам, тип E; 9710 — прямой экспорт B2B иностранному предприятию, тип B; 9810 — отправка на зарубежный склад, заявка на бронирование типа W. Обычные причины: товар B2B или для зарубежного склада задекларирован как 9610, либо система заказов по умолчанию отправила тип E.',
    en: 'The list\'s trade mode and the order type must describe the same sale: 9610 and 1210 are retail exports to individuals, with type E; 9710 is a B2B direct export to a foreign enterprise, with type B; 9810 sends goods to an overseas warehouse, booked with type W. Typically B2B or warehouse goods were declared under 9610, or the order system sent its default type E.',
  },
  'exp.order_type_mode.fix': {
    'zh-CN': '确定哪一份单证有误：订单类型错误的，由电商平台以变更（appType=2）更正订单类型（改为 W 的还须写明 OW=海外仓编码）；贸易方式错误的，按正确的贸易方式重新申报清单。',
    ko: '어느 서류가 틀렸는지 확인하세요. 주문 유형이 틀렸다면 전자상거래 플랫폼이 변경(appType=2)으로 고치고(W로 바꾸면 OW=해외 창고 코드도 적음), 무역 방식이 틀렸다면 올바른 무역 방식으로 목록을 다시 신고하세요.',
    ja: 'どちらの書類が誤っているかを確認してください。注文種別が誤りなら EC プラットフォームが変更（appType=2）で訂正し（W に変える場合は OW=海外倉庫コードも記入）、貿易方式が誤りなら正しい貿易方式でリストを再申告してください。',
    ru: 'Определите, какой документ ошибочен: если неверен тип заказа, площадка исправляет его изменением (appType=2) (при переходе на W также указывается OW=код склада); если неверен вид сделки, подайте перечень заново с правильным видом сделки.',
    en: 'Work out which document is wrong: if it is the order type, the platform corrects it with a change (appType=2) (a change to W also needs OW=warehouse code); if it is the trade mode, declare the list again with the right one.',
  },

  // ---- cancellation (CEB605) and export returns (CEB213, CEB215) ----

  'exp.list_unknown': {
    'zh-CN': '本企业没有编号为 {invtNo} 的出口清单',
    ko: '귀사에는 번호가 {invtNo}인 수출 목록이 없습니다',
    ja: '貴社には番号 {invtNo} の輸出申告リストがありません',
    ru: 'У вашего предприятия нет экспортного перечня с номером {invtNo}',
    en: 'There is no export list numbered {invtNo} for this enterprise',
  },
  'exp.list_unknown.cause': {
    'zh-CN': '撤销申请（CEB605）和退货申请（CEB213）按清单编号 invtNo 查找原出口清单，并核对申请企业：撤销须为原清单的申报企业，退货须为原清单的电商企业。常见原因是填了预录入编号 preNo 或企业内部编号 copNo，而不是海关回执（CEB604）中的清单编号；清单属于另一企业；或清单在另一环境（测试或正式）中申报。',
    ko: '취소 신청(CEB605)과 반품 신청(CEB213)은 목록 번호 invtNo로 원래 수출 목록을 찾고 신청 기업을 대조합니다. 취소는 원래 목록의 신고 기업, 반품은 원래 목록의 전자상거래 기업이어야 합니다. 세관 회신(CEB604)의 목록 번호 대신 사전 입력 번호 preNo나 기업 내부 번호 copNo를 적은 경우, 목록이 다른 기업의 것인 경우, 목록을 다른 환경(테스트 또는 운영)에서 신고한 경우가 흔합니다.',
    ja: '取消申請（CEB605）と返品申請（CEB213）は、リスト番号 invtNo で元の輸出申告リストを探し、申請企業を照合します。取消は元のリストの申告企業、返品は元のリストの EC 企業でなければなりません。税関応答（CEB604）のリスト番号ではなく事前入力番号 preNo や社内番号 copNo を記入した、リストが他社のものである、リストを別の環境（テストまたは本番）で申告した、などがよくある原因です。',
    ru: 'Заявление об аннулировании (CEB605) и заявление о возврате (CEB213) находят исходный экспортный перечень по номеру invtNo и проверяют заявителя: аннулирует декларант исходного перечня, возврат оформляет его предприятие электронной торговли. Обычные причины: указан номер предварительного ввода preNo или внутренний номер copNo вместо номера перечня из квитанции таможни (CEB604), перечень принадлежит другому предприятию или подан в другой среде (тестовой или рабочей).',
    en: 'Cancellation (CEB605) and return (CEB213) requests find the original export list by its number invtNo and check the requester: the list\'s declaring agent for a cancellation, its e-commerce enterprise for a return. Typical reasons are the pre-entry number preNo or the internal number copNo given instead of the list number from the customs receipt (CEB604), a list that belongs to another enterprise, or one declared in the other environment (sandbox or production).',
  },
  'exp.list_unknown.fix': {
    'zh-CN': '从原清单的海关回执（CEB604）中复制 invtNo，由原清单中写明的企业在同一环境中发送申请。',
    ko: '원래 목록의 세관 회신(CEB604)에서 invtNo를 복사하고, 원래 목록에 적힌 기업이 같은 환경에서 신청을 보내게 하세요.',
    ja: '元のリストの税関応答（CEB604）から invtNo をコピーし、元のリストに記載された企業が同じ環境で申請を送信してください。',
    ru: 'Скопируйте invtNo из квитанции таможни (CEB604) по исходному перечню; заявление должно отправить указанное в перечне предприятие в той же среде.',
    en: 'Copy invtNo from the customs receipt (CEB604) of the original list and have the enterprise named in that list send the request in the same environment.',
  },

  'exp.cancel_too_late': {
    'zh-CN': '出口清单 {invtNo} 当前状态为 {state}，不能撤销：只有尚未放行的清单才能撤销',
    ko: '수출 목록 {invtNo}의 현재 상태가 {state}이므로 취소할 수 없습니다: 아직 반출 허가되지 않은 목록만 취소할 수 있습니다',
    ja: '輸出申告リスト {invtNo} の現在の状態が {state} のため取り消せません。取り消せるのはまだ許可（放行）されていないリストだけです',
    ru: 'Экспортный перечень {invtNo} в состоянии {state} аннулировать нельзя: аннулируются только ещё не выпущенные перечни',
    en: 'The export list {invtNo} is in state {state} and cannot be cancelled: only lists not yet released can be',
  },
  'exp.cancel_too_late.cause': {
    'zh-CN': '出口清单在等待配套单证、海关入库、人工审核、审结和查验期间可以撤销。货物运抵监管场所并经海关放行后，出口即已成立，清单不能再撤销；已结关（离境）的更是如此。已退单、已撤销、已退货或超时的清单已经终结，也无需撤销。',
    ko: '수출 목록은 관련 서류 대기, 세관 접수, 수동 심사, 심사 완료, 검사 단계에서 취소할 수 있습니다. 물품이 감독 장소에 반입(운저)되어 세관이 반출 허가하면 수출이 성립하므로 목록을 취소할 수 없고, 통관 종결(출경)된 경우도 마찬가지입니다. 반려·취소·반품 완료·기한 초과된 목록은 이미 종결되어 취소할 필요가 없습니다.',
    ja: '輸出申告リストは、関連書類待ち、税関受理、審査官による審査、審査終了、検査の各段階であれば取り消せます。貨物が監督場所に搬入（運抵）され、税関が許可した時点で輸出は成立し、リストは取り消せません。通関完了（出境）後も同様です。差戻し・取消済み・返品済み・期限切れのリストはすでに終結しており、取り消す必要はありません。',
    ru: 'Экспортный перечень можно аннулировать, пока он ожидает документов, принят таможней, на ручной проверке, рассмотрение завершено или идёт досмотр. Когда товар прибыл на подконтрольную площадку и таможня его выпустила, экспорт состоялся и перечень аннулировать нельзя — тем более после завершения оформления (убытия). Отклонённые, аннулированные, возвращённые и просроченные перечни уже закрыты и аннулирования не требуют.',
    en: 'An export list can be cancelled while it is waiting for documents, accepted, under manual review, concluded or under inspection. Once the goods have arrived at the supervised site and customs has released them, the export has taken place and the list can no longer be cancelled, let alone after clearance (departure). Rejected, cancelled, returned and expired lists are already closed and need no cancellation.',
  },
  'exp.cancel_too_late.fix': {
    'zh-CN': '货物已离境又需运回的，在放行之日起一年内提交出口退货申请（CEB213）；已放行但尚未离境的，请联系监管海关处理；已终结的清单无需任何操作。',
    ko: '출경한 물품을 되돌려야 한다면 반출 허가일로부터 1년 안에 수출 반품 신청(CEB213)을 보내세요. 반출 허가되었으나 아직 출경하지 않았다면 관할 세관에 문의하세요. 이미 종결된 목록은 따로 할 일이 없습니다.',
    ja: '出境した貨物を戻す必要があれば、許可の日から 1 年以内に輸出返品申請（CEB213）を送信してください。許可済みでまだ出境していない場合は、監督税関に相談してください。終結済みのリストについては何もする必要はありません。',
    ru: 'Если убывший товар нужно вернуть, подайте заявление о возврате экспорта (CEB213) в течение года с даты выпуска; если товар выпущен, но ещё не убыл, обратитесь в таможню, осуществляющую контроль; по закрытым перечням ничего делать не нужно.',
    en: 'If goods that have left must come back, send an export return request (CEB213) within one year of release; if they are released but have not left yet, contact the supervising customs office; a closed list needs nothing further.',
  },

  'exp.return_not_released': {
    'zh-CN': '出口清单 {invtNo} 当前状态为 {state}：只有已放行或已结关的出口才能申请退货',
    ko: '수출 목록 {invtNo}의 현재 상태는 {state}입니다: 반출 허가 또는 통관 종결된 수출만 반품을 신청할 수 있습니다',
    ja: '輸出申告リスト {invtNo} の現在の状態は {state} です。返品を申請できるのは許可（放行）済みまたは通関完了の輸出だけです',
    ru: 'Экспортный перечень {invtNo} в состоянии {state}: возврат оформляется только по выпущенному или оформленному экспорту',
    en: 'The export list {invtNo} is in state {state}: only released or cleared exports can be returned',
  },
  'exp.return_not_released.cause': {
    'zh-CN': '出口退货针对已经放行出口、又从境外运回的货物。尚未放行的清单，货物还未出口，应申请撤销；已退单、已撤销、已超时或已办结退货的清单不能再申请退货。',
    ko: '수출 반품은 반출 허가되어 수출된 뒤 해외에서 되돌아오는 물품에 대한 절차입니다. 아직 반출 허가되지 않은 목록은 물품이 수출되지 않았으므로 취소를 신청해야 하고, 반려·취소·기한 초과되었거나 반품이 이미 끝난 목록은 반품을 신청할 수 없습니다.',
    ja: '輸出返品は、許可されて輸出された後に海外から戻ってくる貨物のための手続です。まだ許可されていないリストは貨物が輸出されていないので取消を申請します。差戻し・取消済み・期限切れ、または返品が完了したリストは返品を申請できません。',
    ru: 'Возврат экспорта оформляется для товара, который был выпущен, вывезен и теперь возвращается из-за рубежа. Если перечень ещё не выпущен, товар не вывезен — перечень нужно аннулировать; по отклонённым, аннулированным, просроченным перечням и перечням с завершённым возвратом возврат не оформляется.',
    en: 'An export return is for goods that were released, exported and are now coming back from abroad. A list not yet released has not been exported: cancel it instead; rejected, cancelled, expired and already returned lists cannot be returned.',
  },
  'exp.return_not_released.fix': {
    'zh-CN': '查询清单当前状态：尚未放行的，由申报企业提交撤销申请（CEB605）；其他状态无需也不能申请退货。',
    ko: '목록의 현재 상태를 확인하세요. 아직 반출 허가 전이면 신고 기업이 취소 신청(CEB605)을 보내고, 그 밖의 상태에서는 반품할 필요도 없고 할 수도 없습니다.',
    ja: 'リストの現在の状態を確認してください。まだ許可前なら申告企業が取消申請（CEB605）を送信します。それ以外の状態では返品は不要で、申請もできません。',
    ru: 'Проверьте состояние перечня: если выпуска ещё не было, декларант подаёт заявление об аннулировании (CEB605); в остальных состояниях возврат не нужен и невозможен.',
    en: 'Check the list\'s state: before release, the declaring agent requests cancellation (CEB605); in the other states there is nothing to return and a return cannot be asked.',
  },

  'exp.return_too_late': {
    'zh-CN': '出口清单 {invtNo} 于 {released} 放行，退货期限已于 {deadline} 届满',
    ko: '수출 목록 {invtNo}은(는) {released}에 반출 허가되었으며, 반품 기한은 {deadline}에 끝났습니다',
    ja: '輸出申告リスト {invtNo} は {released} に許可されており、返品期限は {deadline} に満了しました',
    ru: 'Экспортный перечень {invtNo} выпущен {released}; срок возврата истёк {deadline}',
    en: 'The export list {invtNo} was released on {released}; the period for returns ended on {deadline}',
  },
  'exp.return_too_late.cause': {
    'zh-CN': '按海关总署公告2020年第44号，跨境电商出口商品可以整单或部分、单独或批量退货，但须在出口放行之日起一年内办理，企业还须保证退回的是原出口商品。期限按清单放行日期计算。',
    ko: '海关总署公告2020年第44号에 따라 국경 간 전자상거래 수출 물품은 전부 또는 일부를, 개별 또는 일괄로 반품할 수 있지만 수출 반출 허가일로부터 1년 안에 해야 하며, 기업은 돌아오는 물품이 원래 수출한 물품임을 보증해야 합니다. 기한은 목록의 반출 허가일부터 셉니다.',
    ja: '海关总署公告2020年第44号により、越境 EC の輸出貨物は全部または一部を、個別またはまとめて返品できますが、輸出の許可の日から 1 年以内に限られ、企業は戻る貨物が元の輸出貨物であることを保証しなければなりません。期限はリストの許可日から数えます。',
    ru: 'По объявлению ГТУ КНР 2020 г. № 44 (海关总署公告2020年第44号) экспорт трансграничной электронной торговли можно вернуть целиком или частично, по одному или партиями, но в течение года с даты выпуска, причём предприятие ручается, что возвращается именно вывезенный товар. Срок считается от даты выпуска перечня.',
    en: 'Under GACC announcement No. 44 of 2020 (海关总署公告2020年第44号), CBEC exports may be returned in whole or in part, singly or in batches, but within one year of their release, and the enterprise must guarantee that the goods coming back are the ones exported. The period runs from the list\'s release date.',
  },
  'exp.return_too_late.fix': {
    'zh-CN': '该清单已不能办理跨境电商出口退货；货物如仍需运回，须按一般进口规定申报，请事先咨询监管海关。',
    ko: '이 목록은 더 이상 국경 간 전자상거래 수출 반품을 할 수 없습니다. 물품을 꼭 되들여와야 한다면 일반 수입 규정에 따라 신고해야 하니 미리 관할 세관에 문의하세요.',
    ja: 'このリストは越境 EC の輸出返品ができなくなりました。それでも貨物を戻す必要がある場合は一般の輸入として申告することになるため、事前に監督税関に相談してください。',
    ru: 'По этому перечню возврат экспорта трансграничной электронной торговли уже невозможен; если товар всё же нужно ввезти обратно, он декларируется по общим правилам импорта — заранее проконсультируйтесь в таможне.',
    en: 'This list can no longer be returned through the CBEC export-return procedure; if the goods must still come back, they are declared under the general import rules, so consult the supervising customs office first.',
  },

  'exp.return_qty': {
    'zh-CN': '第 {gnum} 项：退货数量 {qty} 超过该项出口数量 {exported}',
    ko: '{gnum}번 항목: 반품 수량 {qty}이(가) 그 항목의 수출 수량 {exported}을(를) 넘습니다',
    ja: '第 {gnum} 項：返品数量 {qty} がその項の輸出数量 {exported} を超えています',
    ru: 'Строка {gnum}: возвращаемое количество {qty} больше вывезенного {exported}',
    en: 'Line {gnum}: the return quantity {qty} is more than the {exported} exported',
  },
  'exp.return_qty.cause': {
    'zh-CN': '退货申请的每个商品行以原出口清单的商品序号 gnum 对应原商品，退回数量不能超过该项的出口数量。常见原因是数量单位与原清单不同（例如按件与按千克），或 gnum 对应错了商品行。',
    ko: '반품 신청의 각 상품 행은 원래 수출 목록의 상품 순번 gnum으로 원래 상품을 가리키며, 반품 수량은 그 항목의 수출 수량을 넘을 수 없습니다. 수량 단위가 원래 목록과 다른 경우(예: 개 대 킬로그램), gnum이 다른 상품 행을 가리키는 경우가 흔합니다.',
    ja: '返品申請の各商品行は、元の輸出申告リストの項番 gnum で元の商品を指し、返品数量はその項の輸出数量を超えられません。数量の単位が元のリストと異なる（個とキログラムなど）、gnum が別の商品行を指している、などがよくある原因です。',
    ru: 'Каждая строка заявления о возврате ссылается номером gnum на строку исходного экспортного перечня, и возвращаемое количество не может превышать вывезенного по этой строке. Обычные причины: другая единица измерения, чем в перечне (например, штуки вместо килограммов), или gnum указывает не на ту строку.',
    en: 'Each line of a return request points by gnum to a line of the original export list, and the quantity returned cannot exceed what was exported on that line. Typical reasons are a different unit from the original list (pieces against kilograms, say) or a gnum that points to the wrong line.',
  },
  'exp.return_qty.fix': {
    'zh-CN': '按原清单的商品序号和计量单位填写实际退回的数量，然后重新发送退货申请。',
    ko: '원래 목록의 상품 순번과 계량 단위에 맞춰 실제 반품 수량을 적고 반품 신청을 다시 보내세요.',
    ja: '元のリストの項番と数量単位に合わせて実際の返品数量を記入し、返品申請を再送してください。',
    ru: 'Укажите фактически возвращаемое количество по номерам строк и единицам исходного перечня и отправьте заявление снова.',
    en: 'Give the quantity actually coming back, using the original list\'s line numbers and units, and send the return request again.',
  },

  'exp.return_unknown': {
    'zh-CN': '没有与企业内部编号 {coElNo}、运单号 {logisticsNo} 对应的出口退货申请',
    ko: '기업 내부 번호 {coElNo}, 운송장 번호 {logisticsNo}에 해당하는 수출 반품 신청이 없습니다',
    ja: '社内番号 {coElNo}、運送状番号 {logisticsNo} に対応する輸出返品申請はありません',
    ru: 'Нет заявления о возврате экспорта с внутренним номером {coElNo} и номером накладной {logisticsNo}',
    en: 'There is no export return request with internal number {coElNo} and waybill {logisticsNo}',
  },
  'exp.return_unknown.cause': {
    'zh-CN': '出口退运理货明细单（CEB215）由监管场所在退回的包裹运抵后发送，须对应一份已提交的退货申请（CEB213），二者以企业内部编号 coElNo 和运单号 logisticsNo 关联。常见原因是电商企业尚未提交退货申请或申请被退单，或两份单证中的编号不一致。',
    ko: '수출 반품 검수 명세서(CEB215)는 되돌아온 소포가 감독 장소에 도착한 뒤 보내며, 이미 제출된 반품 신청(CEB213)에 대응해야 합니다. 두 서류는 기업 내부 번호 coElNo와 운송장 번호 logisticsNo로 연결됩니다. 전자상거래 기업이 아직 반품 신청을 보내지 않았거나 신청이 반려된 경우, 두 서류의 번호가 다른 경우가 흔합니다.',
    ja: '輸出返品の検数明細（CEB215）は、戻ってきた小包が監督場所に到着した後に送信され、提出済みの返品申請（CEB213）に対応していなければなりません。両者は社内番号 coElNo と運送状番号 logisticsNo で結び付けられます。EC 企業がまだ返品申請を送っていない、申請が差し戻された、両書類の番号が異なる、などがよくある原因です。',
    ru: 'Ведомость приёмки возвращённого экспорта (CEB215) отправляется после прибытия возвращённой посылки на подконтрольную площадку и должна относиться к поданному заявлению о возврате (CEB213); они связываются внутренним номером coElNo и номером накладной logisticsNo. Обычные причины: предприятие электронной торговли ещё не подало заявление или его отклонили, либо номера в двух документах расходятся.',
    en: 'The return tally (CEB215) is sent once the returned parcel has reached the supervised site and must answer a return request (CEB213) already made; the two are linked by the internal number coElNo and the waybill number logisticsNo. Typically the e-commerce enterprise has not sent the request yet or it was rejected, or the numbers differ between the two documents.',
  },
  'exp.return_unknown.fix': {
    'zh-CN': '请电商企业先提交退货申请并等待海关入库回执（CEB214），然后以相同的 coElNo 和 logisticsNo 重新发送理货明细单。',
    ko: '전자상거래 기업이 먼저 반품 신청을 보내 세관 접수 회신(CEB214)을 받게 한 뒤, 같은 coElNo와 logisticsNo로 검수 명세서를 다시 보내세요.',
    ja: 'EC 企業に先に返品申請を送信してもらい、税関受理の応答（CEB214）を待ってから、同じ coElNo と logisticsNo で検数明細を再送してください。',
    ru: 'Пусть предприятие электронной торговли сначала подаст заявление о возврате и дождётся квитанции о принятии (CEB214); затем отправьте ведомость снова с теми же coElNo и logisticsNo.',
    en: 'Have the e-commerce enterprise send the return request first and wait for its acceptance receipt (CEB214), then send the tally again with the same coElNo and logisticsNo.',
  },

  // ---- summary declaration (CEB701, CEB792) ----

  'exp.summary_not_listable': {
    'zh-CN': '出口清单 {invtNo} 不能纳入汇总申报：{reason}',
    ko: '수출 목록 {invtNo}은(는) 합산 신고에 넣을 수 없습니다: {reason}',
    ja: '輸出申告リスト {invtNo} は合算申告に含められません：{reason}',
    ru: 'Экспортный перечень {invtNo} нельзя включить в сводную декларацию: {reason}',
    en: 'The export list {invtNo} cannot go into a summary declaration: {reason}',
  },
  'exp.summary_not_listable.cause': {
    'zh-CN': '汇总申请（CEB701）只能包含申报企业本企业申报的、申报业务类型为汇总申报（statisticsFlag 为 B）且已经海关放行的 9610 零售出口清单。简化申报（A）的清单放行即完成，不形成报关单；尚未放行的清单还没有出口；其他企业申报的清单须由该企业自行汇总。',
    ko: '합산 신청(CEB701)에는 신고 기업이 직접 신고했고, 신고 업무 유형이 합산 신고(statisticsFlag B)이며, 세관이 반출 허가한 9610 소매 수출 목록만 넣을 수 있습니다. 간이 신고(A) 목록은 반출 허가로 끝나 신고서가 만들어지지 않고, 아직 반출 허가되지 않은 목록은 수출되지 않았으며, 다른 기업이 신고한 목록은 그 기업이 합산해야 합니다.',
    ja: '合算申請（CEB701）に含められるのは、申告企業自身が申告し、申告業務種別が合算申告（statisticsFlag B）で、税関が許可した 9610 小売輸出のリストだけです。簡易申告（A）のリストは許可をもって完了し申告書は作成されません。まだ許可されていないリストは輸出されていません。他の企業が申告したリストはその企業が合算します。',
    ru: 'Заявление на сводное декларирование (CEB701) может включать только перечни розничного экспорта 9610, поданные самим декларантом, с типом «сводная декларация» (statisticsFlag B) и уже выпущенные таможней. Перечни с упрощённым декларированием (A) завершаются выпуском без декларации; невыпущенные перечни ещё не экспортированы; перечни другого декларанта сводит он сам.',
    en: 'A summary application (CEB701) may cover only 9610 retail-export lists that the declaring agent itself declared, with statisticsFlag B (summary declaration), and that customs has released. Lists under simplified declaration (A) are complete on release and form no declaration; lists not yet released have not been exported; lists of another agent are summarised by that agent.',
  },
  'exp.summary_not_listable.fix': {
    'zh-CN': '从申请中去掉该清单，重新发送汇总申请（appType=1）；尚未放行的清单可在放行后纳入同月的下一份申请。',
    ko: '신청에서 그 목록을 빼고 합산 신청을 다시 보내세요(appType=1). 아직 반출 허가되지 않은 목록은 허가된 뒤 같은 달의 다음 신청에 넣을 수 있습니다.',
    ja: '申請からそのリストを外し、合算申請を再送してください（appType=1）。まだ許可されていないリストは、許可後に同じ月の次の申請に含められます。',
    ru: 'Исключите перечень из заявления и отправьте заявление снова (appType=1); невыпущенный перечень после выпуска можно включить в следующее заявление за тот же месяц.',
    en: 'Leave the list out and send the summary application again (appType=1); a list not yet released can go into a later application for the same month once it is released.',
  },

  'exp.summary_already': {
    'zh-CN': '出口清单 {invtNo} 已纳入汇总申请 {sumNo}',
    ko: '수출 목록 {invtNo}은(는) 이미 합산 신청 {sumNo}에 포함되어 있습니다',
    ja: '輸出申告リスト {invtNo} はすでに合算申請 {sumNo} に含まれています',
    ru: 'Экспортный перечень {invtNo} уже включён в заявление на сводное декларирование {sumNo}',
    en: 'The export list {invtNo} is already covered by summary application {sumNo}',
  },
  'exp.summary_already.cause': {
    'zh-CN': '每份出口清单只能汇总一次，否则同一批货物会在报关单中重复统计。常见原因是已受理的汇总申请被再次发送，或按时间段和按清单编号的两份申请范围重叠。',
    ko: '수출 목록은 한 번만 합산할 수 있습니다. 그렇지 않으면 같은 물품이 신고서에 두 번 집계됩니다. 이미 접수된 합산 신청을 다시 보낸 경우, 기간 기준 신청과 목록 번호 기준 신청의 범위가 겹친 경우가 흔합니다.',
    ja: '輸出申告リストは 1 回しか合算できません。そうでなければ同じ貨物が申告書で二重に計上されます。受理済みの合算申請を再送した、期間指定の申請とリスト番号指定の申請の範囲が重なった、などがよくある原因です。',
    ru: 'Каждый экспортный перечень сводится только один раз, иначе один и тот же товар будет учтён в декларациях дважды. Обычные причины: уже принятое заявление отправлено повторно или пересеклись заявление по периоду и заявление по номерам перечней.',
    en: 'Each export list is summarised once only; otherwise the same goods would be counted twice in declarations. Typically an application already accepted was sent again, or an application by time range overlapped one by list numbers.',
  },
  'exp.summary_already.fix': {
    'zh-CN': '从新申请中去掉该清单；该清单的汇总进度请查看消息中所列的汇总申请及其汇总结果单（CEB792）。',
    ko: '새 신청에서 그 목록을 빼세요. 그 목록의 합산 진행 상황은 메시지에 적힌 합산 신청과 그 합산 결과서(CEB792)에서 확인하세요.',
    ja: '新しい申請からそのリストを外してください。そのリストの合算の進み具合は、メッセージに示された合算申請とその合算結果書（CEB792）で確認できます。',
    ru: 'Исключите перечень из нового заявления; ход сводного декларирования по нему смотрите в заявлении, указанном в сообщении, и в его сводном результате (CEB792).',
    en: 'Leave the list out of the new application; follow its summary through the application named in the message and its summary result (CEB792).',
  },

  'exp.summary_mixed': {
    'zh-CN': '申请所列清单的汇总分组项 {key} 不同（{first} 与 {second}）：一份申请只能包含同一组清单',
    ko: '신청에 적은 목록들의 합산 그룹 기준 {key}이(가) 서로 다릅니다({first}와 {second}): 한 신청에는 같은 그룹의 목록만 넣을 수 있습니다',
    ja: '申請に記載したリストの合算グループ項目 {key} が異なります（{first} と {second}）。1 つの申請に含められるのは同じグループのリストだけです',
    ru: 'Перечни в заявлении различаются по признаку группировки {key} ({first} и {second}): одно заявление охватывает одну группу',
    en: 'The lists named in the application differ in the grouping key {key} ({first} against {second}): one application covers one group',
  },
  'exp.summary_mixed.cause': {
    'zh-CN': '一份汇总申报对应一份出口报关单，只能汇总分组项相同的清单。分组项由当时生效的汇总规则确定，例如电商企业（收发货人）、生产销售企业（summaryFlag 为 2 时）、运输方式、运抵国（地区）、出境口岸海关，以及商品编码和币制等。按清单编号列明的申请形成一份汇总申报，所列清单的分组项因而必须一致。',
    ko: '합산 신고 하나는 수출 신고서 하나가 되므로 그룹 기준이 같은 목록만 합산할 수 있습니다. 그룹 기준은 그 시점에 유효한 합산 규칙이 정하며, 예를 들어 전자상거래 기업(송하인), 생산·판매 기업(summaryFlag 2일 때), 운송 방식, 도착국(지역), 출경 항구 세관, 상품 코드와 통화 등입니다. 목록 번호를 나열한 신청은 합산 신고 하나를 만들므로 나열한 목록의 그룹 기준이 모두 같아야 합니다.',
    ja: '1 件の合算申告は 1 件の輸出申告書になるため、グループ項目が同じリストしか合算できません。グループ項目はその時点で有効な合算ルールで決まり、たとえば EC 企業（荷送人）、生産販売企業（summaryFlag が 2 の場合）、輸送方式、仕向国（地域）、出境口岸の税関、商品コードや通貨などです。リスト番号を列挙した申請は 1 件の合算申告になるので、列挙したリストのグループ項目はすべて同じでなければなりません。',
    ru: 'Одна сводная декларация становится одной экспортной декларацией, поэтому в неё сводятся только перечни с одинаковыми признаками группировки. Признаки задаёт действующее правило сводного декларирования, например: предприятие электронной торговли (отправитель), производитель или продавец (при summaryFlag 2), вид транспорта, страна назначения, таможня пункта убытия, код товара и валюта. Заявление с перечислением номеров перечней образует одну сводную декларацию, так что все перечисленные перечни должны совпадать по признакам.',
    en: 'One summary declaration becomes one export customs declaration, so only lists that agree in the grouping keys can be summarised together. The keys are set by the summary rules in force, for example the e-commerce enterprise (consignor), the producer or seller (with summaryFlag 2), the transport mode, the destination country, the customs office of exit, and the commodity code and currency. An application that names its lists forms one summary declaration, so all the lists it names must agree.',
  },
  'exp.summary_mixed.fix': {
    'zh-CN': '按分组项把清单分成几份申请分别发送，每份只含同一组；或改为按时间段（startTime、endTime）申请，由平台按组形成多份汇总申报。',
    ko: '그룹 기준에 따라 목록을 나누어 그룹마다 신청을 따로 보내세요. 또는 기간(startTime, endTime)으로 신청하면 플랫폼이 그룹별로 합산 신고를 여러 건 만듭니다.',
    ja: 'グループ項目ごとにリストを分け、グループごとに別々の申請を送信してください。または期間（startTime、endTime）で申請すれば、プラットフォームがグループごとに複数の合算申告を作成します。',
    ru: 'Разделите перечни по группам и отправьте по отдельному заявлению на каждую группу; либо подайте заявление по периоду (startTime, endTime) — тогда платформа сама сформирует по сводной декларации на каждую группу.',
    en: 'Split the lists by group and send one application per group; or apply by time range (startTime, endTime) and let the platform form one summary declaration per group.',
  },

  'exp.summary_empty': {
    'zh-CN': '{from} 至 {to} 期间没有本企业已放行、待汇总的汇总申报类（B）出口清单',
    ko: '{from}부터 {to}까지 귀사가 신고하여 반출 허가되고 아직 합산되지 않은 합산 신고(B) 수출 목록이 없습니다',
    ja: '{from} から {to} までの間に、貴社が申告して許可され、まだ合算されていない合算申告（B）の輸出申告リストはありません',
    ru: 'С {from} по {to} нет выпущенных и ещё не сведённых экспортных перечней вашего предприятия с типом «сводная декларация» (B)',
    en: 'Between {from} and {to} there is no released, not yet summarised export list for summary declaration (B) declared by this agent',
  },
  'exp.summary_empty.cause': {
    'zh-CN': '按时间段申请时，平台收集本企业在该时间段内放行、statisticsFlag 为 B 且尚未汇总的 9610 清单。该时间段内没有这样的清单：常见原因是时间段填错（格式为 YYYYMMDDhhmmss）、清单在时间段之外放行、已被其他申请汇总、申报为简化申报（A），或由其他企业申报。',
    ko: '기간으로 신청하면 플랫폼은 귀사가 그 기간에 반출 허가받았고 statisticsFlag가 B이며 아직 합산되지 않은 9610 목록을 모읍니다. 그런 목록이 없습니다. 기간을 잘못 적은 경우(형식 YYYYMMDDhhmmss), 목록이 기간 밖에서 반출 허가된 경우, 이미 다른 신청으로 합산된 경우, 간이 신고(A)로 신고한 경우, 다른 기업이 신고한 경우가 흔합니다.',
    ja: '期間で申請すると、プラットフォームは貴社がその期間に許可を受け、statisticsFlag が B で、まだ合算されていない 9610 のリストを集めます。そのようなリストがありません。期間の誤り（形式は YYYYMMDDhhmmss）、リストの許可が期間外、すでに別の申請で合算済み、簡易申告（A）で申告した、他社が申告した、などがよくある原因です。',
    ru: 'При заявлении по периоду платформа собирает перечни 9610 вашего предприятия, выпущенные в этот период, с statisticsFlag B и ещё не сведённые. Таких перечней нет. Обычные причины: неверно указан период (формат YYYYMMDDhhmmss), перечни выпущены вне периода, уже сведены другим заявлением, поданы с упрощённым декларированием (A) или другим декларантом.',
    en: 'An application by time range collects this agent\'s 9610 lists with statisticsFlag B that were released in the range and are not yet summarised. There are none: typically the range is wrong (the format is YYYYMMDDhhmmss), the lists were released outside it, were already summarised by another application, were declared as simplified (A), or were declared by another agent.',
  },
  'exp.summary_empty.fix': {
    'zh-CN': '根据清单放行回执（CEB604 状态 800）的时间核对 startTime 和 endTime，更正后重新发送汇总申请；该期间确无待汇总清单的，无需申请。',
    ko: '목록의 반출 허가 회신(CEB604 상태 800) 시각에 맞춰 startTime과 endTime을 확인하고 고친 뒤 합산 신청을 다시 보내세요. 그 기간에 합산할 목록이 정말 없다면 신청할 필요가 없습니다.',
    ja: 'リストの許可応答（CEB604 状態 800）の時刻と照らして startTime と endTime を確認し、訂正してから合算申請を再送してください。その期間に合算すべきリストが本当にない場合は、申請は不要です。',
    ru: 'Сверьте startTime и endTime со временем квитанций о выпуске (CEB604, статус 800), исправьте и отправьте заявление снова; если сводить за этот период действительно нечего, заявление не нужно.',
    en: 'Check startTime and endTime against the times of the lists\' release receipts (CEB604 status 800), correct them and send the application again; if there really is nothing to summarise in the range, no application is needed.',
  },

  'exp.summary_period': {
    'zh-CN': '出口清单 {invtNo} 不是在 {period} 放行的：同一份申请所列清单须在同一个月内放行',
    ko: '수출 목록 {invtNo}은(는) {period}에 반출 허가되지 않았습니다: 한 신청에 적은 목록은 모두 같은 달에 반출 허가된 것이어야 합니다',
    ja: '輸出申告リスト {invtNo} は {period} に許可されたものではありません。1 つの申請に記載するリストはすべて同じ月に許可されたものでなければなりません',
    ru: 'Экспортный перечень {invtNo} выпущен не в {period}: все перечни одного заявления должны быть выпущены в одном месяце',
    en: 'The export list {invtNo} was not released in {period}: the lists named in one application must all be released in the same month',
  },
  'exp.summary_period.cause': {
    'zh-CN': '9610 出口实行“清单核放、汇总申报”：货物凭清单放行，之后按月汇总，申报企业在次月 15 日前将上月放行的清单汇总形成出口报关单。一份汇总申报只对应一个月份，所列清单中有一份在另一个月放行。',
    ko: '9610 수출은 ‘목록으로 반출 허가하고 합산 신고’합니다. 물품은 목록으로 반출 허가되고, 신고 기업은 다음 달 15일 전까지 지난달에 반출 허가된 목록을 합산해 수출 신고서를 만듭니다. 합산 신고 하나는 한 달만 다루는데, 적은 목록 중 하나가 다른 달에 반출 허가되었습니다.',
    ja: '9610 輸出は「リストで許可し、合算申告する」方式です。貨物はリストで許可され、申告企業は翌月 15 日までに前月に許可されたリストを合算して輸出申告書を作成します。1 件の合算申告は 1 か月分だけを対象とするのに、記載したリストのうち 1 件が別の月に許可されています。',
    ru: 'Экспорт 9610 идёт по схеме «выпуск по перечню, сводное декларирование»: товар выпускается по перечню, а декларант до 15-го числа следующего месяца сводит перечни, выпущенные в прошлом месяце, в экспортную декларацию. Одна сводная декларация охватывает один месяц, а один из перечисленных перечней выпущен в другом месяце.',
    en: '9610 exports are released by list and declared in summary: the goods leave on the released list, and by the 15th of the following month the declaring agent gathers the previous month\'s released lists into export customs declarations. One summary declaration covers one month, and one of the lists named was released in another month.',
  },
  'exp.summary_period.fix': {
    'zh-CN': '按放行月份把清单分开，每个月份单独发送一份汇总申请。',
    ko: '반출 허가된 달에 따라 목록을 나누어 달마다 합산 신청을 따로 보내세요.',
    ja: '許可された月ごとにリストを分け、月ごとに別々の合算申請を送信してください。',
    ru: 'Разделите перечни по месяцам выпуска и отправьте по отдельному заявлению на каждый месяц.',
    en: 'Split the lists by month of release and send a separate summary application for each month.',
  },

  // ---- customs decisions ----

  'exp.inspection_rejected': {
    'zh-CN': '海关查验发现货物与清单不符，清单已退单：{note}',
    ko: '세관 검사 결과 물품이 목록과 맞지 않아 목록이 반려되었습니다: {note}',
    ja: '税関検査で貨物がリストと一致しないことが判明し、リストは差し戻されました：{note}',
    ru: 'При таможенном досмотре товар не соответствовал перечню, перечень отклонён: {note}',
    en: 'Customs inspection found the goods do not match the list; the list is rejected: {note}',
  },
  'exp.inspection_rejected.cause': {
    'zh-CN': '清单被布控查验，海关将实货与清单申报的商品名称、编码、数量、规格等进行核对，发现不符，因此作退单处理，货物不予放行。查验关员的说明附在消息之后。',
    ko: '목록이 검사 대상으로 지정되어 세관이 실물을 목록에 신고한 품명, 상품 코드, 수량, 규격 등과 대조했고, 맞지 않아 반려했습니다. 물품은 반출 허가되지 않습니다. 검사 담당관의 설명이 메시지 끝에 붙어 있습니다.',
    ja: 'リストが検査の対象となり、税関が現物をリストに申告された品名・商品コード・数量・規格などと照合した結果、一致しなかったため差し戻しました。貨物は許可されません。検査官の説明がメッセージの後に付いています。',
    ru: 'Перечень был назначен к досмотру; таможня сверила товар с заявленными в перечне наименованием, кодом, количеством, характеристиками и т. п., обнаружила расхождения и отклонила перечень, товар не выпущен. Пояснение должностного лица приведено после сообщения.',
    en: 'The list was selected for inspection; customs compared the goods with the name, code, quantity, specification and so on declared in the list, found differences and rejected it, and the goods are not released. The inspecting officer\'s note follows the message.',
  },
  'exp.inspection_rejected.fix': {
    'zh-CN': '根据查验说明查明差异，按实际出运的货物更正订单和清单数据，重新申报新的清单；对查验结论有异议的，请联系监管海关。',
    ko: '검사 설명을 보고 차이를 확인한 뒤, 실제로 보내는 물품에 맞게 주문서와 목록 자료를 고쳐 새 목록을 다시 신고하세요. 검사 결과에 이의가 있으면 관할 세관에 문의하세요.',
    ja: '検査の説明をもとに相違点を確認し、実際に発送する貨物に合わせて注文書とリストのデータを訂正して、新しいリストで再申告してください。検査結果に異議がある場合は、監督税関に相談してください。',
    ru: 'Выясните расхождения по пояснению, исправьте данные заказа и перечня по фактически отправляемому товару и подайте новый перечень; если вы не согласны с результатом досмотра, обратитесь в таможню.',
    en: 'Find the differences from the officer\'s note, correct the order and list data to the goods actually shipped and declare a new list; if you dispute the finding, contact the supervising customs office.',
  },

  // ---- reasons inserted into exp.summary_not_listable ----

  'exp.reason_not_released': {
    'zh-CN': '清单尚未放行',
    ko: '목록이 아직 반출 허가되지 않았습니다',
    ja: 'リストはまだ許可されていません',
    ru: 'перечень ещё не выпущен',
    en: 'the list has not been released',
  },
  'exp.reason_not_summary': {
    'zh-CN': '清单的申报业务类型不是汇总申报（statisticsFlag 不为 B）',
    ko: '목록의 신고 업무 유형이 합산 신고가 아닙니다(statisticsFlag가 B가 아님)',
    ja: 'リストの申告業務種別が合算申告ではありません（statisticsFlag が B ではない）',
    ru: 'перечень подан не для сводной декларации (statisticsFlag не B)',
    en: 'the list was not declared for summary declaration (statisticsFlag is not B)',
  },
  'exp.reason_not_9610': {
    'zh-CN': '汇总申报只适用于 9610 零售出口清单',
    ko: '합산 신고는 9610 소매 수출 목록에만 적용됩니다',
    ja: '合算申告の対象は 9610 小売輸出のリストだけです',
    ru: 'сводная декларация охватывает только перечни розничного экспорта 9610',
    en: 'summary declarations cover 9610 retail-export lists only',
  },
  'exp.reason_other_agent': {
    'zh-CN': '清单由其他申报企业申报',
    ko: '다른 신고 기업이 신고한 목록입니다',
    ja: '別の申告企業が申告したリストです',
    ru: 'перечень подан другим декларантом',
    en: 'the list was declared by another agent',
  },

  // ---- accepted steps and other messages ----

  'exp.cancelled': {
    'zh-CN': '出口清单 {invtNo} 已撤销',
    ko: '수출 목록 {invtNo}이(가) 취소되었습니다',
    ja: '輸出申告リスト {invtNo} を取り消しました',
    ru: 'Экспортный перечень {invtNo} аннулирован',
    en: 'Export list {invtNo} cancelled',
  },
  'exp.return_accepted': {
    'zh-CN': '出口退货申请已登记，等待退回货物运抵监管场所',
    ko: '수출 반품 신청이 등록되었습니다. 반품 물품이 감독 장소에 도착하기를 기다립니다',
    ja: '輸出返品申請を登録しました。返品貨物の監督場所への到着を待っています',
    ru: 'Заявление о возврате экспорта зарегистрировано; ожидается прибытие товара на подконтрольную площадку',
    en: 'Export return registered; the goods are expected at the supervised site',
  },
  'exp.return_tax_free': {
    'zh-CN': '出口清单 {invtNo} 的退货已运抵：属于 2026—2027 年出口、自出口之日起 6 个月内原状退回的商品，免征进口关税和进口环节增值税、消费税',
    ko: '수출 목록 {invtNo}의 반품 물품이 도착했습니다: 2026–2027년에 수출되어 수출일로부터 6개월 안에 원상태로 돌아온 물품이므로 수입 관세와 수입 부가가치세·소비세가 면제됩니다',
    ja: '輸出申告リスト {invtNo} の返品貨物が到着しました。2026～2027 年に輸出され、輸出の日から 6 か月以内に原状のまま戻った貨物のため、輸入関税と輸入段階の増値税・消費税は免除されます',
    ru: 'Возврат по экспортному перечню {invtNo} прибыл: товар вывезен в 2026–2027 гг. и возвращён в неизменном виде в течение 6 месяцев после экспорта, поэтому освобождён от ввозной пошлины, ввозного НДС и акциза',
    en: 'The return of export list {invtNo} has arrived: exported in 2026–2027 and back unchanged within six months of export, the goods are free of import duty, import VAT and consumption tax',
  },
  'exp.return_taxable': {
    'zh-CN': '出口清单 {invtNo} 的退货已运抵，但不符合免税条件（2026—2027 年出口且自出口之日起 6 个月内退回）：进口税收按一般规定办理',
    ko: '수출 목록 {invtNo}의 반품 물품이 도착했지만 면세 조건(2026–2027년 수출, 수출일로부터 6개월 안에 반품)에 맞지 않습니다: 수입 세금은 일반 규정에 따릅니다',
    ja: '輸出申告リスト {invtNo} の返品貨物が到着しましたが、免税の条件（2026～2027 年の輸出で、輸出の日から 6 か月以内の返品）に当たりません。輸入の税は一般の規定によります',
    ru: 'Возврат по экспортному перечню {invtNo} прибыл, но не отвечает условиям освобождения (экспорт в 2026–2027 гг. и возврат в течение 6 месяцев): ввозные налоги — по общим правилам',
    en: 'The return of export list {invtNo} has arrived but does not meet the tax-free conditions (exported in 2026–2027 and back within six months): import taxes follow the general rules',
  },
  'exp.summary_accepted': {
    'zh-CN': '汇总申请 {sumNo} 已受理，形成 {count} 份汇总申报',
    ko: '합산 신청 {sumNo}이(가) 접수되어 합산 신고 {count}건이 만들어졌습니다',
    ja: '合算申請 {sumNo} を受理し、合算申告 {count} 件を作成しました',
    ru: 'Заявление {sumNo} принято, сформировано сводных деклараций: {count}',
    en: 'Summary application {sumNo} accepted: {count} summary declaration(s) formed',
  },
  'exp.summary_concluded': {
    'zh-CN': '海关已审结汇总申报 {declSeqNo}',
    ko: '세관이 합산 신고 {declSeqNo}의 심사를 마쳤습니다',
    ja: '税関は合算申告 {declSeqNo} の審査を終了しました',
    ru: 'Таможня завершила рассмотрение сводной декларации {declSeqNo}',
    en: 'Customs concluded summary declaration {declSeqNo}',
  },
  'exp.warehouse_operator_required': {
    'zh-CN': '园区管理机构登记海外仓时须指定其经营企业',
    ko: '구역 관리 기관이 해외 창고를 등록할 때는 운영 기업을 지정해야 합니다',
    ja: '区域の管理機関が海外倉庫を登録する際は、運営企業を指定する必要があります',
    ru: 'Регистрируя зарубежный склад, администрация зоны должна указать управляющее им предприятие',
    en: 'When the zone office registers an overseas warehouse, it must name the operating enterprise',
  },
  'exp.warehouse_exists': {
    'zh-CN': '编码为 {code} 的海外仓已登记',
    ko: '코드가 {code}인 해외 창고는 이미 등록되어 있습니다',
    ja: 'コード {code} の海外倉庫はすでに登録されています',
    ru: 'Зарубежный склад с кодом {code} уже зарегистрирован',
    en: 'An overseas warehouse with code {code} is already registered',
  },
  'exp.stock_insufficient': {
    'zh-CN': '商品 {itemNo} 的销售数量 {qty} 超过海外仓库存 {available}',
    ko: '상품 {itemNo}의 판매 수량 {qty}이(가) 해외 창고 재고 {available}을(를) 넘습니다',
    ja: '商品 {itemNo} の販売数量 {qty} が海外倉庫の在庫 {available} を超えています',
    ru: 'Продажа {qty} ед. товара {itemNo} превышает остаток на зарубежном складе ({available})',
    en: 'The sale of {qty} of {itemNo} exceeds the overseas-warehouse stock of {available}',
  },
  'exp.rule_not_retroactive': {
    'zh-CN': '汇总分组规则只能自今日（{today}）或以后生效，不能自过去的 {effectiveFrom} 生效',
    ko: '합산 그룹 규칙은 오늘({today}) 이후부터만 적용할 수 있으며, 지난 날짜 {effectiveFrom}부터 적용할 수 없습니다',
    ja: '合算のグループ規則は本日（{today}）以降にしか適用できず、過去の {effectiveFrom} から適用することはできません',
    ru: 'Правила группировки вступают в силу с сегодняшнего дня ({today}) или позже, но не с прошедшей даты {effectiveFrom}',
    en: 'Grouping rules take effect from today ({today}) or later, not from {effectiveFrom} in the past',
  },
  'exp.declaration_not_found': {
    'zh-CN': '未找到该出口申报记录',
    ko: '해당 수출 신고 기록을 찾을 수 없습니다',
    ja: '該当する輸出申告の記録が見つかりません',
    ru: 'Запись об экспорте не найдена',
    en: 'The export record was not found',
  },
  'exp.state_conflict': {
    'zh-CN': '出口清单当前状态为 {state}，不能执行此操作',
    ko: '수출 목록의 현재 상태가 {state}이므로 이 작업을 할 수 없습니다',
    ja: '輸出申告リストの現在の状態が {state} のため、この操作はできません',
    ru: 'В состоянии {state} экспортного перечня это действие невозможно',
    en: 'This action is not possible while the export list is in state {state}',
  },

  // ---- export list states ----

  'exp.state.waiting': {
    'zh-CN': '等待配套单证',
    ko: '관련 서류 대기',
    ja: '関連書類待ち',
    ru: 'Ожидание документов',
    en: 'Waiting for documents',
  },
  'exp.state.accepted': {
    'zh-CN': '海关入库',
    ko: '세관 접수',
    ja: '税関受理',
    ru: 'Принят таможней',
    en: 'Accepted',
  },
  'exp.state.review': {
    'zh-CN': '人工审核',
    ko: '수동 심사',
    ja: '審査官による審査',
    ru: 'Ручная проверка',
    en: 'Manual review',
  },
  'exp.state.audited': {
    'zh-CN': '海关审结',
    ko: '심사 완료',
    ja: '審査終了',
    ru: 'Рассмотрение завершено',
    en: 'Concluded',
  },
  'exp.state.inspection': {
    'zh-CN': '查验',
    ko: '검사',
    ja: '検査',
    ru: 'Досмотр',
    en: 'Inspection',
  },
  'exp.state.released': {
    'zh-CN': '放行',
    ko: '반출 허가',
    ja: '許可（放行）',
    ru: 'Выпущен',
    en: 'Released',
  },
  'exp.state.cleared': {
    'zh-CN': '结关（已离境）',
    ko: '통관 종결(출경)',
    ja: '通関完了（出境済み）',
    ru: 'Оформление завершено (убыл)',
    en: 'Cleared (departed)',
  },
  'exp.state.rejected': {
    'zh-CN': '海关退单',
    ko: '반려',
    ja: '差戻し',
    ru: 'Отклонён',
    en: 'Rejected',
  },
  'exp.state.cancelled': {
    'zh-CN': '已撤销',
    ko: '취소됨',
    ja: '取消済み',
    ru: 'Аннулирован',
    en: 'Cancelled',
  },
  'exp.state.returned': {
    'zh-CN': '已退货',
    ko: '반품 완료',
    ja: '返品済み',
    ru: 'Возвращён',
    en: 'Returned',
  },
  'exp.state.expired': {
    'zh-CN': '超时未收齐单证',
    ko: '서류 미비 기한 초과',
    ja: '書類未着で期限切れ',
    ru: 'Срок ожидания документов истёк',
    en: 'Expired: documents incomplete',
  },

  // ---- what an export waits for ----

  'exp.waiting.order': {
    'zh-CN': '等待出口订单',
    ko: '수출 주문서 대기',
    ja: '輸出注文書待ち',
    ru: 'Ожидается экспортный заказ',
    en: 'Waiting for the export order',
  },
  'exp.waiting.waybill': {
    'zh-CN': '等待运单',
    ko: '운송장 대기',
    ja: '運送状待ち',
    ru: 'Ожидается накладная',
    en: 'Waiting for the waybill',
  },
  'exp.waiting.inventory': {
    'zh-CN': '等待出口清单',
    ko: '수출 목록 대기',
    ja: '輸出申告リスト待ち',
    ru: 'Ожидается экспортный перечень',
    en: 'Waiting for the export list',
  },
  'exp.waiting.inventory_declaration': {
    'zh-CN': '出口清单已暂存，等待正式申报',
    ko: '수출 목록 임시 저장됨, 정식 신고 대기',
    ja: '輸出申告リスト一時保存済み、正式申告待ち',
    ru: 'Экспортный перечень сохранён как черновик, ожидается подача',
    en: 'Export list staged, waiting for it to be declared',
  },
  'exp.waiting.arrival': {
    'zh-CN': '等待运抵报告（包裹运抵监管场所）',
    ko: '반입(운저) 보고 대기(소포의 감독 장소 도착)',
    ja: '搬入（運抵）報告待ち（小包の監督場所への到着）',
    ru: 'Ожидается сообщение о прибытии посылки на подконтрольную площадку',
    en: 'Waiting for the arrival report (the parcel at the supervised site)',
  },
  'exp.waiting.collection': {
    'zh-CN': '等待收款单',
    ko: '수금 기록 대기',
    ja: '入金記録待ち',
    ru: 'Ожидается документ о поступлении оплаты',
    en: 'Waiting for the collection record',
  },
  'exp.rule_date': {
    'zh-CN': '生效日期应为 YYYY-MM-DD 格式的有效日期',
    ko: '시행일은 YYYY-MM-DD 형식의 올바른 날짜여야 합니다',
    ja: '適用開始日は YYYY-MM-DD 形式の正しい日付で指定してください',
    ru: 'Дата вступления в силу должна быть действительной датой в формате ГГГГ-ММ-ДД',
    en: 'The effective date must be a valid date in the form YYYY-MM-DD',
  },
  'exp.rule_key_duplicate': {
    'zh-CN': '归并要素 {key} 重复出现',
    ko: '합산 기준 {key}이(가) 두 번 나옵니다',
    ja: '合算キー {key} が重複しています',
    ru: 'Ключ группировки {key} указан дважды',
    en: 'The grouping key {key} appears twice',
  },
  'exp.rule_key_required': {
    'zh-CN': '归并要素 {key} 不能删除：一份汇总申报只能由一个申报企业、在一个海关、为一个收发货人（及计量单位一致的商品）提出',
    ko: '합산 기준 {key}은(는) 뺄 수 없습니다: 합산 신고 한 건은 한 신고 기업이 한 세관에 한 송하인(및 단위가 같은 물품)에 대해 합니다',
    ja: '合算キー {key} は削除できません：1 件の合算申告は、1 つの申告企業が 1 つの税関に 1 つの荷送人（および単位が同じ商品）について行うものです',
    ru: 'Ключ группировки {key} нельзя убрать: одну сводную декларацию подаёт один декларант в одну таможню за одного отправителя (и по товарам с одинаковыми единицами)',
    en: 'The grouping key {key} cannot be removed: one summary is filed by one agent at one customs for one consignor (and for goods in the same units)',
  },
  'exp.rule_summary_flag': {
    'zh-CN': '收发货人汇总标志 {summaryFlag} 与归并要素不一致：为 2 时须以生产销售企业（ownerCode）归并，为 1 时不得以其归并',
    ko: '송수하인 합산 표지 {summaryFlag}이(가) 합산 기준과 맞지 않습니다: 2이면 생산·판매 기업(ownerCode)으로 나누고, 1이면 나누지 않습니다',
    ja: '荷送人合算フラグ {summaryFlag} が合算キーと一致しません：2 なら生産・販売企業（ownerCode）で分け、1 なら分けません',
    ru: 'Признак сводки по отправителю {summaryFlag} не согласуется с ключами: при 2 группировка идёт и по производителю/продавцу (ownerCode), при 1 — нет',
    en: 'The consignor summary flag {summaryFlag} does not match the keys: 2 groups by the producer/seller (ownerCode) as well, 1 does not',
  },
  'exp.rule_item_name_flag': {
    'zh-CN': '按商品名汇总标志 {itemNameFlag} 与归并要素不一致：为 1 时须以商品名称（gname）归并，为 0 时不得以其归并',
    ko: '품명별 합산 표지 {itemNameFlag}이(가) 합산 기준과 맞지 않습니다: 1이면 품명(gname)으로 나누고, 0이면 나누지 않습니다',
    ja: '品名合算フラグ {itemNameFlag} が合算キーと一致しません：1 なら品名（gname）で分け、0 なら分けません',
    ru: 'Признак сводки по наименованию {itemNameFlag} не согласуется с ключами: при 1 строки группируются и по наименованию (gname), при 0 — нет',
    en: 'The item-name summary flag {itemNameFlag} does not match the keys: 1 groups lines by goods name (gname) as well, 0 does not',
  },
  'exp.agent_code_required': {
    'zh-CN': '请用 agentCode 指明申报企业',
    ko: 'agentCode로 신고 기업을 지정하십시오',
    ja: 'agentCode で申告企業を指定してください',
    ru: 'Укажите декларанта в параметре agentCode',
    en: 'Name the declaring agent with agentCode',
  },
} as const satisfies Record<string, Texts>;
