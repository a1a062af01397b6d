import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { makeUscc } from '../src/modules/identity';
import { assertCleanText, LANGS, skipBrowser, startPortal, type PortalHarness } from './support/browser';
import { buyer, declarationOf, flow, partyKeys, sendAll } from './support/clearance';
import { arrive, exportFlow, exportKeys, exportOf, sendExport } from './support/export';

/** The zone office's workspace in a real browser: dashboard, XLSX export, enterprise approval, code tables, audit. */
describe('zone office workspace in Chromium [pglite]', { skip: skipBrowser }, () => {
  let h: PortalHarness;
  const pending = { name: '', id: '' };

  before(async () => {
    h = await startPortal({ TUMEN_INSPECTION_RATE: '0' });
    const app = h.app;
    // A released import and a released export on the test clock's day, so the month has figures to draw.
    const keys = { ...(await partyKeys(app)), ...(await exportKeys(app)) };
    const imp = flow(app, { buyer: buyer(4) });
    await sendAll(app, keys, imp.docs);
    assert.equal((await declarationOf(app, imp.spec.orderNo))?.state, 'released');
    const exp = exportFlow(app, { country: '344' });
    await sendExport(app, keys, exp.docs);
    await arrive(app, keys, [exp.spec.logisticsNo]);
    assert.equal((await exportOf(app, exp.spec.orderNo)).state, 'released');
    // An enterprise that registered itself and waits for the zone office.
    pending.name = `图们测试新注册企业${process.pid}`;
    const reg = await app.inject({
      method: 'POST',
      url: '/api/registrations',
      payload: {
        organisation: {
          uscc: makeUscc(`91222401${String(process.pid % 1_000_000_000).padStart(9, '7')}`),
          nameZh: pending.name,
          names: {},
          roles: ['ebc'],
          address: '吉林省延边朝鲜族自治州延吉市测试路 8 号',
          contactName: '测试',
          contactPhone: '0433-0000000',
        },
        admin: { username: `zonetest${process.pid}`, displayName: '测试管理员', password: 'correct horse battery' },
      },
    });
    assert.equal(reg.statusCode, 201, reg.body);
    pending.id = (reg.json() as { organisation: { id: string } }).organisation.id;
  });
  after(async () => {
    await h?.close();
  });

  it('shows the KPIs, draws the charts and downloads the XLSX of the month', async () => {
    const { context, page } = await h.open('en');
    await h.signIn(page, 'zone.admin');
    await page.goto('/zone');
    await page.getByRole('heading', { level: 1, name: 'Zone dashboard' }).waitFor();
    const declarations = page.getByTestId('kpi-declarations');
    await declarations.waitFor();
    assert.match(await declarations.innerText(), /Declarations\s+[1-9]/);
    assert.match(await page.getByTestId('kpi-value').innerText(), /[1-9]/);
    for (const chart of ['chart-day', 'chart-mode', 'chart-country', 'chart-belt']) {
      await page.locator(`[data-testid=${chart}] canvas`).first().waitFor();
      const label = await page.getByTestId(chart).getAttribute('aria-label');
      assert.ok(label && label.length > 10, `${chart} has a text alternative`);
    }
    // Korea, Japan and Russia lead the country chart's description.
    const countries = (await page.getByTestId('chart-country').getAttribute('aria-label')) ?? '';
    assert.ok(countries.indexOf('Korea') < countries.indexOf('Japan') && countries.indexOf('Japan') < countries.indexOf('Russia'), countries);
    await page.getByTestId('top-enterprises').locator('tbody tr.ant-table-row').first().waitFor();

    const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-xlsx').click()]);
    assert.equal(file.suggestedFilename(), 'zone-statistics-2026-11-01-2026-11-28.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fs.readFileSync((await file.path())!) as unknown as ArrayBuffer);
    assert.deepEqual(wb.worksheets.map((w) => w.name), ['Summary', 'By day', 'By mode', 'By country', 'By industry belt', 'By enterprise']);
    await assertCleanText(page, 'en', 'zone dashboard');
    await context.close();
  });

  it('activates an enterprise waiting for approval', async () => {
    const { context, page } = await h.open('zh-CN');
    await h.signIn(page, 'zone.admin');
    await page.goto('/zone/enterprises');
    await page.getByRole('heading', { level: 1, name: '企业审批' }).waitFor();
    const row = page.getByTestId('accounts').locator('tr', { hasText: pending.name });
    await row.waitFor();
    await row.getByRole('button', { name: `激活 ${pending.name}` }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(`激活 ${pending.name} 的账户？`).waitFor();
    await dialog.locator('.ant-modal-footer .ant-btn-primary').click();
    await page.getByText('账户已激活。').waitFor();
    await row.waitFor({ state: 'detached' });
    const org = await h.app.inject({ method: 'GET', url: `/api/orgs/${pending.id}`, as: 'zone.admin' });
    assert.equal((org.json() as { status: string }).status, 'active');
    await context.close();
  });

  for (const lang of LANGS) {
    it(`shows every zone page cleanly in ${lang}`, async () => {
      const { context, page } = await h.open(lang);
      await h.signIn(page, 'zone.admin');

      await page.goto('/zone');
      await page.getByTestId('kpi-declarations').waitFor();
      await page.locator('[data-testid=chart-day] canvas').first().waitFor();
      await assertCleanText(page, lang, 'zone dashboard');

      await page.goto('/zone/enterprises');
      await page.getByTestId('accounts').locator('.ant-table-tbody').waitFor();
      await page.getByTestId('accounts').locator('.ant-spin-spinning').waitFor({ state: 'detached' });
      await assertCleanText(page, lang, 'enterprise approvals');
      await page.getByRole('tab').nth(1).click();
      await page.getByTestId('filings').locator('tbody tr.ant-table-row').first().waitFor();
      await page.getByTestId('filings').locator('tbody tr.ant-table-row').first().getByRole('button').click();
      await page.getByRole('dialog').locator('.ant-descriptions').waitFor();
      await assertCleanText(page, lang, 'enterprise filings');

      await page.goto('/zone/code-tables');
      await page.getByTestId('codes').locator('tbody tr.ant-table-row').first().waitFor();
      await page.locator('input#hsCode').fill('3304990099');
      await page.locator('form').filter({ has: page.locator('input#hsCode') }).locator('button[type=submit]').click();
      await page.getByTestId('tariff-result').waitFor();
      await assertCleanText(page, lang, 'code tables');

      await page.goto('/zone/audit');
      await page.getByTestId('audit-rows').locator('tbody tr.ant-table-row').first().waitFor();
      await page.getByTestId('verify').click();
      await page.getByTestId('verify-result').waitFor();
      assert.equal(await page.getByTestId('verify-result').getAttribute('class').then((c) => c?.includes('success')), true);
      await assertCleanText(page, lang, 'audit log');
      await context.close();
    });
  }
});
