import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { startTestApp, type TestApp } from './support/app';

/** The portal shell in a real browser: Debian's Chromium, headless, driven by playwright-core. */
const CHROMIUM = process.env.TUMEN_CHROMIUM ?? '/usr/bin/chromium';
const haveChromium = fs.existsSync(CHROMIUM);
if (!haveChromium) {
  console.error(`\n!!! BROWSER TESTS SKIPPED: ${CHROMIUM} not found (apt-get install chromium fonts-noto-cjk; .ci/run does this) !!!\n`);
}

describe('portal shell in Chromium [pglite]', { skip: haveChromium ? false : `no Chromium at ${CHROMIUM}` }, () => {
  let app: TestApp;
  let browser: Browser;
  let base: string;

  before(async () => {
    app = await startTestApp('pglite');
    await app.server.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(app.server.server.address() as { port: number }).port}`;
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  });
  after(async () => {
    await browser?.close();
    await app?.close();
  });

  it('takes the browser language, signs in with a printed demo login, switches language and remembers it', async () => {
    const context = await browser.newContext({ locale: 'ko-KR' });
    const page = await context.newPage();
    await page.goto(`${base}/`);
    await page.getByRole('heading', { name: '로그인' }).waitFor();
    assert.equal(await page.getAttribute('html', 'lang'), 'ko');

    await page.getByLabel('사용자 이름').fill('customs.admin');
    await page.getByLabel('비밀번호').fill('wrong password');
    await page.getByRole('button', { name: '로그인' }).click();
    await page.getByRole('alert').filter({ hasText: '사용자 이름 또는 비밀번호가 올바르지 않습니다' }).waitFor();

    await page.getByLabel('비밀번호').fill('Tumen-demo-2026');
    await page.getByRole('button', { name: '로그인' }).click();
    await page.locator('#me-org').filter({ hasText: '연길해관' }).waitFor();
    assert.equal(await page.locator('#me-status').textContent(), '활성');

    await page.getByLabel('언어').selectOption('ru');
    await page.getByRole('button', { name: 'Выйти' }).waitFor();
    await page.reload();
    assert.equal(await page.getAttribute('html', 'lang'), 'ru', 'the choice survives a reload');
    await page.getByRole('button', { name: 'Выйти' }).click();
    await page.getByRole('heading', { name: 'Войти' }).waitFor();
    await context.close();
  });

  it('shows the data interface’s error catalogue without login, in the chosen language', async () => {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 375, height: 740 } });
    const page = await context.newPage();
    await page.goto(`${base}/?lang=ja`);
    await page.getByText('データインターフェースのエラーコード').click();
    const entry = page.locator('#error-list article').filter({ hasText: 'ceb.field_too_long' });
    await entry.waitFor();
    assert.match((await entry.textContent()) ?? '', /原因/);
    assert.match((await entry.textContent()) ?? '', /-0002/);
    await page.getByLabel('言語').selectOption('ru');
    await page.locator('#error-list article').filter({ hasText: 'ceb.signature_invalid' }).filter({ hasText: 'Причина' }).waitFor();
    assert.ok((await page.locator('#error-list article').count()) > 40);
    const overflow = await page.evaluate('document.documentElement.scrollWidth > window.innerWidth');
    assert.equal(overflow, false, 'no horizontal scrolling at 375 px');
    await context.close();
  });

  it('shows no untranslated key and works by keyboard on a phone-sized screen', async () => {
    const context = await browser.newContext({ locale: 'ja-JP', viewport: { width: 375, height: 740 } });
    const page = await context.newPage();
    await page.goto(`${base}/?lang=en`);
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    for (const el of await page.locator('[data-i18n]').all()) {
      const text = (await el.textContent())?.trim() ?? '';
      assert.ok(text.length > 0, 'every labelled element has text');
      assert.notEqual(text, await el.getAttribute('data-i18n'), 'no raw key on screen');
    }
    await page.keyboard.press('Tab'); // language selector
    await page.keyboard.press('Tab'); // user name
    await page.keyboard.type('zone.admin');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Tumen-demo-2026');
    await page.keyboard.press('Enter');
    await page.locator('#me-uscc').filter({ hasText: /^[0-9A-Z]{18}$/ }).waitFor();
    const overflow = await page.evaluate('document.documentElement.scrollWidth > window.innerWidth');
    assert.equal(overflow, false, 'no horizontal scrolling at 375 px');
    await context.close();
  });
});
