// Screenshots of the portal's main pages in each of the five languages, for review:
//   npm run screenshots [-- --out dist/screenshots] [--lang ko]
// Starts Tumen with the demo data on a throw-away embedded database, sends a few import clearances so the
// pages have something to show, and drives Debian's Chromium through every page, signed in as the right user.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { flow, partyKeys, sendAll, buyer } from '../test/support/clearance';
import { LANGS, haveChromium, CHROMIUM, screenshot, startPortal, type Lang } from '../test/support/browser';

const { values } = parseArgs({ options: { out: { type: 'string', default: 'dist/screenshots' }, lang: { type: 'string', multiple: true } } });
if (!haveChromium) {
  console.error(`no Chromium at ${CHROMIUM}: apt-get install chromium fonts-noto-cjk`);
  process.exit(1);
}
const langs = (values.lang?.length ? values.lang : LANGS) as Lang[];

/** Who sees which page: the signed-in user (none for public pages) and the path. */
const PAGES: { name: string; user: string | null; path: string; phone?: boolean }[] = [
  { name: 'public-home', user: null, path: '/' },
  { name: 'public-enterprises', user: null, path: '/public/enterprises' },
  { name: 'public-negative-list', user: null, path: '/public/negative-list' },
  { name: 'public-quota-phone', user: null, path: '/public/quota', phone: true },
  { name: 'public-errors', user: null, path: '/public/errors' },
  { name: 'public-register', user: null, path: '/public/register' },
  { name: 'login', user: null, path: '/login' },
  { name: 'enterprise-overview', user: 'hanbit.admin', path: '/enterprise' },
  { name: 'enterprise-filing', user: 'hanbit.admin', path: '/enterprise/filing' },
  { name: 'enterprise-products', user: 'hanbit.admin', path: '/enterprise/products' },
  { name: 'enterprise-product-import', user: 'hanbit.admin', path: '/enterprise/products/import' },
  { name: 'enterprise-declarations', user: 'hanbit.admin', path: '/enterprise/declarations' },
  { name: 'enterprise-exports', user: 'hanbit.admin', path: '/enterprise/exports' },
  { name: 'enterprise-aftercare', user: 'hanbit.admin', path: '/enterprise/aftercare' },
  { name: 'enterprise-ceb', user: 'hanbit.admin', path: '/enterprise/ceb' },
  { name: 'enterprise-api-keys', user: 'hanbit.admin', path: '/enterprise/api-keys' },
  { name: 'enterprise-webhooks', user: 'hanbit.admin', path: '/enterprise/webhooks' },
  { name: 'enterprise-credit', user: 'hanbit.admin', path: '/enterprise/credit' },
  { name: 'regulator-overview', user: 'customs.admin', path: '/regulator' },
  { name: 'regulator-review', user: 'customs.admin', path: '/regulator/review' },
  { name: 'regulator-inspections', user: 'customs.admin', path: '/regulator/inspections' },
  { name: 'regulator-filings', user: 'customs.admin', path: '/regulator/filings' },
  { name: 'regulator-alerts', user: 'customs.admin', path: '/regulator/alerts' },
  { name: 'regulator-rules', user: 'customs.admin', path: '/regulator/rules' },
  { name: 'regulator-rule-editor', user: 'customs.admin', path: '/regulator/rules/new' },
  { name: 'regulator-credit', user: 'customs.admin', path: '/regulator/credit' },
  { name: 'regulator-search', user: 'customs.admin', path: '/regulator/search' },
  { name: 'commerce-statistics', user: 'commerce.admin', path: '/regulator/statistics' },
  { name: 'zone-dashboard', user: 'zone.admin', path: '/zone' },
  { name: 'zone-enterprises', user: 'zone.admin', path: '/zone/enterprises' },
  { name: 'zone-code-tables', user: 'zone.admin', path: '/zone/code-tables' },
  { name: 'zone-audit', user: 'zone.admin', path: '/zone/audit' },
];

const h = await startPortal({ TUMEN_INSPECTION_RATE: '0' });
try {
  process.stdout.write('sending demo clearances');
  const keys = await partyKeys(h.app);
  for (let i = 0; i < 6; i++) {
    const { docs } = flow(h.app, { buyer: buyer(i) });
    await sendAll(h.app, keys, docs);
    process.stdout.write('.');
  }
  process.stdout.write('\n');
  const total = langs.length * PAGES.length;
  let done = 0;
  for (const lang of langs) {
    const signedIn = new Map<string, Awaited<ReturnType<typeof h.open>>>();
    for (const p of PAGES) {
      const key = `${p.user ?? '-'}${p.phone ? ':phone' : ''}`;
      let session = signedIn.get(key);
      if (!session) {
        session = await h.open(lang, { phone: p.phone });
        if (p.user) await h.signIn(session.page, p.user);
        signedIn.set(key, session);
      }
      await session.page.goto(`${p.path}${p.path.includes('?') ? '&' : '?'}lang=${lang}`);
      await session.page.waitForLoadState('networkidle');
      const file = await screenshot(session.page, path.join(values.out!, lang), p.name);
      done += 1;
      console.log(`[${done}/${total}] ${file}`);
    }
    for (const s of signedIn.values()) await s.context.close();
  }
} finally {
  await h.close();
}
