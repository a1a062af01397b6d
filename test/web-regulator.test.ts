import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { raiseAlerts } from '../src/modules/risk/alerts';
import { assertCleanText, LANGS, skipBrowser, startPortal, type PortalHarness } from './support/browser';
import { declarationOf, flow, GINSENG, LAVER, partyKeys, sendAll, type Keys } from './support/clearance';

/** Holds every declaration with a line of red ginseng concentrate for a customs officer's review. */
const reviewRule = {
  code: 'web_ginseng_review',
  department: 'customs',
  definition: { combine: 'all', conditions: [{ field: 'items[].itemNo', op: 'eq', value: GINSENG.itemNo }] },
  action: 'review',
  score: 0,
  explanation: {
    'zh-CN': '红参制品（第 {lines} 项）需人工审核',
    ko: '홍삼 제품(제 {lines} 항목)은 수동 심사가 필요합니다',
    ja: '紅参製品（第 {lines} 項）は手動審査が必要です',
    ru: 'Товары из красного женьшеня (строки {lines}) требуют ручной проверки',
    en: 'Red ginseng goods (lines {lines}) need a manual review',
  },
};

/** Waits until a page's heading is there and its requests have settled. */
async function settled(page: Page): Promise<void> {
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.waitForLoadState('networkidle');
}

describe('regulator workspace in Chromium [pglite]', { skip: skipBrowser }, () => {
  let h: PortalHarness;
  let keys: Keys;
  let reviewedId = '';
  let reviewed = { orderNo: '', logisticsNo: '' };

  before(async () => {
    h = await startPortal({ TUMEN_INSPECTION_RATE: '0' });
    keys = await partyKeys(h.app);
    const created = await h.app.inject({ method: 'POST', url: '/api/risk/rules', as: 'customs.admin', payload: reviewRule });
    assert.equal(created.statusCode, 201, created.body);
  });
  after(async () => {
    await h?.close();
  });

  it('customs opens the review queue and approves a declaration held for review: it is released', async () => {
    const { spec, docs } = flow(h.app, { lines: [LAVER, GINSENG] });
    await sendAll(h.app, keys, docs);
    const held = await declarationOf(h.app, spec.orderNo);
    assert.equal(held?.state, 'review', 'the rule holds it for review (300)');
    reviewedId = held.id;
    reviewed = { orderNo: spec.orderNo, logisticsNo: spec.logisticsNo };

    const { context, page } = await h.open('en');
    await h.signIn(page, 'customs.admin');
    await page.getByRole('navigation').getByRole('link', { name: 'Review queue' }).click();
    await page.getByRole('heading', { name: 'Manual review queue' }).waitFor();
    await page.getByRole('link', { name: spec.orderNo }).click();
    await page.getByTestId('declaration-state').filter({ hasText: 'Manual review (300)' }).waitFor();
    // The risk decision explains what fired.
    await page.getByTestId('risk-decisions').filter({ hasText: 'Red ginseng goods (lines 2) need a manual review' }).waitFor();
    await page.getByTestId('review-form').getByText('Approve', { exact: true }).click();
    await page.getByLabel('Reason').fill('Origin certificate checked');
    await page.getByRole('button', { name: 'Record the decision' }).click();
    await page.getByTestId('decision-done').filter({ hasText: 'Released (800)' }).waitFor();
    await page.getByTestId('declaration-state').filter({ hasText: 'Released (800)' }).waitFor();
    assert.equal((await declarationOf(h.app, spec.orderNo))?.state, 'released');
    await context.close();
  });

  it('finds a declaration by its logistics number and opens it', async () => {
    const { context, page } = await h.open('ja');
    await h.signIn(page, 'customs.admin');
    await page.goto('/regulator/search');
    await page.getByLabel('検索する番号').fill(reviewed.logisticsNo);
    await page.getByRole('button', { name: /^検\s?索$/ }).click();
    await page.getByTestId('search-results').getByRole('link', { name: reviewed.orderNo }).click();
    await page.getByTestId('declaration-state').filter({ hasText: '許可済み (800)' }).waitFor();
    await assertCleanText(page, 'ja', 'declaration found by search');
    await context.close();
  });

  it('customs disposes of an alert and reviews it', async () => {
    const [alertId] = await raiseAlerts(h.app.ctx.db, h.app.ctx, [
      { environment: 'production', at: h.app.clock.now(), department: 'customs', detector: 'split_orders', severity: 'high', subject: { orderNo: 'WEBALERT0001', ebpCode: '222496D001' }, explanation: { params: {} } },
    ]);
    const { context, page } = await h.open('ko');
    await h.signIn(page, 'customs.admin');
    await page.goto('/regulator/alerts');
    const row = page.getByRole('row').filter({ hasText: 'WEBALERT0001' });
    await row.getByText('주문 분할').waitFor();
    await row.getByRole('button').click();
    const drawer = page.getByTestId('alert-detail');
    await drawer.getByTestId('alert-state').filter({ hasText: '미처리' }).waitFor();
    await drawer.getByTestId('dispose-form').getByText('보류', { exact: true }).click();
    await drawer.getByLabel('사유').fill('같은 주문자의 분할 주문으로 보임');
    await drawer.getByRole('button', { name: '처리 등록' }).click();
    await drawer.getByTestId('alert-state').filter({ hasText: '처리됨' }).waitFor();
    await drawer.getByTestId('alert-review-form').getByText('오탐', { exact: true }).click();
    await drawer.getByLabel('사유').fill('정상 구매로 확인');
    await drawer.getByRole('button', { name: '검토 등록' }).click();
    await drawer.getByTestId('alert-state').filter({ hasText: '검토됨' }).waitFor();
    await assertCleanText(page, 'ko', 'alert after review');
    const stored = (await h.app.inject({ method: 'GET', url: `/api/risk/alerts/${alertId}`, as: 'customs.admin' })).json() as { state: string; disposal: { action: string }; review: { outcome: string } };
    assert.deepEqual([stored.state, stored.disposal.action, stored.review.outcome], ['reviewed', 'hold', 'false_positive']);
    await context.close();
  });

  it('back-tests a draft rule in the editor and shows documents, hits and share', async () => {
    const { context, page } = await h.open('en');
    // The browser's clock an hour after the server's, so the default window holds the documents declared above.
    await page.clock.setFixedTime(new Date(h.app.clock.now().getTime() + 3_600_000));
    await h.signIn(page, 'customs.admin');
    await page.goto('/regulator/rules/new');
    await page.getByRole('heading', { name: 'New risk rule' }).waitFor();
    await page.locator('#cond-value-0').fill(GINSENG.itemNo);
    await page.getByRole('button', { name: 'Run the back-test' }).click();
    const result = page.getByTestId('backtest-result');
    await result.waitFor();
    const text = await result.innerText();
    assert.match(text, /Documents\s*1\b/, text);
    assert.match(text, /Hits\s*1\b/, text);
    assert.match(text, /Share hit\s*100\.0%/, text);
    await assertCleanText(page, 'en', 'rule editor with a back-test');
    await context.close();
  });

  it('shows every main page cleanly in all five languages', async () => {
    const pages = [
      '/regulator',
      '/regulator/review',
      '/regulator/inspections',
      '/regulator/filings',
      '/regulator/alerts',
      '/regulator/rules',
      '/regulator/rules/new',
      `/regulator/rules/${reviewRule.code}`,
      '/regulator/credit',
      '/regulator/credit?tab=negative',
      '/regulator/credit?tab=repairs',
      '/regulator/credit?tab=levels',
      '/regulator/search',
      `/regulator/declarations/${reviewedId}`,
    ];
    for (const lang of LANGS) {
      const { context, page } = await h.open(lang);
      await h.signIn(page, 'customs.admin');
      for (const path of pages) {
        await page.goto(path);
        await settled(page);
        await assertCleanText(page, lang, path);
      }
      await context.close();
    }
  });

  it('keeps a department to its own screens', async () => {
    const { context, page } = await h.open('en');
    await h.signIn(page, 'transport.admin');
    const menu = page.getByRole('navigation').first();
    await menu.getByRole('link', { name: 'Credit supervision' }).waitFor();
    for (const name of ['Review queue', 'Inspection tasks', 'Risk rules', 'Filing reviews', 'Document search']) assert.equal(await menu.getByRole('link', { name }).count(), 0, name);
    await page.goto('/regulator/review');
    await page.getByText("Outside your department's scope").waitFor();
    await assertCleanText(page, 'en', 'a screen outside the scope');
    await context.close();

    // Tax reads declarations but cannot decide them, and cannot read risk rules: the form and the decisions stay away.
    const tax = await h.open('zh-CN');
    await h.signIn(tax.page, 'tax.admin');
    await tax.page.goto(`/regulator/declarations/${reviewedId}`);
    await settled(tax.page);
    assert.equal(await tax.page.getByTestId('review-form').count(), 0);
    assert.equal(await tax.page.getByTestId('risk-decisions').count(), 0);
    await assertCleanText(tax.page, 'zh-CN', 'declaration as tax sees it');
    await tax.context.close();
  });
});
