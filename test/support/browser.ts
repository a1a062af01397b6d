import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../src/modules/identity';
import { startTestApp, type TestApp } from './app';

/** Browser tests drive Debian's Chromium, headless, through playwright-core; never a downloaded browser. */
export const CHROMIUM = process.env.TUMEN_CHROMIUM ?? '/usr/bin/chromium';
export const haveChromium = fs.existsSync(CHROMIUM);
/** For `describe(…, { skip })`: false when Chromium is here, else the reason (printed loudly once per file). */
export const skipBrowser: false | string = haveChromium ? false : `no Chromium at ${CHROMIUM}`;
if (!haveChromium) {
  console.error(`\n!!! BROWSER TESTS SKIPPED: ${CHROMIUM} not found (apt-get install chromium fonts-noto-cjk; .ci/run does this) !!!\n`);
}

export const LANGS = ['zh-CN', 'ko', 'ja', 'ru', 'en'] as const;
export type Lang = (typeof LANGS)[number];
const BROWSER_LOCALE: Record<Lang, string> = { 'zh-CN': 'zh-CN', ko: 'ko-KR', ja: 'ja-JP', ru: 'ru-RU', en: 'en-GB' };

export interface PortalHarness {
  app: TestApp;
  browser: Browser;
  base: string;
  /** A fresh browser context (its own cookies and storage) in a language, optionally phone-sized. */
  open(lang: Lang, opts?: { phone?: boolean; bypassCsp?: boolean }): Promise<{ context: BrowserContext; page: Page }>;
  /** Signs in through the portal's sign-in page and waits for the workspace. */
  signIn(page: Page, username: string): Promise<void>;
  close(): Promise<void>;
}

/** Starts Tumen on a free loopback port with the demo data, and Chromium beside it. */
export async function startPortal(config: Record<string, string> = {}): Promise<PortalHarness> {
  const app = await startTestApp('pglite', { config });
  await app.server.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(app.server.server.address() as { port: number }).port}`;
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  return {
    app,
    browser,
    base,
    async open(lang, opts = {}) {
      const context = await browser.newContext({
        locale: BROWSER_LOCALE[lang],
        baseURL: base,
        viewport: opts.phone ? { width: 375, height: 740 } : { width: 1366, height: 900 },
        ...(opts.phone ? { isMobile: true, hasTouch: true } : {}),
        // Only for injecting a test tool (axe-core) into the page; the portal itself runs under the server's CSP.
        ...(opts.bypassCsp ? { bypassCSP: true } : {}),
      });
      context.setDefaultTimeout(20_000);
      const page = await context.newPage();
      page.on('pageerror', (e) => console.error(`[browser page error] ${e.message}`));
      return { context, page };
    },
    async signIn(page, username) {
      await page.goto('/login');
      await page.locator('#username').fill(username);
      await page.locator('#password').fill(DEMO_PASSWORD);
      await page.locator('form button[type=submit]').click();
      await page.waitForURL((u) => !u.pathname.startsWith('/login'));
      await page.getByTestId('who').waitFor();
    },
    async close() {
      await browser.close();
      await app.close();
    },
  };
}

/** Every translation file of the portal: language → flattened key (`ns:a.b`) → text. */
export function portalTranslations(): Record<Lang, Map<string, string>> {
  const dir = path.resolve(import.meta.dirname, '../../web/src/locales');
  const out = {} as Record<Lang, Map<string, string>>;
  for (const lang of LANGS) {
    const map = new Map<string, string>();
    for (const file of fs.readdirSync(path.join(dir, lang))) {
      if (!file.endsWith('.json')) continue;
      const ns = file.slice(0, -5);
      const walk = (prefix: string, v: unknown) => {
        if (typeof v === 'string') map.set(`${ns}:${prefix}`, v);
        else if (v && typeof v === 'object') for (const [k, c] of Object.entries(v)) walk(prefix ? `${prefix}.${k}` : k, c);
      };
      walk('', JSON.parse(fs.readFileSync(path.join(dir, lang, file), 'utf8')));
    }
    out[lang] = map;
  }
  return out;
}

/** English texts Ant Design shows when its locale is not applied. */
const ANTD_ENGLISH = ['No data', 'items per page', 'Previous Page', 'Next Page', 'Select date', 'Please select'];

/**
 * The rendered text of the page (visible text, plus labels, placeholders and titles) must show no raw
 * translation key, no "undefined"/"NaN"/"[object Object]", no stack trace, and — in a language other than
 * English — none of the portal's English texts.
 */
export async function assertCleanText(page: Page, lang: Lang, where: string): Promise<void> {
  // Evaluated in the page (a string, since this file is compiled without the DOM's types).
  const text = (await page.evaluate(`(() => {
    const parts = [document.body.innerText, document.title];
    for (const el of document.querySelectorAll('[aria-label],[placeholder],[title],[alt]')) {
      for (const a of ['aria-label', 'placeholder', 'title', 'alt']) {
        const v = el.getAttribute(a);
        if (v) parts.push(v);
      }
    }
    return parts.join('\\n');
  })()`)) as string;
  const all = portalTranslations();
  const problems: string[] = [];
  for (const bad of [/\bundefined\b/, /\bNaN\b/, /\[object Object\]/, /\bat [\w.$<>]+ \(.*:\d+:\d+\)/, /TypeError|ReferenceError|SyntaxError/]) {
    const m = bad.exec(text);
    if (m) problems.push(`shows ${JSON.stringify(m[0])}`);
  }
  const tokens = new Set(text.split(/[\s,;()（）「」"“”:：]+/).filter(Boolean));
  for (const key of all.en.keys()) {
    const bare = key.slice(key.indexOf(':') + 1);
    if (tokens.has(key) || (bare.includes('.') && tokens.has(bare))) problems.push(`shows the raw key ${key}`);
  }
  if (lang !== 'en') {
    const own = new Set(all[lang].values());
    const english = [...new Set([...all.en.values(), ...ANTD_ENGLISH])].filter(
      (s) => !own.has(s) && /[a-z]{3}/.test(s) && (s.includes(' ') || s.length >= 8) && !s.includes('{{'),
    );
    // Whole words only: an English label must not be found inside a field name such as buyerTelephone.
    const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    for (const s of english) if (new RegExp(`(?<![A-Za-z0-9_])${escape(s)}(?![A-Za-z0-9_])`).test(text)) problems.push(`shows the English text ${JSON.stringify(s)}`);
  }
  assert.deepEqual(problems, [], `${where} [${lang}]`);
}

/** Writes a screenshot for review under the given directory. */
export async function screenshot(page: Page, dir: string, name: string): Promise<string> {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
