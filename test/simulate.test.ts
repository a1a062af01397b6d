// `tumen simulate` against a real listening Tumen (a test app on a loopback port): in process, where the
// report can be checked against the platform's own state, and as the CLI a user runs (`--json`, progress on
// stderr, exit status), including a platform that is not there.
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { CASES, simulate, type SimulateReport } from '../src/cli/commands/simulate';
import { startTestApp, type TestApp } from './support/app';
import { dbTargets } from './support/db';
import { runCli, show, tumenEnv } from './support/process';

const PASS = ['800', '500', '300'];

/** What the seeded generator decided, independent of the run's numbers and of the platform's answers. */
function scenario(r: SimulateReport) {
  return r.imports.map((i) => [i.case, i.seller, i.platform, i.agent, i.tradeMode, i.amount].join(' '));
}

for (const target of dbTargets()) {
  describe(`tumen simulate [${target}]`, { timeout: 180_000 }, () => {
    let app: TestApp;
    let url = '';
    let first: SimulateReport;

    before(async () => {
      // The public quota check is rate-limited per client; both runs below read all 36 demo buyers' quotas.
      app = await startTestApp(target, { config: { TUMEN_PUBLIC_RATE_LIMIT_MAX: '100000' } });
      await app.server.listen({ port: 0, host: '127.0.0.1' });
      url = `http://127.0.0.1:${(app.server.server.address() as AddressInfo).port}`;
    });
    after(() => app.close());

    it('40 imports, 20 % bad: every inventory final, good cases through, bad cases rejected as labelled, counts add up', async () => {
      const phases = new Set<string>();
      first = await simulate({ url, orders: 40, concurrency: 8, bad: 0.2, fraud: 0.02, seed: 7, timeout: 60 }, { progress: (phase) => phases.add(phase) });
      const r = first;
      assert.deepEqual([...phases].sort(), ['receipts', 'sending']);
      assert.deepEqual(r.inventories, { total: 40, final: 40, pending: 0 });
      assert.equal(r.imports.length, 40);

      const unexpected = r.imports.filter((i) => !i.asExpected);
      assert.deepEqual(unexpected, [], JSON.stringify(unexpected, null, 2));
      for (const i of r.imports) {
        if (CASES[i.case].expected === 'pass') assert.ok(PASS.includes(i.status), `${i.orderNo} (${i.case}): ${i.status} ${i.info}`);
        else assert.equal(i.status, i.expected, `${i.orderNo} (${i.case}): ${i.info}`);
        assert.equal(i.expected, CASES[i.case].expected);
      }
      // Each bad kind came up at least once (the kinds take turns), and so did the goods of every seller and 1210.
      const cases = new Set(r.imports.map((i) => i.case));
      for (const c of ['bad_consignee_phone', 'bad_payment_amount', 'bad_unfiled_item', 'bad_id_number', 'bad_over_limit'] as const) assert.ok(cases.has(c), `a ${c} case`);
      const bad = r.imports.filter((i) => i.case.startsWith('bad_')).length;
      assert.ok(bad >= 5 && bad <= 16, `${bad} bad cases of 40 at 20 %`);
      assert.deepEqual(new Set(r.imports.map((i) => i.seller)), new Set(['hanbit', 'cheongja', 'kedr', 'naniwa']));
      assert.ok(r.imports.some((i) => i.tradeMode === '1210'));
      // Overseas sellers declare through their domestic agents.
      for (const i of r.imports) if (i.seller === 'naniwa') assert.equal(i.agent, 'zhengheng');
      for (const i of r.imports) if (i.seller === 'kedr') assert.equal(i.agent, 'hanbit');

      // The counts add up.
      const sumOf = (xs: { count: number }[]) => xs.reduce((s, x) => s + x.count, 0);
      assert.equal(sumOf(r.byStatus), 40);
      assert.equal(sumOf(r.byCase), 40);
      assert.equal(r.asExpected, 40);
      for (const c of r.byCase) assert.equal(Object.values(c.got).reduce((s, n) => s + n, 0), c.count, c.case);
      assert.equal(r.documents.sent, 160);
      assert.equal(r.documents.errors, 0);
      assert.equal(r.documents.accepted + r.documents.refused, 160);
      for (const t of Object.values(r.documents.byType)) assert.equal(t.sent, 40);
      assert.ok(r.documents.perSecond > 0 && r.seconds.total >= r.seconds.sending);
      // Inventories refused on arrival: the unfiled item, the invalid ID number, over 5,000.
      const refusedOnArrival = r.imports.filter((i) => ['bad_unfiled_item', 'bad_id_number', 'bad_over_limit'].includes(i.case)).length;
      assert.equal(r.documents.byType.CEB621Message!.refused, refusedOnArrival);

      // The platform agrees: every released import is a released declaration; the rejected ones are rejected.
      for (const i of r.imports.filter((x) => x.status === '800' || x.status === '100').slice(0, 12)) {
        const res = await app.inject({ method: 'GET', url: `/api/clearance/declarations?orderNo=${i.orderNo}`, as: 'customs.admin' });
        const state = (res.json() as { items: { state: string }[] }).items[0]?.state;
        if (i.status === '800') assert.equal(state, 'released', i.orderNo);
        else if (i.case === 'bad_consignee_phone' || i.case === 'bad_payment_amount' || i.case === 'fraud_one_payer') assert.equal(state, 'rejected', i.orderNo);
      }
      // The run's API keys were revoked at the end.
      assert.ok(r.keys.created >= 6);
      assert.equal(r.keys.revoked, r.keys.created);
      const keys = await app.inject({ method: 'GET', url: `/api/orgs/${app.orgId.zhengheng}/api-keys`, as: 'zhengheng.admin' });
      const mine = (keys.json() as { items: { name: string; revokedAt: string | null }[] }).items.filter((k) => k.name.startsWith('tumen simulate'));
      assert.ok(mine.length >= 1 && mine.every((k) => k.revokedAt !== null));
    });

    it('the CLI: the same seed gives the same imports; --json on stdout, progress on stderr, exit 0', async () => {
      assert.ok(first, 'the first run happened');
      const env = tumenEnv({ TUMEN_DATA_DIR: '/nonexistent/tumen-simulate' });
      const run = await runCli(['simulate', '--orders', '40', '--bad', '0.2', '--seed', '7', '--url', url, '--json'], env, 120_000);
      assert.equal(run.code, 0, show(run));
      const r = JSON.parse(run.stdout) as SimulateReport;
      assert.match(run.stderr, /sending imports 100%\s+40\/40/);
      assert.match(run.stderr, /final receipts/);
      assert.deepEqual(scenario(r), scenario(first));
      assert.equal(r.asExpected, 40, JSON.stringify(r.imports.filter((i) => !i.asExpected), null, 2));
      // New numbers each run: the documents of the first run are not sent again.
      assert.equal(new Set([...r.imports, ...first.imports].map((i) => i.orderNo)).size, 80);

      // The table, with both fraud patterns (seed 2 draws each once at this share).
      const text = await runCli(['simulate', '--orders', '8', '--bad', '0', '--fraud', '0.5', '--seed', '2', '--url', url], env, 120_000);
      assert.equal(text.code, 0, show(text));
      assert.match(text.stdout, /^tumen simulate: 8 imports against /);
      assert.match(text.stdout, /^documents\s+32 sent in [\d.]+ s: [\d.]+ documents\/s/m);
      assert.match(text.stdout, /^inventories 8 of 8 final/m);
      assert.match(text.stdout, /^800\s+Released\s+\d+$/m);
      assert.match(text.stdout, /^good\s+800\/500\/300\s+(\d+)\s+\1\s/m);
      assert.match(text.stdout, /^fraud_one_payer\s+100\s+(\d+)\s+\1\s+100×\1$/m);
      assert.match(text.stdout, /^fraud_split\s+800\/500\/300\s+(\d+)\s+\1\s/m);
      assert.match(text.stdout, /^total\s+8\s+8$/m);

      // In Korean (TUMEN_LANG): the same table in words of the language, its columns aligned by display width
      // (a Hangul syllable takes two columns); progress, refusals and option errors in Korean too.
      const ko = await runCli(['simulate', '--orders', '4', '--bad', '0', '--fraud', '0', '--seed', '3', '--url', url], { ...env, TUMEN_LANG: 'ko' }, 120_000);
      assert.equal(ko.code, 0, show(ko));
      assert.match(ko.stdout, /^tumen simulate: .+에 수입 4건 전송\(시드 3, /);
      assert.match(ko.stdout, /^서류 [\d.]+초 동안 16건 전송: 초당 [\d.]+건; 도착 시 16건 접수, 0건 거부$/m);
      assert.match(ko.stdout, /^목록 4건 중 4건 최종 결과; 총 [\d.]+초$/m);
      assert.match(ko.stderr, /수입 전송 100%\s+4\/4/);
      assert.doesNotMatch(ko.stdout, /\b(sent|imports|final|released|expected|revoked)\b/);
      const lines = ko.stdout.split('\n');
      const head = lines.findIndex((l) => l.startsWith('상태'));
      assert.ok(head > 0, ko.stdout);
      assert.match(lines[head]!, /^상태 {2}의미\s+건수$/);
      assert.match(lines[head + 1]!, /^800 {3}반출 허가\s+\d+$/);
      // Every row of the status table ends in the same terminal column (the count column is right-aligned).
      const cols = (l: string) => [...l].reduce((n, ch) => n + (/[\u1100-\u11ff\uac00-\ud7a3]/.test(ch) ? 2 : 1), 0);
      const statusRows = lines.slice(head, lines.indexOf('', head));
      assert.ok(statusRows.length >= 2);
      assert.equal(new Set(statusRows.map(cols)).size, 1, statusRows.join('\n'));
      assert.match(ko.stdout, /^사례\s+예상\s+건수\s+예상대로\s+결과$/m);
      assert.match(ko.stdout, /^합계\s+4\s+4$/m);
      assert.match(ko.stdout, /^API 키: \d+개 생성, \d+개 폐기$/m);
    });

    it('export traffic: 30 lists of every case end as labelled, the counts add up and the platform agrees; the CLI shows them in Japanese', async () => {
      const r = await simulate({ url, orders: 0, exports: 30, concurrency: 4, bad: 0, fraud: 0, seed: 11, timeout: 60 });
      const x = r.exports!;
      assert.equal(r.imports.length, 0);
      assert.deepEqual(x.lists, { total: 30, final: 30 }, JSON.stringify(x.exports.map((e) => [e.case, e.status, e.info])));
      const odd = x.exports.filter((e) => !e.asExpected);
      assert.deepEqual(odd, [], JSON.stringify(odd, null, 2));
      assert.ok(x.byCase.length >= 4, x.byCase.map((c) => c.case).join(', '));
      assert.equal(x.byStatus.reduce((n, s) => n + s.count, 0), 30);
      assert.equal(x.documents.byType.CEB603Message!.sent, 30);
      assert.equal(x.documents.errors, 0);
      for (const e of x.exports.slice(0, 10)) {
        const res = await app.inject({ method: 'GET', url: `/api/export/declarations?orderNo=${e.orderNo}`, as: 'customs.admin' });
        const state = (res.json() as { items: { state: string }[] }).items[0]?.state;
        assert.equal(state, { '899': 'cleared', '100': 'rejected', '399': 'audited', '500': 'inspection' }[e.status], `${e.orderNo} ${e.case}`);
      }
      const env = tumenEnv({ TUMEN_DATA_DIR: '/nonexistent/tumen-simulate', TUMEN_LANG: 'ja' });
      const run = await runCli(['simulate', '--orders', '0', '--export', '6', '--seed', '4', '--url', url], env, 120_000);
      assert.equal(run.code, 0, show(run));
      assert.match(run.stdout, /^輸出申告リスト：6 件中 6 件が最終結果/m);
      assert.match(run.stdout, /^合計\s+6\s+6$/m);
      assert.match(run.stderr, /輸出を送信 100%\s+6\/6/);
    });

    it('an unreachable platform or bad options: exit status 1 and a message', async () => {
      const env = tumenEnv({ TUMEN_DATA_DIR: '/nonexistent/tumen-simulate' });
      const down = await runCli(['simulate', '--orders', '1', '--url', 'http://127.0.0.1:9'], env);
      assert.equal(down.code, 1, show(down));
      assert.match(down.stderr, /cannot reach http:\/\/127\.0\.0\.1:9/);
      const downRu = await runCli(['simulate', '--orders', '1', '--url', 'http://127.0.0.1:9'], { ...env, TUMEN_LANG: 'ru' });
      assert.equal(downRu.code, 1, show(downRu));
      assert.match(downRu.stderr, /Не удаётся подключиться к http:\/\/127\.0\.0\.1:9/);
      const shares = await runCli(['simulate', '--orders', '1', '--bad', '0.7', '--fraud', '0.7', '--url', url], { ...env, TUMEN_LANG: 'ja' });
      assert.equal(shares.code, 1, show(shares));
      assert.match(shares.stderr, /--bad と --fraud の合計が 1 を超えています/);
      const wrong = await runCli(['simulate', '--orders', '1.5', '--url', url], env);
      assert.equal(wrong.code, 1, show(wrong));
      assert.match(wrong.stderr, /--orders/);
      assert.match(wrong.stderr, /a whole number from 0 to 100000/);
      const wrongZh = await runCli(['simulate', '--orders', '1.5', '--url', url], { ...env, TUMEN_LANG: 'zh-CN' });
      assert.match(wrongZh.stderr, /应为 0 到 100000 之间的整数/);
      const nothing = await runCli(['simulate', '--orders', '0', '--url', url], env);
      assert.equal(nothing.code, 1, show(nothing));
      assert.match(nothing.stderr, /Nothing to simulate/);
    });
  });
}
