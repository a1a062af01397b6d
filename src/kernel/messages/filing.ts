import type { Texts } from './texts';

/** Messages of filing life cycles (enterprise and product filings), keys prefixed `registry.`. */
export const filingMessages = {
  'registry.filing_transition': {
    'zh-CN': '备案状态为 {from}，不能执行 {event}',
    ko: '신고 상태가 {from}이므로 {event}을(를) 할 수 없습니다',
    ja: '届出の状態が {from} のため {event} はできません',
    ru: 'Регистрацию в состоянии {from} нельзя {event}',
    en: 'A filing in state {from} cannot {event}',
  },
  'registry.not_reviewer': {
    'zh-CN': '此备案没有等待贵单位审核的事项',
    ko: '이 신고에는 귀 기관이 심사할 항목이 없습니다',
    ja: 'この届出には貴機関の審査待ちの項目がありません',
    ru: 'Эта регистрация не ожидает проверки вашим ведомством',
    en: 'This filing has no review waiting for your department',
  },
  'registry.enterprise_not_filed': {
    'zh-CN': '企业备案尚未生效',
    ko: '기업 신고가 아직 효력이 없습니다',
    ja: '企業の届出はまだ有効ではありません',
    ru: 'Регистрация предприятия ещё не вступила в силу',
    en: "The enterprise's filing is not in effect",
  },
  'registry.enterprise_role_not_filed': {
    'zh-CN': '企业备案中没有所需的角色（{roles}）',
    ko: '기업 신고에 필요한 역할({roles})이 없습니다',
    ja: '企業の届出に必要な役割（{roles}）がありません',
    ru: 'В регистрации предприятия нет нужной роли ({roles})',
    en: "The enterprise's filing does not include the role needed ({roles})",
  },
  'registry.filing_pending': {
    'zh-CN': '已有一份备案正在审核中，请等待审核结果或先撤回',
    ko: '심사 중인 신고가 이미 있습니다. 결과를 기다리거나 먼저 철회하세요',
    ja: '審査中の届出がすでにあります。結果を待つか、先に取り下げてください',
    ru: 'Уже есть регистрация на рассмотрении: дождитесь решения или отзовите её',
    en: 'A filing is already under review: wait for the decision or withdraw it first',
  },
  'registry.qualification_required': {
    'zh-CN': '角色 {role} 需要资质 {kind}',
    ko: '역할 {role}에는 자격 {kind}이(가) 필요합니다',
    ja: '役割 {role} には資格 {kind} が必要です',
    ru: 'Для роли {role} нужна квалификация {kind}',
    en: 'The role {role} needs the qualification {kind}',
  },
  'registry.guarantee_amount': {
    'zh-CN': '担保资质须注明大于零的担保金额',
    ko: '보증 자격에는 0보다 큰 보증 금액을 적어야 합니다',
    ja: '保証の資格には 0 より大きい保証額が必要です',
    ru: 'Для гарантии нужно указать сумму больше нуля',
    en: 'A guarantee needs an amount greater than zero',
  },
  'registry.not_competent': {
    'zh-CN': '贵单位不是此备案的主管部门',
    ko: '귀 기관은 이 신고의 주무 부처가 아닙니다',
    ja: '貴機関はこの届出の所管部門ではありません',
    ru: 'Ваше ведомство не является компетентным для этой регистрации',
    en: 'Your department is not competent for this filing',
  },
} satisfies Record<string, Texts>;
