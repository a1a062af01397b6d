import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { dec, decText, sum } from '../src/kernel/money';
import { startTestApp, type TestApp } from './support/app';
import { buyer, declarationOf, flow, GINSENG, LAVER, NOODLE, partyKeys, sendAll, type Keys } from './support/clearance';
import { dbTargets } from './support/db';
import { arrive, CRAB, exportFlow, exportKeys, exportOf, PEAR, sendExport } from './support/export';

interface Figures {
  declarations: number;
  released: number;
  value: string;
  tax: string;
  parcels: number;
}
type Row = Figures & { imports: Figures; exports: Figures };
interface Stats {
  period: { from: string; to: string };
  totals: Row;
  byDay: (Row & { day: string })[];
  byMode: (Row & { mode: string; label: string })[];
  byCountry: (Row & { country: string; name: string })[];
  byBelt: (Row & { belt: string; label: string })[];
  byEnterprise: (Row & { code: string | null; label: string; others?: number })[];
  enterprises: number;
}

const TODAY = '2026-11-28';
const money = (xs: (string | null | undefined)[]) => decText(sum(xs.map((x) => dec(x ?? '0'))), 2);
const sumOf = (rows: Figures[], k: 'value' | 'tax') => money(rows.map((r) => r[k]));
const countOf = (rows: Figures[], k: 'declarations' | 'released' | 'parcels') => rows.reduce((a, r) => a + r[k], 0);
const minus = (a: string, b: string) => decText(dec(a).minus(b), 2);

for (const target of dbTargets()) {
  describe(`zone statistics [${target}]`, () => {
    let app: TestApp;
    let keys: Keys;
    let baseline: Stats;
    const sent = { imports: [] as { country: string; value: string; tax: string }[], exports: [] as { country: string; mode: string; value: string }[] };

    const stats = async (query = `from=${TODAY}&to=${TODAY}`, as = 'zone.admin') => {
      const res = await app.inject({ method: 'GET', url: `/api/statistics/zone?${query}`, as });
      assert.equal(res.statusCode, 200, res.body);
      return res.json() as Stats;
    };

    before(async () => {
      app = await startTestApp(target, { config: { TUMEN_INSPECTION_RATE: '0' } });
      keys = { ...(await partyKeys(app)), ...(await exportKeys(app)) };
      baseline = await stats();
      // Imports from Korea, Japan and Russia, each by a buyer of its own, released on the test clock's day.
      for (const [i, country, lines] of [
        [1, '133', [LAVER, NOODLE]],
        [2, '116', [GINSENG]],
        [3, '344', [LAVER]],
      ] as const) {
        const { spec, docs } = flow(app, { buyer: buyer(i), country, lines: [...lines] });
        await sendAll(app, keys, docs);
        const d = await declarationOf(app, spec.orderNo);
        assert.equal(d?.state, 'released', JSON.stringify(d?.problems));
        // The dutiable value is the goods and the freight the documents carry.
        const goods = sum(spec.lines.map((l) => dec(l.price).times(l.qty)));
        assert.equal(decText(dec(d.amount as string), 2), decText(goods.plus(spec.freight ?? '0'), 2));
        sent.imports.push({ country, value: d.amount as string, tax: d.taxTotal! });
      }
      // Exports: 9610 to Korea and Russia, 9710 B2B to Japan.
      for (const [country, mode, lines] of [
        ['133', '9610', [CRAB, PEAR]],
        ['344', '9610', [CRAB]],
        ['116', '9710', [PEAR]],
      ] as const) {
        const f = exportFlow(app, { country, tradeMode: mode, statisticsFlag: mode === '9610' ? 'B' : 'A', lines: [...lines] });
        await sendExport(app, keys, f.docs);
        await arrive(app, keys, [f.spec.logisticsNo]);
        const v = await exportOf(app, f.spec.orderNo);
        assert.equal(v.state, 'released', JSON.stringify(v.problems));
        assert.equal(decText(dec(v.value!), 2), money(f.spec.lines.map((l) => decText(dec(l.price).times(l.qty), 2))));
        sent.exports.push({ country, mode, value: v.value! });
      }
    });
    after(() => app.close());

    it('totals grow by exactly the declarations sent: counts, value and tax to the fen', async () => {
      const s = await stats();
      const d = (k: 'declarations' | 'released' | 'parcels', flowKey: 'imports' | 'exports') => s.totals[flowKey][k] - baseline.totals[flowKey][k];
      assert.equal(d('declarations', 'imports'), 3);
      assert.equal(d('released', 'imports'), 3);
      assert.equal(d('parcels', 'imports'), 3);
      assert.equal(d('declarations', 'exports'), 3);
      assert.equal(d('released', 'exports'), 3);
      assert.equal(d('parcels', 'exports'), 3);
      assert.equal(minus(s.totals.imports.value, baseline.totals.imports.value), money(sent.imports.map((x) => x.value)));
      assert.equal(minus(s.totals.imports.tax, baseline.totals.imports.tax), money(sent.imports.map((x) => x.tax)));
      assert.equal(minus(s.totals.exports.value, baseline.totals.exports.value), money(sent.exports.map((x) => x.value)));
      assert.equal(s.totals.exports.tax, '0.00');
      assert.equal(s.totals.value, money([s.totals.imports.value, s.totals.exports.value]));
      assert.ok(dec(money(sent.imports.map((x) => x.tax))).gt(0), 'the imports carried tax');
    });

    it('every breakdown sums to the totals, and each country and mode moved by what was sent there', async () => {
      const s = await stats();
      for (const [name, rows] of Object.entries({ byDay: s.byDay, byMode: s.byMode, byCountry: s.byCountry, byEnterprise: s.byEnterprise })) {
        assert.equal(sumOf(rows, 'value'), s.totals.value, `${name} value`);
        assert.equal(sumOf(rows, 'tax'), s.totals.tax, `${name} tax`);
        for (const k of ['declarations', 'released', 'parcels'] as const) assert.equal(countOf(rows, k), s.totals[k], `${name} ${k}`);
      }
      assert.equal(sumOf(s.byBelt, 'value'), s.totals.value, 'belts value');
      assert.equal(sumOf(s.byBelt, 'tax'), s.totals.tax, 'belts tax');
      for (const country of ['133', '116', '344']) {
        const now = s.byCountry.find((r) => r.country === country)!;
        const was = baseline.byCountry.find((r) => r.country === country)!;
        assert.equal(minus(now.imports.value, was.imports.value), money(sent.imports.filter((x) => x.country === country).map((x) => x.value)), `imports ${country}`);
        assert.equal(minus(now.imports.tax, was.imports.tax), money(sent.imports.filter((x) => x.country === country).map((x) => x.tax)), `tax ${country}`);
        assert.equal(minus(now.exports.value, was.exports.value), money(sent.exports.filter((x) => x.country === country).map((x) => x.value)), `exports ${country}`);
      }
      const b2b = s.byMode.find((r) => r.mode === '9710')!;
      assert.equal(minus(b2b.exports.value, baseline.byMode.find((r) => r.mode === '9710')!.exports.value), money(sent.exports.filter((x) => x.mode === '9710').map((x) => x.value)));
      // The export of crab counts in the seafood belt, the pear in fruit (data/reference/industry-belts.csv).
      assert.ok(dec(s.byBelt.find((r) => r.belt === 'seafood')!.exports.value).gt(baseline.byBelt.find((r) => r.belt === 'seafood')!.exports.value));
      assert.ok(dec(s.byBelt.find((r) => r.belt === 'fruit')!.exports.value).gt(baseline.byBelt.find((r) => r.belt === 'fruit')!.exports.value));
    });

    it('puts Korea, Japan and Russia first, then the rest by value, named in the reader’s language', async () => {
      const s = await stats(`from=2026-11-01&to=${TODAY}&lang=ko`);
      assert.deepEqual(s.byCountry.slice(0, 3).map((r) => r.country), ['133', '116', '344']);
      assert.equal(s.byCountry[0]!.name, '대한민국');
      const rest = s.byCountry.slice(3).map((r) => dec(r.value));
      for (let i = 1; i < rest.length; i++) assert.ok(rest[i - 1]!.gte(rest[i]!), 'the rest by value');
      assert.equal(s.byDay.length, 28);
      assert.equal(s.byBelt.find((r) => r.belt === 'cosmetics')!.label, '화장품');
      assert.ok(s.byMode.every((r) => r.label.startsWith(r.mode)));
    });

    it('lists the top enterprises and sums the others in one row', async () => {
      const s = await stats(`from=2026-11-01&to=${TODAY}&limit=1`);
      assert.equal(s.byEnterprise.length, s.enterprises > 1 ? 2 : 1);
      if (s.enterprises > 1) assert.equal(s.byEnterprise[1]!.others, s.enterprises - 1);
      assert.equal(sumOf(s.byEnterprise, 'value'), s.totals.value);
    });

    it('refuses a period that ends before it starts, or is too long', async () => {
      const res = await app.inject({ method: 'GET', url: '/api/statistics/zone?from=2026-11-10&to=2026-11-01&lang=en', as: 'zone.admin' });
      assert.equal(res.statusCode, 400);
      assert.match((res.json() as { error: { message: string } }).error.message, /2026-11-10/);
      const long = await app.inject({ method: 'GET', url: '/api/statistics/zone?from=2024-01-01&to=2026-11-01', as: 'zone.admin' });
      assert.equal(long.statusCode, 400);
    });

    it('exports the figures as XLSX with one sheet per breakdown, headers in the caller’s language', async () => {
      const s = await stats(`from=2026-11-01&to=${TODAY}`);
      for (const url of [`/api/statistics/zone.xlsx?from=2026-11-01&to=${TODAY}&lang=ru`, `/api/statistics/zone?from=2026-11-01&to=${TODAY}&format=xlsx&lang=ru`]) {
        const res = await app.inject({ method: 'GET', url, as: 'zone.admin' });
        assert.equal(res.statusCode, 200, res.body);
        assert.match(String(res.headers['content-type']), /spreadsheetml/);
        assert.match(String(res.headers['content-disposition']), /zone-statistics-2026-11-01-2026-11-28\.xlsx/);
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
        assert.deepEqual(wb.worksheets.map((w) => w.name), ['Итоги', 'По дням', 'По режимам', 'По странам', 'По кластерам', 'По предприятиям']);
        const summary = wb.getWorksheet('Итоги')!;
        assert.equal(summary.getRow(1).getCell(2).value, 'Деклараций');
        assert.equal(summary.getRow(2).getCell(4).value, Number(s.totals.value));
        assert.equal(summary.getRow(2).getCell(4).numFmt, '#,##0.00');
        const countries = wb.getWorksheet('По странам')!;
        assert.deepEqual([2, 3, 4].map((r) => countries.getRow(r).getCell(1).value), ['133', '116', '344']);
        assert.equal(wb.getWorksheet('По дням')!.rowCount, 1 + 28);
      }
    });

    it('is for the zone office and commerce only: an enterprise or another department gets 403', async () => {
      await stats(`from=2026-11-01&to=${TODAY}`, 'commerce.admin');
      for (const as of ['hanbit.admin', 'customs.admin', 'tax.admin']) {
        const res = await app.inject({ method: 'GET', url: '/api/statistics/zone', as });
        assert.equal(res.statusCode, 403, as);
        const xlsx = await app.inject({ method: 'GET', url: '/api/statistics/zone.xlsx', as });
        assert.equal(xlsx.statusCode, 403, as);
      }
      assert.equal((await app.inject({ method: 'GET', url: '/api/statistics/zone' })).statusCode, 401);
    });
  });
}
