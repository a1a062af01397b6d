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
} satisfies Record<string, Texts>;
