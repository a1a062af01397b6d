import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { assertCleanText, LANGS, skipBrowser, startPortal, type PortalHarness } from './support/browser';
import { flow, partyKeys, sendAll } from './support/clearance';

/** The enterprise workspace in a real browser: product filing, declarations and their receipts, bulk upload, API keys, five languages. */
describe('enterprise workspace in Chromium [pglite]', { skip: skipBrowser }, () => {
  let h: PortalHarness;
  before(async () => {
    h = await startPortal({ TUMEN_INSPECTION_RATE: '0' });
  });
  after(async () => {
    await h?.close();
  });

  /** Waits until the page's data has loaded (no spinner, no skeleton left). */
  async function settled(page: Page) {
    await page.waitForLoadState('networkidle');
    await page.locator('.ant-skeleton, .ant-spin-spinning').first().waitFor({ state: 'detached', timeout: 15_000 }).catch(() => undefined);
  }

  it('files a product through the form and sees it listed under review', async () => {
    const { context, page } = await h.open('en');
    await h.signIn(page, 'hanbit.admin');
    await page.goto('/enterprise/products/new');
    await page.getByLabel('Item number').fill('HB-BROWSER-1');
    await page.getByLabel('HS code').fill('2106909090');
    await page.getByLabel('Name in Chinese').fill('浏览器测试人参茶');
    await page.getByLabel('Name in Korean').fill('브라우저 인삼차');
    await page.getByLabel('Reference price').fill('58.00');
    await page.getByRole('button', { name: 'Submit' }).click();
    await page.waitForURL(/\/enterprise\/products\/[0-9a-f-]{36}$/);
    await page.getByText('HB-BROWSER-1').first().waitFor();

    await page.goto('/enterprise/products?q=HB-BROWSER-1');
    const row = page.locator('tr', { hasText: 'HB-BROWSER-1' });
    await row.waitFor();
    assert.equal(await row.locator('[data-status]').getAttribute('data-status'), 'submitted');
    await row.getByText('Under review').waitFor();

    // A form error comes back translated and shown, not thrown away.
    await page.goto('/enterprise/products/new');
    await page.getByLabel('Item number').fill('HB-BROWSER-2');
    await page.getByLabel('HS code').fill('21069');
    await page.getByRole('button', { name: 'Submit' }).click();
    await page.getByText('An HS code has 10 digits').waitFor();
    await context.close();
  });

  it('shows a 9610 import sent through the API with its receipts timeline and tax lines', async () => {
    const keys = await partyKeys(h.app);
    const { spec, docs } = flow(h.app);
    await sendAll(h.app, keys, docs);

    const { context, page } = await h.open('en');
    await h.signIn(page, 'hanbit.admin');
    await page.goto(`/enterprise/declarations?orderNo=${spec.orderNo}`);
    await page.getByRole('link', { name: spec.orderNo }).click();
    await page.getByTestId('declaration-detail').waitFor();

    const timeline = page.getByTestId('receipts-timeline');
    await timeline.locator('[data-receipt="800"]').waitFor();
    // The real receipts customs issued: the inventory's, addressed to the e-commerce enterprise.
    const codes = await timeline.locator('[data-receipt-doc="inventory"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-receipt')));
    assert.deepEqual(codes.filter((c) => ['120', '300', '399', '500', '800'].includes(c!)), ['120', '399', '800'], 'accepted → audited → released');
    await timeline.locator('[data-receipt-doc="inventory"]').getByText('Accepted by customs').waitFor();
    await timeline.locator('[data-receipt-doc="inventory"]').getByText('Released').waitFor();

    const tax = page.getByTestId('tax-lines');
    assert.equal(await tax.locator('tbody tr.ant-table-row').count(), spec.lines.length);
    await tax.getByText('2008999000').waitFor();
    const total = (await page.getByTestId('tax-total').innerText()).replace(/\s/g, '');
    assert.match(total, /15\.00/);
    for (const doc of ['order', 'payment', 'waybill', 'inventory']) assert.equal(await page.locator(`[data-doc="${doc}"]`).getAttribute('data-present'), 'yes', doc);
    await page.getByTestId('quota-use').waitFor();
    await assertCleanText(page, 'en', 'declaration detail');

    // The same in Korean: translated labels, codes beside them.
    await page.goto(`${page.url()}?lang=ko`);
    await page.getByTestId('receipts-timeline').locator('[data-receipt-doc="inventory"]').getByText('세관 접수').waitFor();
    await assertCleanText(page, 'ko', 'declaration detail');
    await context.close();
  });

  it('downloads the bulk template and uploads a CSV with a good and a bad row', async () => {
    const { context, page } = await h.open('en');
    await h.signIn(page, 'hanbit.admin');

    const res = await page.request.get('/api/registry/products/template?format=csv&lang=en');
    assert.equal(res.status(), 200);
    assert.match(res.headers()['content-type'] ?? '', /text\/csv/);
    const header = (await res.text()).replace(/^\uFEFF/, '').split(/\r?\n/)[0]!;
    assert.match(header, /^Item number \*,HS code \*/);

    await page.goto('/enterprise/products/import');
    const download = page.waitForEvent('download');
    await page.getByTestId('template-csv').click();
    const file = await (await download).path();
    assert.match(fs.readFileSync(file, 'utf8'), /Item number/);

    const columns = header.split(',').length;
    const row = (cells: Record<number, string>) => Array.from({ length: columns }, (_, i) => cells[i] ?? '').join(',');
    // Columns: item number, HS code, Chinese name … country of origin (11), legal unit (13), reference price (15), currency (16).
    const csv = [header, row({ 0: 'HB-BULK-OK', 1: '2106909090', 2: '批量上传测试', 11: 'KOR', 13: '035', 15: '12.50', 16: 'CNY' }), row({ 0: 'HB-BULK-BAD', 1: '12', 2: '坏行', 11: 'KOR', 13: '035', 15: 'abc', 16: 'CNY' })].join('\r\n');
    await page.locator('input[type=file]').setInputFiles({ name: 'products.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await page.getByTestId('upload').click();
    const results = page.getByTestId('import-result');
    await results.waitFor();
    const good = results.locator('tr', { hasText: 'HB-BULK-OK' });
    const bad = results.locator('tr', { hasText: 'HB-BULK-BAD' });
    await good.getByText('Filed', { exact: true }).waitFor();
    await good.getByText('registry.product_filed').waitFor();
    await bad.getByText('Refused', { exact: true }).waitFor();
    await bad.getByText(/HS code/).first().waitFor();
    assert.equal(await good.locator('td').first().innerText(), '2');
    assert.equal(await bad.locator('td').first().innerText(), '3');
    await context.close();
  });

  it('creates an API key and shows its secret once', async () => {
    const { context, page } = await h.open('en');
    await h.signIn(page, 'hanbit.admin');
    await page.goto('/enterprise/api-keys');
    await page.getByRole('button', { name: 'Create an API key' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Name').fill('browser-test-key');
    await dialog.getByRole('button', { name: 'Create' }).click();
    const secret = page.getByTestId('secret');
    await secret.waitFor();
    const key = await secret.inputValue();
    assert.match(key, /^t[ks]_/);
    await page.getByText('it will not be shown again').waitFor();
    await page.getByRole('button', { name: 'I have saved it' }).click();
    await secret.waitFor({ state: 'detached' });
    const row = page.locator('tr', { hasText: 'browser-test-key' });
    await row.waitFor();
    assert.ok(!(await page.locator('body').innerText()).includes(key), 'the secret is not shown again');
    assert.ok((await row.innerText()).includes(key.slice(0, 8)), 'the list shows the prefix');
    await context.close();
  });

  it('shows every main page in all five languages without raw keys or English', async () => {
    const pages = ['/enterprise', '/enterprise/filing', '/enterprise/products', '/enterprise/products/import', '/enterprise/declarations', '/enterprise/exports', '/enterprise/aftercare', '/enterprise/ceb', '/enterprise/api-keys', '/enterprise/webhooks', '/enterprise/credit'];
    for (const lang of LANGS) {
      const { context, page } = await h.open(lang);
      await h.signIn(page, 'hanbit.admin');
      for (const path of pages) {
        await page.goto(`${path}?lang=${lang}`);
        await page.locator('h1').first().waitFor();
        await settled(page);
        await assertCleanText(page, lang, path);
      }
      await context.close();
    }
  });
});
