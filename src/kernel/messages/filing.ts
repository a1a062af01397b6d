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
} satisfies Record<string, Texts>;
