import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { rows } from '../src/db/database';
import { parseCeb } from '../src/modules/ceb';
import { generateSm2KeyPair, issueCertificate } from '../src/modules/ceb/signature';
import { DEMO_ORGS, makeUscc } from '../src/modules/identity';
import { raiseAlerts } from '../src/modules/risk/alerts';
import { DEMO_RESIDENTS } from '../src/modules/verification';
import { businessReady, REQUEST_TYPE_NAMES, sampleXml } from './support/ceb';
import { startTestApp, type TestApp } from './support/app';
import { dbTargets } from './support/db';
import { portalAsset } from './support/web';

/**
 * Every route × every kind of caller. An enterprise never reads another's resources (404), a department
 * never reads outside its scope (404), no credentials gives 401. The test fails when a route exists that
 * the matrix does not cover.
 */

// The kinds of caller: anonymous, enterprise admin and member, each department, the zone office (admin
// and member), and API keys with and without the scope.
const USERS = {
  hanbit: 'hanbit.admin', // enterprise A: platform + e-commerce enterprise, agent of the Russian overseas seller
  hanbitMember: 'hanbit.clerk', // enterprise A, member (created in setup)
  cheongja: 'cheongja.admin', // enterprise B
  customs: 'customs.admin',
  tax: 'tax.admin',
  forex: 'forex.admin',
  commerce: 'commerce.admin',
  police: 'police.admin',
  transport: 'transport.admin',
  postal: 'postal.admin',
  market: 'market.admin',
  zone: 'zone.admin',
  zoneStaff: 'zone.staff',
} as const;
type CallerName = keyof typeof USERS | 'anonymous' | 'keyScoped' | 'keyUnscoped';
const CALLERS: CallerName[] = ['anonymous', ...(Object.keys(USERS) as (keyof typeof USERS)[]), 'keyScoped', 'keyUnscoped'];

/** Each caller's own organisation (demo key), for "own resource" requests. */
const OWN_ORG: Record<Exclude<CallerName, 'anonymous'>, string> = {
  hanbit: 'hanbit',
  hanbitMember: 'hanbit',
  cheongja: 'cheongja',
  customs: 'yanji-customs',
  tax: 'yanji-tax',
  forex: 'yanbian-forex',
  commerce: 'yanji-commerce',
  police: 'yanji-police',
  transport: 'yanji-transport',
  postal: 'yanbian-postal',
  market: 'yanji-market',
  zone: 'zone-office',
  zoneStaff: 'zone-office',
  keyScoped: 'hanbit',
  keyUnscoped: 'hanbit',
};

const DEPT_SEES_ALL = ['customs', 'tax', 'forex', 'commerce', 'market', 'zone', 'zoneStaff'];

let seq = 0;
function registration() {
  seq++;
  const body = `${String(seq).padStart(4, '0')}AW${process.pid % 1000}`.padEnd(9, '0').slice(0, 9);
  return {
    organisation: {
      uscc: makeUscc(`91222401${body}`),
      nameZh: `测试企业${seq}`,
      names: { en: `Test Enterprise ${seq}` },
      roles: ['ebc'],
      address: '吉林省延边朝鲜族自治州延吉市测试路1号',
      contactName: '测试',
      contactPhone: '0433-0000000',
    },
    admin: { username: `reg${seq}.${process.pid}`, displayName: '测试管理员', password: 'correct horse battery' },
  };
}

type Expect = number | ((caller: CallerName) => number | number[]);
interface Case {
  route: string; // "METHOD /url" as registered
  name: string;
  /** Builds the request for a caller (the URL may depend on who calls). */
  request: (caller: CallerName) => Promise<{ method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'; url: string; payload?: object | string; contentType?: string }>;
  expect: Expect;
  /** Extra checks on a 2xx answer. */
  check?: (caller: CallerName, body: unknown) => void;
}

for (const target of dbTargets()) {
  describe(`authorisation matrix [${target}]`, () => {
    let app: TestApp;
    const tokens = new Map<CallerName, string>();
    const asHeader = (caller: CallerName) => {
      const t = tokens.get(caller);
      return t ? { authorization: `Bearer ${t}` } : {};
    };
    const org = (key: string) => app.orgId[key]!;

    before(async () => {
      // The CEB cases send the official samples, whose parties and goods are not filed here: the message layer alone.
      app = await startTestApp(target, { config: { TUMEN_CLEARANCE_RULES: 'off' } });
      for (const [name, username] of Object.entries(USERS)) {
        if (name === 'hanbitMember') continue;
        tokens.set(name as CallerName, await app.tokenFor(username));
      }
      const member = await app.inject({
        method: 'POST',
        url: `/api/orgs/${org('hanbit')}/users`,
        as: USERS.hanbit,
        payload: { username: USERS.hanbitMember, displayName: '韩光职员', password: 'Tumen-demo-2026', role: 'member' },
      });
      assert.equal(member.statusCode, 201, member.body);
      tokens.set('hanbitMember', await app.tokenFor(USERS.hanbitMember));
      for (const [name, scopes] of [
        ['keyScoped', ['orgs.read', 'audit.read']],
        ['keyUnscoped', ['audit.read']],
      ] as const) {
        const res = await app.inject({ method: 'POST', url: `/api/orgs/${org('hanbit')}/api-keys`, as: USERS.hanbit, payload: { name, scopes } });
        assert.equal(res.statusCode, 201, res.body);
        tokens.set(name, (res.json() as { key: string }).key);
      }
    });
    after(() => app.close());

    const filingOf = async (key: string) => {
      const res = await app.inject({ method: 'GET', url: `/api/registry/enterprise-filings?limit=500`, as: USERS.zone });
      return (res.json() as { items: { id: string; orgId: string; status: string }[] }).items.find((i) => i.orgId === org(key) && i.status !== 'superseded')!.id;
    };
    /** A fresh enterprise with an ebc filing waiting for customs. */
    const pendingFiling = async () => {
      const reg = await app.inject({ method: 'POST', url: '/api/registrations', payload: registration() });
      const body = reg.json() as { organisation: { id: string }; admin: { username: string } };
      const login = await app.server.inject({ method: 'POST', url: '/api/auth/login', payload: { username: body.admin.username, password: 'correct horse battery' } });
      const filed = await app.server.inject({
        method: 'POST',
        url: '/api/registry/enterprise-filings',
        headers: { authorization: `Bearer ${(login.json() as { token: string }).token}` },
        payload: { nameZh: '待审', legalRepresentative: '法人', address: '延吉市', roles: ['ebc'], contacts: [{ name: '联系人', phone: '0433-0000000' }] },
      });
      assert.equal(filed.statusCode, 201, filed.body);
      return (filed.json() as { id: string }).id;
    };
    const product = (suffix: string) => ({
      itemNo: `AUTH-${suffix}-${process.pid}`,
      hsCode: '3304990099',
      nameZh: '保湿面霜',
      originCountry: 'KOR',
      legalUnit: '035',
      referencePrice: '120.00',
      currency: 'CNY',
    });
    let cheongjaProductId: string | undefined;
    const cheongjaProduct = async () => {
      if (cheongjaProductId) return cheongjaProductId;
      const res = await app.inject({ method: 'POST', url: '/api/registry/products', as: USERS.cheongja, payload: product('CJ') });
      assert.equal(res.statusCode, 201, res.body);
      cheongjaProductId = (res.json() as { id: string }).id;
      return cheongjaProductId;
    };
    const own = (c: CallerName) => (c === 'anonymous' ? org('hanbit') : org(OWN_ORG[c]));
    const isUser = (c: CallerName) => c !== 'anonymous' && c !== 'keyScoped' && c !== 'keyUnscoped';
    const isAdmin = (c: CallerName) => isUser(c) && c !== 'hanbitMember' && c !== 'zoneStaff';
    /** An administrator of the caller's organisation (the caller itself when it is one). */
    const adminFor = (c: CallerName): CallerName => (isAdmin(c) ? c : c === 'zoneStaff' ? 'zone' : 'hanbit');
    const newWebhook = async (owner: CallerName) => {
      const res = await app.server.inject({ method: 'POST', url: '/api/webhooks', headers: asHeader(adminFor(owner)), payload: { url: 'https://hooks.example.com/tumen', events: ['ceb.receipt'] } });
      assert.equal(res.statusCode, 201, res.body);
      return (res.json() as { id: string }).id;
    };
    const webhookIds = new Map<CallerName, string>();
    /** One webhook per organisation, shared by the cases that leave it in place. */
    const webhookOf = async (c: CallerName) => {
      const admin = adminFor(c);
      const id = webhookIds.get(admin) ?? (await newWebhook(admin));
      webhookIds.set(admin, id);
      return id;
    };
    const othersWebhook = (c: CallerName) => webhookOf(c === 'cheongja' ? 'hanbit' : 'cheongja');
    const canManageWebhooks = (c: CallerName) => (c === 'anonymous' ? 401 : isAdmin(c) ? 200 : 403);
    // The standard data interface: enterprises send and read their own messages; administrators manage keys.
    const ENTERPRISE_USERS: CallerName[] = ['hanbit', 'hanbitMember', 'cheongja'];
    const cebSubmit = (ok: number) => (c: CallerName) => (c === 'anonymous' ? 401 : ENTERPRISE_USERS.includes(c) ? ok : 403);
    const cebAdmin = (ok: number) => (c: CallerName) => (c === 'anonymous' ? 401 : c === 'hanbit' || c === 'cheongja' ? ok : 403);
    const customsCodeOf = async (c: CallerName) => (await rows<{ code: string }>(app.ctx.db, sql`select coalesce(customs_code, 'NONE') as code from organisations where id = ${own(c)}`))[0]!.code;
    /** A message the caller's organisation may send; the same per organisation, so a repeat is answered from the first. */
    const cebXml = async (c: CallerName, type = 'CEB311Message') => businessReady(sampleXml(type), await customsCodeOf(c), { tag: `A${OWN_ORG[c === 'anonymous' ? 'hanbit' : c].slice(0, 4)}${type.slice(3, 6)}` });
    const cebDocument = async (c: CallerName, type: string) => {
      const parsed = parseCeb(await cebXml(c, type), { signatureOptional: true });
      assert.ok(parsed.ok);
      return parsed.document as object;
    };
    const documentOf = async (org: 'hanbit' | 'cheongja') => {
      const found = await rows<{ id: string }>(app.ctx.db, sql`select id from ceb_documents where sender_org_id = ${app.orgId[org]} order by created_at limit 1`);
      if (found[0]) return found[0].id;
      const res = await app.server.inject({ method: 'POST', url: '/api/ceb', headers: { ...asHeader(org), 'content-type': 'application/xml' }, payload: await cebXml(org) });
      assert.equal(res.statusCode, 200, res.body);
      return (await rows<{ id: string }>(app.ctx.db, sql`select id from ceb_documents where sender_org_id = ${app.orgId[org]} order by created_at limit 1`))[0]!.id;
    };
    const freshCertificate = () => {
      const keyPair = generateSm2KeyPair();
      const now = app.clock.now();
      return issueCertificate({ subject: { commonName: `auth ${++seq}` }, keyPair, notBefore: now, notAfter: new Date(now.getTime() + 86_400_000 * 30), serialNumber: (1000 + seq).toString(16) }).toString('base64');
    };
    const certificateOf = async (org: 'hanbit' | 'cheongja') => {
      const res = await app.server.inject({ method: 'POST', url: '/api/ceb/certificates', headers: asHeader(org), payload: { certificate: freshCertificate() } });
      assert.equal(res.statusCode, 201, res.body);
      return (res.json() as { id: string }).id;
    };
    // Bonded account books: the centre's operator (lingdong, not a matrix caller) keeps one for cheongja.
    const BONDED_EMS = 'T2224WAUTH01';
    let bondedReady: Promise<void> | undefined;
    const bondedBook = async () => {
      bondedReady ??= (async () => {
        const headers = { authorization: `Bearer ${await app.tokenFor('lingdong.admin')}` };
        const code = await rows<{ code: string }>(app.ctx.db, sql`select customs_code as code from organisations where id = ${org('cheongja')}`);
        const opened = await app.server.inject({ method: 'POST', url: '/api/bonded/books', headers, payload: { emsNo: BONDED_EMS, ebcCustomsCode: code[0]!.code } });
        assert.equal(opened.statusCode, 201, opened.body);
        const entered = await app.server.inject({ method: 'POST', url: `/api/bonded/books/${BONDED_EMS}/entries`, headers, payload: { reference: 'AUTH-1', lines: [{ itemRecordNo: 'CJ-CREAM-50', qty: '10' }] } });
        assert.equal(entered.statusCode, 201, entered.body);
      })();
      await bondedReady;
      return BONDED_EMS;
    };
    const BONDED_READERS: CallerName[] = ['hanbit', 'hanbitMember', 'cheongja', 'customs'];
    /** The book's enterprise and customs read it; hanbit (an e-commerce enterprise, not party to it) is told it does not exist. */
    const bondedRead = (c: CallerName) => (c === 'anonymous' ? 401 : c === 'cheongja' || c === 'customs' ? 200 : BONDED_READERS.includes(c) ? 404 : 403);

    // Import clearance: a released declaration hanbit is party to (platform and seller), cheongja is not. The
    // clearance rules are off in this app (see above), so the row is written as the flow would leave it.
    let declarationReady: Promise<string> | undefined;
    const declarationId = () =>
      (declarationReady ??= (async () => {
        const id = app.ctx.newId();
        const now = app.clock.now().toISOString();
        await rows(
          app.ctx.db,
          sql`insert into clr_declarations (id, environment, ebp_code, order_no, state, trade_mode, order_org_id, ebc_org_id, invt_no, first_seen_at, updated_at, released_at)
              values (${id}, 'production', '222496D001', 'AUTH-ORDER-1', 'released', '9610', ${org('hanbit')}, ${org('hanbit')}, '15002026I000000001', ${now}, ${now}, ${now})`,
        );
        return id;
      })());
    const CLEARANCE_READERS: CallerName[] = ['hanbit', 'hanbitMember', 'cheongja', 'customs', 'tax'];
    const clearanceRead = (c: CallerName) => (c === 'anonymous' ? 401 : CLEARANCE_READERS.includes(c) ? 200 : 403);
    const customsOnly = (ok: number) => (c: CallerName) => (c === 'anonymous' ? 401 : c === 'customs' ? ok : 403);

    // Export clearance: a released export list hanbit is party to (platform and seller), cheongja is not.
    let exportReady: Promise<string> | undefined;
    const exportId = () =>
      (exportReady ??= (async () => {
        const id = app.ctx.newId();
        const now = app.clock.now().toISOString();
        await rows(
          app.ctx.db,
          sql`insert into exp_declarations (id, environment, ebp_code, order_no, state, trade_mode, statistics_flag, order_org_id, ebc_org_id, invt_no, first_seen_at, updated_at, released_at)
              values (${id}, 'production', '222496D001', 'AUTH-EXPORT-1', 'released', '9610', 'B', ${org('hanbit')}, ${org('hanbit')}, '15002026E000000001', ${now}, ${now}, ${now})`,
        );
        return id;
      })());
    const EXPORT_READERS: CallerName[] = ['hanbit', 'hanbitMember', 'cheongja', 'customs', 'tax', 'commerce', 'zone', 'zoneStaff'];
    const exportRead = (c: CallerName) => (c === 'anonymous' ? 401 : EXPORT_READERS.includes(c) ? 200 : 403);
    const hanbitCode = () => DEMO_ORGS.find((o) => o.key === 'hanbit')!.customsCode!;

    // Credit and risk: departments with enterprises in scope and the zone office read grades; customs decides levels,
    // the negative list and repairs; risk rules belong to customs, forex and market supervision.
    const KEY_OR_ANON = (c: CallerName) => (c === 'anonymous' ? 401 : 403);
    const CREDIT_READERS: CallerName[] = ['customs', 'tax', 'forex', 'commerce', 'market', 'transport', 'postal', 'zone', 'zoneStaff'];
    const creditRead = (c: CallerName) => (CREDIT_READERS.includes(c) ? 200 : KEY_OR_ANON(c));
    const RULE_READERS: CallerName[] = ['customs', 'forex', 'market', 'zone', 'zoneStaff'];
    const rulesRead = (c: CallerName) => (RULE_READERS.includes(c) ? 200 : KEY_OR_ANON(c));
    const DEPARTMENT_USERS: CallerName[] = ['customs', 'tax', 'forex', 'commerce', 'police', 'transport', 'postal', 'market'];
    /** An alert routed to customs: customs acts on it, the zone office reads it, other departments do not find it. */
    const customsAlert = (ok: number, zone: number) => (c: CallerName) => (c === 'customs' ? ok : DEPARTMENT_USERS.includes(c) ? 404 : c === 'zone' || c === 'zoneStaff' ? zone : KEY_OR_ANON(c));
    const RULE_DEPARTMENT: Partial<Record<CallerName, string>> = { customs: 'customs', forex: 'forex', market: 'market_supervision' };
    /** The alert queue of each department caller. */
    const QUEUE: Partial<Record<CallerName, string>> = { customs: 'customs', tax: 'tax', forex: 'forex', commerce: 'commerce', police: 'public_security', transport: 'transport', postal: 'postal', market: 'market_supervision' };
    /** Credit readers whose scope holds hanbit (an e-commerce enterprise): all but transport and postal (logistics only). */
    const seesHanbitCredit = (c: CallerName) => CREDIT_READERS.includes(c) && c !== 'transport' && c !== 'postal';
    const explanation = { 'zh-CN': '授权测试规则', ko: '권한 시험 규칙', ja: '権限テストのルール', ru: 'Правило проверки прав', en: 'Authorisation test rule' };
    const ruleDefinition = { combine: 'all', conditions: [{ field: 'amount', op: 'gt', value: '4000' }] };
    const versionBody = { definition: ruleDefinition, action: 'review', score: 0, explanation };
    const ruleBody = (code: string, department = 'customs') => ({ code, department, ...versionBody });
    const customsRules = new Map<string, Promise<void>>();
    /** A customs rule created once, for the cases that edit or retire it. */
    const customsRule = (code: string) => {
      let p = customsRules.get(code);
      if (!p) {
        p = (async () => {
          const res = await app.inject({ method: 'POST', url: '/api/risk/rules', as: USERS.customs, payload: ruleBody(code) });
          assert.equal(res.statusCode, 201, res.body);
        })();
        customsRules.set(code, p);
      }
      return p.then(() => code);
    };
    const newCustomsAlert = async () => {
      const [id] = await raiseAlerts(app.ctx.db, app.ctx, [{ environment: 'production', at: app.clock.now(), department: 'customs', ruleCode: 'price_below_reference', ruleVersion: 1, severity: 'medium', subject: { test: 'authorisation' }, explanation: { params: {} } }]);
      return id!;
    };
    let openAlert: Promise<string> | undefined;
    let disposedAlert: Promise<string> | undefined;
    const disposed = () =>
      (disposedAlert ??= (async () => {
        const id = await newCustomsAlert();
        const res = await app.inject({ method: 'POST', url: `/api/risk/alerts/${id}/disposal`, as: USERS.customs, payload: { action: 'inspect', reason: '授权测试' } });
        assert.equal(res.statusCode, 200, res.body);
        return id;
      })());
    let hanbitEntry: Promise<string> | undefined;
    let hanbitEntryId: string | undefined;
    /** Hanbit listed four months ago for overdue tax (repairable on application after three). */
    const listedHanbit = () =>
      (hanbitEntry ??= (async () => {
        const res = await app.inject({ method: 'POST', url: '/api/credit/negative-list', as: USERS.customs, payload: { orgId: org('hanbit'), cause: '税款逾期（授权测试）', causeKey: 'art22_tax_overdue', start: new Date(app.clock.now().getTime() - 120 * 86_400_000).toISOString(), disclosed: false } });
        assert.equal(res.statusCode, 201, res.body);
        hanbitEntryId = (res.json() as { id: string }).id;
        return hanbitEntryId;
      })());
    let hanbitRepair: Promise<string> | undefined;
    const repairOfHanbit = () =>
      (hanbitRepair ??= (async () => {
        const list = await app.inject({ method: 'GET', url: '/api/credit/repairs?state=applied', as: USERS.customs });
        const entry = await listedHanbit();
        const found = (list.json() as { items: { id: string; entryId: string }[] }).items.find((r) => r.entryId === entry);
        if (found) return found.id;
        const res = await app.inject({ method: 'POST', url: `/api/credit/negative-list/${entry}/repairs`, as: USERS.hanbit, payload: { statement: '税款已缴清', documents: [{ name: '完税证明', reference: 'AUTH-TAX-1' }] } });
        assert.equal(res.statusCode, 201, res.body);
        return (res.json() as { id: string }).id;
      })());
    let creditModel: Promise<Record<string, unknown>> | undefined;
    const modelInForce = () =>
      (creditModel ??= (async () => {
        const res = await app.inject({ method: 'GET', url: '/api/credit/models', as: USERS.zone });
        return (res.json() as { items: { model: Record<string, unknown> }[] }).items[0]!.model;
      })());
    const backtestWindow = { from: '2026-11-01T00:00:00+08:00', to: '2026-11-29T00:00:00+08:00' };
    /** The exporting enterprise its own evidence (cheongja is told hanbit's does not exist); tax and customs any. */
    const reportRead = (c: CallerName) => (c === 'anonymous' ? 401 : c === 'cheongja' ? 404 : ['hanbit', 'hanbitMember', 'tax', 'customs'].includes(c) ? 200 : 403);

    const cases: Case[] = [
      { route: 'GET /health', name: 'liveness', request: async () => ({ method: 'GET', url: '/health' }), expect: 200 },
      { route: 'GET /ready', name: 'readiness', request: async () => ({ method: 'GET', url: '/ready' }), expect: 200 },
      { route: 'GET /', name: 'portal page /', request: async () => ({ method: 'GET', url: '/' }), expect: 200 },
      { route: 'GET /login', name: 'portal page /login', request: async () => ({ method: 'GET', url: '/login' }), expect: 200 },
      { route: 'GET /public/*', name: 'portal page /public/*', request: async () => ({ method: 'GET', url: '/public/quota' }), expect: 200 },
      { route: 'GET /enterprise', name: 'portal page /enterprise', request: async () => ({ method: 'GET', url: '/enterprise' }), expect: 200 },
      { route: 'GET /enterprise/*', name: 'portal page /enterprise/*', request: async () => ({ method: 'GET', url: '/enterprise/declarations' }), expect: 200 },
      { route: 'GET /regulator', name: 'portal page /regulator', request: async () => ({ method: 'GET', url: '/regulator' }), expect: 200 },
      { route: 'GET /regulator/*', name: 'portal page /regulator/*', request: async () => ({ method: 'GET', url: '/regulator/alerts' }), expect: 200 },
      { route: 'GET /zone', name: 'portal page /zone', request: async () => ({ method: 'GET', url: '/zone' }), expect: 200 },
      { route: 'GET /zone/*', name: 'portal page /zone/*', request: async () => ({ method: 'GET', url: '/zone/dashboard' }), expect: 200 },
      { route: 'GET /assets/:name', name: 'portal asset', request: async () => ({ method: 'GET', url: `/assets/${portalAsset()}` }), expect: 200 },
      { route: 'GET /openapi.json', name: 'OpenAPI document', request: async () => ({ method: 'GET', url: '/openapi.json' }), expect: 200 },
      {
        route: 'POST /api/registrations',
        name: 'self-registration is public',
        request: async () => ({ method: 'POST', url: '/api/registrations', payload: registration() }),
        expect: 201,
        check: (_c, body) => assert.equal((body as { organisation: { status: string } }).organisation.status, 'pending'),
      },
      {
        route: 'POST /api/auth/login',
        name: 'login is public',
        request: async () => ({ method: 'POST', url: '/api/auth/login', payload: { username: 'guiwan.admin', password: 'Tumen-demo-2026' } }),
        expect: 200,
      },
      {
        route: 'GET /api/auth/me',
        name: 'who am I',
        request: async () => ({ method: 'GET', url: '/api/auth/me' }),
        expect: (c) => (c === 'anonymous' ? 401 : 200),
        check: (c, body) => assert.equal((body as { organisation: { id: string } }).organisation.id, own(c)),
      },
      {
        route: 'GET /api/orgs',
        name: 'list organisations in scope',
        request: async () => ({ method: 'GET', url: '/api/orgs?kind=enterprise' }),
        expect: (c) => (c === 'anonymous' ? 401 : c === 'keyUnscoped' ? 403 : 200),
        check: (c, body) => {
          const items = (body as { items: { id: string; roles: string[]; agentOrgId: string | null }[] }).items;
          const ids = new Set(items.map((i) => i.id));
          if (DEPT_SEES_ALL.includes(c)) assert.ok(items.length >= 20, `${c} sees all enterprises`);
          else if (c === 'police') assert.equal(items.length, 0);
          else if (c === 'transport' || c === 'postal') {
            assert.ok(items.length >= 2);
            assert.ok(items.every((i) => i.roles.includes('logistics')), `${c} sees logistics enterprises only`);
          } else if (c === 'cheongja') {
            // Itself and the Korean overseas seller it is agent for.
            assert.deepEqual(ids, new Set([org('cheongja'), org('solbaram')]));
          } else {
            assert.deepEqual(ids, new Set([org('hanbit'), org('kedr')]), `${c} sees its own organisation and its overseas principal`);
          }
        },
      },
      {
        route: 'GET /api/orgs/:id',
        name: "another enterprise's record (an e-commerce enterprise)",
        request: async () => ({ method: 'GET', url: `/api/orgs/${org('guiwan')}` }),
        expect: (c) => (c === 'anonymous' ? 401 : c === 'keyUnscoped' ? 403 : DEPT_SEES_ALL.includes(c) ? 200 : 404),
      },
      {
        route: 'GET /api/orgs/:id',
        name: "a logistics enterprise's record",
        request: async () => ({ method: 'GET', url: `/api/orgs/${org('tongling')}` }),
        expect: (c) => (c === 'anonymous' ? 401 : c === 'keyUnscoped' ? 403 : [...DEPT_SEES_ALL, 'transport', 'postal'].includes(c) ? 200 : 404),
      },
      {
        route: 'GET /api/orgs/:id',
        name: 'own organisation',
        request: async (c) => ({ method: 'GET', url: `/api/orgs/${own(c)}` }),
        expect: (c) => (c === 'anonymous' ? 401 : c === 'keyUnscoped' ? 403 : 200),
      },
      {
        route: 'GET /api/orgs/:id',
        name: 'an unknown id',
        request: async () => ({ method: 'GET', url: '/api/orgs/01a22060-0000-7000-8000-000000000000' }),
        expect: (c) => (c === 'anonymous' ? 401 : c === 'keyUnscoped' ? 403 : 404),
      },
      {
        route: 'POST /api/orgs/:id/review',
        name: 'activate a pending enterprise',
        request: async (c) => {
          const reg = await app.inject({ method: 'POST', url: '/api/registrations', payload: registration() });
          assert.equal(reg.statusCode, 201, reg.body);
          void c;
          return { method: 'POST', url: `/api/orgs/${(reg.json() as { organisation: { id: string } }).organisation.id}/review`, payload: { action: 'activate' } };
        },
        expect: (c) => (c === 'anonymous' ? 401 : c === 'zone' || c === 'zoneStaff' || c === 'commerce' ? 200 : 403),
        check: (_c, body) => assert.equal((body as { status: string }).status, 'active'),
      },
      {
        route: 'GET /api/orgs/:id/users',
        name: "own organisation's users",
        request: async (c) => ({ method: 'GET', url: `/api/orgs/${own(c)}/users` }),
        expect: (c) => (c === 'anonymous' ? 401 : isUser(c) ? 200 : 403),
      },
      {
        route: 'GET /api/orgs/:id/users',
        name: "another organisation's users",
        request: async (c) => ({ method: 'GET', url: `/api/orgs/${c === 'cheongja' ? org('hanbit') : org('cheongja')}/users` }),
        expect: (c) => (c === 'anonymous' ? 401 : isUser(c) ? 404 : 403),
      },
      {
        route: 'POST /api/orgs/:id/users',
        name: 'add a user to own organisation',
        request: async (c) => {
          seq++;
          return { method: 'POST', url: `/api/orgs/${own(c)}/users`, payload: { username: `u${seq}.${process.pid}`, displayName: '新用户', password: 'Tumen-demo-2026' } };
        },
        expect: (c) => (c === 'anonymous' ? 401 : isAdmin(c) ? 201 : 403),
      },
      {
        route: 'POST /api/orgs/:id/users',
        name: 'add a user to another organisation',
        request: async (c) => {
          seq++;
          return {
            method: 'POST',
            url: `/api/orgs/${c === 'cheongja' ? org('hanbit') : org('cheongja')}/users`,
            payload: { username: `x${seq}.${process.pid}`, displayName: '外人', password: 'Tumen-demo-2026' },
          };
        },
        expect: (c) => (c === 'anonymous' ? 401 : isAdmin(c) ? 404 : 403),
      },
      {
        route: 'GET /api/orgs/:id/api-keys',
        name: "own organisation's API keys",
        request: async (c) => ({ method: 'GET', url: `/api/orgs/${own(c)}/api-keys` }),
        expect: (c) => (c === 'anonymous' ? 401 : isAdmin(c) ? 200 : 403),
        check: (_c, body) => assert.ok(JSON.stringify(body).indexOf('"key"') === -1, 'listings never carry the key itself'),
      },
      {
        route: 'GET /api/orgs/:id/api-keys',
        name: "another organisation's API keys",
        request: async (c) => ({ method: 'GET', url: `/api/orgs/${c === 'cheongja' ? org('hanbit') : org('cheongja')}/api-keys` }),
        expect: (c) => (c === 'anonymous' ? 401 : isAdmin(c) ? 404 : 403),
      },
      {
        route: 'POST /api/orgs/:id/api-keys',
        name: 'create an API key for own organisation',
        request: async (c) => ({ method: 'POST', url: `/api/orgs/${own(c)}/api-keys`, payload: { name: 'matrix', scopes: ['orgs.read'] } }),
        expect: (c) => (c === 'anonymous' ? 401 : isAdmin(c) ? 201 : 403),
        check: (_c, body) => assert.match((body as { key: string }).key, /^tk_test_/),
      },
      {
        route: 'POST /api/orgs/:id/api-keys',
        name: 'create an API key for another organisation',
        request: async (c) => ({ method: 'POST', url: `/api/orgs/${c === 'cheongja' ? org('hanbit') : org('cheongja')}/api-keys`, payload: { name: 'x', scopes: ['orgs.read'] } }),
        expect: (c) => (c === 'anonymous' ? 401 : isAdmin(c) ? 404 : 403),
      },
      {
        route: 'DELETE /api/orgs/:id/api-keys/:keyId',
        name: 'revoke own API key',
        request: async (c) => {
          const owner = isAdmin(c) ? c : 'hanbit';
          const created = await app.inject({ method: 'POST', url: `/api/orgs/${own(owner)}/api-keys`, headers: asHeader(owner), payload: { name: 'to revoke', scopes: ['orgs.read'] } });
          assert.equal(created.statusCode, 201, created.body);
          return { method: 'DELETE', url: `/api/orgs/${own(owner)}/api-keys/${(created.json() as { id: string }).id}` };
        },
        expect: (c) => (c === 'anonymous' ? 401 : isAdmin(c) ? 200 : 403),
        check: (_c, body) => assert.ok((body as { revokedAt: string | null }).revokedAt),
      },
      {
        route: 'DELETE /api/orgs/:id/api-keys/:keyId',
        name: "revoke another organisation's API key",
        request: async (c) => {
          const victim = c === 'cheongja' ? 'hanbit' : 'cheongja';
          const created = await app.inject({ method: 'POST', url: `/api/orgs/${own(victim)}/api-keys`, headers: asHeader(victim), payload: { name: 'victim', scopes: ['orgs.read'] } });
          return { method: 'DELETE', url: `/api/orgs/${own(victim)}/api-keys/${(created.json() as { id: string }).id}` };
        },
        expect: (c) => (c === 'anonymous' ? 401 : isAdmin(c) ? 404 : 403),
      },
      {
        route: 'GET /api/audit',
        name: 'audit rows in scope',
        request: async () => ({ method: 'GET', url: '/api/audit?limit=500' }),
        expect: (c) => (c === 'anonymous' ? 401 : 200),
        check: (c, body) => {
          const chains = new Set((body as { items: { chain: string }[] }).items.map((i) => i.chain));
          if (c === 'zone' || c === 'zoneStaff') assert.ok(chains.size > 5, 'the zone office sees every chain');
          else assert.deepEqual([...chains], [`org:${own(c)}`], `${c} sees only its own chain`);
        },
      },
      {
        route: 'POST /api/audit/verify',
        name: 'verify the audit log',
        request: async () => ({ method: 'POST', url: '/api/audit/verify' }),
        expect: (c) => (c === 'anonymous' ? 401 : c === 'zone' || c === 'zoneStaff' ? 200 : 403),
        check: (_c, body) => assert.equal((body as { ok: boolean }).ok, true),
      },
      {
        route: 'GET /api/public/enterprises',
        name: 'public qualification query',
        request: async () => ({ method: 'GET', url: `/api/public/enterprises?q=${encodeURIComponent('延吉')}` }),
        expect: 200,
      },
      {
        route: 'POST /api/registry/enterprise-filings',
        name: 'file a change of one’s own enterprise filing',
        request: async () => ({
          method: 'POST',
          url: '/api/registry/enterprise-filings',
          payload: { nameZh: '变更', legalRepresentative: '法人', address: '延吉市', roles: ['ebc'], contacts: [{ name: '联系人', phone: '0433-0000000' }] },
        }),
        // The first enterprise caller files; a second version while one is under review is refused.
        expect: (c) => (c === 'anonymous' ? 401 : c.startsWith('key') ? 403 : ['hanbit', 'hanbitMember', 'cheongja'].includes(c) ? [201, 409] : 403),
      },
      {
        route: 'GET /api/registry/enterprise-filings',
        name: 'enterprise filings in scope',
        request: async () => ({ method: 'GET', url: '/api/registry/enterprise-filings' }),
        expect: (c) => (c === 'anonymous' ? 401 : c.startsWith('key') ? 403 : 200),
        check: (c, body) => {
          const orgs = new Set((body as { items: { orgId: string }[] }).items.map((i) => i.orgId));
          if (['hanbit', 'hanbitMember', 'cheongja'].includes(c)) assert.deepEqual([...orgs], [own(c)]);
          if (c === 'police') assert.equal(orgs.size, 0);
        },
      },
      {
        route: 'GET /api/registry/enterprise-filings/:id',
        name: "another enterprise's filing (an e-commerce enterprise)",
        request: async () => ({ method: 'GET', url: `/api/registry/enterprise-filings/${await filingOf('guiwan')}` }),
        expect: (c) => (c === 'anonymous' ? 401 : c.startsWith('key') ? 403 : DEPT_SEES_ALL.includes(c) ? 200 : 404),
      },
      {
        route: 'POST /api/registry/enterprise-filings/:id/reviews',
        name: 'review an e-commerce enterprise’s filing (customs only)',
        request: async () => ({ method: 'POST', url: `/api/registry/enterprise-filings/${await pendingFiling()}/reviews`, payload: { decision: 'approved' } }),
        expect: (c) => (c === 'anonymous' ? 401 : c.startsWith('key') ? 403 : c === 'customs' ? 200 : DEPT_SEES_ALL.includes(c) ? 403 : 404),
      },
      ...(['withdraw', 'suspend', 'reinstate', 'cancel'] as const).map(
        (event): Case => ({
          route: `POST /api/registry/enterprise-filings/:id/${event}`,
          name: `${event} another enterprise's filing`,
          request: async () => ({ method: 'POST', url: `/api/registry/enterprise-filings/${await filingOf('guiwan')}/${event}`, payload: {} }),
          expect: (c) => {
            if (c === 'anonymous') return 401;
            if (c.startsWith('key')) return 403;
            if (!DEPT_SEES_ALL.includes(c)) return 404;
            if (event === 'withdraw') return 403;
            // Competent: customs and the zone office; the state decides between success and 409.
            return c === 'customs' || c === 'zone' || c === 'zoneStaff' ? [200, 409] : 403;
          },
        }),
      ),
      { route: 'GET /api/reference/tables', name: 'code tables (public)', request: async () => ({ method: 'GET', url: '/api/reference/tables' }), expect: 200 },
      { route: 'GET /api/reference/codes/:table', name: 'a code table (public)', request: async () => ({ method: 'GET', url: '/api/reference/codes/currency' }), expect: 200 },
      { route: 'GET /api/reference/tariff/:hsCode', name: 'a tariff line (public)', request: async () => ({ method: 'GET', url: '/api/reference/tariff/1901101000' }), expect: 200 },
      {
        route: 'POST /api/reference/tariff/:hsCode/versions',
        name: 'a new tariff version (customs, zone office)',
        request: async () => {
          seq++;
          return { method: 'POST', url: '/api/reference/tariff/6110200090/versions', payload: { effectiveFrom: `${2030 + seq}-01-01`, mfnRate: '0.0600' } };
        },
        expect: (c) => (c === 'anonymous' ? 401 : ['customs', 'zone', 'zoneStaff'].includes(c) ? 201 : 403),
      },
      {
        route: 'POST /api/reference/tariff/import',
        name: 'import a positive list (customs, zone office)',
        request: async () => {
          seq++;
          return { method: 'POST', url: `/api/reference/tariff/import?kind=positive_list&effectiveFrom=${2100 + seq}-01-01`, payload: '税则号列,商品名称\n85167100,咖啡机\n', contentType: 'text/csv' };
        },
        expect: (c) => (c === 'anonymous' ? 401 : ['customs', 'zone', 'zoneStaff'].includes(c) ? 200 : 403),
      },
      {
        route: 'GET /api/registry/products',
        name: 'product filings in scope',
        request: async () => ({ method: 'GET', url: '/api/registry/products' }),
        expect: (c) => (c === 'anonymous' ? 401 : c.startsWith('key') ? 403 : 200),
        check: (c, body) => {
          const owners = new Set((body as { items: { orgId: string }[] }).items.map((i) => i.orgId));
          if (['hanbit', 'hanbitMember', 'cheongja'].includes(c)) assert.ok([...owners].every((o) => o === own(c)), `${c} sees only its own products`);
          if (['police', 'tax', 'forex', 'transport', 'postal'].includes(c)) assert.equal(owners.size, 0, `${c} sees no product it is not party to`);
        },
      },
      {
        route: 'POST /api/registry/products',
        name: 'file a product',
        request: async () => {
          seq++;
          return { method: 'POST', url: '/api/registry/products', payload: product(`M${seq}`) };
        },
        expect: (c) => (c === 'anonymous' ? 401 : ['hanbit', 'hanbitMember', 'cheongja'].includes(c) ? 201 : 403),
      },
      {
        route: 'GET /api/registry/products/template',
        name: 'bulk filing template',
        request: async () => ({ method: 'GET', url: '/api/registry/products/template?format=csv' }),
        expect: (c) => (c === 'anonymous' ? 401 : [200, 403]),
      },
      {
        route: 'GET /api/registry/products/:id',
        name: "another enterprise's product",
        request: async () => ({ method: 'GET', url: `/api/registry/products/${await cheongjaProduct()}` }),
        expect: (c) => (c === 'anonymous' ? 401 : c.startsWith('key') ? 403 : ['cheongja', 'customs', 'market', 'commerce', 'zone', 'zoneStaff'].includes(c) ? 200 : 404),
      },
      {
        route: 'POST /api/registry/products/:id/versions',
        name: "a new version of another enterprise's product",
        request: async () => ({ method: 'POST', url: `/api/registry/products/${await cheongjaProduct()}/versions`, payload: (({ itemNo: _i, ...rest }) => rest)(product('X')) }),
        expect: (c) => (c === 'anonymous' ? 401 : c === 'cheongja' ? [201, 409] : c.startsWith('key') || !['hanbit', 'hanbitMember'].includes(c) ? [403, 404] : 404),
      },
      {
        route: 'POST /api/registry/products/:id/reviews',
        name: 'review a product filing (customs, market supervision)',
        request: async () => ({ method: 'POST', url: `/api/registry/products/${await cheongjaProduct()}/reviews`, payload: { decision: 'approved' } }),
        expect: (c) => (c === 'anonymous' ? 401 : c === 'customs' || c === 'market' ? [200, 409] : ['cheongja', 'commerce', 'zone', 'zoneStaff'].includes(c) ? [403, 409] : [403, 404]),
      },
      ...(['withdraw', 'suspend', 'reinstate', 'cancel'] as const).map(
        (event): Case => ({
          route: `POST /api/registry/products/:id/${event}`,
          name: `${event} a product filing`,
          request: async () => ({ method: 'POST', url: `/api/registry/products/${await cheongjaProduct()}/${event}`, payload: {} }),
          expect: (c) => {
            if (c === 'anonymous') return 401;
            if (['keyScoped', 'keyUnscoped', 'hanbit', 'hanbitMember', 'tax', 'forex', 'police', 'transport', 'postal'].includes(c)) return [403, 404];
            return [200, 403, 409];
          },
        }),
      ),
      {
        route: 'POST /api/registry/products/import',
        name: 'bulk filing',
        request: async () => ({ method: 'POST', url: '/api/registry/products/import', payload: 'item_no\n', contentType: 'text/csv' }),
        expect: (c) => (c === 'anonymous' ? 401 : ['hanbit', 'hanbitMember', 'cheongja'].includes(c) ? [200, 400] : 403),
      },
      {
        route: 'POST /api/webhooks',
        name: 'register a webhook for one’s own organisation',
        request: async () => ({ method: 'POST', url: '/api/webhooks', payload: { url: 'https://hooks.example.com/new', events: ['ceb.receipt'] } }),
        expect: (c) => (c === 'anonymous' ? 401 : isAdmin(c) ? 201 : 403),
        check: (c, body) => {
          const w = body as { orgId: string; secret: string };
          assert.equal(w.orgId, own(c));
          assert.match(w.secret, /^whsec_/);
        },
      },
      {
        route: 'GET /api/webhooks',
        name: 'own webhooks only',
        request: async (c) => {
          await othersWebhook(c);
          return { method: 'GET', url: '/api/webhooks' };
        },
        expect: (c) => (c === 'anonymous' ? 401 : isUser(c) ? 200 : 403),
        check: (c, body) => {
          const items = (body as { items: { orgId: string }[] }).items;
          assert.ok(items.every((w) => w.orgId === own(c)), `${c} sees only its own webhooks`);
          assert.equal(JSON.stringify(body).includes('whsec_'), false, 'listings never carry the secret');
        },
      },
      {
        route: 'PATCH /api/webhooks/:id',
        name: 'change own webhook',
        request: async (c) => ({ method: 'PATCH', url: `/api/webhooks/${await webhookOf(c)}`, payload: { description: 'changed' } }),
        expect: canManageWebhooks,
      },
      {
        route: 'PATCH /api/webhooks/:id',
        name: "change another organisation's webhook",
        request: async (c) => ({ method: 'PATCH', url: `/api/webhooks/${await othersWebhook(c)}`, payload: { url: 'https://attacker.example.com/' } }),
        expect: (c) => (canManageWebhooks(c) === 200 ? 404 : canManageWebhooks(c)),
      },
      {
        route: 'DELETE /api/webhooks/:id',
        name: 'delete own webhook',
        request: async (c) => ({ method: 'DELETE', url: `/api/webhooks/${isAdmin(c) ? await newWebhook(c) : await webhookOf(c)}` }),
        expect: (c) => (canManageWebhooks(c) === 200 ? 204 : canManageWebhooks(c)),
      },
      {
        route: 'DELETE /api/webhooks/:id',
        name: "delete another organisation's webhook",
        request: async (c) => ({ method: 'DELETE', url: `/api/webhooks/${await othersWebhook(c)}` }),
        expect: (c) => (canManageWebhooks(c) === 200 ? 404 : canManageWebhooks(c)),
      },
      {
        route: 'POST /api/webhooks/:id/rotate-secret',
        name: 'rotate own webhook’s secret',
        request: async (c) => ({ method: 'POST', url: `/api/webhooks/${await webhookOf(c)}/rotate-secret` }),
        expect: canManageWebhooks,
        check: (_c, body) => assert.match((body as { secret: string }).secret, /^whsec_/),
      },
      {
        route: 'POST /api/webhooks/:id/rotate-secret',
        name: "rotate another organisation's webhook secret",
        request: async (c) => ({ method: 'POST', url: `/api/webhooks/${await othersWebhook(c)}/rotate-secret` }),
        expect: (c) => (canManageWebhooks(c) === 200 ? 404 : canManageWebhooks(c)),
      },
      {
        route: 'GET /api/webhooks/:id/deliveries',
        name: 'own delivery log',
        request: async (c) => ({ method: 'GET', url: `/api/webhooks/${await webhookOf(c)}/deliveries` }),
        expect: (c) => (c === 'anonymous' ? 401 : isUser(c) ? 200 : 403),
      },
      {
        route: 'GET /api/webhooks/:id/deliveries',
        name: "another organisation's delivery log",
        request: async (c) => ({ method: 'GET', url: `/api/webhooks/${await othersWebhook(c)}/deliveries` }),
        expect: (c) => (c === 'anonymous' ? 401 : isUser(c) ? 404 : 403),
      },
      {
        route: 'POST /api/webhooks/:id/replay',
        name: 'replay own deliveries',
        request: async (c) => ({ method: 'POST', url: `/api/webhooks/${await webhookOf(c)}/replay`, payload: { from: '2026-01-01T00:00:00Z', to: '2027-01-01T00:00:00Z' } }),
        expect: canManageWebhooks,
      },
      {
        route: 'POST /api/webhooks/:id/replay',
        name: "replay another organisation's deliveries",
        request: async (c) => ({ method: 'POST', url: `/api/webhooks/${await othersWebhook(c)}/replay`, payload: { from: '2026-01-01T00:00:00Z', to: '2027-01-01T00:00:00Z' } }),
        expect: (c) => (canManageWebhooks(c) === 200 ? 404 : canManageWebhooks(c)),
      },
      {
        route: 'POST /api/webhooks/:id/test',
        name: 'ping own webhook',
        request: async (c) => ({ method: 'POST', url: `/api/webhooks/${await webhookOf(c)}/test` }),
        expect: (c) => (canManageWebhooks(c) === 200 ? 202 : canManageWebhooks(c)),
      },
      {
        route: 'POST /api/webhooks/:id/test',
        name: "ping another organisation's webhook",
        request: async (c) => ({ method: 'POST', url: `/api/webhooks/${await othersWebhook(c)}/test` }),
        expect: (c) => (canManageWebhooks(c) === 200 ? 404 : canManageWebhooks(c)),
      },
      {
        route: 'POST /api/ceb',
        name: 'send a CEB message in one’s own name',
        request: async (c) => ({ method: 'POST', url: '/api/ceb', payload: await cebXml(c), contentType: 'application/xml' }),
        expect: cebSubmit(200),
      },
      {
        route: 'POST /api/ceb/sign',
        name: 'keyless signing (not enabled for these enterprises)',
        request: async (c) => ({ method: 'POST', url: '/api/ceb/sign', payload: await cebXml(c), contentType: 'application/xml' }),
        expect: cebSubmit(409),
      },
      ...REQUEST_TYPE_NAMES.map(
        (type): Case => ({
          route: `POST /api/ceb/documents/${type}`,
          name: `send a ${type} as JSON in one’s own name`,
          request: async (c) => ({ method: 'POST', url: `/api/ceb/documents/${type}`, payload: await cebDocument(c, type) }),
          expect: cebSubmit(200),
        }),
      ),
      {
        route: 'POST /api/ceb/batch',
        name: 'send a batch',
        request: async (c) => ({ method: 'POST', url: '/api/ceb/batch', payload: { messages: [{ xml: await cebXml(c) }] } }),
        expect: cebSubmit(200),
      },
      { route: 'GET /api/ceb/receipts', name: 'own receipt feed', request: async () => ({ method: 'GET', url: '/api/ceb/receipts' }), expect: cebSubmit(200) },
      { route: 'GET /api/ceb/documents', name: 'own documents', request: async () => ({ method: 'GET', url: '/api/ceb/documents' }), expect: cebSubmit(200) },
      {
        route: 'GET /api/ceb/documents/:id',
        name: 'a document of hanbit',
        request: async () => ({ method: 'GET', url: `/api/ceb/documents/${await documentOf('hanbit')}` }),
        expect: (c) => (c === 'anonymous' ? 401 : c === 'hanbit' || c === 'hanbitMember' ? 200 : c === 'cheongja' ? 404 : 403),
      },
      {
        route: 'POST /api/ceb/certificates',
        name: 'register a signing certificate',
        request: async () => ({ method: 'POST', url: '/api/ceb/certificates', payload: { certificate: freshCertificate() } }),
        expect: cebAdmin(201),
      },
      { route: 'GET /api/ceb/certificates', name: 'own signing certificates', request: async () => ({ method: 'GET', url: '/api/ceb/certificates' }), expect: cebAdmin(200) },
      {
        route: 'DELETE /api/ceb/certificates/:id',
        name: 'revoke own certificate',
        request: async (c) => ({ method: 'DELETE', url: `/api/ceb/certificates/${await certificateOf(c === 'cheongja' ? 'cheongja' : 'hanbit')}` }),
        expect: cebAdmin(200),
      },
      {
        route: 'DELETE /api/ceb/certificates/:id',
        name: "revoke another enterprise's certificate",
        request: async (c) => ({ method: 'DELETE', url: `/api/ceb/certificates/${await certificateOf(c === 'cheongja' ? 'hanbit' : 'cheongja')}` }),
        expect: cebAdmin(404),
      },
      { route: 'POST /api/ceb/keyless', name: 'enable keyless signing', request: async () => ({ method: 'POST', url: '/api/ceb/keyless' }), expect: cebAdmin(201) },
      {
        route: 'GET /api/verification/checks',
        name: 'the identity verification log (public security only)',
        request: async () => ({ method: 'GET', url: '/api/verification/checks' }),
        expect: (c) => (c === 'anonymous' ? 401 : c === 'police' ? 200 : 403),
      },
      {
        route: 'POST /api/verification/residents',
        name: 'register a resident with the local verification service (public security only)',
        request: async () => ({ method: 'POST', url: '/api/verification/residents', payload: { name: '授权测试', idNumber: '11010519491231002X' } }),
        expect: (c) => (c === 'anonymous' ? 401 : c === 'police' ? [200, 201] : 403),
      },
      {
        route: 'POST /api/bonded/books',
        name: 'open a bonded account book (the bonded centre operator only)',
        request: async () => {
          seq++;
          const code = await rows<{ code: string }>(app.ctx.db, sql`select customs_code as code from organisations where id = ${org('cheongja')}`);
          return { method: 'POST', url: '/api/bonded/books', payload: { emsNo: `T2224WAUTH${seq}`, ebcCustomsCode: code[0]!.code } };
        },
        expect: (c) => (c === 'anonymous' ? 401 : 403),
      },
      {
        route: 'POST /api/bonded/books/:emsNo/entries',
        name: "record an entry into another operator's book",
        request: async () => ({ method: 'POST', url: `/api/bonded/books/${await bondedBook()}/entries`, payload: { reference: 'AUTH-X', lines: [{ itemRecordNo: 'CJ-CREAM-50', qty: '1' }] } }),
        expect: (c) => (c === 'anonymous' ? 401 : 403),
      },
      {
        route: 'GET /api/bonded/books',
        name: 'bonded account books the caller is party to (all for customs)',
        request: async () => {
          await bondedBook();
          return { method: 'GET', url: '/api/bonded/books' };
        },
        expect: (c) => (c === 'anonymous' ? 401 : BONDED_READERS.includes(c) ? 200 : 403),
        check: (c, body) => {
          const items = (body as { items: { emsNo: string; ebcOrgId: string; operatorOrgId: string }[] }).items;
          if (c === 'customs' || c === 'cheongja') assert.ok(items.some((b) => b.emsNo === BONDED_EMS), `${c} sees the book`);
          if (c !== 'customs') assert.ok(items.every((b) => b.ebcOrgId === own(c) || b.operatorOrgId === own(c)), `${c} sees only its own books`);
        },
      },
      {
        route: 'GET /api/bonded/books/:emsNo/stock',
        name: "cheongja's bonded stock",
        request: async () => ({ method: 'GET', url: `/api/bonded/books/${await bondedBook()}/stock` }),
        expect: bondedRead,
      },
      {
        route: 'GET /api/bonded/books/:emsNo/moves',
        name: "cheongja's bonded stock ledger",
        request: async () => ({ method: 'GET', url: `/api/bonded/books/${await bondedBook()}/moves` }),
        expect: bondedRead,
      },
      {
        route: 'GET /api/clearance/declarations',
        name: 'declarations the caller is party to (customs and tax: all)',
        request: async () => {
          await declarationId();
          return { method: 'GET', url: '/api/clearance/declarations' };
        },
        expect: clearanceRead,
        check: (c, body) => {
          const items = (body as { items: { id: string }[] }).items;
          if (c === 'cheongja') assert.equal(items.length, 0, 'cheongja is party to none');
        },
      },
      {
        route: 'GET /api/clearance/declarations/counts',
        name: 'how many declarations the caller is party to are in each state',
        request: async () => {
          await declarationId();
          return { method: 'GET', url: '/api/clearance/declarations/counts' };
        },
        expect: clearanceRead,
        check: (c, body) => {
          if (c === 'cheongja') assert.equal((body as { total: number }).total, 0, 'cheongja is party to none');
        },
      },
      {
        route: 'GET /api/clearance/declarations/:id',
        name: "one of hanbit's declarations",
        request: async () => ({ method: 'GET', url: `/api/clearance/declarations/${await declarationId()}` }),
        expect: (c) => (c === 'cheongja' ? 404 : clearanceRead(c)),
      },
      {
        route: 'POST /api/clearance/declarations/:id/review',
        name: 'decide a manual review (customs only; this one is already released)',
        request: async () => ({ method: 'POST', url: `/api/clearance/declarations/${await declarationId()}/review`, payload: { decision: 'approve' } }),
        expect: customsOnly(409),
      },
      {
        route: 'POST /api/clearance/declarations/:id/inspection',
        name: 'record an inspection result (customs only; none is under way)',
        request: async () => ({ method: 'POST', url: `/api/clearance/declarations/${await declarationId()}/inspection`, payload: { result: 'pass' } }),
        expect: customsOnly(409),
      },
      {
        route: 'POST /api/clearance/returns/:id/arrival',
        name: 'returned goods arrived (supervision site or customs)',
        request: async () => ({ method: 'POST', url: `/api/clearance/returns/${app.ctx.newId()}/arrival` }),
        expect: customsOnly(404),
      },
      {
        route: 'GET /api/clearance/guarantees',
        name: 'tax guarantees (own; customs and tax all)',
        request: async () => ({ method: 'GET', url: '/api/clearance/guarantees' }),
        expect: clearanceRead,
      },
      {
        route: 'PUT /api/clearance/guarantees',
        name: 'set a tax guarantee (customs only)',
        request: async () => ({ method: 'PUT', url: '/api/clearance/guarantees', payload: { orgCode: DEMO_ORGS.find((o) => o.key === 'hengyue')!.uscc, amount: '5000000.00' } }),
        expect: customsOnly(200),
      },
      {
        route: 'POST /api/clearance/tax-bills/summarise',
        name: 'summarise tax bills into periodic bills (customs only)',
        request: async () => ({ method: 'POST', url: '/api/clearance/tax-bills/summarise', payload: { from: '2026-11-01T00:00:00Z', to: '2026-11-01T00:00:01Z' } }),
        expect: customsOnly(200),
      },
      {
        route: 'GET /api/clearance/period-bills',
        name: 'periodic tax bills (own; customs and tax all)',
        request: async () => ({ method: 'GET', url: '/api/clearance/period-bills' }),
        expect: clearanceRead,
      },
      {
        route: 'GET /api/export/declarations',
        name: 'export lists the caller is party to (customs, tax, commerce, zone office: all)',
        request: async () => {
          await exportId();
          return { method: 'GET', url: '/api/export/declarations' };
        },
        expect: exportRead,
        check: (c, body) => {
          const items = (body as { items: { id: string }[] }).items;
          if (c === 'cheongja') assert.equal(items.length, 0, 'cheongja is party to none');
        },
      },
      {
        route: 'GET /api/export/declarations/:id',
        name: "one of hanbit's export lists",
        request: async () => ({ method: 'GET', url: `/api/export/declarations/${await exportId()}` }),
        expect: (c) => (c === 'cheongja' ? 404 : exportRead(c)),
      },
      {
        route: 'POST /api/export/declarations/:id/inspection',
        name: 'record an export inspection result (customs only; none is under way)',
        request: async () => ({ method: 'POST', url: `/api/export/declarations/${await exportId()}/inspection`, payload: { result: 'pass' } }),
        expect: customsOnly(409),
      },
      {
        route: 'PUT /api/export/parcels/:logisticsCode/:logisticsNo/destination',
        name: 'destination data: only the carrier of the parcel (none of the callers carries this one)',
        request: async () => ({
          method: 'PUT',
          url: `/api/export/parcels/${hanbitCode()}/AUTH-PARCEL-1/destination`,
          payload: { name: '김민지', phone: '010-1234-5678', addressLines: ['서울특별시 중구 세종대로 110'], postcode: '04524', country: 'KOR', pccc: 'P123456789012' },
        }),
        expect: (c) => (exportRead(c) === 200 ? 404 : exportRead(c)),
      },
      {
        route: 'GET /api/export/parcels/:logisticsCode/:logisticsNo/label',
        name: 'a shipping label (carrier, list parties, customs; this parcel has no destination data)',
        request: async () => ({ method: 'GET', url: `/api/export/parcels/${hanbitCode()}/AUTH-PARCEL-1/label` }),
        expect: (c) => (exportRead(c) === 200 ? 404 : exportRead(c)),
      },
      { route: 'GET /api/export/destination-rules', name: 'destination country rules', request: async () => ({ method: 'GET', url: '/api/export/destination-rules' }), expect: exportRead },
      { route: 'GET /api/export/summaries', name: 'summary declarations (an agent its own, authorities all)', request: async () => ({ method: 'GET', url: '/api/export/summaries' }), expect: exportRead },
      {
        route: 'GET /api/export/summaries/pending',
        name: 'lists still to be summarised in a month',
        request: async () => ({ method: 'GET', url: `/api/export/summaries/pending?period=2026-11&agentCode=${hanbitCode()}` }),
        expect: exportRead,
      },
      { route: 'GET /api/export/summary-rules', name: 'summary grouping keys', request: async () => ({ method: 'GET', url: '/api/export/summary-rules' }), expect: exportRead },
      {
        route: 'POST /api/export/summary-rules',
        name: 'a new version of the grouping keys (customs and the zone office)',
        request: async () => ({
          method: 'POST',
          url: '/api/export/summary-rules',
          payload: { effectiveFrom: '2027-01-01', headKeys: ['agentCode', 'customsCode', 'ebcCode', 'ownerCode', 'trafMode', 'country', 'portCode'], lineKeys: ['gcode', 'currency', 'unit', 'unit1', 'country'], summaryFlag: '2', itemNameFlag: '0', source: 'authorisation test', verified: false },
        }),
        expect: (c) => (c === 'anonymous' ? 401 : ['customs', 'zone', 'zoneStaff'].includes(c) ? 201 : 403),
      },
      { route: 'GET /api/export/warehouses', name: 'the overseas warehouse register', request: async () => ({ method: 'GET', url: '/api/export/warehouses' }), expect: exportRead },
      {
        route: 'POST /api/export/warehouses',
        name: 'register an overseas warehouse (an exporting or logistics enterprise for itself, the zone office for one)',
        request: async (c) => ({
          method: 'POST',
          url: '/api/export/warehouses',
          payload: { code: `OW-AUTH-${c.toUpperCase()}`, name: '授权测试仓', country: '133', address: '인천광역시 (예시)', areaSqm: '100', tenure: 'leased', operatorOrgId: org('hanbit') },
        }),
        expect: (c) => (c === 'anonymous' ? 401 : ['hanbit', 'hanbitMember', 'cheongja', 'zone', 'zoneStaff'].includes(c) ? 201 : 403),
      },
      {
        route: 'GET /api/export/warehouses/:code/stock',
        name: 'stock in an overseas warehouse',
        request: async () => ({ method: 'GET', url: '/api/export/warehouses/OW-KR-INCHEON-01/stock' }),
        expect: exportRead,
      },
      {
        route: 'POST /api/export/warehouses/:code/sales',
        name: 'report a sale from overseas stock (exporting enterprises; nothing is in stock here)',
        request: async () => ({ method: 'POST', url: '/api/export/warehouses/OW-KR-INCHEON-01/sales', payload: { itemNo: 'NONE', qty: '1', reference: 'AUTH' } }),
        expect: (c) => (c === 'anonymous' ? 401 : ['hanbit', 'hanbitMember', 'cheongja'].includes(c) ? 409 : 403),
      },
      {
        route: 'GET /api/export/reports/exemption',
        name: "hanbit's no-invoice exemption evidence",
        request: async () => ({ method: 'GET', url: `/api/export/reports/exemption?ebcCode=${hanbitCode()}&from=2026-11-01&to=2026-11-30` }),
        expect: reportRead,
      },
      {
        route: 'GET /api/export/reports/income-tax',
        name: "hanbit's deemed income tax",
        request: async () => ({ method: 'GET', url: `/api/export/reports/income-tax?ebcCode=${hanbitCode()}&from=2026-11-01&to=2026-11-30` }),
        expect: reportRead,
      },
      // ---- credit (placed last but for the public cases: listing hanbit changes its supervision from here on)
      { route: 'GET /api/credit/me', name: 'an enterprise its own credit record', request: async () => ({ method: 'GET', url: '/api/credit/me' }), expect: (c) => (ENTERPRISE_USERS.includes(c) ? 200 : KEY_OR_ANON(c)) },
      {
        route: 'GET /api/credit/enterprises',
        name: 'grades in the department’s scope',
        request: async () => ({ method: 'GET', url: '/api/credit/enterprises?limit=200' }),
        expect: creditRead,
        check: (c, body) => {
          const ids = (body as { items: { orgId: string }[] }).items.map((i) => i.orgId);
          assert.equal(ids.includes(org('hanbit')), seesHanbitCredit(c), `${c} and hanbit's grade`);
          assert.ok(ids.includes(org('tongling')), `${c} sees the logistics enterprise's grade`);
        },
      },
      {
        route: 'GET /api/credit/enterprises/:orgId',
        name: 'one enterprise’s credit (hanbit: outside the transport and postal scope)',
        request: async () => ({ method: 'GET', url: `/api/credit/enterprises/${org('hanbit')}` }),
        expect: (c) => (c === 'transport' || c === 'postal' ? 404 : creditRead(c)),
      },
      {
        route: 'POST /api/credit/enterprises/:orgId/levels',
        name: 'customs decides an enterprise’s credit level',
        request: async () => ({ method: 'POST', url: `/api/credit/enterprises/${org('guiwan')}/levels`, payload: { levelCode: 'certified', reason: '授权测试' } }),
        expect: customsOnly(201),
      },
      {
        route: 'POST /api/credit/facts',
        name: 'a certification recorded by a competent department (customs, market supervision, commerce, the zone office)',
        request: async () => ({ method: 'POST', url: '/api/credit/facts', payload: { orgId: org('hanbit'), kind: 'certification', reference: 'AUTH-CERT' } }),
        expect: (c) => (['customs', 'market', 'commerce', 'zone', 'zoneStaff'].includes(c) ? 201 : KEY_OR_ANON(c)),
      },
      { route: 'GET /api/credit/levels', name: 'the customs credit levels (any signed-in user)', request: async () => ({ method: 'GET', url: '/api/credit/levels' }), expect: (c) => (isUser(c) ? 200 : KEY_OR_ANON(c)) },
      {
        route: 'PUT /api/credit/levels/:regime/:levelCode',
        name: 'customs sets a level’s factors',
        request: async () => ({ method: 'PUT', url: '/api/credit/levels/gacc282/certified', payload: { inspectionFactor: 0.5, reviewFactor: 0.5, inspectionFloor: null, reviewFloor: null, note: '授权测试' } }),
        expect: customsOnly(200),
      },
      {
        route: 'GET /api/credit/negative-list',
        name: 'negative-list entries in scope, undisclosed ones included (hanbit’s: outside the transport and postal scope)',
        request: async () => {
          await listedHanbit();
          return { method: 'GET', url: '/api/credit/negative-list?limit=200' };
        },
        expect: creditRead,
        check: (c, body) => assert.equal((body as { items: { id: string }[] }).items.some((e) => e.id === hanbitEntryId), seesHanbitCredit(c), `${c} and hanbit's entry`),
      },
      {
        route: 'POST /api/credit/negative-list',
        name: 'customs lists an enterprise',
        request: async () => ({ method: 'POST', url: '/api/credit/negative-list', payload: { orgId: org('lihuagu'), cause: '授权测试', causeKey: 'art22_other', disclosed: false } }),
        expect: customsOnly(201),
      },
      {
        route: 'POST /api/credit/negative-list/:id/repairs',
        name: 'the listed enterprise applies for repair (hanbit; its member then finds the application pending)',
        request: async () => ({ method: 'POST', url: `/api/credit/negative-list/${await listedHanbit()}/repairs`, payload: { statement: '税款已缴清', documents: [{ name: '完税证明', reference: 'AUTH-TAX-1' }] } }),
        expect: (c) => (c === 'hanbit' ? 201 : c === 'hanbitMember' ? 409 : c === 'cheongja' ? 404 : KEY_OR_ANON(c)),
      },
      { route: 'POST /api/credit/negative-list/maintenance', name: 'the expiry and automatic repair pass', request: async () => ({ method: 'POST', url: '/api/credit/negative-list/maintenance' }), expect: customsOnly(200) },
      {
        route: 'GET /api/credit/repairs',
        name: 'repair applications in scope (hanbit’s: outside the transport and postal scope)',
        request: async () => {
          await repairOfHanbit();
          return { method: 'GET', url: '/api/credit/repairs?limit=200' };
        },
        expect: creditRead,
        check: (c, body) => assert.equal((body as { items: { entryId: string }[] }).items.some((r) => r.entryId === hanbitEntryId), seesHanbitCredit(c), `${c} and hanbit's repair`),
      },
      {
        route: 'POST /api/credit/repairs/:id/decision',
        name: 'customs decides a repair',
        request: async () => ({ method: 'POST', url: `/api/credit/repairs/${await repairOfHanbit()}/decision`, payload: { decision: 'approve', reason: '授权测试' } }),
        expect: customsOnly(200),
      },
      { route: 'GET /api/credit/models', name: 'the credit model versions', request: async () => ({ method: 'GET', url: '/api/credit/models' }), expect: creditRead },
      {
        route: 'POST /api/credit/models',
        name: 'a new model version (the zone office and customs)',
        request: async (c) => ({ method: 'POST', url: '/api/credit/models', payload: { effectiveFrom: `2027-01-${String(1 + CALLERS.indexOf(c)).padStart(2, '0')}T00:00:00+08:00`, model: await modelInForce() } }),
        expect: (c) => (['customs', 'zone', 'zoneStaff'].includes(c) ? 201 : KEY_OR_ANON(c)),
      },
      // ---- risk
      { route: 'GET /api/risk/rules', name: 'risk rules', request: async () => ({ method: 'GET', url: '/api/risk/rules' }), expect: rulesRead },
      {
        route: 'POST /api/risk/rules',
        name: 'a department creates a rule of its own',
        request: async (c) => ({ method: 'POST', url: '/api/risk/rules', payload: ruleBody(`auth_${c.toLowerCase()}`, RULE_DEPARTMENT[c] ?? 'customs') }),
        expect: (c) => (RULE_DEPARTMENT[c] ? 201 : KEY_OR_ANON(c)),
      },
      {
        route: 'POST /api/risk/rules',
        name: 'a rule for another department is refused',
        request: async (c) => ({ method: 'POST', url: '/api/risk/rules', payload: ruleBody(`auth_other_${c.toLowerCase()}`, c === 'forex' ? 'customs' : 'forex') }),
        expect: (c) => (RULE_DEPARTMENT[c] ? 403 : KEY_OR_ANON(c)),
      },
      { route: 'GET /api/risk/rules/:code', name: 'one rule with its versions', request: async () => ({ method: 'GET', url: '/api/risk/rules/price_below_reference' }), expect: rulesRead },
      {
        route: 'POST /api/risk/rules/:code/versions',
        name: 'a new version of a customs rule (customs only)',
        request: async () => ({ method: 'POST', url: `/api/risk/rules/${await customsRule('auth_versioned')}/versions`, payload: { ...versionBody, effectiveFrom: '2027-06-01T00:00:00+08:00' } }),
        expect: customsOnly(201),
      },
      { route: 'POST /api/risk/rules/:code/retire', name: 'retire a customs rule (customs only)', request: async () => ({ method: 'POST', url: `/api/risk/rules/${await customsRule('auth_retired')}/retire`, payload: { reason: '授权测试' } }), expect: customsOnly(200) },
      { route: 'POST /api/risk/rules/:code/backtest', name: 'back-test a rule', request: async () => ({ method: 'POST', url: '/api/risk/rules/price_below_reference/backtest', payload: backtestWindow }), expect: rulesRead },
      {
        route: 'POST /api/risk/backtest',
        name: 'back-test a draft',
        request: async () => ({ method: 'POST', url: '/api/risk/backtest', payload: { ...backtestWindow, definition: ruleDefinition } }),
        expect: rulesRead,
      },
      { route: 'GET /api/risk/rules/:code/stats', name: 'a rule’s hit statistics', request: async () => ({ method: 'GET', url: '/api/risk/rules/price_below_reference/stats' }), expect: rulesRead },
      {
        route: 'GET /api/risk/alerts',
        name: 'the alert queue of the caller’s department (the zone office: every queue)',
        request: async () => {
          await (openAlert ??= newCustomsAlert());
          return { method: 'GET', url: '/api/risk/alerts?limit=200' };
        },
        expect: (c) => (DEPARTMENT_USERS.includes(c) || c === 'zone' || c === 'zoneStaff' ? 200 : KEY_OR_ANON(c)),
        check: (c, body) => {
          const departments = new Set((body as { items: { department: string }[] }).items.map((a) => a.department));
          const queue = QUEUE[c];
          if (queue) assert.ok([...departments].every((d) => d === queue), `${c} sees only the ${queue} queue`);
          if (c === 'customs' || c === 'zone' || c === 'zoneStaff') assert.ok(departments.has('customs'), `${c} sees the customs alert`);
        },
      },
      { route: 'GET /api/risk/alerts/:id', name: 'a customs alert', request: async () => ({ method: 'GET', url: `/api/risk/alerts/${await (openAlert ??= newCustomsAlert())}` }), expect: customsAlert(200, 200) },
      {
        route: 'POST /api/risk/alerts/:id/disposal',
        name: 'customs disposes of its alert',
        request: async () => ({ method: 'POST', url: `/api/risk/alerts/${await (openAlert ??= newCustomsAlert())}/disposal`, payload: { action: 'release', reason: '授权测试' } }),
        expect: customsAlert(200, 403),
      },
      { route: 'POST /api/risk/alerts/:id/review', name: 'customs reviews its disposed alert', request: async () => ({ method: 'POST', url: `/api/risk/alerts/${await disposed()}/review`, payload: { outcome: 'confirmed', reason: '授权测试' } }), expect: customsAlert(200, 403) },
      {
        route: 'GET /api/risk/declarations/:id/decisions',
        name: 'the risk decisions of one of hanbit’s declarations',
        request: async () => ({ method: 'GET', url: `/api/risk/declarations/${await declarationId()}/decisions` }),
        expect: rulesRead,
      },
      { route: 'GET /api/risk/recalls', name: 'recalls', request: async () => ({ method: 'GET', url: '/api/risk/recalls' }), expect: rulesRead },
      {
        route: 'POST /api/risk/recalls',
        name: 'market supervision or customs records a recall',
        request: async () => ({ method: 'POST', url: '/api/risk/recalls', payload: { itemNo: 'AUTH-RECALL', reason: '授权测试', source: '授权测试' } }),
        expect: (c) => (c === 'customs' || c === 'market' ? 201 : KEY_OR_ANON(c)),
      },
      { route: 'GET /api/risk/brands', name: 'registered brands', request: async () => ({ method: 'GET', url: '/api/risk/brands' }), expect: rulesRead },
      {
        route: 'PUT /api/risk/brands',
        name: 'market supervision or customs registers a brand',
        request: async () => ({ method: 'PUT', url: '/api/risk/brands', payload: { brand: '授权测试品牌', owner: '授权测试', authorised: [] } }),
        expect: (c) => (c === 'customs' || c === 'market' ? 200 : KEY_OR_ANON(c)),
      },
      {
        route: 'POST /api/risk/sweeps',
        name: 'a department that keeps rules runs the sweep now (customs, forex, market supervision; users only)',
        request: async () => ({ method: 'POST', url: '/api/risk/sweeps', payload: backtestWindow }),
        expect: (c) => (RULE_DEPARTMENT[c] ? 200 : KEY_OR_ANON(c)),
      },
      {
        route: 'GET /api/public/negative-list',
        name: 'the disclosed negative list is public (lihuagu’s undisclosed entry is not on it)',
        request: async () => ({ method: 'GET', url: '/api/public/negative-list?limit=200' }),
        expect: 200,
        check: (_c, body) => assert.ok((body as { items: { code: string }[] }).items.every((e) => e.code !== DEMO_ORGS.find((o) => o.key === 'lihuagu')!.uscc)),
      },
      // ---- statistics: the zone office and commerce (DESIGN.md §1)
      {
        route: 'GET /api/statistics/zone',
        name: 'the zone statistics (the zone office and commerce)',
        request: async () => ({ method: 'GET', url: '/api/statistics/zone?from=2026-11-01&to=2026-11-30' }),
        expect: (c) => (['commerce', 'zone', 'zoneStaff'].includes(c) ? 200 : KEY_OR_ANON(c)),
        check: (_c, body) => assert.deepEqual((body as { byCountry: { country: string }[] }).byCountry.slice(0, 3).map((r) => r.country), ['133', '116', '344']),
      },
      {
        route: 'GET /api/statistics/zone.xlsx',
        name: 'the zone statistics as XLSX (the zone office and commerce)',
        request: async () => ({ method: 'GET', url: '/api/statistics/zone.xlsx?from=2026-11-01&to=2026-11-30' }),
        expect: (c) => (['commerce', 'zone', 'zoneStaff'].includes(c) ? 200 : KEY_OR_ANON(c)),
      },
      {
        route: 'POST /api/public/quota',
        name: "a buyer's own annual quota is public (name and number must go together)",
        request: async () => ({ method: 'POST', url: '/api/public/quota', payload: { name: DEMO_RESIDENTS[0]!.name, idNumber: DEMO_RESIDENTS[0]!.idNumber } }),
        expect: 200,
      },
      { route: 'GET /api/errors', name: 'the error catalogue is public', request: async () => ({ method: 'GET', url: '/api/errors' }), expect: 200 },
      { route: 'GET /api/errors/:code', name: 'one catalogue entry is public', request: async () => ({ method: 'GET', url: '/api/errors/ceb.field_too_long' }), expect: 200 },
      {
        route: 'POST /api/auth/logout',
        name: 'sign out (last: it ends the session)',
        request: async () => ({ method: 'POST', url: '/api/auth/logout' }),
        expect: (c) => (c === 'anonymous' ? 401 : 204),
      },
    ];

    it('covers every route the server answers', () => {
      const covered = new Set(cases.map((c) => c.route));
      const missing = app.server.tumenRoutes
        .filter((r) => !r.url.startsWith('/docs'))
        .map((r) => `${r.method} ${r.url}`)
        .filter((r) => !covered.has(r));
      assert.deepEqual(missing, [], 'routes without an authorisation case');
    });

    it('serves the API reference without credentials', async () => {
      const res = await app.inject({ method: 'GET', url: '/docs/' });
      assert.ok([200, 302].includes(res.statusCode), `docs: ${res.statusCode}`);
    });

    it('audits every department read in the department’s own chain', async () => {
      assert.equal((await app.inject({ method: 'GET', url: `/api/orgs/${org('guiwan')}`, as: USERS.customs })).statusCode, 200);
      assert.equal((await app.inject({ method: 'GET', url: '/api/orgs', as: USERS.customs })).statusCode, 200);
      // An enterprise reading its own record is not a regulator read: nothing is logged for it.
      assert.equal((await app.inject({ method: 'GET', url: `/api/orgs/${org('guiwan')}`, as: 'guiwan.admin' })).statusCode, 200);
      const before = await app.inject({ method: 'GET', url: '/api/audit?resourceType=organisation&limit=500', as: USERS.zone });
      const reads = (before.json() as { items: { chain: string; action: string; actorOrgId: string }[] }).items.filter(
        (i) => i.action === 'read' && i.actorOrgId === org('yanji-customs'),
      );
      assert.ok(reads.length >= 2, 'customs reads are in the log');
      assert.ok(reads.every((r) => r.chain === `org:${org('yanji-customs')}`));
      assert.ok(reads.some((r) => (r as unknown as { resourceId: string }).resourceId === org('guiwan')), 'the single read names the record');
      const all = (before.json() as { items: { action: string; actorOrgId: string }[] }).items;
      assert.equal(all.filter((i) => i.action === 'read' && i.actorOrgId === org('guiwan')).length, 0);
    });

    for (const c of cases) {
      it(`${c.route} — ${c.name}`, async () => {
        const problems: string[] = [];
        for (const caller of CALLERS) {
          const req = await c.request(caller);
          const { contentType, ...plain } = req;
          const res = await app.server.inject({ ...plain, headers: { ...asHeader(caller), ...(contentType ? { 'content-type': contentType } : {}) }, ...(req.payload === undefined ? {} : { payload: req.payload }) });
          const expected = [typeof c.expect === 'number' ? c.expect : c.expect(caller)].flat();
          if (!expected.includes(res.statusCode)) problems.push(`${caller}: expected ${expected}, got ${res.statusCode} ${res.body.slice(0, 160)}`);
          else if (res.statusCode < 300 && c.check && res.statusCode !== 204) {
            try {
              c.check(caller, res.json());
            } catch (e) {
              problems.push(`${caller}: ${(e as Error).message}`);
            }
          } else if (res.statusCode >= 400) {
            const err = (res.json() as { error?: { code?: string; message?: string } }).error;
            if (!err?.code || !err.message) problems.push(`${caller}: error answer without code and message`);
          }
        }
        assert.deepEqual(problems, []);
      });
    }

  });
}
