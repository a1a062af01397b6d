import type { Texts } from './texts';

/**
 * Messages of import clearance (CEB311/411/511/621 arrival checks, three-document matching, limits, tax and
 * guarantee, cancellation, returns), keys prefixed `clr.`: for every rejection its short message (shown in a
 * receipt's returnInfo and in API errors; the platform prefixes the XML path), its `.cause` and its `.fix`; then the
 * returnInfo texts of accepted steps, the labels of the documents a declaration waits for and of its states.
 */
export const clearanceMessages = {
  // ---- the parties named in a document ----

  'clr.party_unknown': {
    'zh-CN': '企业代码 {code} 不是平台已注册的企业（此处所需角色：{roles}）',
    ko: '기업 코드 {code}는 플랫폼에 등록된 기업이 아닙니다(이 항목에 필요한 역할: {roles})',
    ja: '企業コード {code} はプラットフォームに登録された企業ではありません（この項目に必要な役割：{roles}）',
    ru: 'Код {code} не принадлежит предприятию, зарегистрированному на платформе (нужная здесь роль: {roles})',
    en: 'The code {code} does not belong to an enterprise registered on the platform (role needed here: {roles})',
  },
  'clr.party_unknown.cause': {
    'zh-CN': '报文中的企业代码（10 位海关注册编码或 18 位统一社会信用代码）须对应平台上已注册的企业。常见原因是代码录入错误或缺位、填写了企业名称或内部编号，或该企业尚未在平台注册。',
    ko: '전문에 적은 기업 코드(10자리 세관 등록 코드 또는 18자리 통일사회신용코드)는 플랫폼에 등록된 기업의 것이어야 합니다. 코드 오타나 자릿수 누락, 코드 대신 기업명이나 내부 번호를 적은 경우, 아직 플랫폼에 등록하지 않은 기업인 경우가 흔합니다.',
    ja: '電文に記載する企業コード（10 桁の税関登録コードまたは 18 桁の統一社会信用コード）は、プラットフォームに登録された企業のものでなければなりません。コードの誤記や桁落ち、コードの代わりに企業名や社内番号を記入した、企業がまだプラットフォームに登録していない、などがよくある原因です。',
    ru: 'Код предприятия в сообщении (10-значный таможенный регистрационный код или 18-значный единый код социального кредита) должен принадлежать предприятию, зарегистрированному на платформе. Обычные причины: опечатка или пропущенные знаки, название или внутренний номер вместо кода, предприятие ещё не зарегистрировано на платформе.',
    en: 'An enterprise code in a message (the 10-character customs registration code or the 18-character unified social credit code) must belong to an enterprise registered on the platform. Typical reasons are a mistyped or truncated code, a name or internal number in place of the code, or an enterprise that has not registered yet.',
  },
  'clr.party_unknown.fix': {
    'zh-CN': '向该企业核实其海关注册编码或统一社会信用代码并更正；企业尚未注册的，应先在平台注册并办理跨境电商企业备案，备案生效后重新发送。',
    ko: '해당 기업에 세관 등록 코드나 통일사회신용코드를 확인해 고치세요. 아직 등록하지 않은 기업이면 먼저 플랫폼에 등록하고 국경 간 전자상거래 기업 등록을 마친 뒤, 등록이 유효해지면 다시 보내세요.',
    ja: 'その企業に税関登録コードまたは統一社会信用コードを確認して訂正してください。未登録の企業であれば、まずプラットフォームに登録して越境 EC 企業の届出を行い、届出が有効になってから再送してください。',
    ru: 'Уточните у предприятия его таможенный код или единый код и исправьте значение; если предприятие не зарегистрировано, пусть оно зарегистрируется на платформе и пройдёт регистрацию участника трансграничной электронной торговли, после чего отправьте сообщение снова.',
    en: 'Confirm the enterprise\'s customs registration code or unified social credit code with it and correct the value; if the enterprise is not registered, it must register on the platform and file as a cross-border e-commerce enterprise first; send again once the filing is in effect.',
  },

  'clr.party_not_filed': {
    'zh-CN': '企业 {code} 没有已生效的跨境电商企业备案（未通过、已暂停或已注销）',
    ko: '기업 {code}에는 유효한 국경 간 전자상거래 기업 등록이 없습니다(미승인, 정지 또는 말소)',
    ja: '企業 {code} には有効な越境 EC 企業の届出がありません（未承認、停止中または抹消済み）',
    ru: 'У предприятия {code} нет действующей регистрации участника трансграничной электронной торговли (не одобрена, приостановлена или аннулирована)',
    en: 'The enterprise {code} has no cross-border e-commerce filing in effect (not approved, suspended or cancelled)',
  },
  'clr.party_not_filed.cause': {
    'zh-CN': '仅在平台注册还不够：报文中出现的企业须向海关办理跨境电商企业备案，且备案经审核后处于有效状态。该企业的备案仍在审核中、未获通过，或已被暂停、注销。',
    ko: '플랫폼 가입만으로는 부족합니다. 전문에 나오는 기업은 세관에 국경 간 전자상거래 기업 등록을 하고, 그 등록이 심사를 거쳐 유효한 상태여야 합니다. 이 기업의 등록은 아직 심사 중이거나, 승인되지 않았거나, 정지 또는 말소되었습니다.',
    ja: 'プラットフォームへの登録だけでは足りません。電文に記載される企業は、税関に越境 EC 企業の届出を行い、審査を経て届出が有効になっている必要があります。この企業の届出は審査中、不承認、または停止・抹消されています。',
    ru: 'Одной регистрации на платформе недостаточно: предприятие, указанное в сообщении, должно пройти в таможне регистрацию участника трансграничной электронной торговли, и эта регистрация должна быть одобрена и действовать. Регистрация этого предприятия ещё на рассмотрении, не одобрена либо приостановлена или аннулирована.',
    en: 'Being registered on the platform is not enough: an enterprise named in a message needs a cross-border e-commerce filing with customs that has been approved and is in effect. This enterprise\'s filing is still under review, was not approved, or has been suspended or cancelled.',
  },
  'clr.party_not_filed.fix': {
    'zh-CN': '在平台查看该企业的备案状态：审核中的等待审核结果；未通过的补正后重新提交；被暂停的按海关要求整改后申请恢复。备案生效后重新发送报文。',
    ko: '플랫폼에서 이 기업의 등록 상태를 확인하세요. 심사 중이면 결과를 기다리고, 승인되지 않았으면 보완해 다시 제출하고, 정지되었으면 세관의 요구에 따라 시정한 뒤 회복을 신청하세요. 등록이 유효해지면 전문을 다시 보내세요.',
    ja: 'プラットフォームでこの企業の届出状態を確認してください。審査中なら結果を待ち、不承認なら補正して再提出し、停止中なら税関の指示に従って是正したうえで回復を申請します。届出が有効になってから電文を再送してください。',
    ru: 'Проверьте статус регистрации предприятия на платформе: если она на рассмотрении — дождитесь решения, если не одобрена — исправьте и подайте снова, если приостановлена — устраните нарушения по требованию таможни и подайте заявление о восстановлении. Когда регистрация вступит в силу, отправьте сообщение снова.',
    en: 'Check the enterprise\'s filing status on the platform: wait for the decision on a filing under review, correct and resubmit one that was not approved, and for a suspended filing put things right as customs requires and apply for reinstatement. Send the message again once the filing is in effect.',
  },

  'clr.party_role': {
    'zh-CN': '企业 {code} 的备案中没有此处所需的角色（{roles}）',
    ko: '기업 {code}의 등록에 이 항목에 필요한 역할({roles})이 없습니다',
    ja: '企業 {code} の届出には、この項目に必要な役割（{roles}）がありません',
    ru: 'В регистрации предприятия {code} нет роли, нужной для этого поля ({roles})',
    en: 'The enterprise {code} is not filed with the role this field needs ({roles})',
  },
  'clr.party_role.cause': {
    'zh-CN': '每个企业代码字段要求特定的角色：ebpCode 须为电商平台，ebcCode 须为电商企业（含境外电商企业），logisticsCode 须为物流企业，payCode 须为支付企业，assureCode 须为担保企业、电商平台、电商企业或物流企业，agentCode 须为电商企业、报关企业或监管场所经营人。该企业的备案已生效，但不含所需角色，或代码填在了错误的字段。',
    ko: '기업 코드 항목마다 필요한 역할이 정해져 있습니다. ebpCode는 전자상거래 플랫폼, ebcCode는 전자상거래 기업(해외 전자상거래 기업 포함), logisticsCode는 물류 기업, payCode는 결제 기업, assureCode는 보증 기업·전자상거래 플랫폼·전자상거래 기업·물류 기업, agentCode는 전자상거래 기업·관세사(통관 대행 기업)·세관 감독 장소 운영인이어야 합니다. 이 기업의 등록은 유효하지만 필요한 역할이 없거나, 코드를 다른 항목에 적었습니다.',
    ja: '企業コードの項目ごとに必要な役割が決まっています。ebpCode は EC プラットフォーム、ebcCode は EC 企業（海外 EC 企業を含む）、logisticsCode は物流企業、payCode は決済企業、assureCode は保証企業・EC プラットフォーム・EC 企業・物流企業、agentCode は EC 企業・通関業者・税関監督場所の運営者です。この企業の届出は有効ですが必要な役割が含まれていないか、コードを別の項目に記入しています。',
    ru: 'Каждое поле с кодом предприятия требует определённой роли: ebpCode — площадка электронной торговли, ebcCode — предприятие электронной торговли (в том числе зарубежное), logisticsCode — логистическое предприятие, payCode — платёжное предприятие, assureCode — гарант, площадка, предприятие электронной торговли или логистическое предприятие, agentCode — предприятие электронной торговли, таможенный представитель или владелец места таможенного контроля. Регистрация предприятия действует, но нужной роли в ней нет, либо код указан не в том поле.',
    en: 'Each enterprise code field needs a particular role: ebpCode an e-commerce platform, ebcCode an e-commerce enterprise (domestic or overseas), logisticsCode a logistics enterprise, payCode a payment enterprise, assureCode a guarantor, platform, e-commerce or logistics enterprise, and agentCode an e-commerce enterprise, customs broker or supervision-site operator. The enterprise\'s filing is in effect but does not include the role needed, or the code was put in the wrong field.',
  },
  'clr.party_role.fix': {
    'zh-CN': '确认代码填在了正确的字段；如该企业确应承担此角色，应在其企业备案中增加该角色，审核生效后重新发送。',
    ko: '코드를 올바른 항목에 적었는지 확인하세요. 이 기업이 실제로 그 역할을 맡는다면 기업 등록에 해당 역할을 추가하고, 심사를 거쳐 유효해진 뒤 다시 보내세요.',
    ja: 'コードを正しい項目に記入しているか確認してください。その企業が実際にその役割を担うのであれば、企業の届出に役割を追加し、審査を経て有効になってから再送してください。',
    ru: 'Проверьте, что код указан в правильном поле; если предприятие действительно выполняет эту роль, добавьте её в регистрацию предприятия и после одобрения отправьте сообщение снова.',
    en: 'Make sure the code is in the right field; if the enterprise really acts in that role, add the role to its enterprise filing and send again once the change has been approved.',
  },

  'clr.sender_not_party': {
    'zh-CN': '发送企业不是应发送 {document} 的企业（应为：{roles}）',
    ko: '보낸 기업은 {document}을(를) 보내야 하는 기업이 아닙니다(보내야 하는 역할: {roles})',
    ja: '送信企業は {document} を送信すべき企業ではありません（送信すべき役割：{roles}）',
    ru: 'Отправитель не является предприятием, которое должно направлять {document} (роль отправителя: {roles})',
    en: 'The sender is not the enterprise that must send {document} ({roles})',
  },
  'clr.sender_not_party.cause': {
    'zh-CN': '每类单证只能由特定企业发送：订单（CEB311）由电商平台或电商企业发送，支付单（CEB411）由支付企业发送，运单（CEB511）由物流企业发送，清单（CEB621）由申报企业发送，撤销申请（CEB623）和退货申请（CEB625）由原清单的申报企业或电商企业发送。报文中该角色的企业代码（撤销和退货为原清单中的企业）不是实际发送报文的企业。',
    ko: '서류마다 보낼 수 있는 기업이 정해져 있습니다. 주문서(CEB311)는 전자상거래 플랫폼이나 전자상거래 기업, 결제서(CEB411)는 결제 기업, 운송장(CEB511)은 물류 기업, 통관 목록(CEB621)은 신고 기업, 취소 신청(CEB623)과 반품 신청(CEB625)은 원래 통관 목록의 신고 기업이나 전자상거래 기업이 보냅니다. 전문에서 그 역할로 적힌 기업(취소·반품은 원래 통관 목록의 기업)이 실제로 보낸 기업과 다릅니다.',
    ja: '書類ごとに送信できる企業が決まっています。注文書（CEB311）は EC プラットフォームまたは EC 企業、決済書類（CEB411）は決済企業、運送状（CEB511）は物流企業、申告リスト（CEB621）は申告企業、取消申請（CEB623）と返品申請（CEB625）は元の申告リストの申告企業または EC 企業が送信します。電文でその役割として記載された企業（取消・返品では元の申告リストの企業）が、実際に送信した企業と異なります。',
    ru: 'Каждый документ может отправлять только определённый участник: заказ (CEB311) — площадка или предприятие электронной торговли, платёжный документ (CEB411) — платёжное предприятие, накладную (CEB511) — логистическое предприятие, реестр (CEB621) — декларант, заявления об аннулировании (CEB623) и о возврате (CEB625) — декларант или предприятие электронной торговли исходного реестра. Предприятие, указанное в сообщении в этой роли (для аннулирования и возврата — в исходном реестре), не совпадает с фактическим отправителем.',
    en: 'Each document may be sent only by a particular party: the order (CEB311) by the e-commerce platform or enterprise, the payment (CEB411) by the payment enterprise, the waybill (CEB511) by the logistics enterprise, the inventory (CEB621) by the declaring enterprise, and cancellation (CEB623) and return (CEB625) requests by the declaring or e-commerce enterprise of the original inventory. The enterprise the message names in that role (for cancellations and returns, the one in the original inventory) is not the one that sent it.',
  },
  'clr.sender_not_party.fix': {
    'zh-CN': '由单证中写明的企业用自己的账号或证书发送；如确应由本企业发送，请在对应字段填写本企业的代码。',
    ko: '서류에 적힌 기업이 자기 계정이나 인증서로 보내게 하세요. 귀사가 보내는 것이 맞다면 해당 항목에 귀사의 코드를 적으세요.',
    ja: '書類に記載された企業が自社のアカウントまたは証明書で送信してください。貴社が送信するのが正しい場合は、該当する項目に貴社のコードを記入してください。',
    ru: 'Пусть документ отправит указанный в нём участник со своей учётной записью или сертификатом; если отправлять должно ваше предприятие, укажите в соответствующем поле свой код.',
    en: 'Have the party named in the document send it with its own account or certificate; if your enterprise is the one meant to send it, put your own code in that field.',
  },
  'clr.agent_not_registered': {
    'zh-CN': '申报企业 {code} 不是境外电商企业 {seller} 备案的境内代理人',
    ko: '신고 기업 {code}은(는) 해외 전자상거래 기업 {seller}의 등록된 국내 대리인이 아닙니다',
    ja: '申告企業 {code} は海外 EC 企業 {seller} の登録された国内代理人ではありません',
    ru: 'Декларант {code} не является зарегистрированным представителем в Китае иностранного предприятия электронной торговли {seller}',
    en: 'The declaring enterprise {code} is not the registered domestic agent of the overseas e-commerce enterprise {seller}',
  },
  'clr.agent_not_registered.cause': {
    'zh-CN': '境外电商企业通过其在境内备案的代理人办理申报，代理人对申报承担责任。清单中的申报企业不是该境外企业在平台上登记的代理人。',
    ko: '해외 전자상거래 기업은 국내에 등록한 대리인을 통해 신고하며, 대리인이 신고에 책임을 집니다. 통관 목록의 신고 기업이 그 해외 기업이 플랫폼에 등록한 대리인이 아닙니다.',
    ja: '海外 EC 企業は国内に登録した代理人を通じて申告し、代理人が申告に責任を負います。申告リストの申告企業は、その海外企業がプラットフォームに登録した代理人ではありません。',
    ru: 'Иностранное предприятие электронной торговли декларирует через зарегистрированного представителя в Китае, который отвечает за декларацию. Декларант в реестре не является представителем, зарегистрированным этим предприятием на платформе.',
    en: 'An overseas e-commerce enterprise declares through the domestic agent it registered, who answers for the declaration. The declaring enterprise in the inventory is not the agent this overseas enterprise registered on the platform.',
  },
  'clr.agent_not_registered.fix': {
    'zh-CN': '由备案的境内代理人申报；如更换代理人，请先变更企业备案中的代理关系。',
    ko: '등록된 국내 대리인이 신고하게 하세요. 대리인을 바꾸려면 먼저 기업 등록의 대리 관계를 변경하세요.',
    ja: '登録された国内代理人が申告してください。代理人を変える場合は、先に企業登録の代理関係を変更してください。',
    ru: 'Подавайте декларацию через зарегистрированного представителя; чтобы сменить представителя, сначала измените данные о нём в регистрации предприятия.',
    en: 'Declare through the registered domestic agent; to change agents, first change the agency in the enterprise registration.',
  },

  // ---- the buyer and the payer ----

  'clr.id_type': {
    'zh-CN': '证件类型 {value} 不予接受：订购人和支付人的证件类型须为 1（居民身份证）',
    ko: '신분증 유형 {value}은(는) 받을 수 없습니다: 구매자와 결제자의 신분증 유형은 1(주민 신분증)이어야 합니다',
    ja: '証件種別 {value} は受け付けられません。購入者と支払人の証件種別は 1（居民身分証）です',
    ru: 'Тип документа {value} не принимается: у покупателя и плательщика тип документа должен быть 1 (удостоверение личности)',
    en: 'ID type {value} is not accepted: the buyer\'s and the payer\'s ID type must be 1 (resident identity card)',
  },
  'clr.id_type.cause': {
    'zh-CN': '跨境电商零售进口以居民身份证对订购人进行实名认证，个人年度交易限值也按身份证号码累计，因此 buyerIdType 和 payerIdType 只能为 1，护照等其他证件不适用于这一通关方式。',
    ko: '국경 간 전자상거래 소매 수입은 주민 신분증으로 구매자의 실명을 확인하고 연간 거래 한도도 신분증 번호별로 누계하므로, buyerIdType과 payerIdType은 1만 쓸 수 있습니다. 여권 등 다른 신분증은 이 통관 방식에 쓸 수 없습니다.',
    ja: '越境 EC 小売輸入では居民身分証で購入者の実名を確認し、年間取引限度額も身分証番号ごとに累計するため、buyerIdType と payerIdType は 1 しか使えません。パスポートなど他の証件はこの通関方式には使えません。',
    ru: 'При трансграничном розничном импорте личность покупателя подтверждается удостоверением личности, и годовой лимит тоже считается по его номеру, поэтому buyerIdType и payerIdType могут быть только 1; паспорт и другие документы для этого порядка оформления не подходят.',
    en: 'CBEC retail imports identify the buyer by the resident identity card, and the annual limit is counted by its number, so buyerIdType and payerIdType can only be 1; passports and other documents are not accepted in this channel.',
  },
  'clr.id_type.fix': {
    'zh-CN': '证件类型填 1，并在 buyerIdNumber 或 payerIdNumber 中填写 18 位居民身份证号码。',
    ko: '유형에 1을 적고, buyerIdNumber 또는 payerIdNumber에 18자리 주민 신분증 번호를 적으세요.',
    ja: '証件種別に 1 を記入し、buyerIdNumber または payerIdNumber に 18 桁の居民身分証番号を記入してください。',
    ru: 'Укажите тип 1, а в buyerIdNumber или payerIdNumber — 18-значный номер удостоверения личности.',
    en: 'Give type 1 and put the 18-character resident identity number in buyerIdNumber or payerIdNumber.',
  },

  'clr.id_number_invalid': {
    'zh-CN': '居民身份证号码不符合 GB 11643（{reason}）',
    ko: '주민 신분증 번호가 GB 11643에 맞지 않습니다({reason})',
    ja: '居民身分証番号が GB 11643 に適合しません（{reason}）',
    ru: 'Номер удостоверения личности не соответствует GB 11643 ({reason})',
    en: 'The resident identity number does not meet GB 11643 ({reason})',
  },
  'clr.id_number_invalid.cause': {
    'zh-CN': '居民身份证号码为 18 位：6 位地址码、8 位出生日期、3 位顺序码和 1 位校验码（数字或 X）。括号中的原因：format 表示位数或字符不对，date 表示第 7–14 位不是有效的出生日期，check 表示校验码与前 17 位的计算结果不符，多为录入错误。',
    ko: '주민 신분증 번호는 18자리로, 주소 코드 6자리, 생년월일 8자리, 순서 코드 3자리, 검증 문자 1자리(숫자 또는 X)로 이루어집니다. 괄호 안의 원인: format은 자릿수나 문자가 틀림, date는 7–14번째 자리가 올바른 생년월일이 아님, check는 검증 문자가 앞 17자리로 계산한 값과 다름(대개 입력 오류)을 뜻합니다.',
    ja: '居民身分証番号は 18 桁で、住所コード 6 桁、生年月日 8 桁、順序コード 3 桁、チェック文字 1 桁（数字または X）からなります。括弧内の理由は、format が桁数または文字の誤り、date が 7～14 桁目が正しい生年月日でないこと、check がチェック文字が先頭 17 桁からの計算結果と一致しないこと（多くは入力ミス）を表します。',
    ru: 'Номер удостоверения личности состоит из 18 знаков: 6 — код места, 8 — дата рождения, 3 — порядковый номер, 1 — контрольный знак (цифра или X). Причина в скобках: format — неверное число знаков или недопустимые символы, date — знаки 7–14 не являются действительной датой рождения, check — контрольный знак не совпадает с рассчитанным по первым 17 знакам (обычно опечатка).',
    en: 'A resident identity number has 18 characters: a 6-digit area code, an 8-digit date of birth, a 3-digit sequence number and a check character (a digit or X). The reason in brackets: format means the wrong number of characters or a character that is not allowed, date means characters 7–14 are not a valid date of birth, and check means the check character does not match the first 17 characters, usually a typing error.',
  },
  'clr.id_number_invalid.fix': {
    'zh-CN': '向订购人或支付人核实号码，按居民身份证原样填写 18 位号码（末位 X 用大写），不要填写 15 位旧号码或其他证件的号码。',
    ko: '구매자나 결제자에게 번호를 확인하고, 신분증에 적힌 18자리 번호를 그대로 적으세요(끝자리 X는 대문자). 15자리 옛 번호나 다른 신분증 번호는 쓰지 마세요.',
    ja: '購入者または支払人に番号を確認し、身分証に記載された 18 桁の番号をそのまま記入してください（末尾の X は大文字）。15 桁の旧番号や他の証件の番号は使えません。',
    ru: 'Уточните номер у покупателя или плательщика и укажите 18 знаков точно как в удостоверении (X в конце — заглавной); старые 15-значные номера и номера других документов не подходят.',
    en: 'Confirm the number with the buyer or payer and give the 18 characters exactly as on the card (a final X in capitals); old 15-digit numbers and numbers of other documents are not accepted.',
  },

  'clr.identity_mismatch': {
    'zh-CN': '订购人身份核验未通过（{result}）：姓名与居民身份证号码不一致',
    ko: '구매자 신원 확인 불통과({result}): 이름과 주민 신분증 번호가 일치하지 않습니다',
    ja: '購入者の本人確認が通りませんでした（{result}）：氏名と居民身分証番号が一致しません',
    ru: 'Личность покупателя не подтверждена ({result}): имя не соответствует номеру удостоверения личности',
    en: 'The buyer\'s identity check failed ({result}): the name and the resident identity number do not match',
  },
  'clr.identity_mismatch.cause': {
    'zh-CN': '清单申报前，平台将订购人姓名（buyerName）和身份证号码（buyerIdNumber）提交公安部门核验。结果 mismatch 表示该号码登记的是另一姓名，invalid 表示号码无效。常见原因是姓名有错别字、多了空格或使用了昵称、英文名，或号码填成了他人的号码。',
    ko: '통관 목록 심사 전에 플랫폼은 구매자 이름(buyerName)과 신분증 번호(buyerIdNumber)를 공안 기관에 조회합니다. 결과 mismatch는 그 번호에 다른 이름이 등록되어 있다는 뜻이고, invalid는 번호가 무효라는 뜻입니다. 이름의 오자, 불필요한 공백, 닉네임이나 영문 이름을 쓴 경우, 다른 사람의 번호를 적은 경우가 흔합니다.',
    ja: '申告リストの審査前に、プラットフォームは購入者の氏名（buyerName）と身分証番号（buyerIdNumber）を公安機関に照会します。結果 mismatch はその番号に別の氏名が登録されていること、invalid は番号が無効であることを表します。氏名の誤字や余分な空白、ニックネームや英語名の使用、他人の番号の記入などがよくある原因です。',
    ru: 'Перед рассмотрением реестра платформа сверяет имя покупателя (buyerName) и номер удостоверения (buyerIdNumber) с базой органов общественной безопасности. Результат mismatch означает, что на этот номер зарегистрировано другое имя, invalid — что номер недействителен. Обычные причины: опечатка или лишние пробелы в имени, псевдоним или имя латиницей, номер другого человека.',
    en: 'Before the inventory is examined, the platform checks the buyer\'s name (buyerName) and ID number (buyerIdNumber) with the public-security records. The result mismatch means the number is registered under another name, invalid that the number is not valid. Typical reasons are a misspelt name, extra spaces, a nickname or Latin-script name, or somebody else\'s number.',
  },
  'clr.identity_mismatch.fix': {
    'zh-CN': '请订购人确认其身份证上的中文姓名和号码，订单和清单按证件原样填写后重新申报；订单须以订购人本人的真实身份下单，不得借用他人身份。',
    ko: '구매자에게 신분증에 적힌 중국어 이름과 번호를 확인받아 주문서와 통관 목록에 그대로 적은 뒤 다시 신고하세요. 주문은 구매자 본인의 실제 신원으로 해야 하며, 다른 사람의 신원을 빌려 쓸 수 없습니다.',
    ja: '購入者に身分証記載の中国語の氏名と番号を確認し、注文書と申告リストにそのとおり記入して再申告してください。注文は購入者本人の実際の身元で行う必要があり、他人の身元を借りることはできません。',
    ru: 'Попросите покупателя подтвердить имя иероглифами и номер по удостоверению, укажите их в заказе и реестре точно как в документе и подайте снова; заказ оформляется только на самого покупателя, использовать чужие данные нельзя.',
    en: 'Ask the buyer to confirm the Chinese name and number exactly as on the card, enter them in the order and the inventory as written and declare again; the order must be placed in the buyer\'s own identity, never someone else\'s.',
  },

  // ---- amounts and lines ----

  'clr.paid_identity': {
    'zh-CN': '订单实际支付金额 acturalPaid 为 {value}，而 goodsValue + freight + taxTotal − discount 为 {expected}',
    ko: '주문서의 실제 결제 금액 acturalPaid는 {value}인데 goodsValue + freight + taxTotal − discount는 {expected}입니다',
    ja: '注文書の実支払額 acturalPaid は {value} ですが、goodsValue + freight + taxTotal − discount は {expected} です',
    ru: 'Фактически оплаченная сумма заказа acturalPaid — {value}, а goodsValue + freight + taxTotal − discount — {expected}',
    en: 'The order\'s acturalPaid is {value}, but goodsValue + freight + taxTotal − discount is {expected}',
  },
  'clr.paid_identity.cause': {
    'zh-CN': '订单的实际支付金额须等于商品价格（goodsValue）加运杂费（freight）加代扣税款（taxTotal）减非现金抵扣金额（discount），并且与支付单的支付金额（amountPaid）相同。常见原因是漏计运费或税款、优惠抵扣没有填入 discount，或各项金额的四舍五入方式不同。',
    ko: '주문서의 실제 결제 금액은 상품 가격(goodsValue) + 운임(freight) + 대리 징수 세액(taxTotal) − 비현금 할인액(discount)과 같아야 하고, 결제서의 결제 금액(amountPaid)과도 같아야 합니다. 운임이나 세액 누락, 할인액을 discount에 넣지 않은 경우, 금액마다 반올림 방식이 다른 경우가 흔합니다.',
    ja: '注文書の実支払額は、商品価格（goodsValue）＋運賃（freight）＋代理徴収税額（taxTotal）－非現金値引額（discount）に等しく、決済書類の支払額（amountPaid）とも一致しなければなりません。運賃や税額の計上漏れ、値引きを discount に入れていない、金額ごとに端数処理が異なる、などがよくある原因です。',
    ru: 'Фактически оплаченная сумма заказа должна равняться стоимости товаров (goodsValue) плюс доставка (freight) плюс удержанные налоги (taxTotal) минус неденежные скидки (discount) и совпадать с суммой платежа в платёжном документе (amountPaid). Обычные причины: не учтены доставка или налоги, скидка не указана в discount, суммы округлены по-разному.',
    en: 'The amount actually paid must equal goodsValue plus freight plus taxTotal minus the non-cash discount, and must be the same as amountPaid in the payment. Typical reasons are freight or tax left out, a discount not given in discount, or amounts rounded differently.',
  },
  'clr.paid_identity.fix': {
    'zh-CN': '按公式重新计算并保留两位小数；确认 goodsValue、freight、taxTotal、discount 取自同一笔交易，并与支付单的 amountPaid 一致。',
    ko: '공식대로 다시 계산해 소수 둘째 자리까지 적고, goodsValue·freight·taxTotal·discount가 같은 거래의 값이며 결제서의 amountPaid와 맞는지 확인하세요.',
    ja: '式どおりに再計算して小数第 2 位まで記入し、goodsValue・freight・taxTotal・discount が同じ取引の値で、決済書類の amountPaid と一致することを確認してください。',
    ru: 'Пересчитайте сумму по формуле с точностью до двух знаков и убедитесь, что goodsValue, freight, taxTotal и discount относятся к одной сделке и сходятся с amountPaid платёжного документа.',
    en: 'Recompute the amount by the formula to two decimals, and make sure goodsValue, freight, taxTotal and discount describe the same transaction and agree with amountPaid in the payment.',
  },

  'clr.goods_value': {
    'zh-CN': '订单商品价格 goodsValue 为 {value}，而各商品行总价之和为 {expected}',
    ko: '주문서의 상품 가격 goodsValue는 {value}인데 상품 행 총액의 합계는 {expected}입니다',
    ja: '注文書の商品価格 goodsValue は {value} ですが、商品行の合計金額の和は {expected} です',
    ru: 'Стоимость товаров в заказе goodsValue — {value}, а сумма итогов по строкам — {expected}',
    en: 'The order\'s goodsValue is {value}, but its lines\' totalPrice add up to {expected}',
  },
  'clr.goods_value.cause': {
    'zh-CN': '订单表头的商品价格应等于各商品行总价（totalPrice）之和。常见原因是增删或修改商品行后没有重算表头，或把运费、税款计入了商品价格。',
    ko: '주문서 머리부의 상품 가격은 각 상품 행 총액(totalPrice)의 합과 같아야 합니다. 상품 행을 추가·삭제·수정한 뒤 머리부를 다시 계산하지 않았거나, 운임이나 세액을 상품 가격에 넣은 경우가 흔합니다.',
    ja: '注文書ヘッダーの商品価格は、各商品行の合計金額（totalPrice）の和と等しくなければなりません。商品行を追加・削除・修正した後にヘッダーを再計算していない、運賃や税額を商品価格に含めた、などがよくある原因です。',
    ru: 'Стоимость товаров в заголовке заказа должна равняться сумме итогов по строкам (totalPrice). Обычно после добавления, удаления или правки строк заголовок не пересчитали либо включили в стоимость товаров доставку или налоги.',
    en: 'The goods value in the order head must equal the sum of the lines\' totalPrice. Typically lines were added, removed or changed without recomputing the head, or freight or tax was included in the goods value.',
  },
  'clr.goods_value.fix': {
    'zh-CN': '以各行 totalPrice 之和填写 goodsValue；运费填在 freight，代扣税款填在 taxTotal。',
    ko: 'goodsValue에는 각 행 totalPrice의 합을 적고, 운임은 freight에, 대리 징수 세액은 taxTotal에 적으세요.',
    ja: 'goodsValue には各行の totalPrice の和を記入し、運賃は freight、代理徴収税額は taxTotal に記入してください。',
    ru: 'Укажите в goodsValue сумму totalPrice всех строк; доставку — в freight, удержанные налоги — в taxTotal.',
    en: 'Put the sum of the lines\' totalPrice in goodsValue; freight goes in freight and the tax collected in taxTotal.',
  },

  'clr.line_total': {
    'zh-CN': '第 {gnum} 项：总价 totalPrice 为 {value}，而单价 × 数量为 {expected}',
    ko: '{gnum}번 항목: 총액 totalPrice는 {value}인데 단가 × 수량은 {expected}입니다',
    ja: '第 {gnum} 項：合計金額 totalPrice は {value} ですが、単価 × 数量は {expected} です',
    ru: 'Строка {gnum}: итог totalPrice — {value}, а цена × количество — {expected}',
    en: 'Line {gnum}: totalPrice is {value}, but price × qty is {expected}',
  },
  'clr.line_total.cause': {
    'zh-CN': '每个商品行的总价须等于单价（price）乘以数量（qty），误差不超过 1 分。常见原因是修改数量后没有重算总价，或总价按未舍入的单价计算、而单价填写的是舍入后的值。',
    ko: '각 상품 행의 총액은 단가(price) × 수량(qty)과 같아야 하며 차이는 1펀(0.01위안) 미만이어야 합니다. 수량을 바꾼 뒤 총액을 다시 계산하지 않았거나, 총액은 반올림 전 단가로 계산하고 단가 항목에는 반올림한 값을 적은 경우가 흔합니다.',
    ja: '各商品行の合計金額は単価（price）× 数量（qty）に等しく、差は 1 分（0.01 元）未満でなければなりません。数量を変えた後に合計金額を再計算していない、合計金額は端数処理前の単価で計算し単価欄には端数処理後の値を入れた、などがよくある原因です。',
    ru: 'Итог каждой строки должен равняться цене (price), умноженной на количество (qty), с расхождением меньше 1 фэня. Обычно количество изменили, не пересчитав итог, или итог считали по неокруглённой цене, а в price указали округлённую.',
    en: 'Each line\'s total must equal price times qty, to within one fen. Typically the quantity was changed without recomputing the total, or the total was computed from an unrounded price while price holds the rounded one.',
  },
  'clr.line_total.fix': {
    'zh-CN': '用所填写的 price 乘以 qty 重新计算 totalPrice，保留两位小数。',
    ko: '적은 price에 qty를 곱해 totalPrice를 다시 계산하고 소수 둘째 자리까지 적으세요.',
    ja: '記入した price に qty を掛けて totalPrice を再計算し、小数第 2 位まで記入してください。',
    ru: 'Пересчитайте totalPrice как указанную price, умноженную на qty, с точностью до двух знаков.',
    en: 'Recompute totalPrice as the price given times qty, to two decimals.',
  },

  'clr.gnum_duplicate': {
    'zh-CN': '商品序号 {gnum} 重复',
    ko: '상품 순번 {gnum}이(가) 중복되었습니다',
    ja: '商品番号（項番）{gnum} が重複しています',
    ru: 'Номер строки {gnum} повторяется',
    en: 'The line number {gnum} is used more than once',
  },
  'clr.gnum_duplicate.cause': {
    'zh-CN': '商品序号（gnum）标识单证中的每个商品行，须从 1 开始且在同一单证内唯一；三单对碰按序号把清单的商品行与订单的商品行一一对应。序号重复多因复制或合并商品行时没有重新编号。',
    ko: '상품 순번(gnum)은 서류 안의 각 상품 행을 가리키며, 1부터 시작해 한 서류 안에서 유일해야 합니다. 3단 대조에서는 순번으로 통관 목록의 상품 행과 주문서의 상품 행을 1:1로 맞춥니다. 상품 행을 복사하거나 합칠 때 번호를 다시 매기지 않은 경우가 흔합니다.',
    ja: '項番（gnum）は書類内の各商品行を示し、1 から始まり同じ書類内で一意でなければなりません。三単照合では項番で申告リストの商品行と注文書の商品行を 1 対 1 で対応させます。商品行をコピーまたは統合したときに番号を振り直していない場合がよくある原因です。',
    ru: 'Номер строки (gnum) обозначает каждую товарную позицию документа; нумерация начинается с 1 и не повторяется в пределах документа. При сверке трёх документов строки реестра сопоставляются со строками заказа по этому номеру один к одному. Обычно строки скопировали или объединили, не перенумеровав.',
    en: 'The line number (gnum) identifies each line of a document; it starts at 1 and is unique within the document. Three-document matching pairs inventory lines with order lines one to one by this number. Usually lines were copied or merged without renumbering.',
  },
  'clr.gnum_duplicate.fix': {
    'zh-CN': '按 1、2、3…… 为商品行重新编号，并使清单与订单中同一商品的序号相同。',
    ko: '상품 행을 1, 2, 3… 순으로 다시 번호 매기고, 통관 목록과 주문서에서 같은 상품은 같은 순번을 쓰세요.',
    ja: '商品行に 1、2、3… と番号を振り直し、申告リストと注文書で同じ商品には同じ項番を付けてください。',
    ru: 'Перенумеруйте строки 1, 2, 3… так, чтобы у одного и того же товара в реестре и в заказе был одинаковый номер.',
    en: 'Renumber the lines 1, 2, 3 … and give the same goods the same number in the inventory and the order.',
  },

  'clr.product_not_filed': {
    'zh-CN': '商品 {itemNo} 不是该电商企业已生效的商品备案',
    ko: '상품 {itemNo}은(는) 이 전자상거래 기업의 유효한 상품 등록이 아닙니다',
    ja: '商品 {itemNo} は、この EC 企業の有効な商品届出ではありません',
    ru: 'Товар {itemNo} не является действующей регистрацией товара этого предприятия электронной торговли',
    en: 'The item {itemNo} is not an effective product filing of the e-commerce enterprise',
  },
  'clr.product_not_filed.cause': {
    'zh-CN': '订单和清单中的商品须是电商企业（ebcCode）在平台备案并已生效的商品，按商品货号（itemNo；网购保税进口时也可用料号 itemRecordNo）查找，以申报日期为准。常见原因是货号与备案不一致、商品备案仍在审核中或已失效，或商品备案在另一家企业名下。',
    ko: '주문서와 통관 목록의 상품은 전자상거래 기업(ebcCode)이 플랫폼에 등록해 유효한 상품이어야 하며, 상품 번호(itemNo, 보세 수입은 품목 번호 itemRecordNo도 가능)로 신고일 기준으로 찾습니다. 상품 번호가 등록과 다른 경우, 상품 등록이 아직 심사 중이거나 효력을 잃은 경우, 다른 기업 명의로 등록된 경우가 흔합니다.',
    ja: '注文書と申告リストの商品は、EC 企業（ebcCode）がプラットフォームに届け出て有効になっている商品でなければなりません。商品番号（itemNo。保税輸入では品目番号 itemRecordNo も可）で、申告日時点の届出を検索します。商品番号が届出と異なる、商品届出が審査中または失効している、別の企業の名義で届け出られている、などがよくある原因です。',
    ru: 'Товары в заказе и реестре должны быть зарегистрированы на платформе предприятием электронной торговли (ebcCode), и регистрация должна действовать на дату декларирования; поиск идёт по артикулу (itemNo, при бондовом импорте — также по номеру позиции itemRecordNo). Обычные причины: артикул отличается от зарегистрированного, регистрация товара ещё на рассмотрении или утратила силу, товар зарегистрирован на другое предприятие.',
    en: 'Goods in the order and the inventory must be products the e-commerce enterprise (ebcCode) has filed on the platform, with the filing in effect on the declaration date; they are looked up by item number (itemNo, or for bonded imports also itemRecordNo). Typical reasons are an item number that differs from the filing, a product filing still under review or no longer in effect, or a filing held by another enterprise.',
  },
  'clr.product_not_filed.fix': {
    'zh-CN': '核对货号与商品备案一致；商品尚未备案或备案未生效的，先办理商品备案，待审核生效后重新发送。',
    ko: '상품 번호가 상품 등록과 같은지 확인하세요. 아직 등록하지 않았거나 등록이 유효하지 않으면 먼저 상품 등록을 하고, 심사를 거쳐 유효해진 뒤 다시 보내세요.',
    ja: '商品番号が商品届出と一致しているか確認してください。未届出または届出が有効でない場合は、先に商品届出を行い、審査を経て有効になってから再送してください。',
    ru: 'Сверьте артикул с регистрацией товара; если товар не зарегистрирован или регистрация не действует, сначала зарегистрируйте его и после одобрения отправьте сообщение снова.',
    en: 'Check that the item number matches the product filing; if the product is not filed or its filing is not in effect, file it first and send again once the filing has been approved.',
  },

  'clr.amount_positive': {
    'zh-CN': '支付金额须大于零（现为 {value}）',
    ko: '결제 금액은 0보다 커야 합니다(현재 {value})',
    ja: '支払額は 0 より大きくなければなりません（現在 {value}）',
    ru: 'Сумма платежа должна быть больше нуля (указано {value})',
    en: 'The amount paid must be greater than zero (it is {value})',
  },
  'clr.amount_positive.cause': {
    'zh-CN': '支付单记录一笔实际发生的支付，其支付金额 amountPaid 为零、负数或为空时，无法与订单进行三单对碰。',
    ko: '결제서는 실제로 일어난 결제를 기록하는 서류이므로, 결제 금액 amountPaid가 0, 음수 또는 빈 값이면 주문서와 3단 대조를 할 수 없습니다.',
    ja: '決済書類は実際に行われた支払を記録するものであり、支払額 amountPaid が 0、負の値または空では注文書と三単照合ができません。',
    ru: 'Платёжный документ отражает фактически совершённый платёж; при нулевой, отрицательной или пустой сумме amountPaid сверить его с заказом невозможно.',
    en: 'A payment records a payment that actually took place; with amountPaid zero, negative or empty it cannot be matched with the order.',
  },
  'clr.amount_positive.fix': {
    'zh-CN': '填写该笔支付的实际金额（人民币，两位小数），该金额须与订单的实际支付金额 acturalPaid 相同。',
    ko: '그 결제의 실제 금액(위안화, 소수 둘째 자리까지)을 적으세요. 이 금액은 주문서의 실제 결제 금액 acturalPaid와 같아야 합니다.',
    ja: 'その支払の実際の金額（人民元、小数第 2 位まで）を記入してください。この金額は注文書の実支払額 acturalPaid と同じでなければなりません。',
    ru: 'Укажите фактическую сумму платежа в юанях с двумя знаками после запятой; она должна совпадать с acturalPaid в заказе.',
    en: 'Give the actual amount of the payment in yuan to two decimals; it must equal acturalPaid in the order.',
  },

  // ---- the inventory head ----

  'clr.ie_flag': {
    'zh-CN': '进出口标记 ieFlag 为 {value}：进口清单须为 I',
    ko: '수출입 구분 ieFlag가 {value}입니다: 수입 통관 목록은 I여야 합니다',
    ja: '輸出入区分 ieFlag が {value} です。輸入申告リストでは I です',
    ru: 'Признак ввоза/вывоза ieFlag — {value}: для реестра на ввоз нужно I',
    en: 'ieFlag is {value}: an import inventory must have I',
  },
  'clr.ie_flag.cause': {
    'zh-CN': '进口清单（CEB621）只用于跨境电商零售进口，ieFlag 固定为 I（进口）；出口业务使用出口清单 CEB603，ieFlag 为 E。',
    ko: '수입 통관 목록(CEB621)은 국경 간 전자상거래 소매 수입에만 쓰이므로 ieFlag는 I(수입)로 고정됩니다. 수출은 수출 통관 목록 CEB603과 ieFlag E를 씁니다.',
    ja: '輸入申告リスト（CEB621）は越境 EC 小売輸入専用で、ieFlag は I（輸入）に固定です。輸出には輸出申告リスト CEB603 と ieFlag E を使います。',
    ru: 'Реестр на ввоз (CEB621) служит только для трансграничного розничного импорта, и ieFlag в нём всегда I (ввоз); для вывоза используется реестр CEB603 с ieFlag E.',
    en: 'The import inventory (CEB621) serves CBEC retail imports only, so ieFlag is always I (import); exports use the export inventory CEB603 with ieFlag E.',
  },
  'clr.ie_flag.fix': {
    'zh-CN': 'ieFlag 填写 I；如为出口业务，请改用出口清单 CEB603。',
    ko: 'ieFlag에 I를 적으세요. 수출 건이라면 수출 통관 목록 CEB603을 쓰세요.',
    ja: 'ieFlag に I を記入してください。輸出の場合は輸出申告リスト CEB603 を使います。',
    ru: 'Укажите в ieFlag значение I; для вывоза используйте реестр CEB603.',
    en: 'Put I in ieFlag; for an export, use the export inventory CEB603 instead.',
  },

  'clr.trade_mode': {
    'zh-CN': '贸易方式 {value} 不适用于跨境电商零售进口：应为 9610 或 1210',
    ko: '무역 방식 {value}은(는) 국경 간 전자상거래 소매 수입에 쓸 수 없습니다: 9610 또는 1210이어야 합니다',
    ja: '貿易方式 {value} は越境 EC 小売輸入には使えません。9610 または 1210 です',
    ru: 'Вид торговли {value} не применяется к трансграничному розничному импорту: нужно 9610 или 1210',
    en: 'Trade mode {value} does not apply to CBEC retail imports: use 9610 or 1210',
  },
  'clr.trade_mode.cause': {
    'zh-CN': '跨境电商零售进口清单只接受两种贸易方式（监管方式）：9610 直购进口和 1210 网购保税进口。一般贸易（0110）等其他贸易方式的货物不能以清单申报。',
    ko: '국경 간 전자상거래 소매 수입 통관 목록은 두 가지 무역 방식(감독 방식)만 받습니다: 9610 직구 수입과 1210 온라인 보세 수입. 일반 무역(0110) 등 다른 방식의 물품은 통관 목록으로 신고할 수 없습니다.',
    ja: '越境 EC 小売輸入の申告リストで使える貿易方式（監督方式）は、9610 直送輸入と 1210 ネット購入保税輸入の 2 つだけです。一般貿易（0110）など他の方式の貨物は申告リストで申告できません。',
    ru: 'Реестр трансграничного розничного импорта допускает только два вида торговли (режима): 9610 — прямая покупка из-за рубежа и 1210 — покупка со бондового склада. Товары в других режимах, например в общей торговле (0110), реестром не декларируются.',
    en: 'A CBEC retail import inventory accepts two trade modes only: 9610 (direct purchase) and 1210 (bonded online purchase). Goods under other modes, such as general trade (0110), cannot be declared on an inventory.',
  },
  'clr.trade_mode.fix': {
    'zh-CN': '直购进口填 9610；从海关特殊监管区域或保税物流中心（B 型）发货的网购保税进口填 1210。',
    ko: '직구 수입은 9610, 세관 특수감독구역이나 보세물류센터(B형)에서 출고하는 온라인 보세 수입은 1210을 적으세요.',
    ja: '直送輸入は 9610、税関特殊監督区域または保税物流センター（B 型）から出荷するネット購入保税輸入は 1210 を記入してください。',
    ru: 'Для прямой покупки укажите 9610, для отправки со специальной зоны таможенного контроля или бондового логистического центра (тип B) — 1210.',
    en: 'Use 9610 for direct purchases, and 1210 for bonded online purchases shipped from a special customs supervision area or a B-type bonded logistics centre.',
  },

  'clr.mode_field_required': {
    'zh-CN': '贸易方式 {tradeMode} 下须填写 {field}',
    ko: '무역 방식 {tradeMode}에서는 {field}을(를) 적어야 합니다',
    ja: '貿易方式 {tradeMode} では {field} が必須です',
    ru: 'При виде торговли {tradeMode} поле {field} обязательно',
    en: '{field} is required under trade mode {tradeMode}',
  },
  'clr.mode_field_required.cause': {
    'zh-CN': '部分字段是否必填取决于贸易方式：9610 直购进口须填运输工具编号 trafNo、航班航次号 voyageNo 和提运单号 billNo，以便与进境运输工具和总运单对应；1210 网购保税进口须填账册编号 emsNo、区内企业代码 areaCode 和名称 areaName，每个商品行须填料号 itemRecordNo，以便核扣保税账册；两种方式下商品行都须有商品货号 itemNo（1210 可由料号代替）。',
    ko: '필수 여부가 무역 방식에 따라 달라지는 항목이 있습니다. 9610 직구 수입은 입국 운송수단과 마스터 운송장에 맞추기 위해 운송수단 번호 trafNo, 항공편·항차 번호 voyageNo, 선하증권·운송장 번호 billNo가 필요하고, 1210 온라인 보세 수입은 보세 장부 차감을 위해 장부 번호 emsNo, 구역 내 기업 코드 areaCode와 이름 areaName, 상품 행마다 품목 번호 itemRecordNo가 필요합니다. 두 방식 모두 상품 행에 상품 번호 itemNo가 있어야 합니다(1210은 품목 번호로 대신할 수 있음).',
    ja: '必須かどうかが貿易方式で変わる項目があります。9610 直送輸入では、入国する輸送手段とマスター運送状に対応させるため、輸送手段番号 trafNo、便名・航海番号 voyageNo、B/L・AWB 番号 billNo が必要です。1210 ネット購入保税輸入では、保税帳簿から差し引くため、帳簿番号 emsNo、区域内企業コード areaCode と名称 areaName、商品行ごとに品目番号 itemRecordNo が必要です。どちらの方式でも商品行には商品番号 itemNo が必要です（1210 では品目番号で代用可）。',
    ru: 'Обязательность некоторых полей зависит от вида торговли: при 9610 (прямая покупка) нужны номер транспортного средства trafNo, номер рейса voyageNo и номер коносамента или авианакладной billNo, чтобы связать посылку с прибывшим транспортом и генеральной накладной; при 1210 (бондовый импорт) нужны номер учётной книги emsNo, код и название предприятия в зоне areaCode и areaName, а в каждой строке — номер позиции itemRecordNo для списания с учётной книги. В обоих случаях в строке нужен артикул itemNo (при 1210 его может заменить itemRecordNo).',
    en: 'Whether some fields are required depends on the trade mode: 9610 direct purchases need the means of transport trafNo, the voyage or flight voyageNo and the master bill billNo, to tie the parcel to the arriving transport; 1210 bonded imports need the account book emsNo, the zone enterprise\'s code areaCode and name areaName, and on every line the item record number itemRecordNo, so that the bonded account book can be debited. Under both modes each line needs the item number itemNo (under 1210 itemRecordNo may stand in for it).',
  },
  'clr.mode_field_required.fix': {
    'zh-CN': '按所用贸易方式补填该字段；如贸易方式本身填错，先更正 tradeMode。',
    ko: '사용하는 무역 방식에 맞게 이 항목을 채우세요. 무역 방식 자체가 틀렸다면 먼저 tradeMode를 고치세요.',
    ja: '使用する貿易方式に合わせてこの項目を記入してください。貿易方式自体が誤っている場合は、先に tradeMode を訂正してください。',
    ru: 'Заполните поле в соответствии с видом торговли; если неверно указан сам вид торговли, сначала исправьте tradeMode.',
    en: 'Fill in the field as the trade mode requires; if the trade mode itself is wrong, correct tradeMode first.',
  },

  'clr.bonded_country': {
    'zh-CN': '网购保税进口（1210）清单的国家（地区）应为 142（中国），现为 {value}',
    ko: '온라인 보세 수입(1210) 통관 목록의 국가(지역)는 142(중국)여야 합니다(현재 {value})',
    ja: 'ネット購入保税輸入（1210）の申告リストの国（地域）は 142（中国）です（現在 {value}）',
    ru: 'В реестре бондового импорта (1210) страна должна быть 142 (Китай), указано {value}',
    en: 'A bonded (1210) inventory declares country 142 (China), not {value}',
  },
  'clr.bonded_country.cause': {
    'zh-CN': '网购保税进口的货物从境内的海关特殊监管区域或保税物流中心发出，清单表头的国家（地区）因此固定为 142（中国）；原产国填在商品行的 country 中。',
    ko: '온라인 보세 수입 물품은 중국 내 세관 특수감독구역이나 보세물류센터에서 출고되므로 통관 목록 머리부의 국가(지역)는 142(중국)로 고정됩니다. 원산지는 상품 행의 country에 적습니다.',
    ja: 'ネット購入保税輸入の貨物は国内の税関特殊監督区域または保税物流センターから出荷されるため、申告リストのヘッダーの国（地域）は 142（中国）に固定されます。原産国は商品行の country に記入します。',
    ru: 'Товары бондового импорта отправляются со специальной зоны таможенного контроля или бондового центра внутри Китая, поэтому страна в заголовке реестра всегда 142 (Китай); страну происхождения указывают в поле country строки.',
    en: 'Bonded goods leave from a special customs supervision area or bonded centre inside China, so the country in the inventory head is always 142 (China); the country of origin goes in each line\'s country.',
  },
  'clr.bonded_country.fix': {
    'zh-CN': '表头 country 填 142，原产国保留在商品行中。',
    ko: '머리부의 country에 142를 적고, 원산지는 상품 행에 그대로 두세요.',
    ja: 'ヘッダーの country に 142 を記入し、原産国は商品行に残してください。',
    ru: 'Укажите в заголовке country 142, а страну происхождения оставьте в строках.',
    en: 'Put 142 in the head\'s country and keep the country of origin on the lines.',
  },

  'clr.pack_no': {
    'zh-CN': '件数 packNo 为 {value}：每份清单对应一个包裹，应为 1',
    ko: '포장 개수 packNo가 {value}입니다: 통관 목록 하나는 소포 하나이므로 1이어야 합니다',
    ja: '個数 packNo が {value} です。申告リスト 1 件は小包 1 個に対応するため 1 です',
    ru: 'Число мест packNo — {value}: один реестр соответствует одной посылке, нужно 1',
    en: 'packNo is {value}: one inventory covers one parcel, so it must be 1',
  },
  'clr.pack_no.cause': {
    'zh-CN': '跨境电商零售进口按“一单一包”申报：一份清单对应一个运单号、一个包裹，件数固定为 1。',
    ko: '국경 간 전자상거래 소매 수입은 "1건 1소포"로 신고합니다. 통관 목록 하나가 운송장 번호 하나, 소포 하나에 대응하므로 포장 개수는 1로 고정됩니다.',
    ja: '越境 EC 小売輸入は「1 件 1 小包」で申告します。申告リスト 1 件が運送状番号 1 つ、小包 1 個に対応するため、個数は 1 に固定です。',
    ru: 'Трансграничный розничный импорт декларируется по принципу «один реестр — одна посылка»: реестру соответствуют одна накладная и одно место, поэтому число мест всегда 1.',
    en: 'CBEC retail imports are declared one parcel per inventory: an inventory has one waybill number and one package, so packNo is always 1.',
  },
  'clr.pack_no.fix': {
    'zh-CN': 'packNo 填 1；如一个订单分成多个包裹发运，每个包裹应有自己的运单和清单。',
    ko: 'packNo에 1을 적으세요. 한 주문을 여러 소포로 보낸다면 소포마다 운송장과 통관 목록이 따로 있어야 합니다.',
    ja: 'packNo に 1 を記入してください。1 つの注文を複数の小包で発送する場合は、小包ごとに運送状と申告リストが必要です。',
    ru: 'Укажите packNo = 1; если заказ отправляется несколькими посылками, у каждой должны быть своя накладная и свой реестр.',
    en: 'Put 1 in packNo; if an order ships as several parcels, each parcel needs its own waybill and inventory.',
  },

  // ---- the goods ----

  'clr.hs_mismatch': {
    'zh-CN': '申报的商品编码 {gcode} 与商品 {itemNo} 备案的商品编码 {filed} 不一致',
    ko: '신고한 HS 코드 {gcode}가 상품 {itemNo}의 등록 HS 코드 {filed}와 다릅니다',
    ja: '申告した HS コード {gcode} が、商品 {itemNo} の届出の HS コード {filed} と異なります',
    ru: 'Заявленный код ТН ВЭД {gcode} не совпадает с кодом {filed} в регистрации товара {itemNo}',
    en: 'The declared HS code {gcode} differs from {filed}, the code in the product filing of {itemNo}',
  },
  'clr.hs_mismatch.cause': {
    'zh-CN': '清单中的商品编码须与该商品已生效备案中的商品编码一致，海关据此确认正面清单、税率和监管要求。常见原因是商品归类变更后只改了清单未改备案（或相反），或货号对应了另一件商品。',
    ko: '통관 목록의 HS 코드는 그 상품의 유효한 등록에 있는 HS 코드와 같아야 하며, 세관은 이를 근거로 포지티브 리스트 해당 여부, 세율, 감독 요건을 확인합니다. 품목 분류가 바뀐 뒤 통관 목록만 고치고 등록은 고치지 않았거나(또는 그 반대), 상품 번호가 다른 상품을 가리키는 경우가 흔합니다.',
    ja: '申告リストの HS コードは、その商品の有効な届出の HS コードと一致していなければなりません。税関はこれに基づいてポジティブリスト、税率、監督要件を確認します。品目分類を変えたときに申告リストだけを直して届出を直していない（またはその逆）、商品番号が別の商品を指している、などがよくある原因です。',
    ru: 'Код товара в реестре должен совпадать с кодом в действующей регистрации товара: по нему таможня проверяет положительный перечень, ставки и требования контроля. Обычно после смены классификации исправили только реестр, но не регистрацию (или наоборот), либо артикул относится к другому товару.',
    en: 'The HS code on the inventory must be the one in the product\'s effective filing; customs relies on it for the positive list, the tax rates and the supervision requirements. Typically the classification changed and only the inventory was updated, not the filing (or the other way round), or the item number points to a different product.',
  },
  'clr.hs_mismatch.fix': {
    'zh-CN': '确认正确的归类：备案正确的，按备案的商品编码申报；归类确需调整的，先变更商品备案，审核生效后再申报。',
    ko: '올바른 분류를 확인하세요. 등록이 맞다면 등록된 HS 코드로 신고하고, 분류를 바꿔야 한다면 먼저 상품 등록을 변경해 심사를 거쳐 유효해진 뒤 신고하세요.',
    ja: '正しい分類を確認してください。届出が正しければ届出の HS コードで申告し、分類を改める必要があれば先に商品届出を変更し、審査を経て有効になってから申告してください。',
    ru: 'Определите правильную классификацию: если верна регистрация, декларируйте под зарегистрированным кодом; если код нужно изменить, сначала измените регистрацию товара и декларируйте после её одобрения.',
    en: 'Settle the correct classification: if the filing is right, declare its HS code; if the code must change, amend the product filing first and declare once the change has been approved.',
  },

  'clr.tariff_unknown': {
    'zh-CN': '商品编码 {gcode} 在申报日期 {date} 没有有效的税则号列',
    ko: 'HS 코드 {gcode}에는 신고일 {date} 기준으로 유효한 관세율표 세번이 없습니다',
    ja: 'HS コード {gcode} には、申告日 {date} 時点で有効な関税率表の税番がありません',
    ru: 'Для кода {gcode} на дату декларирования {date} нет действующей товарной позиции тарифа',
    en: 'The HS code {gcode} has no tariff line in force on the declaration date {date}',
  },
  'clr.tariff_unknown.cause': {
    'zh-CN': '税款按申报日期有效的进出口税则计算。该商品编码在当日的税则中不存在：可能编码有误、已在税则调整中被拆分或取消，或尚未生效。',
    ko: '세액은 신고일에 유효한 수출입 관세율표로 계산합니다. 이 HS 코드는 그날의 관세율표에 없습니다. 코드가 틀렸거나, 관세율표 개정으로 분할·폐지되었거나, 아직 시행 전일 수 있습니다.',
    ja: '税額は申告日に有効な輸出入関税率表で計算します。この HS コードはその日の関税率表にありません。コードの誤り、関税率表の改正による分割・廃止、まだ施行前である、などが考えられます。',
    ru: 'Налоги рассчитываются по тарифу, действующему на дату декларирования, а в нём на эту дату такого кода нет: код ошибочен, разделён или упразднён при пересмотре тарифа либо ещё не вступил в силу.',
    en: 'Tax is computed from the tariff in force on the declaration date, and that tariff has no such code on that date: the code is wrong, was split or withdrawn in a tariff revision, or is not in force yet.',
  },
  'clr.tariff_unknown.fix': {
    'zh-CN': '在平台参考数据中查找当日有效的商品编码，同时更正商品备案和清单；申报日期 declTime 应为实际申报的日期。',
    ko: '플랫폼 참조 데이터에서 그날 유효한 HS 코드를 찾아 상품 등록과 통관 목록을 함께 고치세요. 신고일 declTime은 실제 신고한 날이어야 합니다.',
    ja: 'プラットフォームの参照データでその日に有効な HS コードを調べ、商品届出と申告リストをあわせて訂正してください。申告日 declTime は実際の申告日にします。',
    ru: 'Найдите в справочных данных платформы код, действующий на эту дату, и исправьте и регистрацию товара, и реестр; дата declTime должна быть фактической датой декларирования.',
    en: 'Look up the code in force on that date in the platform\'s reference data and correct both the product filing and the inventory; declTime must be the actual declaration date.',
  },

  'clr.positive_list': {
    'zh-CN': '商品编码 {gcode} 不在跨境电子商务零售进口商品清单（正面清单）内',
    ko: 'HS 코드 {gcode}는 국경 간 전자상거래 소매 수입 상품 목록(포지티브 리스트)에 없습니다',
    ja: 'HS コード {gcode} は越境 EC 小売輸入商品リスト（ポジティブリスト）に含まれていません',
    ru: 'Кода {gcode} нет в перечне товаров трансграничного розничного импорта (положительном перечне)',
    en: 'The HS code {gcode} is not on the CBEC retail import positive list',
  },
  'clr.positive_list.cause': {
    'zh-CN': '只有列入跨境电子商务零售进口商品清单的商品才能以跨境电商零售进口方式进境；部分商品还附有监管要求（如仅限网购保税进口）。该商品编码不在清单内，或其附注条件不满足。',
    ko: '국경 간 전자상거래 소매 수입 상품 목록에 있는 상품만 이 방식으로 수입할 수 있으며, 일부 상품에는 감독 조건(예: 온라인 보세 수입만 허용)이 붙어 있습니다. 이 HS 코드는 목록에 없거나 부가 조건을 충족하지 않습니다.',
    ja: '越境 EC 小売輸入商品リストに載っている商品だけがこの方式で輸入でき、一部の商品には監督上の条件（ネット購入保税輸入に限る など）が付いています。この HS コードはリストにないか、付記された条件を満たしていません。',
    ru: 'В порядке трансграничного розничного импорта ввозятся только товары из перечня, и для части из них есть дополнительные условия (например, только бондовый импорт). Этого кода в перечне нет либо условия примечания не выполнены.',
    en: 'Only goods on the CBEC retail import list may enter through this channel, and some carry supervision conditions (bonded imports only, for instance). This HS code is not on the list, or its conditions are not met.',
  },
  'clr.positive_list.fix': {
    'zh-CN': '先确认商品归类是否正确；归类无误的，该商品不能以跨境电商零售进口方式进境，须按一般贸易等其他方式进口。',
    ko: '먼저 품목 분류가 맞는지 확인하세요. 분류가 맞다면 이 상품은 국경 간 전자상거래 소매 수입으로 들여올 수 없으며, 일반 무역 등 다른 방식으로 수입해야 합니다.',
    ja: 'まず品目分類が正しいか確認してください。分類が正しければ、この商品は越境 EC 小売輸入では輸入できず、一般貿易など他の方式で輸入する必要があります。',
    ru: 'Сначала проверьте классификацию; если она верна, этот товар нельзя ввезти как трансграничный розничный импорт — его нужно ввозить в общем порядке или другим способом.',
    en: 'First make sure the classification is right; if it is, the goods cannot enter as a CBEC retail import and must be imported another way, such as general trade.',
  },

  // ---- limits ----

  'clr.single_limit': {
    'zh-CN': '本次交易完税价格 {amount} 元超过单次交易限值 {limit} 元，且不是仅含一件不可分割商品的订单',
    ko: '이번 거래의 과세가격 {amount}위안이 1회 거래 한도 {limit}위안을 넘고, 분할할 수 없는 상품 1개만 든 주문도 아닙니다',
    ja: '今回の取引の課税価格 {amount} 元が 1 回の取引限度額 {limit} 元を超えており、分割できない商品 1 点だけの注文でもありません',
    ru: 'Таможенная стоимость покупки {amount} юаней превышает лимит разовой покупки {limit} юаней, и это не заказ из одного неделимого товара',
    en: 'The dutiable value of {amount} yuan exceeds the single-transaction limit of {limit} yuan, and the order is not for one indivisible item',
  },
  'clr.single_limit.cause': {
    'zh-CN': '跨境电商零售进口的单次交易限值为 5000 元（财关税〔2018〕49号），按完税价格（商品总价 + 运费 + 保费）计算。超过限值时，只有订单仅含一件不可分割的商品、且完税价格低于年度交易限值 26000 元的，才可按跨境电商零售进口渠道通关，并全额征收关税、增值税和消费税；其他超限交易须按一般贸易办理。',
    ko: '국경 간 전자상거래 소매 수입의 1회 거래 한도는 5,000위안(财关税〔2018〕49号)이며 과세가격(상품 총액 + 운임 + 보험료)으로 따집니다. 한도를 넘으면, 분할할 수 없는 상품 1개만 든 주문이고 과세가격이 연간 한도 26,000위안 미만인 경우에만 이 방식으로 통관할 수 있으며 관세·증치세·소비세를 전액 징수합니다. 그 밖의 한도 초과 거래는 일반 무역으로 처리해야 합니다.',
    ja: '越境 EC 小売輸入の 1 回の取引限度額は 5,000 元（财关税〔2018〕49号）で、課税価格（商品総額 ＋ 運賃 ＋ 保険料）で判断します。限度額を超える場合、分割できない商品 1 点だけの注文で、課税価格が年間限度額 26,000 元未満のときに限り、関税・増値税・消費税を全額課税したうえでこの方式で通関できます。それ以外の限度額超過の取引は一般貿易として扱う必要があります。',
    ru: 'Лимит разовой покупки при трансграничном розничном импорте — 5 000 юаней (财关税〔2018〕49号), считается по таможенной стоимости (товары + доставка + страховка). При превышении через этот канал можно оформить только заказ из одного неделимого товара стоимостью меньше годового лимита 26 000 юаней — с полной пошлиной, НДС и акцизом; остальные покупки сверх лимита оформляются как общая торговля.',
    en: 'The single-transaction limit for CBEC retail imports is 5,000 yuan (财关税〔2018〕49号), measured on the dutiable value (goods + freight + insurance). Above it, only an order for one indivisible item worth less than the 26,000-yuan annual limit may still clear through this channel, with tariff, VAT and consumption tax charged in full; any other transaction over the limit must go through general trade.',
  },
  'clr.single_limit.fix': {
    'zh-CN': '此交易不能以跨境电商零售进口方式申报，应按一般贸易进口。订购人确为分别下单的，每笔交易应单独申报；不得为规避限值而拆分订单。',
    ko: '이 거래는 국경 간 전자상거래 소매 수입으로 신고할 수 없으며 일반 무역으로 수입해야 합니다. 구매자가 실제로 따로 주문한 것이라면 거래마다 따로 신고하되, 한도를 피하려고 주문을 나누어서는 안 됩니다.',
    ja: 'この取引は越境 EC 小売輸入として申告できず、一般貿易で輸入する必要があります。購入者が実際に別々に注文した場合は取引ごとに申告しますが、限度額を避けるために注文を分割してはなりません。',
    ru: 'Эту покупку нельзя декларировать как трансграничный розничный импорт — её ввозят в общем порядке. Если покупатель действительно сделал отдельные заказы, декларируйте каждый отдельно; дробить заказ ради обхода лимита запрещено.',
    en: 'This transaction cannot be declared as a CBEC retail import; import it through general trade. If the buyer really placed separate orders, declare each on its own; splitting an order to stay under the limit is not allowed.',
  },

  'clr.annual_limit': {
    'zh-CN': '本次交易 {amount} 元将使订购人超过年度交易限值：本年已用 {used} 元，剩余 {remaining} 元',
    ko: '이번 거래 {amount}위안으로 구매자의 연간 거래 한도를 넘게 됩니다: 올해 사용 {used}위안, 남은 한도 {remaining}위안',
    ja: '今回の取引 {amount} 元で購入者の年間取引限度額を超えます：本年の利用額 {used} 元、残り {remaining} 元',
    ru: 'Покупка на {amount} юаней превысит годовой лимит покупателя: в этом году использовано {used} юаней, осталось {remaining} юаней',
    en: 'This transaction of {amount} yuan would take the buyer over the annual limit: {used} yuan used this year, {remaining} yuan left',
  },
  'clr.annual_limit.cause': {
    'zh-CN': '每位订购人每个自然年度的跨境电商零售进口交易限值为 26000 元，1 月 1 日起重新计算。海关接受的清单按完税价格计入额度；撤销、退单的清单以及在期限内退回的货物不计入。本次交易的完税价格加上已用额度超过了限值，超出限值的交易须按一般贸易办理，因此不予接受。',
    ko: '구매자 1인당 국경 간 전자상거래 소매 수입의 연간 거래 한도는 역년 기준 26,000위안이며 1월 1일부터 새로 계산합니다. 세관이 접수한 통관 목록은 과세가격으로 한도에 들어가고, 취소·반려된 통관 목록과 기한 안에 반품된 물품은 들어가지 않습니다. 이번 거래의 과세가격과 이미 쓴 금액의 합이 한도를 넘으며, 한도를 넘는 거래는 일반 무역으로 처리해야 하므로 접수할 수 없습니다.',
    ja: '購入者 1 人あたりの越境 EC 小売輸入の年間取引限度額は暦年で 26,000 元で、1 月 1 日から改めて計算します。税関が受理した申告リストは課税価格で限度額に算入され、取消・差戻しとなった申告リストと期限内に返品された貨物は算入されません。今回の取引の課税価格と利用済み額の合計が限度額を超えており、限度額を超える取引は一般貿易として扱う必要があるため、受け付けられません。',
    ru: 'Годовой лимит трансграничного розничного импорта — 26 000 юаней на покупателя за календарный год, с 1 января отсчёт начинается заново. Принятые таможней реестры учитываются по таможенной стоимости; аннулированные и отклонённые реестры, а также товары, возвращённые в срок, не учитываются. Таможенная стоимость этой покупки вместе с уже использованной суммой превышает лимит, а сделки сверх лимита оформляются как общая торговля, поэтому реестр не принят.',
    en: 'Each buyer may import up to 26,000 yuan through CBEC retail imports per calendar year, counted afresh from 1 January. Inventories accepted by customs count at their dutiable value; cancelled and rejected inventories and goods returned in time do not. This transaction\'s dutiable value plus what has been used exceeds the limit, and a transaction over the limit must go through general trade, so it is not accepted.',
  },
  'clr.annual_limit.fix': {
    'zh-CN': '订购人可在“掌上海关”APP、国际贸易单一窗口或本平台查询本人已用额度。剩余额度不足的交易不能以跨境电商零售进口方式通关：可减少购买数量使金额不超过剩余额度，或按一般贸易进口；不得改用他人身份下单。',
    ko: '구매자는 "掌上海关(장상해관)" 앱, 국제무역 단일창구 또는 이 플랫폼에서 자신의 사용액을 조회할 수 있습니다. 남은 한도가 부족한 거래는 국경 간 전자상거래 소매 수입으로 통관할 수 없으므로, 구매 수량을 줄여 남은 한도 안으로 맞추거나 일반 무역으로 수입하세요. 다른 사람 명의로 주문해서는 안 됩니다.',
    ja: '購入者は「掌上海関」アプリ、国際貿易シングルウィンドウ、またはこのプラットフォームで自分の利用額を確認できます。残りの限度額が足りない取引は越境 EC 小売輸入では通関できません。購入数量を減らして残額以内に収めるか、一般貿易で輸入してください。他人の名義で注文してはなりません。',
    ru: 'Покупатель может узнать использованную сумму в приложении «掌上海关», в системе «единого окна» или на этой платформе. Если остатка лимита не хватает, покупку нельзя оформить как трансграничный розничный импорт: уменьшите количество так, чтобы сумма уложилась в остаток, или ввозите товар в общем порядке; оформлять заказ на другого человека нельзя.',
    en: 'The buyer can see the amount used in the 掌上海关 app, on the international trade single window or on this platform. A transaction that does not fit in what is left cannot clear as a CBEC retail import: buy less so that it fits, or import through general trade; ordering under someone else\'s identity is not allowed.',
  },

  // ---- three-document matching ----

  'clr.mismatch': {
    'zh-CN': '{document} 的 {field} 为“{value}”，与 {against} 中的“{expected}”不一致',
    ko: '{document}의 {field}는 "{value}"인데 {against}에는 "{expected}"로 되어 있습니다',
    ja: '{document} の {field} は「{value}」ですが、{against} では「{expected}」です',
    ru: 'В {document} поле {field} — «{value}», а в {against} — «{expected}»',
    en: '{field} in {document} is "{value}", but {against} says "{expected}"',
  },
  'clr.mismatch.cause': {
    'zh-CN': '海关对订单（CEB311）、支付单（CEB411）、运单（CEB511）和清单（CEB621）进行三单对碰：订购人身份、电商企业、收货人及地址、支付金额、运费、各商品行的货号、名称、数量、单位和总价等须一致；退货申请（CEB625）也须与原清单一致。各单证由不同企业的系统生成，常见原因是一方修改了订单但其他单证未同步、姓名或地址有多余空格或全半角差异，或金额的小数位数不同。',
    ko: '세관은 주문서(CEB311), 결제서(CEB411), 운송장(CEB511), 통관 목록(CEB621)을 3단 대조합니다. 구매자 신원, 전자상거래 기업, 수취인과 주소, 결제 금액, 운임, 각 상품 행의 상품 번호·품명·수량·단위·총액 등이 일치해야 하고, 반품 신청(CEB625)도 원래 통관 목록과 일치해야 합니다. 서류마다 다른 기업의 시스템이 만들기 때문에, 한쪽에서 주문을 고친 뒤 다른 서류에 반영되지 않은 경우, 이름이나 주소의 공백·전각/반각 차이, 금액의 소수 자릿수 차이가 흔한 원인입니다.',
    ja: '税関は注文書（CEB311）、決済書類（CEB411）、運送状（CEB511）、申告リスト（CEB621）を三単照合します。購入者の身元、EC 企業、受取人と住所、支払額、運賃、各商品行の商品番号・品名・数量・単位・合計金額などが一致していなければならず、返品申請（CEB625）も元の申告リストと一致している必要があります。書類はそれぞれ別の企業のシステムで作られるため、一方で注文を修正して他の書類に反映していない、氏名や住所の空白や全角・半角の違い、金額の小数桁数の違いなどがよくある原因です。',
    ru: 'Таможня сверяет заказ (CEB311), платёжный документ (CEB411), накладную (CEB511) и реестр (CEB621): должны совпадать данные покупателя, предприятие электронной торговли, получатель и адрес, сумма оплаты, доставка, а по строкам — артикул, наименование, количество, единица и итог; заявление о возврате (CEB625) должно совпадать с исходным реестром. Документы формируют системы разных предприятий, поэтому обычно заказ изменили у одного участника, а остальные документы не обновили, в имени или адресе лишние пробелы или символы другой ширины, либо у сумм разное число знаков после запятой.',
    en: 'Customs matches the order (CEB311), the payment (CEB411), the waybill (CEB511) and the inventory (CEB621): the buyer, the e-commerce enterprise, the consignee and address, the amount paid, the freight and, line by line, the item number, name, quantity, unit and total must agree; a return request (CEB625) must agree with the original inventory. The documents come from different enterprises\' systems, so typically one party changed the order and the others did not follow, a name or address differs in spaces or full-width characters, or amounts have different decimals.',
  },
  'clr.mismatch.fix': {
    'zh-CN': '以订单（或原清单）为准，由出错的一方以变更申报（appType=2）更正该字段，使各单证逐字一致。',
    ko: '주문서(또는 원래 통관 목록)를 기준으로, 틀린 쪽이 변경 신고(appType=2)로 그 항목을 고쳐 모든 서류가 글자 하나까지 같게 하세요.',
    ja: '注文書（または元の申告リスト）を基準に、誤っている側が変更申告（appType=2）でその項目を訂正し、すべての書類を一字一句一致させてください。',
    ru: 'Ориентируйтесь на заказ (или исходный реестр): сторона, допустившая расхождение, исправляет поле изменением (appType=2), чтобы документы совпадали знак в знак.',
    en: 'Take the order (or the original inventory) as the reference and have the party in error correct the field with a change (appType=2), so that the documents agree character for character.',
  },

  'clr.line_missing': {
    'zh-CN': '第 {gnum} 项商品在 {document} 中没有对应的商品行',
    ko: '{gnum}번 상품 행에 대응하는 행이 {document}에 없습니다',
    ja: '第 {gnum} 項の商品に対応する行が {document} にありません',
    ru: 'Для строки {gnum} нет соответствующей строки в {document}',
    en: 'Line {gnum} has no counterpart in {document}',
  },
  'clr.line_missing.cause': {
    'zh-CN': '清单与订单的商品行按商品序号（gnum）一一对应，不能多也不能少。常见原因是一份单证中删除或合并了商品行，或两份单证的编号方式不同。',
    ko: '통관 목록과 주문서의 상품 행은 상품 순번(gnum)으로 1:1 대응해야 하며, 많아도 적어도 안 됩니다. 한 서류에서 상품 행을 지우거나 합친 경우, 두 서류의 번호 매기는 방식이 다른 경우가 흔합니다.',
    ja: '申告リストと注文書の商品行は項番（gnum）で 1 対 1 に対応し、多くても少なくてもいけません。一方の書類で商品行を削除または統合した、2 つの書類で番号の付け方が違う、などがよくある原因です。',
    ru: 'Строки реестра и заказа сопоставляются по номеру (gnum) один к одному — лишних и недостающих быть не должно. Обычно в одном из документов строки удалили или объединили либо документы пронумерованы по-разному.',
    en: 'Inventory and order lines correspond one to one by line number (gnum), none more and none fewer. Typically a line was removed or merged in one document, or the two documents are numbered differently.',
  },
  'clr.line_missing.fix': {
    'zh-CN': '使清单和订单包含相同的商品行，并使用相同的序号；以变更申报（appType=2）更正有误的单证。',
    ko: '통관 목록과 주문서에 같은 상품 행이 같은 순번으로 들어가게 하고, 틀린 서류는 변경 신고(appType=2)로 고치세요.',
    ja: '申告リストと注文書に同じ商品行を同じ項番で含め、誤っている書類は変更申告（appType=2）で訂正してください。',
    ru: 'Сделайте так, чтобы в реестре и заказе были одни и те же строки с одинаковыми номерами; ошибочный документ исправьте изменением (appType=2).',
    en: 'Give the inventory and the order the same lines with the same numbers, correcting the wrong document with a change (appType=2).',
  },

  'clr.partners_missing': {
    'zh-CN': '{hours} 小时内未收齐配套单证：缺少 {missing}',
    ko: '{hours}시간 안에 관련 서류가 모두 도착하지 않았습니다: 누락 {missing}',
    ja: '{hours} 時間以内に関連書類がそろいませんでした：不足 {missing}',
    ru: 'За {hours} ч не поступили все связанные документы: нет {missing}',
    en: 'The related documents did not all arrive within {hours} hours: missing {missing}',
  },
  'clr.partners_missing.cause': {
    'zh-CN': '三单对碰需要同一订单的订单、支付单、运单和正式申报的清单全部到达。自第一份单证到达起超过时限仍未收齐的，已到达的单证一并退单。缺少项的含义：order 订单，payment 支付单，waybill 运单，inventory 清单，inventory_declaration 清单只暂存（appStatus=1）而未正式申报。',
    ko: '3단 대조에는 같은 주문의 주문서, 결제서, 운송장, 정식 신고된 통관 목록이 모두 있어야 합니다. 첫 서류가 도착한 뒤 기한이 지나도록 다 모이지 않으면 도착한 서류도 함께 반려됩니다. 누락 항목의 뜻: order 주문서, payment 결제서, waybill 운송장, inventory 통관 목록, inventory_declaration 통관 목록이 임시 저장(appStatus=1)만 되고 정식 신고되지 않음.',
    ja: '三単照合には、同じ注文の注文書、決済書類、運送状、正式に申告された申告リストがすべて必要です。最初の書類の到着から期限を過ぎてもそろわない場合、到着済みの書類もまとめて差戻しになります。不足項目の意味：order 注文書、payment 決済書類、waybill 運送状、inventory 申告リスト、inventory_declaration 申告リストが一時保存（appStatus=1）のみで正式申告されていない。',
    ru: 'Для сверки трёх документов по одному заказу нужны заказ, платёжный документ, накладная и официально поданный реестр. Если с поступления первого из них срок истёк, а комплекта нет, все поступившие документы отклоняются. Обозначения: order — заказ, payment — платёжный документ, waybill — накладная, inventory — реестр, inventory_declaration — реестр сохранён как черновик (appStatus=1), но не подан.',
    en: 'Three-document matching needs the order, the payment, the waybill and the formally declared inventory of the same order. When they are not all in by the deadline counted from the first arrival, the documents that did arrive are rejected together. The missing items: order, payment, waybill, inventory, and inventory_declaration meaning the inventory was only staged (appStatus=1), never declared.',
  },
  'clr.partners_missing.fix': {
    'zh-CN': '与相关企业核实缺少的单证为何未发送或被退单，然后重新发送全部单证（订单编号、电商平台代码、运单号须一致）；清单须以 appStatus=2 正式申报。',
    ko: '관련 기업과 함께 누락된 서류가 왜 보내지지 않았거나 반려되었는지 확인한 뒤, 모든 서류를 다시 보내세요(주문 번호, 전자상거래 플랫폼 코드, 운송장 번호가 같아야 함). 통관 목록은 appStatus=2로 정식 신고해야 합니다.',
    ja: '関係企業とともに、不足書類が送信されなかった、または差し戻された理由を確認し、すべての書類を再送してください（注文番号、EC プラットフォームコード、運送状番号を一致させる）。申告リストは appStatus=2 で正式に申告します。',
    ru: 'Выясните с участниками, почему недостающие документы не отправлены или отклонены, и отправьте заново весь комплект (с одинаковыми номером заказа, кодом площадки и номером накладной); реестр подавайте с appStatus=2.',
    en: 'Find out with the parties concerned why the missing documents were not sent or were rejected, then send the whole set again (with the same order number, platform code and waybill number); declare the inventory with appStatus=2.',
  },

  // ---- tax and guarantee ----

  'clr.tax_not_computable': {
    'zh-CN': '无法计算本清单的税款：{detail}',
    ko: '이 통관 목록의 세액을 계산할 수 없습니다: {detail}',
    ja: 'この申告リストの税額を計算できません：{detail}',
    ru: 'Невозможно рассчитать налоги по реестру: {detail}',
    en: 'The tax of this inventory cannot be computed: {detail}',
  },
  'clr.tax_not_computable.cause': {
    'zh-CN': '税款按各商品行的完税价格和税则中的关税、增值税、消费税税率计算。计算所需的数据不完整或相互矛盾：如从量计征消费税的商品（啤酒、黄酒、白酒等）缺少法定数量 qty1 或计量单位 unit1 与税则不符，或金额为负数。',
    ko: '세액은 상품 행별 과세가격과 관세율표의 관세·증치세·소비세 세율로 계산합니다. 계산에 필요한 자료가 빠졌거나 서로 모순됩니다. 예를 들어 종량 소비세 상품(맥주, 황주, 백주 등)에 법정 수량 qty1이 없거나 법정 단위 unit1이 관세율표와 다르거나, 금액이 음수인 경우입니다.',
    ja: '税額は商品行ごとの課税価格と、関税率表の関税・増値税・消費税の税率で計算します。計算に必要なデータが欠けているか矛盾しています。たとえば従量課税の消費税がかかる商品（ビール、黄酒、白酒など）に法定数量 qty1 がない、法定単位 unit1 が関税率表と異なる、金額が負である、などです。',
    ru: 'Налоги считаются по таможенной стоимости каждой строки и ставкам пошлины, НДС и акциза из тарифа. Нужных данных не хватает или они противоречат друг другу: например, у товара со специфическим акцизом (пиво, хуанцзю, байцзю и т. п.) нет количества qty1 в основной единице или единица unit1 не совпадает с тарифной, либо сумма отрицательна.',
    en: 'Tax is computed from each line\'s dutiable value and the tariff, VAT and consumption-tax rates of the tariff. The data needed are missing or contradictory: for instance goods with a specific consumption tax (beer, huangjiu, baijiu and the like) without the legal quantity qty1, a unit1 other than the tariff\'s legal unit, or a negative amount.',
  },
  'clr.tax_not_computable.fix': {
    'zh-CN': '按提示补正商品行的法定数量、法定计量单位和金额后重新申报；如提示指向税则数据本身，请联系平台运维人员。',
    ko: '안내에 따라 상품 행의 법정 수량, 법정 단위, 금액을 바로잡은 뒤 다시 신고하세요. 안내가 관세율표 자료 자체를 가리키면 플랫폼 운영자에게 문의하세요.',
    ja: '表示に従って商品行の法定数量、法定単位、金額を補正し、再申告してください。表示が関税率表のデータ自体を指している場合は、プラットフォームの運用担当者に連絡してください。',
    ru: 'Исправьте по подсказке количество и единицу в основной единице и суммы строк и подайте снова; если подсказка указывает на данные самого тарифа, обратитесь к администраторам платформы.',
    en: 'Correct the lines\' legal quantity, legal unit and amounts as the detail says and declare again; if the detail points at the tariff data itself, contact the platform operator.',
  },

  'clr.guarantee_none': {
    'zh-CN': '担保企业 {code} 没有税款担保，无法担保本清单的税款 {tax} 元',
    ko: '보증 기업 {code}에는 세금 보증이 없어 이 통관 목록의 세액 {tax}위안을 보증할 수 없습니다',
    ja: '保証企業 {code} には税額保証がなく、この申告リストの税額 {tax} 元を保証できません',
    ru: 'У гаранта {code} нет гарантии уплаты налогов, налоги по реестру ({tax} юаней) не обеспечены',
    en: 'The guarantor {code} has no tax guarantee to cover this inventory\'s tax of {tax} yuan',
  },
  'clr.guarantee_none.cause': {
    'zh-CN': '跨境电商零售进口的税款在海关审结时由担保企业（assureCode）的税款担保先行担保，之后按期汇总缴纳。清单填写的担保企业在平台上没有登记税款担保（保证金或保函）。',
    ko: '국경 간 전자상거래 소매 수입의 세액은 세관 심사 완료 시 보증 기업(assureCode)의 세금 보증으로 먼저 담보하고, 나중에 정기적으로 합산 납부합니다. 통관 목록에 적힌 보증 기업은 플랫폼에 세금 보증(보증금 또는 보증서)을 등록하지 않았습니다.',
    ja: '越境 EC 小売輸入の税額は、税関の審査終了時に保証企業（assureCode）の税額保証でいったん担保し、後で定期的にまとめて納付します。申告リストに記載された保証企業は、プラットフォームに税額保証（保証金または保証状）を登録していません。',
    ru: 'Налоги при трансграничном розничном импорте на момент завершения рассмотрения обеспечиваются гарантией гаранта (assureCode) и затем уплачиваются сводно за период. У гаранта, указанного в реестре, на платформе нет зарегистрированной гарантии (депозита или банковской гарантии).',
    en: 'The tax on CBEC retail imports is secured, when customs concludes the inventory, against the tax guarantee of the guarantor (assureCode) and paid later in periodic totals. The guarantor named on the inventory has no tax guarantee (deposit or bank guarantee) registered on the platform.',
  },
  'clr.guarantee_none.fix': {
    'zh-CN': '由担保企业向海关办理税款担保并在平台登记，或在清单中改填已有有效担保的担保企业，然后重新申报。',
    ko: '보증 기업이 세관에 세금 보증을 제공하고 플랫폼에 등록하게 하거나, 통관 목록에 유효한 보증이 있는 다른 보증 기업을 적은 뒤 다시 신고하세요.',
    ja: '保証企業に税関への税額保証の提供とプラットフォームへの登録をしてもらうか、申告リストに有効な保証のある保証企業を記入して、再申告してください。',
    ru: 'Пусть гарант предоставит таможне гарантию и зарегистрирует её на платформе, либо укажите в реестре гаранта с действующей гарантией, и подайте снова.',
    en: 'Have the guarantor lodge a tax guarantee with customs and register it on the platform, or name a guarantor with a guarantee in effect, then declare again.',
  },

  'clr.guarantee_exhausted': {
    'zh-CN': '担保企业 {code} 的税款担保可用余额 {available} 元，不足以担保税款 {tax} 元',
    ko: '보증 기업 {code}의 세금 보증 가용 잔액 {available}위안으로는 세액 {tax}위안을 보증할 수 없습니다',
    ja: '保証企業 {code} の税額保証の利用可能残高 {available} 元では、税額 {tax} 元を保証できません',
    ru: 'Свободный остаток гарантии гаранта {code} — {available} юаней, этого мало для налогов в {tax} юаней',
    en: 'The tax guarantee of {code} has {available} yuan available, not enough for {tax} yuan of tax',
  },
  'clr.guarantee_exhausted.cause': {
    'zh-CN': '已审结但尚未汇总缴纳的清单税款占用担保额度，占用额加上本次税款超过了担保总额。担保额度在税款缴纳、清单撤销或按期退货后释放。',
    ko: '심사가 끝났지만 아직 합산 납부하지 않은 통관 목록의 세액이 보증 한도를 차지하고 있으며, 그 금액에 이번 세액을 더하면 보증 총액을 넘습니다. 보증 한도는 세금 납부, 통관 목록 취소, 기한 내 반품 시 풀립니다.',
    ja: '審査が終了してまだまとめて納付されていない申告リストの税額が保証枠を使っており、それに今回の税額を加えると保証総額を超えます。保証枠は税の納付、申告リストの取消、期限内の返品で解放されます。',
    ru: 'Налоги по рассмотренным, но ещё не уплаченным сводно реестрам занимают сумму гарантии, и вместе с налогами этого реестра превышают её. Сумма освобождается после уплаты налогов, аннулирования реестров или возврата товаров в срок.',
    en: 'The tax of inventories concluded but not yet paid in a periodic total is held against the guarantee, and with this tax added the total exceeds the guarantee. Amounts are freed when the tax is paid, an inventory is cancelled or goods are returned in time.',
  },
  'clr.guarantee_exhausted.fix': {
    'zh-CN': '由担保企业缴纳已汇总的税款或提高担保金额，然后重新申报；也可改填其他有足够余额的担保企业。',
    ko: '보증 기업이 합산된 세금을 납부하거나 보증 금액을 늘린 뒤 다시 신고하세요. 잔액이 충분한 다른 보증 기업을 적을 수도 있습니다.',
    ja: '保証企業にまとめられた税額を納付してもらうか保証額を増やしてもらい、再申告してください。残高が十分な別の保証企業を記入することもできます。',
    ru: 'Пусть гарант уплатит сводные налоги или увеличит сумму гарантии, после чего подайте снова; можно также указать другого гаранта с достаточным остатком.',
    en: 'Have the guarantor pay the summarised tax or raise the guarantee, then declare again; or name another guarantor with enough left.',
  },

  'clr.guarantee_expired': {
    'zh-CN': '担保企业 {code} 的税款担保已过有效期（余额 {available} 元），不能担保税款 {tax} 元',
    ko: '보증 기업 {code}의 세금 보증은 유효 기간이 지나(잔액 {available}위안) 세액 {tax}위안을 보증할 수 없습니다',
    ja: '保証企業 {code} の税額保証は有効期限切れのため（残高 {available} 元）、税額 {tax} 元を保証できません',
    ru: 'Срок гарантии гаранта {code} истёк (остаток {available} юаней), налоги в {tax} юаней ею не обеспечить',
    en: 'The tax guarantee of {code} has expired ({available} yuan left) and cannot cover {tax} yuan of tax',
  },
  'clr.guarantee_expired.cause': {
    'zh-CN': '税款担保（保函或保证金）有有效期，过期后不能再用于担保新的清单税款，即使仍有余额。',
    ko: '세금 보증(보증서나 보증금)에는 유효 기간이 있어, 기간이 지나면 잔액이 남아 있어도 새 통관 목록의 세액을 보증할 수 없습니다.',
    ja: '税額保証（保証状または保証金）には有効期限があり、期限を過ぎると残高があっても新しい申告リストの税額を保証できません。',
    ru: 'Гарантия (банковская гарантия или депозит) имеет срок действия; после него она не обеспечивает налоги по новым реестрам, даже если остаток есть.',
    en: 'A tax guarantee (bank guarantee or deposit) has a validity period; once it has passed, it no longer covers the tax of new inventories, whatever is left on it.',
  },
  'clr.guarantee_expired.fix': {
    'zh-CN': '由担保企业向海关办理担保续期或提交新的担保并在平台登记，然后重新申报。',
    ko: '보증 기업이 세관에서 보증 기간을 연장하거나 새 보증을 제출하고 플랫폼에 등록한 뒤 다시 신고하세요.',
    ja: '保証企業に税関で保証の延長または新しい保証の提出をしてもらい、プラットフォームに登録してから再申告してください。',
    ru: 'Пусть гарант продлит гарантию или предоставит новую и зарегистрирует её на платформе, после чего подайте снова.',
    en: 'Have the guarantor renew the guarantee or lodge a new one with customs and register it on the platform, then declare again.',
  },

  'clr.guarantor_role': {
    'zh-CN': '企业 {code} 不能持有税款担保：须为备案已生效的担保企业、电商平台、电商企业或物流企业',
    ko: '기업 {code}는 세금 보증을 보유할 수 없습니다: 등록이 유효한 보증 기업, 전자상거래 플랫폼, 전자상거래 기업 또는 물류 기업이어야 합니다',
    ja: '企業 {code} は税額保証を保有できません。届出が有効な保証企業、EC プラットフォーム、EC 企業または物流企業である必要があります',
    ru: 'Предприятие {code} не может быть держателем гарантии: нужен гарант, площадка, предприятие электронной торговли или логистическое предприятие с действующей регистрацией',
    en: 'The enterprise {code} cannot hold a tax guarantee: it must be a guarantor, e-commerce platform, e-commerce enterprise or logistics enterprise with a filing in effect',
  },
  'clr.guarantor_role.cause': {
    'zh-CN': '清单的税款担保只能由已备案生效的担保企业、电商平台、电商企业或物流企业提供。该企业未在平台注册、备案未生效，或备案中没有上述任何角色。',
    ko: '통관 목록의 세금 보증은 등록이 유효한 보증 기업, 전자상거래 플랫폼, 전자상거래 기업, 물류 기업만 제공할 수 있습니다. 이 기업은 플랫폼에 가입하지 않았거나, 등록이 유효하지 않거나, 등록에 위 역할이 하나도 없습니다.',
    ja: '申告リストの税額保証を提供できるのは、届出が有効な保証企業、EC プラットフォーム、EC 企業、物流企業だけです。この企業はプラットフォームに登録されていないか、届出が有効でないか、届出に上記の役割がありません。',
    ru: 'Гарантию по налогам реестров может предоставить только гарант, площадка, предприятие электронной торговли или логистическое предприятие с действующей регистрацией. Это предприятие не зарегистрировано на платформе, его регистрация не действует или в ней нет ни одной из этих ролей.',
    en: 'Only a guarantor, e-commerce platform, e-commerce enterprise or logistics enterprise with a filing in effect can provide the tax guarantee for inventories. This enterprise is not registered on the platform, its filing is not in effect, or the filing has none of those roles.',
  },
  'clr.guarantor_role.fix': {
    'zh-CN': '核对企业代码；如该企业确应提供担保，先使其企业备案生效并包含相应角色，再登记担保。',
    ko: '기업 코드를 확인하세요. 이 기업이 실제로 보증을 제공한다면 먼저 기업 등록을 유효하게 하고 해당 역할을 넣은 뒤 보증을 등록하세요.',
    ja: '企業コードを確認してください。その企業が実際に保証を提供するのであれば、まず企業の届出を有効にして該当する役割を含めてから、保証を登録してください。',
    ru: 'Проверьте код; если гарантию действительно предоставляет это предприятие, сначала добейтесь действия его регистрации с нужной ролью, затем регистрируйте гарантию.',
    en: 'Check the code; if this enterprise is really to provide the guarantee, first get its filing into effect with one of those roles, then register the guarantee.',
  },

  // ---- customs decisions ----

  'clr.review_rejected': {
    'zh-CN': '海关人工审核不予通过：{reason}',
    ko: '세관 수동 심사에서 반려되었습니다: {reason}',
    ja: '税関の審査官による審査で差し戻されました：{reason}',
    ru: 'Отклонено таможней по результатам ручной проверки: {reason}',
    en: 'Rejected by the customs officer at manual review: {reason}',
  },
  'clr.review_rejected.cause': {
    'zh-CN': '清单触发了风险规则，转人工审核，海关关员审核后决定退单。具体理由见审核意见。',
    ko: '통관 목록이 위험 규칙에 걸려 수동 심사로 넘어갔고, 세관 담당관이 심사 후 반려하기로 결정했습니다. 구체적인 사유는 심사 의견을 보세요.',
    ja: '申告リストがリスク規則に該当して審査官による審査に回され、税関職員が審査のうえ差し戻しを決定しました。具体的な理由は審査意見を参照してください。',
    ru: 'Реестр попал под правило управления рисками и был направлен на ручную проверку; инспектор таможни решил его отклонить. Конкретная причина указана в заключении.',
    en: 'The inventory triggered a risk rule and went to manual review, where a customs officer decided to reject it. The officer\'s reason is given in the message.',
  },
  'clr.review_rejected.fix': {
    'zh-CN': '按审核意见更正单证或补充说明后重新申报；对审核结论有异议的，可向主管海关咨询。',
    ko: '심사 의견에 따라 서류를 고치거나 설명을 보완한 뒤 다시 신고하세요. 심사 결론에 이의가 있으면 관할 세관에 문의하세요.',
    ja: '審査意見に従って書類を訂正するか説明を補足して再申告してください。審査結果に異議がある場合は管轄税関に問い合わせてください。',
    ru: 'Исправьте документы или дополните пояснения по заключению и подайте снова; если вы не согласны с решением, обратитесь в компетентную таможню.',
    en: 'Correct the documents or add the explanations the officer asks for and declare again; if you disagree with the decision, contact the supervising customs office.',
  },

  'clr.seized': {
    'zh-CN': '货物经查验被扣留：{note}',
    ko: '검사 결과 물품이 유치되었습니다: {note}',
    ja: '検査の結果、貨物は留置されました：{note}',
    ru: 'По результатам досмотра товар задержан: {note}',
    en: 'The goods were detained at inspection: {note}',
  },
  'clr.seized.cause': {
    'zh-CN': '查验发现货物与申报不符，或涉嫌违反禁限规定，海关予以扣留并移交处理。货物不予放行，已占用的年度额度、担保额度和电子税单随之撤回。',
    ko: '검사에서 물품이 신고 내용과 다르거나 금지·제한 규정 위반이 의심되어 세관이 유치하고 관련 부서로 넘겼습니다. 물품은 반출 허가되지 않으며, 사용된 연간 한도와 보증 한도, 전자 납세고지서는 취소됩니다.',
    ja: '検査で貨物が申告内容と異なる、または禁止・制限規定違反の疑いがあることが判明し、税関が留置して関係部門に移送しました。貨物は許可されず、使用済みの年間限度額、保証枠、電子納税告知書は取り消されます。',
    ru: 'При досмотре товар не соответствовал заявленному или возникло подозрение в нарушении запретов и ограничений; таможня задержала его и передала дело дальше. Выпуска не будет, использованный годовой лимит, сумма гарантии и электронное налоговое уведомление аннулируются.',
    en: 'Inspection found the goods differ from the declaration or may break a prohibition or restriction; customs detained them and passed the case on. The goods are not released, and the annual quota, the guarantee amount and the electronic tax bill they used are given back.',
  },
  'clr.seized.fix': {
    'zh-CN': '按查验意见与主管海关联系，配合后续处理；本清单不能再修改或重新申报。',
    ko: '검사 의견에 따라 관할 세관에 연락해 후속 처리에 협조하세요. 이 통관 목록은 더 이상 수정하거나 다시 신고할 수 없습니다.',
    ja: '検査意見に従って管轄税関に連絡し、その後の処理に協力してください。この申告リストはもう変更も再申告もできません。',
    ru: 'Свяжитесь с компетентной таможней по заключению досмотра и содействуйте дальнейшему разбирательству; этот реестр больше нельзя изменить или подать заново.',
    en: 'Contact the supervising customs office about the inspection findings and cooperate with what follows; this inventory can no longer be changed or declared again.',
  },

  'clr.shipped_back': {
    'zh-CN': '货物经查验须退运出境：{note}',
    ko: '검사 결과 물품을 국외로 반송해야 합니다: {note}',
    ja: '検査の結果、貨物は積戻しとなりました：{note}',
    ru: 'По результатам досмотра товар подлежит обратному вывозу: {note}',
    en: 'The goods must be shipped back abroad after inspection: {note}',
  },
  'clr.shipped_back.cause': {
    'zh-CN': '查验认定货物不能进境（如不符合正面清单监管要求或检疫要求），但不需扣留，因此责令退运。货物不予放行，已占用的年度额度、担保额度和电子税单随之撤回。',
    ko: '검사에서 물품이 입국할 수 없다고 판단했으나(포지티브 리스트 감독 요건이나 검역 요건 불충족 등) 유치할 사안은 아니어서 반송을 명했습니다. 물품은 반출 허가되지 않으며, 사용된 연간 한도와 보증 한도, 전자 납세고지서는 취소됩니다.',
    ja: '検査で貨物は輸入できない（ポジティブリストの監督要件や検疫要件を満たさない など）と判断されましたが、留置には当たらないため積戻しが命じられました。貨物は許可されず、使用済みの年間限度額、保証枠、電子納税告知書は取り消されます。',
    ru: 'Досмотр показал, что товар не может быть ввезён (например, не выполнены условия положительного перечня или карантинные требования), но задерживать его не требуется, поэтому предписан обратный вывоз. Выпуска не будет, использованный годовой лимит, сумма гарантии и электронное налоговое уведомление аннулируются.',
    en: 'Inspection found the goods may not enter (for example, the positive list\'s conditions or quarantine rules are not met) but need not be detained, so they are to be shipped back. The goods are not released, and the annual quota, the guarantee amount and the electronic tax bill they used are given back.',
  },
  'clr.shipped_back.fix': {
    'zh-CN': '由物流企业按海关要求办理退运，并告知订购人；本清单不能再修改或重新申报。',
    ko: '물류 기업이 세관의 요구에 따라 반송 절차를 밟고 구매자에게 알리세요. 이 통관 목록은 더 이상 수정하거나 다시 신고할 수 없습니다.',
    ja: '物流企業が税関の指示に従って積戻しの手続を行い、購入者に知らせてください。この申告リストはもう変更も再申告もできません。',
    ru: 'Логистическое предприятие оформляет обратный вывоз по требованию таможни и сообщает покупателю; этот реестр больше нельзя изменить или подать заново.',
    en: 'The logistics enterprise ships the goods back as customs directs and tells the buyer; this inventory can no longer be changed or declared again.',
  },

  'clr.state_conflict': {
    'zh-CN': '申报当前状态为 {state}，不能执行此操作',
    ko: '신고의 현재 상태가 {state}이므로 이 작업을 할 수 없습니다',
    ja: '申告の現在の状態が {state} のため、この操作はできません',
    ru: 'Декларация в состоянии {state}, эта операция невозможна',
    en: 'This action is not possible while the declaration is in state {state}',
  },
  'clr.state_conflict.cause': {
    'zh-CN': '每项操作只适用于特定环节：人工审核结论只能针对人工审核中的申报，查验结果只能针对查验中的申报。该申报已处于其他状态，多因他人已先行处理或页面数据已过期。',
    ko: '작업마다 할 수 있는 단계가 정해져 있습니다. 수동 심사 결정은 수동 심사 중인 신고에만, 검사 결과는 검사 중인 신고에만 할 수 있습니다. 이 신고는 이미 다른 상태이며, 대개 다른 사람이 먼저 처리했거나 화면의 정보가 오래된 경우입니다.',
    ja: '操作ごとに行える段階が決まっています。審査官による審査の結論は審査中の申告に、検査結果は検査中の申告にしか入力できません。この申告はすでに別の状態にあり、多くは他の人が先に処理したか、画面の情報が古くなっています。',
    ru: 'Каждая операция допустима только на своём этапе: решение по ручной проверке — для декларации на ручной проверке, результат досмотра — для декларации на досмотре. Декларация уже в другом состоянии: обычно её успел обработать кто-то другой или данные на странице устарели.',
    en: 'Each action belongs to one stage: a review decision applies to a declaration under manual review, an inspection result to one under inspection. The declaration is already in another state, usually because someone else dealt with it first or the page was out of date.',
  },
  'clr.state_conflict.fix': {
    'zh-CN': '刷新申报的当前状态，按该状态允许的操作处理。',
    ko: '신고의 현재 상태를 새로 고쳐 확인하고, 그 상태에서 허용되는 작업을 하세요.',
    ja: '申告の現在の状態を再読み込みし、その状態で許される操作を行ってください。',
    ru: 'Обновите состояние декларации и выполните операцию, допустимую в этом состоянии.',
    en: 'Reload the declaration\'s current state and take an action that state allows.',
  },

  // ---- cancellation and returns ----

  'clr.inventory_not_found': {
    'zh-CN': '找不到编号为 {invtNo} 的已接受清单',
    ko: '번호 {invtNo}인 접수된 통관 목록을 찾을 수 없습니다',
    ja: '番号 {invtNo} の受理済み申告リストが見つかりません',
    ru: 'Принятый реестр с номером {invtNo} не найден',
    en: 'No accepted inventory numbered {invtNo} was found',
  },
  'clr.inventory_not_found.cause': {
    'zh-CN': '撤销申请和退货申请按电商平台代码和订单编号找到原清单，并核对清单编号。常见原因是清单编号抄错（应为海关回执中 18 位的 invtNo，而不是预录入编号 preNo 或企业内部编号 copNo）、电商平台代码或订单编号与原清单不一致，或原清单尚未被海关接受、还没有清单编号。',
    ko: '취소 신청과 반품 신청은 전자상거래 플랫폼 코드와 주문 번호로 원래 통관 목록을 찾고 통관 목록 번호를 대조합니다. 통관 목록 번호를 잘못 옮겨 적은 경우(세관 회신의 18자리 invtNo를 써야 하며 사전 입력 번호 preNo나 기업 내부 번호 copNo가 아님), 플랫폼 코드나 주문 번호가 원래 통관 목록과 다른 경우, 원래 통관 목록이 아직 세관에 접수되지 않아 번호가 없는 경우가 흔합니다.',
    ja: '取消申請と返品申請は、EC プラットフォームコードと注文番号で元の申告リストを探し、申告リスト番号を照合します。申告リスト番号の転記ミス（税関応答にある 18 桁の invtNo を使い、事前入力番号 preNo や社内番号 copNo ではない）、プラットフォームコードや注文番号が元の申告リストと異なる、元の申告リストがまだ税関に受理されておらず番号がない、などがよくある原因です。',
    ru: 'Заявления об аннулировании и о возврате находят исходный реестр по коду площадки и номеру заказа и сверяют номер реестра. Обычные причины: номер реестра переписан с ошибкой (нужен 18-значный invtNo из квитанции таможни, а не номер предварительного ввода preNo и не внутренний номер copNo), код площадки или номер заказа не совпадают с исходным реестром, либо исходный реестр ещё не принят таможней и номера не имеет.',
    en: 'Cancellation and return requests find the original inventory by platform code and order number and check its inventory number. Typical reasons are a miscopied number (use the 18-character invtNo from the customs receipt, not the pre-entry number preNo or the internal number copNo), a platform code or order number that differs from the original inventory, or an original inventory that customs has not accepted yet and so has no number.',
  },
  'clr.inventory_not_found.fix': {
    'zh-CN': '从原清单的海关回执中复制 invtNo，并使电商平台代码和订单编号与原清单一致；原清单尚在等待配套单证的，无需撤销，可直接删除或等待其超时退单。',
    ko: '원래 통관 목록의 세관 회신에서 invtNo를 복사하고, 플랫폼 코드와 주문 번호를 원래 통관 목록과 같게 하세요. 원래 통관 목록이 아직 관련 서류를 기다리는 중이라면 취소할 필요 없이 삭제하거나 기한 초과로 반려되기를 기다리면 됩니다.',
    ja: '元の申告リストの税関応答から invtNo をコピーし、プラットフォームコードと注文番号を元の申告リストに合わせてください。元の申告リストがまだ関連書類待ちであれば取消は不要で、削除するか期限切れによる差戻しを待てば足ります。',
    ru: 'Скопируйте invtNo из квитанции таможни по исходному реестру и укажите те же код площадки и номер заказа; если исходный реестр ещё ждёт связанных документов, аннулировать его не нужно — удалите его или дождитесь отклонения по истечении срока.',
    en: 'Copy invtNo from the customs receipt of the original inventory and give the same platform code and order number; an inventory still waiting for its related documents needs no cancellation — delete it, or let it lapse at the deadline.',
  },

  'clr.cancel_state': {
    'zh-CN': '清单 {invtNo} 当前状态为 {state}，不能撤销：撤销只能在放行前申请',
    ko: '통관 목록 {invtNo}의 현재 상태가 {state}이므로 취소할 수 없습니다: 취소는 반출 허가 전에만 신청할 수 있습니다',
    ja: '申告リスト {invtNo} の現在の状態が {state} のため取り消せません。取消は許可（放行）前に限り申請できます',
    ru: 'Реестр {invtNo} в состоянии {state} аннулировать нельзя: аннулирование возможно только до выпуска',
    en: 'The inventory {invtNo} is in state {state} and cannot be cancelled: cancellation is possible only before release',
  },
  'clr.cancel_state.cause': {
    'zh-CN': '清单在海关接受之后、放行之前（入库、人工审核、审结、查验）可以申请撤销。已放行或已结关的货物已经交付，不能撤销，只能对退回的货物申请退货；已退单、已撤销、被扣留或退运的清单也不能撤销。',
    ko: '통관 목록은 세관 접수 후 반출 허가 전(접수, 수동 심사, 심사 완료, 검사 단계)에 취소를 신청할 수 있습니다. 반출 허가 또는 통관 종결된 물품은 이미 인도되었으므로 취소할 수 없고, 돌려받은 물품에 대해 반품을 신청할 수 있을 뿐입니다. 반려·취소·유치·반송된 통관 목록도 취소할 수 없습니다.',
    ja: '申告リストは税関の受理後、許可（放行）前（受理、審査官による審査、審査終了、検査の各段階）であれば取消を申請できます。許可済みまたは通関完了の貨物はすでに引き渡されているため取り消せず、戻ってきた貨物について返品を申請するしかありません。差戻し・取消済み・留置・積戻しの申告リストも取り消せません。',
    ru: 'Аннулировать реестр можно после его принятия таможней и до выпуска (на этапах принятия, ручной проверки, завершения рассмотрения, досмотра). Выпущенный или оформленный товар уже доставлен: аннулирование невозможно, можно лишь оформить возврат вернувшегося товара. Отклонённые, аннулированные, задержанные реестры и реестры с обратным вывозом тоже не аннулируются.',
    en: 'An inventory can be cancelled after customs has accepted it and before release (while accepted, under manual review, concluded or under inspection). Released or cleared goods have been delivered: they cannot be cancelled, only returned; rejected, cancelled, detained and shipped-back inventories cannot be cancelled either.',
  },
  'clr.cancel_state.fix': {
    'zh-CN': '货物已放行的，请在放行之日起 30 日内提交退货申请（CEB625）；清单已退单或已撤销的，无需再撤销。',
    ko: '물품이 이미 반출 허가되었다면 반출 허가일로부터 30일 안에 반품 신청(CEB625)을 보내세요. 통관 목록이 이미 반려되었거나 취소되었다면 다시 취소할 필요가 없습니다.',
    ja: '貨物が許可済みの場合は、許可の日から 30 日以内に返品申請（CEB625）を送信してください。申告リストがすでに差戻しまたは取消済みなら、改めて取り消す必要はありません。',
    ru: 'Если товар уже выпущен, подайте заявление о возврате (CEB625) в течение 30 дней с даты выпуска; отклонённый или аннулированный реестр аннулировать повторно не нужно.',
    en: 'For released goods, send a return request (CEB625) within 30 days of release; a rejected or cancelled inventory needs no cancellation.',
  },

  'clr.return_line_unknown': {
    'zh-CN': '原清单中没有第 {gnum} 项商品',
    ko: '원래 통관 목록에 {gnum}번 상품 행이 없습니다',
    ja: '元の申告リストに第 {gnum} 項の商品はありません',
    ru: 'В исходном реестре нет строки {gnum}',
    en: 'The original inventory has no line {gnum}',
  },
  'clr.return_line_unknown.cause': {
    'zh-CN': '退货申请的每个商品行须以原清单（CEB621）中的商品序号 gnum 标明退回的是哪一项商品。该序号在原清单中不存在，多因退货申请重新从 1 编号，而不是沿用原清单的序号。',
    ko: '반품 신청의 각 상품 행은 원래 통관 목록(CEB621)의 상품 순번 gnum으로 어떤 상품을 돌려보내는지 밝혀야 합니다. 이 순번은 원래 통관 목록에 없으며, 대개 반품 신청에서 원래 순번을 쓰지 않고 1부터 새로 번호를 매긴 경우입니다.',
    ja: '返品申請の各商品行は、元の申告リスト（CEB621）の項番 gnum で、どの商品を返品するのかを示します。この項番は元の申告リストになく、多くは返品申請で元の項番を使わず 1 から振り直したことが原因です。',
    ru: 'Каждая строка заявления о возврате указывает номером gnum исходного реестра (CEB621), какой товар возвращается. Такого номера в исходном реестре нет — обычно строки заявления перенумеровали с 1 вместо номеров исходного реестра.',
    en: 'Each line of a return request names the returned goods by their gnum in the original inventory (CEB621). That number does not exist there, usually because the request numbered its lines from 1 instead of reusing the original numbers.',
  },
  'clr.return_line_unknown.fix': {
    'zh-CN': '按原清单的商品序号填写 gnum，商品编码和名称与原清单一致。',
    ko: 'gnum에는 원래 통관 목록의 상품 순번을 적고, HS 코드와 품명도 원래 통관 목록과 같게 하세요.',
    ja: 'gnum には元の申告リストの項番を記入し、HS コードと品名も元の申告リストと同じにしてください。',
    ru: 'Укажите в gnum номера строк исходного реестра, а код и наименование — как в нём.',
    en: 'Use the original inventory\'s line numbers in gnum, with the same HS code and name as there.',
  },

  'clr.return_qty': {
    'zh-CN': '第 {gnum} 项：退货数量 {qty} 超过可退数量 {left}',
    ko: '{gnum}번 항목: 반품 수량 {qty}이(가) 반품 가능 수량 {left}을(를) 넘습니다',
    ja: '第 {gnum} 項：返品数量 {qty} が返品可能数量 {left} を超えています',
    ru: 'Строка {gnum}: возвращаемое количество {qty} больше доступного к возврату {left}',
    en: 'Line {gnum}: the return quantity {qty} is more than the {left} left to return',
  },
  'clr.return_qty.cause': {
    'zh-CN': '同一清单可以分次退货，但每项商品各次退货数量之和不能超过原清单的申报数量。可退数量等于原申报数量减去已提交（处理中或已完成）的退货数量。',
    ko: '한 통관 목록은 여러 번 나누어 반품할 수 있지만, 상품마다 반품 수량의 합계가 원래 신고 수량을 넘을 수 없습니다. 반품 가능 수량은 원래 신고 수량에서 이미 신청한(처리 중이거나 완료된) 반품 수량을 뺀 값입니다.',
    ja: '1 つの申告リストは複数回に分けて返品できますが、商品ごとの返品数量の合計は元の申告数量を超えられません。返品可能数量は、元の申告数量から申請済み（処理中または完了）の返品数量を差し引いたものです。',
    ru: 'По одному реестру можно оформлять возврат частями, но по каждой строке сумма возвратов не может превышать заявленного количества. Доступно к возврату: заявленное количество минус уже поданные возвраты (в обработке или завершённые).',
    en: 'An inventory may be returned in several parts, but for each line the returns together may not exceed the quantity declared. What is left is the declared quantity less the returns already requested (pending or completed).',
  },
  'clr.return_qty.fix': {
    'zh-CN': '按实际退回的数量填写，且不超过可退数量；如前一次退货申请有误，应先处理该申请。',
    ko: '실제로 돌려보내는 수량을 반품 가능 수량 이내로 적으세요. 이전 반품 신청이 잘못되었다면 그 신청부터 정리하세요.',
    ja: '実際に返品する数量を返品可能数量以内で記入してください。以前の返品申請に誤りがあれば、先にその申請を処理してください。',
    ru: 'Укажите фактически возвращаемое количество в пределах доступного; если ошибочна предыдущая заявка на возврат, сначала разберитесь с ней.',
    en: 'Give the quantity actually coming back, within what is left; if an earlier return request was wrong, deal with that request first.',
  },

  'clr.return_state': {
    'zh-CN': '清单 {invtNo} 当前状态为 {state}：只有已放行的货物才能申请退货',
    ko: '통관 목록 {invtNo}의 현재 상태는 {state}입니다: 반출 허가된 물품만 반품을 신청할 수 있습니다',
    ja: '申告リスト {invtNo} の現在の状態は {state} です。返品を申請できるのは許可（放行）済みの貨物だけです',
    ru: 'Реестр {invtNo} в состоянии {state}: возврат оформляется только для выпущенного товара',
    en: 'The inventory {invtNo} is in state {state}: only released goods can be returned',
  },
  'clr.return_state.cause': {
    'zh-CN': '退货针对已放行（或已结关）后交付订购人、又被退回的货物。放行前的清单应申请撤销；已退单、已撤销、被扣留、退运或已全部退货的清单不能再申请退货。',
    ko: '반품은 반출 허가(또는 통관 종결) 후 구매자에게 인도되었다가 되돌아오는 물품에 대한 절차입니다. 반출 허가 전의 통관 목록은 취소를 신청해야 하고, 반려·취소·유치·반송되었거나 이미 전부 반품된 통관 목록은 반품을 신청할 수 없습니다.',
    ja: '返品は、許可（または通関完了）後に購入者に引き渡され、その後戻ってくる貨物のための手続です。許可前の申告リストは取消を申請し、差戻し・取消済み・留置・積戻し、またはすでに全量返品済みの申告リストは返品を申請できません。',
    ru: 'Возврат оформляется для товара, который после выпуска (или завершения оформления) был доставлен покупателю и затем возвращается. До выпуска реестр нужно аннулировать; по отклонённым, аннулированным, задержанным реестрам, реестрам с обратным вывозом или уже полностью возвращённым возврат не оформляется.',
    en: 'A return is for goods that were released (or cleared), delivered to the buyer and are now coming back. Before release, cancel the inventory instead; rejected, cancelled, detained, shipped-back and fully returned inventories cannot be returned.',
  },
  'clr.return_state.fix': {
    'zh-CN': '查询清单当前状态：尚未放行的，申请撤销（CEB623）；其他状态的清单无需也不能退货。',
    ko: '통관 목록의 현재 상태를 확인하세요. 아직 반출 허가 전이면 취소(CEB623)를 신청하고, 그 밖의 상태라면 반품할 필요도 없고 할 수도 없습니다.',
    ja: '申告リストの現在の状態を確認してください。まだ許可前なら取消（CEB623）を申請します。それ以外の状態では返品は不要で、申請もできません。',
    ru: 'Проверьте состояние реестра: если выпуска ещё не было, подайте заявление об аннулировании (CEB623); в остальных состояниях возврат не нужен и невозможен.',
    en: 'Check the inventory\'s state: before release, request cancellation (CEB623); in the other states there is nothing to return and a return cannot be asked.',
  },

  'clr.return_window': {
    'zh-CN': '清单于 {released} 放行，已超过放行之日起 {days} 日的退货申请期限',
    ko: '통관 목록은 {released}에 반출 허가되었으며, 반출 허가일로부터 {days}일인 반품 신청 기한이 지났습니다',
    ja: '申告リストは {released} に許可されており、許可の日から {days} 日の返品申請期限を過ぎています',
    ru: 'Реестр выпущен {released}; срок подачи заявления о возврате — {days} дней с даты выпуска — истёк',
    en: 'The inventory was released on {released}; the {days}-day period from release for asking a return is over',
  },
  'clr.return_window.cause': {
    'zh-CN': '按海关总署公告2020年第45号，跨境电商零售进口退货须在清单放行之日起 30 日内申请，期限按放行日期计算，而不是下单或签收日期。逾期申请的，不退回年度交易额度，税款照常征收。',
    ko: '海关总署公告2020年第45号에 따라 국경 간 전자상거래 소매 수입 반품은 통관 목록 반출 허가일로부터 30일 안에 신청해야 하며, 기한은 주문일이나 수령일이 아니라 반출 허가일부터 셉니다. 기한이 지나면 연간 거래 한도가 회복되지 않고 세금도 그대로 징수됩니다.',
    ja: '海关总署公告2020年第45号により、越境 EC 小売輸入の返品は申告リストの許可の日から 30 日以内に申請しなければならず、期限は注文日や受取日ではなく許可日から数えます。期限後の申請では年間取引限度額は戻らず、税も通常どおり徴収されます。',
    ru: 'По объявлению ГТУ КНР 2020 г. № 45 (海关总署公告2020年第45号) возврат товаров трансграничного розничного импорта оформляется в течение 30 дней с даты выпуска реестра — именно выпуска, а не заказа или получения. При пропуске срока годовой лимит не восстанавливается и налоги взимаются.',
    en: 'Under GACC announcement No. 45 of 2020 (海关总署公告2020年第45号), a return of CBEC retail imports must be requested within 30 days of the inventory\'s release, counted from the release date, not from the order or delivery date. After that, the annual quota is not restored and the tax is collected.',
  },
  'clr.return_window.fix': {
    'zh-CN': '本清单已不能办理跨境电商退货；今后请在货物放行后及时处理退货，并在期限内提交申请。',
    ko: '이 통관 목록은 더 이상 국경 간 전자상거래 반품을 할 수 없습니다. 앞으로는 반출 허가 후 반품을 서둘러 처리해 기한 안에 신청하세요.',
    ja: 'この申告リストは越境 EC の返品手続ができなくなりました。今後は許可後に速やかに返品を処理し、期限内に申請してください。',
    ru: 'По этому реестру возврат уже невозможен; в дальнейшем занимайтесь возвратами сразу после выпуска и подавайте заявления в срок.',
    en: 'This inventory can no longer be returned through the CBEC procedure; in future, handle returns promptly after release and ask within the period.',
  },

  'clr.return_late': {
    'zh-CN': '退货商品未在放行之日（{released}）起 {days} 日内运抵：不退回年度交易额度，税款照常征收',
    ko: '반품 물품이 반출 허가일({released})로부터 {days}일 안에 도착하지 않았습니다: 연간 거래 한도는 회복되지 않고 세금은 그대로 징수됩니다',
    ja: '返品貨物が許可の日（{released}）から {days} 日以内に到着しませんでした。年間取引限度額は戻らず、税は通常どおり徴収されます',
    ru: 'Возвращаемый товар не прибыл в течение {days} дней с даты выпуска ({released}): годовой лимит не восстанавливается, налоги взимаются',
    en: 'The returned goods did not arrive within {days} days of release ({released}): the annual quota is not restored and the tax is collected',
  },
  'clr.return_late.cause': {
    'zh-CN': '按海关总署公告2020年第45号，退货商品须在清单放行之日起 45 日内运抵原海关监管作业场所、原海关特殊监管区域或保税物流中心（B 型），才能不征税款并相应调减订购人的年度交易额度。货物在期限内未运抵，本次退货申请失效。',
    ko: '海关总署公告2020年第45号에 따라 반품 물품이 통관 목록 반출 허가일로부터 45일 안에 원래의 세관 감독 작업장, 세관 특수감독구역 또는 보세물류센터(B형)에 도착해야 세금을 징수하지 않고 구매자의 연간 거래 사용액을 줄여 줍니다. 기한 안에 도착하지 않아 이번 반품 신청은 효력을 잃었습니다.',
    ja: '海关总署公告2020年第45号により、返品貨物が申告リストの許可の日から 45 日以内に元の税関監督作業場所、元の税関特殊監督区域または保税物流センター（B 型）に到着した場合に限り、税は徴収されず、購入者の年間取引額も減額されます。期限内に到着しなかったため、この返品申請は失効しました。',
    ru: 'По объявлению ГТУ КНР 2020 г. № 45 (海关总署公告2020年第45号) налоги не взимаются и годовая сумма покупателя уменьшается, только если возвращаемый товар прибыл в исходное место таможенного контроля, исходную специальную зону таможенного контроля или бондовый логистический центр (тип B) в течение 45 дней с даты выпуска реестра. Товар в срок не прибыл, и заявление о возврате утратило силу.',
    en: 'Under GACC announcement No. 45 of 2020 (海关总署公告2020年第45号), the tax is not collected and the buyer\'s annual total is reduced only if the returned goods reach the original supervision site, special customs supervision area or B-type bonded logistics centre within 45 days of the inventory\'s release. They did not arrive in time, so this return request has lapsed.',
  },
  'clr.return_late.fix': {
    'zh-CN': '此退货不能再按跨境电商退货处理；今后申请退货后应尽快安排商品运回，确保在期限内运抵。',
    ko: '이 반품은 더 이상 국경 간 전자상거래 반품으로 처리할 수 없습니다. 앞으로는 반품을 신청한 뒤 물품을 서둘러 보내 기한 안에 도착하게 하세요.',
    ja: 'この返品は越境 EC の返品としてはもう扱えません。今後は返品申請後すぐに貨物の返送を手配し、期限内に到着させてください。',
    ru: 'Этот возврат больше не может быть оформлен как возврат трансграничного розничного импорта; в дальнейшем после подачи заявления сразу организуйте доставку товара, чтобы он прибыл в срок.',
    en: 'This return can no longer be handled as a CBEC return; in future, ship the goods back as soon as the return is requested so that they arrive in time.',
  },

  'clr.return_not_open': {
    'zh-CN': '该退货申请当前状态为 {state}，不能再登记货物运抵',
    ko: '이 반품 신청의 현재 상태가 {state}이므로 물품 도착을 더 이상 기록할 수 없습니다',
    ja: 'この返品申請の現在の状態は {state} のため、貨物の到着をもう記録できません',
    ru: 'Заявление о возврате в состоянии {state}, отметить прибытие товара уже нельзя',
    en: 'The return request is in state {state}; the arrival of its goods can no longer be recorded',
  },
  'clr.return_not_open.cause': {
    'zh-CN': '只有处理中的退货申请才能登记货物运抵。该申请已完成（货物已登记运抵）或已失效（未在期限内运抵）。',
    ko: '처리 중인 반품 신청에만 물품 도착을 기록할 수 있습니다. 이 신청은 이미 완료되었거나(도착 기록됨) 효력을 잃었습니다(기한 안에 도착하지 않음).',
    ja: '貨物の到着を記録できるのは処理中の返品申請だけです。この申請はすでに完了している（到着記録済み）か、失効しています（期限内に到着しなかった）。',
    ru: 'Прибытие товара отмечается только по заявлению в обработке. Это заявление уже завершено (прибытие отмечено) или утратило силу (товар не прибыл в срок).',
    en: 'Arrival can be recorded only for a pending return request. This one is already completed (its arrival recorded) or has lapsed (the goods did not arrive in time).',
  },
  'clr.return_not_open.fix': {
    'zh-CN': '查看该退货申请的处理结果；货物属于另一份退货申请的，请对那一份申请登记运抵。',
    ko: '이 반품 신청의 처리 결과를 확인하세요. 물품이 다른 반품 신청의 것이라면 그 신청에 도착을 기록하세요.',
    ja: 'この返品申請の処理結果を確認してください。貨物が別の返品申請のものであれば、その申請で到着を記録してください。',
    ru: 'Посмотрите результат по этому заявлению; если товар относится к другому заявлению о возврате, отметьте прибытие по нему.',
    en: 'Look at the outcome of this return request; if the goods belong to another return request, record the arrival against that one.',
  },

  // ---- returnInfo of accepted steps ----

  'clr.tax_bill_issued': {
    'zh-CN': '已生成电子税单 {taxNo}，应征税款合计 {total} 元',
    ko: '전자 납세고지서 {taxNo}가 발행되었습니다. 납부할 세액 합계 {total}위안',
    ja: '電子納税告知書 {taxNo} を発行しました。納付税額の合計は {total} 元です',
    ru: 'Сформировано электронное налоговое уведомление {taxNo}, всего к уплате {total} юаней',
    en: 'Electronic tax bill {taxNo} issued: {total} yuan of tax payable in all',
  },
  'clr.tax_bill_status.2': {
    'zh-CN': '电子税单 {taxNo} 已汇总，纳入汇总缴税',
    ko: '전자 납세고지서 {taxNo}가 합산되어 정기 합산 납부에 포함되었습니다',
    ja: '電子納税告知書 {taxNo} は集計され、まとめて納付する税額に含められました',
    ru: 'Электронное налоговое уведомление {taxNo} включено в сводную уплату за период',
    en: 'Electronic tax bill {taxNo} summarised into a periodic tax payment',
  },
  'clr.tax_bill_status.3': {
    'zh-CN': '电子税单 {taxNo} 已作废',
    ko: '전자 납세고지서 {taxNo}가 무효 처리되었습니다',
    ja: '電子納税告知書 {taxNo} は無効になりました',
    ru: 'Электронное налоговое уведомление {taxNo} аннулировано',
    en: 'Electronic tax bill {taxNo} voided',
  },
  'clr.cancelled': {
    'zh-CN': '清单 {invtNo} 已撤销；订购人年度交易额度、担保额度及保税库存已恢复',
    ko: '통관 목록 {invtNo}가 취소되었습니다. 구매자의 연간 거래 한도, 보증 한도, 보세 재고가 회복되었습니다',
    ja: '申告リスト {invtNo} を取り消しました。購入者の年間取引限度額、保証枠、保税在庫は元に戻りました',
    ru: 'Реестр {invtNo} аннулирован; годовой лимит покупателя, сумма гарантии и остатки на бондовом складе восстановлены',
    en: 'Inventory {invtNo} cancelled; the buyer\'s annual quota, the guarantee and the bonded stock are restored',
  },
  'clr.return_requested': {
    'zh-CN': '退货申请已登记；退货商品须在清单放行之日起 {days} 日内运抵',
    ko: '반품 신청이 등록되었습니다. 반품 물품은 반출 허가일로부터 {days}일 안에 도착해야 합니다',
    ja: '返品申請を登録しました。返品貨物は許可の日から {days} 日以内に到着する必要があります',
    ru: 'Заявление о возврате принято; товар должен прибыть в течение {days} дней с даты выпуска',
    en: 'Return registered; the goods must be back within {days} days of release',
  },
  'clr.return_completed': {
    'zh-CN': '退货商品已运抵：{amount} 元已退回订购人年度交易额度，税款 {tax} 元不予征收',
    ko: '반품 물품이 도착했습니다: {amount}위안이 구매자의 연간 거래 한도로 돌아갔고, 세액 {tax}위안은 징수하지 않습니다',
    ja: '返品貨物が到着しました：{amount} 元が購入者の年間取引限度額に戻され、税額 {tax} 元は徴収されません',
    ru: 'Возвращённый товар прибыл: {amount} юаней возвращены в годовой лимит покупателя, налоги {tax} юаней не взимаются',
    en: 'Goods back: {amount} yuan restored to the buyer\'s annual quota, {tax} yuan of tax not collected',
  },
  'clr.quota_not_found': {
    'zh-CN': '未找到与该姓名和居民身份证号码相符的额度记录',
    ko: '이 이름과 주민 신분증 번호에 해당하는 한도 기록이 없습니다',
    ja: 'この氏名と居民身分証番号に該当する限度額の記録はありません',
    ru: 'Сведений о лимите для этого имени и номера удостоверения личности не найдено',
    en: 'No quota record was found for this name and resident identity number',
  },

  // ---- what a declaration waits for ----

  'clr.waiting.order': {
    'zh-CN': '等待订单',
    ko: '주문서 대기',
    ja: '注文書待ち',
    ru: 'Ожидается заказ',
    en: 'Waiting for the order',
  },
  'clr.waiting.payment': {
    'zh-CN': '等待支付单',
    ko: '결제서 대기',
    ja: '決済書類待ち',
    ru: 'Ожидается платёжный документ',
    en: 'Waiting for the payment',
  },
  'clr.waiting.waybill': {
    'zh-CN': '等待运单',
    ko: '운송장 대기',
    ja: '運送状待ち',
    ru: 'Ожидается накладная',
    en: 'Waiting for the waybill',
  },
  'clr.waiting.inventory': {
    'zh-CN': '等待清单',
    ko: '통관 목록 대기',
    ja: '申告リスト待ち',
    ru: 'Ожидается реестр',
    en: 'Waiting for the inventory',
  },
  'clr.waiting.inventory_declaration': {
    'zh-CN': '清单已暂存，等待正式申报',
    ko: '통관 목록 임시 저장됨, 정식 신고 대기',
    ja: '申告リスト一時保存済み、正式申告待ち',
    ru: 'Реестр сохранён как черновик, ожидается подача',
    en: 'Inventory staged, waiting for it to be declared',
  },

  // ---- declaration states ----

  'clr.state.waiting': {
    'zh-CN': '等待配套单证',
    ko: '관련 서류 대기',
    ja: '関連書類待ち',
    ru: 'Ожидание документов',
    en: 'Waiting for documents',
  },
  'clr.state.accepted': {
    'zh-CN': '海关入库',
    ko: '세관 접수',
    ja: '税関受理',
    ru: 'Принято таможней',
    en: 'Accepted',
  },
  'clr.state.review': {
    'zh-CN': '人工审核',
    ko: '수동 심사',
    ja: '審査官による審査',
    ru: 'Ручная проверка',
    en: 'Manual review',
  },
  'clr.state.audited': {
    'zh-CN': '海关审结',
    ko: '심사 완료',
    ja: '審査終了',
    ru: 'Рассмотрение завершено',
    en: 'Concluded',
  },
  'clr.state.inspection': {
    'zh-CN': '查验',
    ko: '검사',
    ja: '検査',
    ru: 'Досмотр',
    en: 'Inspection',
  },
  'clr.state.released': {
    'zh-CN': '放行',
    ko: '반출 허가',
    ja: '許可（放行）',
    ru: 'Выпущено',
    en: 'Released',
  },
  'clr.state.cleared': {
    'zh-CN': '结关',
    ko: '통관 종결',
    ja: '通関完了',
    ru: 'Оформление завершено',
    en: 'Cleared',
  },
  'clr.state.rejected': {
    'zh-CN': '海关退单',
    ko: '반려',
    ja: '差戻し',
    ru: 'Отклонено',
    en: 'Rejected',
  },
  'clr.state.seized': {
    'zh-CN': '扣留',
    ko: '유치',
    ja: '留置',
    ru: 'Задержано',
    en: 'Detained',
  },
  'clr.state.shipped_back': {
    'zh-CN': '退运',
    ko: '반송',
    ja: '積戻し',
    ru: 'Обратный вывоз',
    en: 'Shipped back',
  },
  'clr.state.cancelled': {
    'zh-CN': '已撤销',
    ko: '취소됨',
    ja: '取消済み',
    ru: 'Аннулировано',
    en: 'Cancelled',
  },
  'clr.state.returned': {
    'zh-CN': '已退货',
    ko: '반품 완료',
    ja: '返品済み',
    ru: 'Возвращено',
    en: 'Returned',
  },
  'clr.state.expired': {
    'zh-CN': '超时未收齐单证',
    ko: '서류 미비 기한 초과',
    ja: '書類未着で期限切れ',
    ru: 'Срок ожидания документов истёк',
    en: 'Expired: documents incomplete',
  },
  'clr.risk_rejected': {
    'zh-CN': '风险规则拒绝了该清单：{rules}',
    ko: '위험 규칙에 따라 목록이 거부되었습니다: {rules}',
    ja: 'リスクルールにより申告リストが拒否されました：{rules}',
    ru: 'Перечень отклонён правилами управления рисками: {rules}',
    en: 'The inventory was refused by risk rules: {rules}',
  },
  'clr.risk_rejected.cause': {
    'zh-CN': '监管部门设定的风险规则或检测器判定该申报属于应当拒绝的情形（例如召回商品、侵权商品或已证实的虚假交易模式）。',
    ko: '규제 기관이 정한 위험 규칙이나 탐지기가 이 신고를 거부해야 할 경우로 판단했습니다(예: 리콜 물품, 권리 침해 물품, 확인된 허위 거래 유형).',
    ja: '規制当局が定めたリスクルールまたは検知器が、この申告を拒否すべき場合と判断しました（回収対象商品、権利侵害品、確認済みの虚偽取引パターンなど）。',
    ru: 'Правило или детектор рисков, заданные контролирующим органом, отнесли декларацию к случаям, подлежащим отказу (например, отзываемый или контрафактный товар, подтверждённая схема фиктивных сделок).',
    en: 'A risk rule or detector set by a regulator found the declaration to be a case that must be refused (for example goods under recall, infringing goods or a confirmed fake-transaction pattern).',
  },
  'clr.risk_rejected.fix': {
    'zh-CN': '查看回执中列出的规则及其说明；如认为有误，请向海关提出复核并提供证明材料，不要以相同内容重复申报。',
    ko: '회신에 나온 규칙과 설명을 확인하십시오. 잘못되었다고 보면 증빙 자료와 함께 세관에 재검토를 요청하고, 같은 내용으로 다시 신고하지 마십시오.',
    ja: '受領通知に示されたルールと説明を確認してください。誤りと考える場合は証拠資料を添えて税関に再審査を求め、同じ内容で再申告しないでください。',
    ru: 'Посмотрите правила и пояснения в квитанции; если считаете отказ ошибочным, обратитесь в таможню за пересмотром с подтверждающими документами, не подавая ту же декларацию повторно.',
    en: 'Read the rules and their explanations in the receipt; if you believe it is wrong, ask customs for a review with supporting evidence rather than declaring the same again.',
  },
} satisfies Record<string, Texts>;
