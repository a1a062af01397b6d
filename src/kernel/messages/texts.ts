/** One user-facing text in each of the zone's five languages. */
export type Texts = { 'zh-CN': string; ko: string; ja: string; ru: string; en: string };
