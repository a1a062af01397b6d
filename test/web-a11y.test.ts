import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { skipBrowser, startPortal, type PortalHarness } from './support/browser';

/**
 * Accessibility of the main pages, checked by axe-core (the engine browser accessibility audits use) against
 * WCAG 2 A and AA: labels, names of buttons and links, contrast, language of the page, landmarks.
 */
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

async function violations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const found = (await page.evaluate(`axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }).then((r) => r.violations)`)) as AxeViolation[];
  return found.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

const PAGES: { user: string | null; paths: string[]; phone?: boolean }[] = [
  { user: null, paths: ['/', '/public/enterprises', '/public/negative-list', '/public/errors', '/public/register', '/login'] },
  { user: null, paths: ['/public/quota', '/'], phone: true },
  { user: 'hanbit.admin', paths: ['/enterprise', '/enterprise/products', '/enterprise/products/new', '/enterprise/declarations', '/enterprise/api-keys', '/enterprise/credit'] },
  { user: 'customs.admin', paths: ['/regulator', '/regulator/review', '/regulator/alerts', '/regulator/rules', '/regulator/rules/new', '/regulator/credit'] },
  { user: 'zone.admin', paths: ['/zone', '/zone/enterprises', '/zone/code-tables'] },
];

describe('portal accessibility (axe-core, WCAG 2.1 A/AA) [pglite]', { skip: skipBrowser }, () => {
  let h: PortalHarness;
  before(async () => {
    h = await startPortal({ TUMEN_PUBLIC_RATE_LIMIT_MAX: '1000' });
  });
  after(async () => {
    await h?.close();
  });

  for (const group of PAGES) {
    it(`${group.user ?? 'public'}${group.phone ? ' on a phone' : ''}: ${group.paths.join(', ')}`, async () => {
      const { context, page } = await h.open('zh-CN', { phone: group.phone, bypassCsp: true });
      if (group.user) await h.signIn(page, group.user);
      const problems: string[] = [];
      for (const path of group.paths) {
        await page.goto(path);
        await page.waitForLoadState('networkidle');
        await page.locator('h1').first().waitFor();
        for (const v of await violations(page)) problems.push(`${path}: ${v}`);
      }
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
});
