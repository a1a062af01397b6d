import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { DEMO_ORGS, makeUscc, USCC_ALPHABET } from '../src/modules/identity';
import { assertCleanText, LANGS, skipBrowser, startPortal, type Lang, type PortalHarness } from './support/browser';
import { buyer, declarationOf, flow, partyKeys, sendAll } from './support/clearance';

/** The public pages of the portal, without signing in: landing page, qualification query, negative list, quota, error codes, registration. */

const INTL: Record<Lang, string> = { 'zh-CN': 'zh-CN', ko: 'ko-KR', ja: 'ja-JP', ru: 'ru-RU', en: 'en-GB' };
/** Money as the page's locale writes it (spaces of any kind compared as one). */
const money = (lang: Lang, v: string) => new Intl.NumberFormat(INTL[lang], { style: 'currency', currency: 'CNY' }).format(v as unknown as number);
const squash = (s: string) => s.replace(/[\s\u00a0\u202f]+/g, ' ').trim();

const NOT_FOUND: Record<Lang, string> = {
  'zh-CN': '未找到与该姓名和居民身份证号码相符的额度记录',
  ko: '이 이름과 주민 신분증 번호에 해당하는 한도 기록이 없습니다',
  ja: 'この氏名と居民身分証番号に該当する限度額の記録はありません',
  ru: 'Сведений о лимите для этого имени и номера удостоверения личности не найдено',
  en: 'No quota record was found for this name and resident identity number',
};

/** Runs an expression in the page (a string: the test code is compiled without the DOM's types). */
const inPage = <T>(page: Page, expression: string) => page.evaluate(expression) as Promise<T>;

async function noHorizontalScroll(page: Page, where: string) {
  const { scroll, width } = await inPage<{ scroll: number; width: number }>(page, '({ scroll: document.documentElement.scrollWidth, width: window.innerWidth })');
  assert.ok(scroll <= width, `${where}: the page is ${scroll} px wide on a ${width} px screen`);
}

/** Moves the focus with Tab only until the element with this id has it. */
async function tabTo(page: Page, id: string) {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    if ((await inPage<string | undefined>(page, 'document.activeElement?.id')) === id) return;
  }
  assert.fail(`Tab never reached #${id}`);
}

/** Fills the quota form and sends it with the keyboard alone. */
async function queryQuotaByKeyboard(page: Page, name: string, idNumber: string) {
  await tabTo(page, 'quota_name');
  await page.keyboard.type(name);
  await page.keyboard.press('Tab');
  assert.equal(await inPage<string | undefined>(page, 'document.activeElement?.id'), 'quota_idNumber');
  await page.keyboard.type(idNumber);
  await page.keyboard.press('Enter');
}

describe('public portal pages in Chromium [pglite]', { skip: skipBrowser }, () => {
  let h: PortalHarness;
  const b = buyer(17);
  let quota: { year: number; used: string; remaining: string; limit: string; declarations: { orderNo: string; amount: string }[] };
  let orderNo: string;

  before(async () => {
    h = await startPortal({ TUMEN_INSPECTION_RATE: '0', TUMEN_PUBLIC_RATE_LIMIT_MAX: '1000' });
    // One complete 9610 import for the buyer, released (inspection rate 0).
    const keys = await partyKeys(h.app);
    const { spec, docs } = flow(h.app, { buyer: b });
    orderNo = spec.orderNo;
    await sendAll(h.app, keys, docs);
    const d = await declarationOf(h.app, spec.orderNo);
    assert.equal(d?.state, 'released', JSON.stringify(d?.problems));
    const res = await h.app.inject({ method: 'POST', url: '/api/public/quota', payload: { name: b.name, idNumber: b.idNumber } });
    assert.equal(res.statusCode, 200, res.body);
    quota = res.json();
    assert.ok(quota.declarations.some((x) => x.orderNo === spec.orderNo));
    // A disclosed negative-list entry when none stands yet.
    const listed = await h.app.inject({ method: 'GET', url: '/api/public/negative-list' });
    if ((listed.json() as { items: unknown[] }).items.length === 0) {
      const put = await h.app.inject({
        method: 'POST',
        url: '/api/credit/negative-list',
        as: 'customs.admin',
        payload: { orgId: h.app.orgId.kedr, causeKey: 'art22_tax_overdue', cause: '税款逾期三个月未缴纳（测试）' },
      });
      assert.equal(put.statusCode, 201, put.body);
    }
  });
  after(async () => {
    await h?.close();
  });

  it('shows a buyer their used and remaining quota, formatted per locale, and keeps the ID number out of the address', async () => {
    for (const lang of ['zh-CN', 'ru'] as const) {
      const { context, page } = await h.open(lang);
      await page.goto('/public/quota');
      await page.getByRole('heading', { level: 1 }).waitFor();
      await queryQuotaByKeyboard(page, b.name, b.idNumber);
      await page.getByTestId('quota-used').waitFor();
      const used = squash(await page.getByTestId('quota-used').innerText());
      const remaining = squash(await page.getByTestId('quota-remaining').innerText());
      const limit = squash(await page.getByTestId('quota-limit').innerText());
      assert.ok(used.includes(squash(money(lang, quota.used))), `${lang} used: ${used} vs ${money(lang, quota.used)}`);
      assert.ok(remaining.includes(squash(money(lang, quota.remaining))), `${lang} remaining: ${remaining}`);
      assert.ok(limit.includes(squash(money(lang, '26000.00'))), `${lang} limit: ${limit}`);
      assert.equal(quota.limit, '26000.00');
      // The declaration that used it, with its amount in the same format.
      const mine = quota.declarations.find((x) => x.orderNo === orderNo)!;
      const row = page.locator('tr', { hasText: orderNo });
      await row.waitFor();
      assert.ok(squash(await row.innerText()).includes(squash(money(lang, mine.amount))));
      assert.ok(await page.getByRole('progressbar').count(), 'a progress bar shows the share used');
      await assertCleanText(page, lang, 'quota with a result');
      assert.ok(!page.url().includes(b.idNumber), 'the ID number stays out of the address');
      const stored = await inPage<string>(page, 'JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage })');
      assert.ok(!stored.includes(b.idNumber), 'the ID number stays out of the browser storage');

      // A wrong name answers the server's localized "nothing found".
      await page.getByLabel(lang === 'ru' ? 'Имя' : '姓名', { exact: true }).fill('不是这个人');
      await page.getByTestId('quota-submit').click();
      await page.getByTestId('quota-not-found').filter({ hasText: NOT_FOUND[lang] }).waitFor();
      assert.equal(await page.getByTestId('quota-used').count(), 0);
      await context.close();
    }
  });

  it('offers a signed-in visitor the way to their workspace on the home page', async () => {
    const { context, page } = await h.open('ja');
    await h.signIn(page, 'hanbit.admin');
    await page.goto('/');
    const link = page.getByTestId('workspace-link');
    await link.waitFor();
    assert.equal(await link.getAttribute('href'), '/enterprise');
    await assertCleanText(page, 'ja', 'home signed in');
    await link.click();
    await page.waitForURL('**/enterprise');
    await context.close();
  });

  it('fits a 375 px phone: the home and quota pages do not scroll sideways', async () => {
    for (const lang of LANGS) {
      const { context, page } = await h.open(lang, { phone: true });
      await page.goto('/');
      await page.getByTestId('public-home').waitFor();
      await noHorizontalScroll(page, `home [${lang}]`);
      await page.goto('/public/quota');
      await queryQuotaByKeyboard(page, b.name, b.idNumber);
      await page.getByTestId('quota-used').waitFor();
      await noHorizontalScroll(page, `quota with a result [${lang}]`);
      await context.close();
    }
  });

  it('shows every public page in all five languages without raw keys or English', async () => {
    const pages: { path: string; ready: (p: Page) => Promise<unknown> }[] = [
      { path: '/', ready: (p) => p.getByTestId('service-quota').waitFor() },
      { path: `/public/enterprises?q=${encodeURIComponent('韩光')}`, ready: (p) => p.getByTestId('enterprise-result').first().waitFor() },
      { path: '/public/negative-list', ready: (p) => p.getByTestId('negative-list').locator('tbody tr, .ant-empty').first().waitFor() },
      { path: '/public/quota', ready: (p) => p.getByTestId('quota-submit').waitFor() },
      { path: '/public/errors', ready: (p) => p.getByTestId('error-entry').first().waitFor() },
      { path: '/public/register', ready: (p) => p.getByTestId('register-submit').waitFor() },
    ];
    for (const lang of LANGS) {
      const { context, page } = await h.open(lang);
      for (const p of pages) {
        await page.goto(p.path);
        await p.ready(page);
        assert.equal(await page.getByRole('heading', { level: 1 }).count(), 1, `${p.path} [${lang}] has one h1`);
        await assertCleanText(page, lang, p.path);
      }
      // The error codes filter narrows the list.
      await page.goto('/public/errors');
      await page.getByTestId('error-entry').first().waitFor();
      await page.getByTestId('error-filter').fill('-621018');
      await page.getByTestId('error-entry').filter({ hasText: 'clr.annual_limit' }).waitFor();
      assert.equal(await page.getByTestId('error-entry').count(), 1);
      await assertCleanText(page, lang, 'error codes filtered');
      await context.close();
    }
  });

  it('lists the disclosed negative list and finds filed enterprises with their roles translated', async () => {
    const { context, page } = await h.open('zh-CN');
    await page.goto('/public/negative-list');
    const kedr = DEMO_ORGS.find((o) => o.key === 'kedr')!;
    const row = page.locator('tr', { hasText: kedr.uscc });
    await row.waitFor();
    assert.match(await row.innerText(), /税款逾期三个月以上未缴纳/, 'the cause shows its translated label');
    assert.match(await row.innerText(), /2026/);

    await page.goto('/public/enterprises');
    const hanbit = DEMO_ORGS.find((o) => o.key === 'hanbit')!;
    await page.getByLabel('企业名称或统一社会信用代码').fill(hanbit.uscc);
    await page.keyboard.press('Enter');
    const card = page.getByTestId('enterprise-result').filter({ hasText: hanbit.uscc });
    await card.waitFor();
    const text = await card.innerText();
    assert.ok(text.includes(hanbit.nameZh), text);
    assert.match(text, /电商平台/);
    assert.match(text, /电商企业/);
    assert.match(text, /有效/);
    assert.equal(new URL(page.url()).searchParams.get('q'), hanbit.uscc);
    // A name that matches nothing.
    await page.getByLabel('企业名称或统一社会信用代码').fill('没有这家企业');
    await page.keyboard.press('Enter');
    await page.getByText('没有与“没有这家企业”相符的已备案企业').waitFor();
    await context.close();

    // In Korean the roles are Korean.
    const ko = await h.open('ko');
    await ko.page.goto(`/public/enterprises?q=${hanbit.uscc}`);
    const koCard = ko.page.getByTestId('enterprise-result').first();
    await koCard.waitFor();
    assert.match(await koCard.innerText(), /전자상거래 플랫폼/);
    await ko.context.close();
  });

  it('registers an enterprise through the form, showing field errors first', async () => {
    const { context, page } = await h.open('en');
    await page.goto('/public/register');
    await page.getByTestId('register-submit').click();
    await page.getByText('This field is required.').first().waitFor();
    await page.getByText('Choose at least one role.').waitFor();

    let body = '91222401';
    for (let i = 0; i < 9; i++) body += USCC_ALPHABET[Math.floor(Math.random() * 10)];
    const uscc = makeUscc(body);
    const wrongCheck = uscc.slice(0, 17) + (uscc[17] === '0' ? '1' : '0');
    const username = `web${Date.now().toString(36)}`;
    await page.getByLabel('Unified social credit code', { exact: true }).fill(wrongCheck);
    await page.getByLabel('Name in Chinese').fill('延吉网页测试跨境贸易有限公司');
    await page.getByRole('button', { name: 'Names in other languages (optional)' }).click();
    await page.getByLabel('Name in English').fill('Yanji Web Test Cross-border Trading Co., Ltd.');
    await page.getByRole('checkbox', { name: /^E-commerce enterprise/ }).check();
    await page.getByLabel('Registered address').fill('吉林省延吉市公园路 1 号');
    await page.getByLabel('Contact person').fill('测试联系人');
    await page.getByLabel('Contact telephone').fill('0433-1234567');
    await page.getByLabel('User name').fill(username);
    await page.getByLabel('Full name').fill('测试管理员');
    await page.getByLabel('Password', { exact: true }).fill('Tumen-test-2026');
    await page.getByLabel('Repeat the password').fill('Tumen-test-2026');
    await page.getByTestId('register-submit').click();
    // The server's finding lands on its field: the check character, with the right one.
    await page.locator('.ant-form-item-explain-error', { hasText: `it should be ${uscc[17]}` }).waitFor();
    await page.getByTestId('register-error').waitFor();

    await page.getByLabel('Unified social credit code', { exact: true }).fill(uscc);
    await page.getByTestId('register-submit').click();
    await page.getByTestId('register-done').waitFor();
    await page.getByText('waits for the zone office to activate it').waitFor();
    await assertCleanText(page, 'en', 'registration done');
    await context.close();

    const org = await h.app.inject({ method: 'GET', url: '/api/orgs?status=pending', as: 'zone.admin' });
    assert.equal(org.statusCode, 200, org.body);
    const items = (org.json() as { items: { uscc: string; names: { en?: string }; roles: string[] }[] }).items;
    const mine = items.find((o) => o.uscc === uscc);
    assert.ok(mine, 'the registration is pending with the zone office');
    assert.deepEqual(mine.roles, ['ebc']);
    assert.equal(mine.names.en, 'Yanji Web Test Cross-border Trading Co., Ltd.');
  });
});
