import type { Texts } from './texts';

/**
 * Messages of the risk rules, alerts and decisions (issue 7 §2, §4), keys prefixed `risk.`: errors of the rule
 * API, the explanations of the rules every deployment starts with, and what the alert queue shows.
 * (The detectors' messages are in risk-detectors.ts.)
 */
export const riskMessages = {
  // ---- the rules every deployment starts with (version 1, customs) ----
  'risk.rule.price_below_reference': {
    'zh-CN': '第 {lines} 项商品的申报单价仅为备案参考价的 {share} 倍，低于 0.3 倍',
    ko: '{lines}번 품목의 신고 단가가 등록 참고가격의 {share}배에 불과하여 0.3배 미만입니다',
    ja: '第 {lines} 項の申告単価が届出参考価格の {share} 倍にとどまり、0.3 倍を下回っています',
    ru: 'Заявленная цена в строке {lines} составляет лишь {share} от зарегистрированной справочной цены (менее 0,3)',
    en: 'The declared unit price of line {lines} is only {share} times the filed reference price (below 0.3)',
  },
  'risk.rule.new_buyer_velocity': {
    'zh-CN': '新出现的订购人在 24 小时内已申报 {declarations} 票清单（超过 5 票），疑似拆单或冒用身份',
    ko: '새로 나타난 주문자가 24시간 동안 목록 {declarations}건을 신고했습니다(5건 초과). 주문 분할 또는 신분 도용이 의심됩니다',
    ja: '新たに現れた注文者が 24 時間に {declarations} 件の申告リストを申告しました（5 件超）。分割注文または身分の冒用の疑いがあります',
    ru: 'Новый покупатель за 24 часа подал {declarations} перечней (больше 5): возможны дробление заказов или чужие документы',
    en: 'A buyer first seen within 24 hours has {declarations} declared inventories (more than 5): possible split orders or a borrowed identity',
  },

  // ---- rule definitions (validation) ----
  'risk.rule_operator_field': {
    'zh-CN': '运算符 {op} 不能用于字段 {field}',
    ko: '연산자 {op}은(는) 필드 {field}에 사용할 수 없습니다',
    ja: '演算子 {op} はフィールド {field} に使えません',
    ru: 'Оператор {op} неприменим к полю {field}',
    en: 'Operator {op} cannot be used on field {field}',
  },
  'risk.rule_value_invalid': {
    'zh-CN': '运算符 {op} 的比较值不正确：{expected}',
    ko: '연산자 {op}의 비교 값이 올바르지 않습니다: {expected}',
    ja: '演算子 {op} の比較値が正しくありません：{expected}',
    ru: 'Неверное значение для оператора {op}: {expected}',
    en: 'The value for operator {op} is not valid: {expected}',
  },
  'risk.rule_pattern_invalid': {
    'zh-CN': '正则表达式无效：{detail}',
    ko: '정규 표현식이 올바르지 않습니다: {detail}',
    ja: '正規表現が正しくありません：{detail}',
    ru: 'Недопустимое регулярное выражение: {detail}',
    en: 'The regular expression is not valid: {detail}',
  },
  'risk.rule_window_invalid': {
    'zh-CN': '时间窗口须且只须给出小时数或天数之一',
    ko: '시간 창에는 시간 수 또는 일수 중 하나만 지정해야 합니다',
    ja: '時間枠には時間数か日数のどちらか一方だけを指定してください',
    ru: 'Для окна укажите ровно одно: часы или дни',
    en: 'A window gives exactly one of hours or days',
  },
  'risk.rule_distinct_field': {
    'zh-CN': 'distinct 聚合须用 of 指明去重字段，其他聚合不得指定',
    ko: 'distinct 집계에는 of로 고유 값 필드를 지정해야 하며, 다른 집계에는 지정할 수 없습니다',
    ja: 'distinct 集計には of で重複を数えない項目を指定し、他の集計では指定しないでください',
    ru: 'Агрегат distinct требует поле of, другие агрегаты его не допускают',
    en: 'A distinct aggregate names its field in of; other aggregates do not',
  },
  'risk.rule_binding_duplicate': {
    'zh-CN': '名称 {name} 在条件中被绑定了多次',
    ko: '이름 {name}이(가) 조건에서 여러 번 지정되었습니다',
    ja: '名前 {name} が条件の中で複数回割り当てられています',
    ru: 'Имя {name} назначено в условиях несколько раз',
    en: 'The name {name} is bound by more than one condition',
  },
  'risk.rule_placeholder_unbound': {
    'zh-CN': '说明中的占位符 {name} 没有对应的条件（用 as 绑定，或使用 lines）',
    ko: '설명의 자리표시자 {name}에 해당하는 조건이 없습니다(as로 지정하거나 lines를 사용하십시오)',
    ja: '説明のプレースホルダー {name} に対応する条件がありません（as で割り当てるか lines を使ってください）',
    ru: 'Подстановке {name} в пояснении не соответствует ни одно условие (назначьте её через as или используйте lines)',
    en: 'The placeholder {name} in the explanation is bound by no condition (bind it with as, or use lines)',
  },
  'risk.rule_placeholders_differ': {
    'zh-CN': '{locale} 说明中的占位符与中文说明不一致',
    ko: '{locale} 설명의 자리표시자가 중국어 설명과 다릅니다',
    ja: '{locale} の説明のプレースホルダーが中国語の説明と一致しません',
    ru: 'Подстановки в пояснении {locale} не совпадают с китайским пояснением',
    en: 'The placeholders of the {locale} explanation differ from the Chinese one',
  },

  // ---- rules (service) ----
  'risk.rule_not_found': {
    'zh-CN': '风险规则 {code} 不存在',
    ko: '위험 규칙 {code}이(가) 없습니다',
    ja: 'リスクルール {code} は存在しません',
    ru: 'Правило риска {code} не найдено',
    en: 'Risk rule {code} does not exist',
  },
  'risk.recall_subject_missing': {
    'zh-CN': '召回须指明商品编码、商品货号或品牌中的至少一项',
    ko: '리콜에는 HS 코드, 상품 번호 또는 브랜드 중 하나 이상이 있어야 합니다',
    ja: 'リコールにはHSコード、商品番号、ブランドのいずれかが必要です',
    ru: 'Отзыв должен указывать код ТН ВЭД, артикул или бренд',
    en: 'A recall must name a commodity code, an item number or a brand',
  },
  'risk.recall_period_invalid': {
    'zh-CN': '召回的截止时间须晚于开始时间',
    ko: '리콜 종료 시점은 시작 시점보다 늦어야 합니다',
    ja: 'リコールの終了日時は開始日時より後でなければなりません',
    ru: 'Окончание отзыва должно быть позже его начала',
    en: 'A recall must end after it starts',
  },
  'risk.rule_exists': {
    'zh-CN': '风险规则 {code} 已存在；修改请提交新版本',
    ko: '위험 규칙 {code}이(가) 이미 있습니다. 변경하려면 새 버전을 제출하십시오',
    ja: 'リスクルール {code} は既に存在します。変更は新しい版として提出してください',
    ru: 'Правило риска {code} уже существует; изменения вносятся новой версией',
    en: 'Risk rule {code} already exists; submit a new version to change it',
  },
  'risk.rule_not_retroactive': {
    'zh-CN': '生效时间 {effectiveFrom} 早于当前时间 {now}：规则不能追溯生效，请先用回测检验历史数据',
    ko: '시행 시각 {effectiveFrom}이(가) 현재 시각 {now}보다 이릅니다. 규칙은 소급 적용할 수 없으니 과거 데이터는 백테스트로 확인하십시오',
    ja: '発効時刻 {effectiveFrom} が現在時刻 {now} より前です。ルールは遡って発効できません。過去のデータはバックテストで確認してください',
    ru: 'Время вступления в силу {effectiveFrom} раньше текущего {now}: правило не действует задним числом, прошлые данные проверяются бэктестом',
    en: 'The effective time {effectiveFrom} is before now ({now}): a rule never applies retroactively; try it on past traffic with a back-test',
  },
  'risk.rule_other_department': {
    'zh-CN': '该规则属于 {department}，只有该部门可以修改',
    ko: '이 규칙은 {department} 소관이며 해당 부서만 변경할 수 있습니다',
    ja: 'このルールは {department} の所管で、その部門だけが変更できます',
    ru: 'Правило принадлежит ведомству {department}; изменять его может только оно',
    en: 'This rule belongs to {department}; only that department may change it',
  },
  'risk.backtest_window': {
    'zh-CN': '回测区间不正确：开始 {from} 须早于结束 {to}，且跨度不超过 {days} 天',
    ko: '백테스트 기간이 올바르지 않습니다: 시작 {from}은(는) 종료 {to}보다 앞서야 하고 기간은 {days}일 이내여야 합니다',
    ja: 'バックテストの期間が正しくありません：開始 {from} は終了 {to} より前で、期間は {days} 日以内にしてください',
    ru: 'Неверный период бэктеста: начало {from} должно предшествовать концу {to}, длина — не более {days} дн.',
    en: 'The back-test window is not valid: the start {from} must come before the end {to}, at most {days} days apart',
  },

  // ---- alerts ----
  'risk.alert_not_found': {
    'zh-CN': '预警不存在',
    ko: '경보가 없습니다',
    ja: '警報が見つかりません',
    ru: 'Предупреждение не найдено',
    en: 'The alert does not exist',
  },
  'risk.alert_state': {
    'zh-CN': '预警当前状态为 {state}，不能执行此操作',
    ko: '경보의 현재 상태가 {state}이므로 이 작업을 할 수 없습니다',
    ja: '警報の現在の状態は {state} のため、この操作はできません',
    ru: 'Предупреждение находится в состоянии {state}; это действие недоступно',
    en: 'The alert is {state}; this cannot be done now',
  },
  'risk.alert_report_to': {
    'zh-CN': '移送处置须指明接收部门（to）',
    ko: '이송 처분에는 받을 부서(to)를 지정해야 합니다',
    ja: '移送の処分には受け取る部門（to）を指定してください',
    ru: 'Для передачи укажите ведомство-получателя (to)',
    en: 'A report names the department it goes to (to)',
  },
  'risk.alert.state.open': { 'zh-CN': '待处置', ko: '처분 대기', ja: '処分待ち', ru: 'Ожидает решения', en: 'Open' },
  'risk.alert.state.disposed': { 'zh-CN': '已处置、待复核', ko: '처분 완료, 검토 대기', ja: '処分済み・検証待ち', ru: 'Решение принято, ждёт проверки', en: 'Disposed, awaiting review' },
  'risk.alert.state.reviewed': { 'zh-CN': '已复核', ko: '검토 완료', ja: '検証済み', ru: 'Проверено', en: 'Reviewed' },
} satisfies Record<string, Texts>;
