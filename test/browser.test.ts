import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { assertCleanText, skipBrowser, startPortal, type PortalHarness } from './support/browser';

/** The portal's frame in a real browser: language choice, sign-in, workspaces, keyboard and phone use. */
describe('portal frame in Chromium [pglite]', { skip: skipBrowser }, () => {
  let h: PortalHarness;
  before(async () => {
    h = await startPortal();
  });
  after(async () => {
    await h?.close();
  });

  it('takes the browser language, signs in, switches language and remembers it', async () => {
    const { context, page } = await h.open('ko');
    await page.goto('/login');
    await page.getByRole('heading', { name: '로그인' }).waitFor();
    assert.equal(await page.getAttribute('html', 'lang'), 'ko');

    await page.getByLabel('사용자 이름').fill('customs.admin');
    await page.getByLabel('비밀번호').fill('wrong password');
    await page.locator('form button[type=submit]').click();
    await page.getByRole('alert').filter({ hasText: '사용자 이름 또는 비밀번호가 올바르지 않습니다' }).waitFor();

    await page.getByLabel('비밀번호').fill('Tumen-demo-2026');
    await page.locator('form button[type=submit]').click();
    await page.waitForURL('**/regulator');
    await page.getByTestId('org-name').filter({ hasText: '연길해관' }).waitFor();
    await assertCleanText(page, 'ko', 'regulator home');

    await page.getByLabel('언어').click();
    await page.getByRole('option', { name: 'Русский' }).click();
    await page.getByRole('button', { name: 'Выйти' }).waitFor();
    await page.reload();
    assert.equal(await page.getAttribute('html', 'lang'), 'ru', 'the choice survives a reload');
    await page.getByRole('button', { name: 'Выйти' }).click();
    await page.getByRole('heading', { name: 'Войти' }).waitFor();
    await context.close();
  });

  it('takes ?lang= over the browser language and keeps a workspace to its own kind of organisation', async () => {
    const { context, page } = await h.open('zh-CN');
    await page.goto('/?lang=ja');
    assert.equal(await page.getAttribute('html', 'lang'), 'ja');
    await h.signIn(page, 'hanbit.admin');
    assert.match(new URL(page.url()).pathname, /^\/enterprise/);
    await page.goto('/regulator');
    await page.getByText('アクセス権がありません').waitFor();
    await assertCleanText(page, 'ja', 'forbidden page');
    await context.close();
  });

  it('sends an unsigned visitor of a workspace to sign in, and back afterwards', async () => {
    const { context, page } = await h.open('en');
    await page.goto('/zone');
    await page.waitForURL('**/login?next=%2Fzone');
    await page.locator('#username').fill('zone.admin');
    await page.locator('#password').fill('Tumen-demo-2026');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/zone');
    await assertCleanText(page, 'en', 'zone home');
    await context.close();
  });

  it('gives the commerce bureau the zone statistics in its workspace, and other departments not', async () => {
    const { context, page } = await h.open('ru');
    await h.signIn(page, 'commerce.admin');
    await page.getByRole('link', { name: 'Статистика зоны' }).click();
    await page.waitForURL('**/regulator/statistics');
    await page.getByTestId('export-xlsx').waitFor();
    await page.locator('canvas').first().waitFor();
    await assertCleanText(page, 'ru', 'commerce statistics');
    await context.close();
    const other = await h.open('ru');
    await h.signIn(other.page, 'tax.admin');
    assert.equal(await other.page.getByRole('link', { name: 'Статистика зоны' }).count(), 0);
    await other.context.close();
  });
});
