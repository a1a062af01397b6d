/**
 * Detectors for the cross-border patterns that matter (issue 7 §3): SQL over `risk_facts`, each in two modes —
 * `detectAll` over a period (the benchmark, back-tests, a regulator's sweep) and `detectFor` for one declaration
 * (online, from the risk port: a few indexed queries per detector, on the keys the declaration carries).
 *
 * Parameters are data with documented defaults; a caller passes a partial object and the rest is filled in.
 * A hit names its subject (the unit the pattern is about: a payer, a phone or address, a buyer, a buyer and a
 * seller, an item line, a collection), a severity and an explanation as a message key with its parameters
 * (identity numbers and phones masked).
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/database';
import { rows } from '../../db/database';
import { dec, decText, sum } from '../../kernel/money';
import type { MessageKey } from '../../kernel/messages';
import { zoneDayOf } from '../../kernel/zone-time';
import type { ImportDeclaration } from '../clearance';
import { orgByCode } from '../identity';
import { findEffectiveProduct } from '../registry';
import { brandOfLine, normaliseAddress, normaliseIdNumber, normaliseName, normalisePhone, type Environment } from './facts';

export type Severity = 'low' | 'medium' | 'high';
export type DetectorName =
  | 'one_payer_many_buyers'
  | 'shared_contact_many_buyers'
  | 'one_buyer_many_consignees'
  | 'split_orders'
  | 'price_below_reference'
  | 'collection_without_export'
  | 'recalled_or_infringing';

export interface DetectorHit {
  detector: DetectorName;
  subject: Record<string, string>;
  severity: Severity;
  explanation: { code: MessageKey; params: Record<string, string | number> };
  /** When the pattern was complete: the end of the first window that showed it (or the fact's time). */
  at?: Date;
}

/** The filed reference price of an item, as the registry knows it on a day; undefined when none is filed. */
export type ReferencePriceLookup = (db: Db, item: { ebcCode: string; orgId: string | null; itemNo: string; day: string }) => Promise<{ price: string; currency: string } | undefined>;

export interface BatchWindow {
  environment: Environment;
  /** Patterns completed in [from, to) are reported; windows reach back before `from` for context. */
  from: Date;
  to: Date;
  /** collection_without_export: the day the judgement is made (default `to`); collections younger than the grace period are not judged. */
  cutoff?: Date;
  /** price_below_reference: where reference prices come from (default: the registry's effective product filing). */
  referencePrice?: ReferencePriceLookup;
}

export interface DeclarationLine {
  gnum?: number | string | null;
  itemNo?: string | null;
  gcode?: string | null;
  brand?: string | null;
  price?: string | null;
  qty?: string | null;
  currency?: string | null;
}

/** What one declaration carries that detectors look up: identities, contacts, the seller, the order, its lines. */
export interface DeclarationKeys {
  environment: Environment;
  /** The time of the assessment: windows end here (inclusive). */
  at: Date;
  declarationId?: string | null;
  ebcCode?: string | null;
  /** The seller's organisation, when known (saves a look-up by code). */
  ebcOrgId?: string | null;
  orderNo?: string | null;
  buyerId?: string | null;
  payerId?: string | null;
  /** Raw values are fine: they are normalised as the facts are. */
  phone?: string | null;
  address?: string | null;
  consignee?: string | null;
  /** The buyer's name (the order's buyerName), to tell parcels to oneself from parcels to others. */
  buyerName?: string | null;
  /** The order's amount (acturalPaid), for split orders. */
  amount?: string | null;
  items?: DeclarationLine[];
}

export interface Detector<P extends object> {
  name: DetectorName;
  title: MessageKey;
  defaults: Readonly<P>;
  /** What each parameter means, for the API and the portal. */
  parameterDocs: Record<keyof P, string>;
  detectAll(db: Db, params: Partial<P> | undefined, window: BatchWindow): Promise<DetectorHit[]>;
  detectFor(db: Db, params: Partial<P> | undefined, keys: DeclarationKeys, options?: DetectOptions): Promise<DetectorHit[]>;
}

export interface DetectOptions {
  /** price_below_reference: where reference prices come from (default: the registry's effective product filing). */
  referencePrice?: ReferencePriceLookup;
}

// ---------------------------------------------------------------- helpers

const DAY_S = 86_400;
const iso = (d: Date) => d.toISOString();
const ts = (d: Date) => sql`${iso(d)}::timestamptz`;
const secs = (n: number) => sql`(${n} * interval '1 second')`;
const kinds = (ks: readonly string[]) => sql.join(ks.map((k) => sql`${k}`), sql`, `);
const list = (vs: readonly string[]) => sql.join(vs.map((v) => sql`${v}`), sql`, `);

function merge<P extends object>(defaults: Readonly<P>, params: Partial<P> | undefined): P {
  const out = { ...defaults } as P;
  for (const [k, v] of Object.entries(params ?? {})) if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  return out;
}

/** Identity numbers in explanations: the region and the last four, the rest hidden. */
export function maskId(id: string): string {
  if (id.length >= 10) return `${id.slice(0, 6)}${'*'.repeat(id.length - 10)}${id.slice(-4)}`;
  return id.length > 2 ? `${id.slice(0, 1)}${'*'.repeat(id.length - 2)}${id.slice(-1)}` : '**';
}

export function maskPhone(phone: string): string {
  if (phone.length >= 7) return `${phone.slice(0, 3)}${'*'.repeat(phone.length - 7)}${phone.slice(-4)}`;
  return '****';
}

function bySize(n: number, threshold: number): Severity {
  return n >= 2 * threshold ? 'high' : 'medium';
}

function toDate(v: unknown): Date {
  return v instanceof Date ? v : new Date(String(v));
}

/** A brand as a key, in SQL (one definition for stored lines, keys and the registers): no marks, NFKC, lower case, no spaces or ASCII punctuation. */
function brandKey(expr: SQL): SQL {
  return sql`regexp_replace(lower(normalize(regexp_replace(${expr}, '[®™©℗]', '', 'g'), NFKC)), '[[:space:][:punct:]]+', '', 'g')`;
}

/** The item lines of a fact (payload.items), one row each, with the fact's columns. */
function linesOf(where: SQL): SQL {
  return sql`
    select f.id, f.at, f.org_id, f.ebc_code, f.order_no, x->>'gnum' as gnum,
           coalesce(nullif(x->>'itemNo', ''), nullif(x->>'itemRecordNo', '')) as item,
           nullif(x->>'gcode', '') as gcode, nullif(x->>'brand', '') as brand,
           case when x->>'price' ~ '^[0-9]+(\\.[0-9]+)?$' then (x->>'price')::numeric end as price
    from risk_facts f
    cross join lateral jsonb_array_elements(case when jsonb_typeof(f.payload->'items') = 'array' then f.payload->'items' else '[]'::jsonb end) x
    where ${where}`;
}

/** One hit per subject: the strongest (first) of each. */
function unique(hits: DetectorHit[]): DetectorHit[] {
  const seen = new Map<string, DetectorHit>();
  for (const h of hits) {
    const key = `${h.explanation.code}|${JSON.stringify(Object.entries(h.subject).sort())}`;
    if (!seen.has(key)) seen.set(key, h);
  }
  return [...seen.values()];
}

/**
 * Batch: per key, the most distinct values seen within any window of `windowS` seconds ending at one of the key's
 * facts in [from, to), for the keys reaching `min`. A key is first screened on the whole period (distinct values
 * ≥ min), so the self-join only runs on the few that could qualify.
 */
async function windowedDistinct(db: Db, o: { environment: Environment; kinds: readonly string[]; key: string; value: string; from: Date; to: Date; windowS: number; min: number; where?: SQL; also?: { value: string; min: number } }) {
  const key = sql.raw(o.key);
  const value = sql.raw(o.value);
  const where = o.where ?? sql`true`;
  // A second distinct count that must also reach its minimum (e.g. distinct addresses besides distinct names).
  const value2 = sql.raw(o.also?.value ?? o.value);
  const min2 = o.also?.min ?? 0;
  return rows<{ k: string; n: number; n2: number; at: Date }>(
    db,
    sql`
      with f as (
        select ${key} as k, ${value} as v, ${value2} as v2, at from risk_facts
        where environment = ${o.environment} and kind in (${kinds(o.kinds)}) and ${key} is not null and ${value} is not null and ${where}
          and at > ${ts(o.from)} - ${secs(o.windowS)} and at < ${ts(o.to)}
      ),
      c as (select k from f group by k having count(distinct v) >= ${o.min} and count(distinct v2) >= ${min2}),
      fc as (select f.k, f.v, f.v2, f.at from f join c on c.k = f.k),
      w as (
        select a.k, a.at, count(distinct b.v)::int as n, count(distinct b.v2)::int as n2
        from fc a join fc b on b.k = a.k and b.at > a.at - ${secs(o.windowS)} and b.at <= a.at
        where a.at >= ${ts(o.from)}
        group by a.k, a.at
      )
      select k, max(n) filter (where n >= ${o.min} and n2 >= ${min2})::int as n, max(n2) filter (where n >= ${o.min} and n2 >= ${min2})::int as n2,
             min(at) filter (where n >= ${o.min} and n2 >= ${min2}) as at
      from w group by k having bool_or(n >= ${o.min} and n2 >= ${min2})`,
  );
}

/** Online: the distinct values of one key within the window ending at `at`, plus the declaration's own. */
async function distinctFor(db: Db, o: { environment: Environment; kinds: readonly string[]; key: string; keyValue: string; value: string; at: Date; windowS: number; own: string | null; where?: SQL }): Promise<string[]> {
  return (await distinctPairsFor(db, { ...o, value2: o.value, own2: o.own })).values;
}

/** Online, two distinct sets at once (e.g. consignee names and their addresses). */
async function distinctPairsFor(
  db: Db,
  o: { environment: Environment; kinds: readonly string[]; key: string; keyValue: string; value: string; value2: string; at: Date; windowS: number; own: string | null; own2: string | null; where?: SQL },
): Promise<{ values: string[]; values2: string[] }> {
  const key = sql.raw(o.key);
  const value = sql.raw(o.value);
  const value2 = sql.raw(o.value2);
  const where = o.where ?? sql`true`;
  const [r] = await rows<{ vs: string[] | null; vs2: string[] | null }>(
    db,
    sql`select array_agg(distinct ${value}) as vs, array_agg(distinct ${value2}) filter (where ${value2} is not null) as vs2 from risk_facts
        where environment = ${o.environment} and ${key} = ${o.keyValue} and kind in (${kinds(o.kinds)}) and ${value} is not null and ${where}
          and at > ${ts(o.at)} - ${secs(o.windowS)} and at <= ${ts(o.at)}`,
  );
  const set = new Set(r?.vs ?? []);
  if (o.own) set.add(o.own);
  const set2 = new Set(r?.vs2 ?? []);
  if (o.own2) set2.add(o.own2);
  return { values: [...set], values2: [...set2] };
}

// ---------------------------------------------------------------- 1. one payer, many buyers

export interface OnePayerManyBuyersParams {
  windowDays: number;
  minBuyers: number;
}

/**
 * Fake or brushed orders: one payer identity paying for many buyer identities. Reads payment facts, whose buyer is
 * linked from the order of the same platform and order number when the facts are recorded.
 */
export const onePayerManyBuyers: Detector<OnePayerManyBuyersParams> = {
  name: 'one_payer_many_buyers',
  title: 'risk.detector.one_payer_many_buyers.title',
  defaults: { windowDays: 30, minBuyers: 4 },
  parameterDocs: {
    windowDays: 'Sliding window in days over which distinct buyers are counted',
    minBuyers: 'Distinct buyer identities paid for by one payer within the window that raise a hit (payer = buyer counts as one)',
  },
  async detectAll(db, params, w) {
    const p = merge(onePayerManyBuyers.defaults, params);
    const found = await windowedDistinct(db, { environment: w.environment, kinds: ['payment'], key: 'payer_id', value: 'buyer_id', from: w.from, to: w.to, windowS: p.windowDays * DAY_S, min: p.minBuyers });
    return found.map((r) => hit1(r.k, r.n, p, toDate(r.at)));
  },
  async detectFor(db, params, keys) {
    const p = merge(onePayerManyBuyers.defaults, params);
    const payer = normaliseIdNumber(keys.payerId);
    if (!payer) return [];
    const buyers = await distinctFor(db, { environment: keys.environment, kinds: ['payment'], key: 'payer_id', keyValue: payer, value: 'buyer_id', at: keys.at, windowS: p.windowDays * DAY_S, own: normaliseIdNumber(keys.buyerId) });
    return buyers.length >= p.minBuyers ? [hit1(payer, buyers.length, p, keys.at)] : [];
  },
};

function hit1(payer: string, n: number, p: OnePayerManyBuyersParams, at: Date): DetectorHit {
  return {
    detector: 'one_payer_many_buyers',
    subject: { payerId: payer },
    severity: bySize(n, p.minBuyers),
    explanation: { code: 'risk.detector.one_payer_many_buyers', params: { payer: maskId(payer), buyers: n, days: p.windowDays, threshold: p.minBuyers } },
    at,
  };
}

// ---------------------------------------------------------------- 2. one phone or address, many buyers

export interface SharedContactParams {
  windowDays: number;
  minBuyers: number;
  byPhone: boolean;
  byAddress: boolean;
}

/**
 * Brushing with bought identities: one delivery phone or one (normalised) delivery address used by many buyer
 * identities. Reads order facts (the order's consignee phone and address).
 */
export const sharedContactManyBuyers: Detector<SharedContactParams> = {
  name: 'shared_contact_many_buyers',
  title: 'risk.detector.shared_contact_many_buyers.title',
  defaults: { windowDays: 30, minBuyers: 5, byPhone: true, byAddress: true },
  parameterDocs: {
    windowDays: 'Sliding window in days over which distinct buyers are counted',
    minBuyers: 'Distinct buyer identities on one phone or one address within the window that raise a hit',
    byPhone: 'Group by the delivery phone',
    byAddress: 'Group by the normalised delivery address',
  },
  async detectAll(db, params, w) {
    const p = merge(sharedContactManyBuyers.defaults, params);
    const out: DetectorHit[] = [];
    for (const [on, col] of [
      ['phone', 'phone'],
      ['address', 'address'],
    ] as const) {
      if ((on === 'phone' && !p.byPhone) || (on === 'address' && !p.byAddress)) continue;
      const found = await windowedDistinct(db, { environment: w.environment, kinds: ['order'], key: col, value: 'buyer_id', from: w.from, to: w.to, windowS: p.windowDays * DAY_S, min: p.minBuyers });
      out.push(...found.map((r) => hit2(on, r.k, r.n, p, toDate(r.at))));
    }
    return out;
  },
  async detectFor(db, params, keys) {
    const p = merge(sharedContactManyBuyers.defaults, params);
    const own = normaliseIdNumber(keys.buyerId);
    const out: DetectorHit[] = [];
    const contacts: ['phone' | 'address', string | null][] = [
      ['phone', p.byPhone ? normalisePhone(keys.phone) : null],
      ['address', p.byAddress ? normaliseAddress(keys.address) : null],
    ];
    for (const [on, value] of contacts) {
      if (!value) continue;
      const buyers = await distinctFor(db, { environment: keys.environment, kinds: ['order'], key: on, keyValue: value, value: 'buyer_id', at: keys.at, windowS: p.windowDays * DAY_S, own });
      if (buyers.length >= p.minBuyers) out.push(hit2(on, value, buyers.length, p, keys.at));
    }
    return out;
  },
};

function hit2(on: 'phone' | 'address', value: string, n: number, p: SharedContactParams, at: Date): DetectorHit {
  const common = { buyers: n, days: p.windowDays, threshold: p.minBuyers };
  return on === 'phone'
    ? { detector: 'shared_contact_many_buyers', subject: { phone: value }, severity: bySize(n, p.minBuyers), explanation: { code: 'risk.detector.shared_phone_many_buyers', params: { phone: maskPhone(value), ...common } }, at }
    : { detector: 'shared_contact_many_buyers', subject: { address: value }, severity: bySize(n, p.minBuyers), explanation: { code: 'risk.detector.shared_address_many_buyers', params: { address: value, ...common } }, at };
}

// ---------------------------------------------------------------- 3. one buyer, many consignees

export interface OneBuyerManyConsigneesParams {
  windowDays: number;
  minConsignees: number;
  /** Distinct delivery addresses of those consignees also needed: relatives often live together, a lent identity's customers do not. */
  minAddresses: number;
  /** Whether parcels to the buyer themself count as a consignee. */
  countBuyerSelf: boolean;
}

/**
 * A borrowed identity: one buyer identity ordering for many different consignees at many different addresses.
 * Reads order facts. By default only consignees other than the buyer count (the owner of a lent identity never
 * receives the parcels), and the consignees must be spread over several addresses (a family's gifts go to
 * households of relatives living together).
 */
export const oneBuyerManyConsignees: Detector<OneBuyerManyConsigneesParams> = {
  name: 'one_buyer_many_consignees',
  title: 'risk.detector.one_buyer_many_consignees.title',
  defaults: { windowDays: 30, minConsignees: 6, minAddresses: 5, countBuyerSelf: false },
  parameterDocs: {
    windowDays: 'Sliding window in days over which distinct consignees are counted',
    minConsignees: 'Distinct (normalised) consignee names of one buyer within the window that raise a hit',
    minAddresses: 'Distinct (normalised) delivery addresses of those consignees also needed',
    countBuyerSelf: 'Count parcels to the buyer themself as a consignee too',
  },
  async detectAll(db, params, w) {
    const p = merge(oneBuyerManyConsignees.defaults, params);
    const where = p.countBuyerSelf ? undefined : sql`consignee is distinct from payload->>'buyerNameKey'`;
    const found = await windowedDistinct(db, { environment: w.environment, kinds: ['order'], key: 'buyer_id', value: 'consignee', from: w.from, to: w.to, windowS: p.windowDays * DAY_S, min: p.minConsignees, where, also: { value: 'address', min: p.minAddresses } });
    return found.map((r) => hit3(r.k, r.n, r.n2, p, toDate(r.at)));
  },
  async detectFor(db, params, keys) {
    const p = merge(oneBuyerManyConsignees.defaults, params);
    const buyer = normaliseIdNumber(keys.buyerId);
    if (!buyer) return [];
    const own = normaliseName(keys.consignee);
    const counts = p.countBuyerSelf || own !== normaliseName(keys.buyerName);
    const where = p.countBuyerSelf ? undefined : sql`consignee is distinct from payload->>'buyerNameKey'`;
    const found = await distinctPairsFor(db, {
      environment: keys.environment,
      kinds: ['order'],
      key: 'buyer_id',
      keyValue: buyer,
      value: 'consignee',
      value2: 'address',
      at: keys.at,
      windowS: p.windowDays * DAY_S,
      own: counts ? own : null,
      own2: counts ? normaliseAddress(keys.address) : null,
      where,
    });
    return found.values.length >= p.minConsignees && found.values2.length >= p.minAddresses ? [hit3(buyer, found.values.length, found.values2.length, p, keys.at)] : [];
  },
};

function hit3(buyer: string, n: number, addresses: number, p: OneBuyerManyConsigneesParams, at: Date): DetectorHit {
  return {
    detector: 'one_buyer_many_consignees',
    subject: { buyerId: buyer },
    severity: bySize(n, p.minConsignees),
    explanation: { code: 'risk.detector.one_buyer_many_consignees', params: { buyer: maskId(buyer), consignees: n, addresses, days: p.windowDays, threshold: p.minConsignees } },
    at,
  };
}

// ---------------------------------------------------------------- 4. split orders

export interface SplitOrdersParams {
  windowHours: number;
  /** The single-transaction limit in CNY (POLICY-NOTES §1.3: 5,000 since 2019; an amount of exactly the limit is within it). */
  limit: string;
  minOrders: number;
}

/**
 * Orders split to stay under the single-transaction limit: one buyer, one seller, several orders within a short
 * window, each within the limit, together over it. Reads order facts (the latest version of each order, by its
 * paid amount).
 */
export const splitOrders: Detector<SplitOrdersParams> = {
  name: 'split_orders',
  title: 'risk.detector.split_orders.title',
  defaults: { windowHours: 24, limit: '5000', minOrders: 2 },
  parameterDocs: {
    windowHours: 'Window in hours in which the orders of one buyer with one seller are added up',
    limit: 'The single-transaction limit in CNY; each order must be within it and their sum over it',
    minOrders: 'Orders within the window needed for a hit',
  },
  async detectAll(db, params, w) {
    const p = merge(splitOrders.defaults, params);
    const windowS = p.windowHours * 3600;
    const found = await rows<{ buyer_id: string; ebc_code: string; at: Date; n: number; total: string; orders: string[] }>(
      db,
      sql`
        with o as (
          select distinct on (ebc_code, order_no) buyer_id, ebc_code, order_no, amount, at from risk_facts
          where environment = ${w.environment} and kind = 'order' and buyer_id is not null and ebc_code is not null and order_no is not null and amount is not null
            and at > ${ts(w.from)} - ${secs(windowS)} and at < ${ts(w.to)}
          order by ebc_code, order_no, at desc
        ),
        u as (select * from o where amount <= ${p.limit}::numeric),
        c as (select buyer_id, ebc_code from u group by buyer_id, ebc_code having count(*) >= ${p.minOrders} and sum(amount) > ${p.limit}::numeric),
        uc as (select u.* from u join c using (buyer_id, ebc_code)),
        win as (
          select a.buyer_id, a.ebc_code, a.at, count(*)::int as n, sum(b.amount) as total, array_agg(b.order_no order by b.at) as orders
          from uc a join uc b on b.buyer_id = a.buyer_id and b.ebc_code = a.ebc_code and b.at > a.at - ${secs(windowS)} and b.at <= a.at
          where a.at >= ${ts(w.from)}
          group by a.buyer_id, a.ebc_code, a.at
        )
        select distinct on (buyer_id, ebc_code) buyer_id, ebc_code, at, n, total::text as total, orders
        from win where n >= ${p.minOrders} and total > ${p.limit}::numeric
        order by buyer_id, ebc_code, at`,
    );
    return found.map((r) => hit4(r.buyer_id, r.ebc_code, r.n, r.total, p, toDate(r.at), r.orders));
  },
  async detectFor(db, params, keys) {
    const p = merge(splitOrders.defaults, params);
    const buyer = normaliseIdNumber(keys.buyerId);
    const ebc = keys.ebcCode?.trim();
    if (!buyer || !ebc) return [];
    const windowS = p.windowHours * 3600;
    const found = await rows<{ order_no: string; amount: string }>(
      db,
      sql`select distinct on (order_no) order_no, amount::text as amount from risk_facts
          where environment = ${keys.environment} and buyer_id = ${buyer} and kind = 'order' and ebc_code = ${ebc} and order_no is not null and amount is not null
            and at > ${ts(keys.at)} - ${secs(windowS)} and at <= ${ts(keys.at)}
          order by order_no, at desc`,
    );
    const orders = new Map(found.map((r) => [r.order_no, r.amount]));
    if (keys.orderNo && keys.amount) orders.set(keys.orderNo, keys.amount);
    const limit = dec(p.limit);
    if (keys.orderNo && orders.has(keys.orderNo) && dec(orders.get(keys.orderNo)!).gt(limit)) return [];
    const within = [...orders.entries()].filter(([, a]) => dec(a).lte(limit));
    const total = sum(within.map(([, a]) => dec(a)));
    if (within.length < p.minOrders || !total.gt(limit)) return [];
    return [hit4(buyer, ebc, within.length, decText(total, 2), p, keys.at, within.map(([o]) => o))];
  },
};

function hit4(buyer: string, ebc: string, n: number, total: string, p: SplitOrdersParams, at: Date, orders: string[]): DetectorHit {
  return {
    detector: 'split_orders',
    subject: { buyerId: buyer, ebcCode: ebc },
    severity: dec(total).gt(dec(p.limit).times(2)) ? 'high' : 'medium',
    explanation: { code: 'risk.detector.split_orders', params: { buyer: maskId(buyer), ebc, orders: n, hours: p.windowHours, limit: p.limit, total: decText(dec(total), 2), orderNos: orders.slice(0, 10).join(', ') } },
    at,
  };
}

// ---------------------------------------------------------------- 5. price far below the reference or the market

export interface PriceBelowReferenceParams {
  /** Below this share of the filed reference price is a hit (0.3 as the clearance's interim rule). */
  referenceShare: string;
  /** Below this share of the median of recent declared prices of the same item is a hit. */
  medianShare: string;
  medianWindowDays: number;
  /** Declarations of the item needed before its median is trusted. */
  minObservations: number;
  /** Online: the median reads at most this many of the seller's latest inventories. */
  recentInventories: number;
}

/**
 * Undervaluation: an item line declared far below its filed reference price, or far below the median of the
 * recent declared prices of the same item (same seller, same item number). Reads inventory facts' lines.
 */
export const priceBelowReference: Detector<PriceBelowReferenceParams> = {
  name: 'price_below_reference',
  title: 'risk.detector.price_below_reference.title',
  defaults: { referenceShare: '0.3', medianShare: '0.4', medianWindowDays: 30, minObservations: 20, recentInventories: 2000 },
  parameterDocs: {
    referenceShare: 'A unit price below this share of the filed reference price (CNY filings) is a hit',
    medianShare: 'A unit price below this share of the median declared price of the item is a hit',
    medianWindowDays: 'Days of declarations the median is taken over',
    minObservations: 'Declared lines of the item needed before its median is used',
    recentInventories: "Online only: the seller's latest inventories the median reads at most",
  },
  async detectAll(db, params, w) {
    const p = merge(priceBelowReference.defaults, params);
    const windowS = p.medianWindowDays * DAY_S;
    const lookup = w.referencePrice ?? registryReferencePrice;
    // Reference prices of the items declared in the period, asked once per (seller, item).
    const items = await rows<{ ebc_code: string; org_id: string | null; item: string }>(
      db,
      sql`select distinct l.ebc_code, l.org_id::text as org_id, l.item from (${linesOf(sql`f.environment = ${w.environment} and f.kind = 'inventory' and f.at >= ${ts(w.from)} and f.at < ${ts(w.to)} and f.ebc_code is not null`)}) l where l.item is not null`,
    );
    const day = zoneDayOf(new Date(w.to.getTime() - 1));
    const refs: { e: string; i: string; p: string }[] = [];
    for (const it of items) {
      const r = await lookup(db, { ebcCode: it.ebc_code, orgId: it.org_id, itemNo: it.item, day });
      if (r && r.currency === 'CNY') refs.push({ e: it.ebc_code, i: it.item, p: r.price });
    }
    const found = await rows<{ ebc_code: string; order_no: string; gnum: string | null; item: string; price: string; at: Date; median: number | null; n: number; reference: string | null; by: 'reference' | 'median' }>(
      db,
      sql`
        with l as (${linesOf(sql`f.environment = ${w.environment} and f.kind = 'inventory' and f.at > ${ts(w.from)} - ${secs(windowS)} and f.at < ${ts(w.to)} and f.ebc_code is not null`)}),
        lp as (select * from l where item is not null and price is not null),
        med as (select ebc_code, item, percentile_cont(0.5) within group (order by price) as median, count(*)::int as n from lp group by ebc_code, item),
        ref as (select * from jsonb_to_recordset(${JSON.stringify(refs)}::jsonb) as r(e text, i text, p numeric))
        select lp.ebc_code, lp.order_no, lp.gnum, lp.item, lp.price::text as price, lp.at, med.median, med.n, ref.p::text as reference,
               case when ref.p is not null and lp.price < ref.p * ${p.referenceShare}::numeric then 'reference' else 'median' end as by
        from lp join med on med.ebc_code = lp.ebc_code and med.item = lp.item
        left join ref on ref.e = lp.ebc_code and ref.i = lp.item
        where lp.at >= ${ts(w.from)}
          and ((ref.p is not null and lp.price < ref.p * ${p.referenceShare}::numeric)
            or (med.n >= ${p.minObservations} and lp.price < med.median * ${Number(p.medianShare)}))
        order by lp.at`,
    );
    return unique(found.map((r) => hit5(r, p, toDate(r.at))));
  },
  async detectFor(db, params, keys, options) {
    const p = merge(priceBelowReference.defaults, params);
    const lookup = options?.referencePrice ?? registryReferencePrice;
    const ebc = keys.ebcCode?.trim();
    const lines = (keys.items ?? []).filter((l) => l.itemNo && l.price && /^\d+(\.\d+)?$/.test(l.price));
    if (!ebc || !lines.length) return [];
    const orgId = keys.ebcOrgId ?? (await orgByCode(db, ebc))?.id ?? null;
    const itemNos = [...new Set(lines.map((l) => l.itemNo!))];
    const windowS = p.medianWindowDays * DAY_S;
    const scope = orgId ? sql`org_id = ${orgId}` : sql`ebc_code = ${ebc}`;
    const medians = await rows<{ item: string; median: number; n: number }>(
      db,
      sql`select l.item, percentile_cont(0.5) within group (order by l.price) as median, count(*)::int as n
          from (${linesOf(sql`f.id in (select id from risk_facts where environment = ${keys.environment} and ${scope} and kind = 'inventory' and at > ${ts(keys.at)} - ${secs(windowS)} and at <= ${ts(keys.at)} order by at desc limit ${p.recentInventories})`)}) l
          where l.item in (${list(itemNos)}) and l.price is not null
          group by l.item`,
    );
    const medianOf = new Map(medians.map((m) => [m.item, m]));
    const day = zoneDayOf(keys.at);
    const out: DetectorHit[] = [];
    for (const l of lines) {
      const ref = await lookup(db, { ebcCode: ebc, orgId, itemNo: l.itemNo!, day });
      const m = medianOf.get(l.itemNo!);
      const price = dec(l.price!);
      const byRef = ref && ref.currency === 'CNY' && price.lt(dec(ref.price).times(p.referenceShare));
      const byMedian = m && m.n >= p.minObservations && price.toNumber() < m.median * Number(p.medianShare);
      if (!byRef && !byMedian) continue;
      out.push(hit5({ ebc_code: ebc, order_no: keys.orderNo ?? '', gnum: l.gnum == null ? null : String(l.gnum), item: l.itemNo!, price: l.price!, median: m?.median ?? null, n: m?.n ?? 0, reference: ref?.price ?? null, by: byRef ? 'reference' : 'median' }, p, keys.at));
    }
    return out;
  },
};

function hit5(r: { ebc_code: string; order_no: string; gnum: string | null; item: string; price: string; median: number | null; n: number; reference: string | null; by: 'reference' | 'median' }, p: PriceBelowReferenceParams, at: Date): DetectorHit {
  const subject = { ebcCode: r.ebc_code, orderNo: r.order_no, itemNo: r.item, gnum: r.gnum ?? '' };
  const price = decText(dec(r.price), 2);
  if (r.by === 'reference' && r.reference) {
    const share = dec(r.price).div(r.reference);
    return {
      detector: 'price_below_reference',
      subject,
      severity: share.lt(dec(p.referenceShare).div(3)) ? 'high' : 'medium',
      explanation: { code: 'risk.detector.price_below_reference', params: { itemNo: r.item, price, reference: decText(dec(r.reference), 2), share: percent(p.referenceShare) } },
      at,
    };
  }
  const median = r.median ?? 0;
  return {
    detector: 'price_below_reference',
    subject,
    severity: median > 0 && Number(r.price) / median < Number(p.medianShare) / 3 ? 'high' : 'medium',
    explanation: { code: 'risk.detector.price_below_market', params: { itemNo: r.item, price, median: decText(dec(median.toFixed(4)), 2), count: r.n, days: p.medianWindowDays, share: percent(p.medianShare) } },
    at,
  };
}

function percent(share: string): string {
  return `${dec(share).times(100).toDecimalPlaces(1).toString()}%`;
}

/** The registry's effective product filing of the seller's item on the day: its reference price and currency. */
export const registryReferencePrice: ReferencePriceLookup = async (db, item) => {
  const orgId = item.orgId ?? (await orgByCode(db, item.ebcCode))?.id;
  if (!orgId) return undefined;
  const product = await findEffectiveProduct(db, orgId, item.itemNo, item.day);
  return product ? { price: product.referencePrice, currency: product.currency } : undefined;
};

// ---------------------------------------------------------------- 6. collections without a released export

export interface CollectionWithoutExportParams {
  /** Days after a collection within which its export must be released. */
  graceDays: number;
  /** Online: how far back the seller's collections are looked at. */
  lookbackDays: number;
  /** Online: unmatched collections of the seller that raise a hit. */
  minUnmatched: number;
}

/**
 * Laundering through fake trade: export collections (CEB403) with no released export (an export_release fact of
 * the same enterprise and order number, or of the same platform and order number when the release could not be
 * tied to an enterprise) within the grace period. In batch mode, the collections of the period old enough at the
 * cut-off; online, the seller's collections that are overdue at the assessment.
 */
export const collectionWithoutExport: Detector<CollectionWithoutExportParams> = {
  name: 'collection_without_export',
  title: 'risk.detector.collection_without_export.title',
  defaults: { graceDays: 30, lookbackDays: 180, minUnmatched: 1 },
  parameterDocs: {
    graceDays: 'Days after a collection within which a released export must exist (a release before the collection also counts)',
    lookbackDays: "Online only: how far back the seller's collections are looked at",
    minUnmatched: 'Online only: overdue collections of the seller without a released export that raise a hit',
  },
  async detectAll(db, params, w) {
    const p = merge(collectionWithoutExport.defaults, params);
    const cutoff = w.cutoff ?? w.to;
    const graceS = p.graceDays * DAY_S;
    const found = await rows<{ ebc_code: string; order_no: string; amount: string | null; currency: string | null; at: Date }>(
      db,
      sql`
        with c as (
          select distinct on (ebc_code, order_no) ebc_code, order_no, amount, payload->>'currency' as currency, payload->>'ebpCode' as ebp, at from risk_facts
          where environment = ${w.environment} and kind = 'collection' and ebc_code is not null and order_no is not null
            and at >= ${ts(w.from)} and at < ${ts(w.to)} and at <= ${ts(cutoff)} - ${secs(graceS)}
          order by ebc_code, order_no, at
        )
        select c.ebc_code, c.order_no, c.amount::text as amount, c.currency, c.at from c
        where not exists (
          select 1 from risk_facts r
          where r.environment = ${w.environment} and r.kind = 'export_release' and r.order_no = c.order_no
            and (r.ebc_code = c.ebc_code or (r.ebc_code is null and r.payload->>'ebpCode' = c.ebp))
            and r.at <= c.at + ${secs(graceS)}
        )
        order by c.at`,
    );
    return found.map((r) => ({
      detector: 'collection_without_export' as const,
      subject: { ebcCode: r.ebc_code, orderNo: r.order_no },
      severity: 'high' as const,
      explanation: { code: 'risk.detector.collection_without_export' as const, params: { ebc: r.ebc_code, orderNo: r.order_no, amount: `${r.amount ? decText(dec(r.amount), 2) : '-'}${r.currency ? ` ${r.currency}` : ''}`, days: p.graceDays } },
      at: new Date(toDate(r.at).getTime() + graceS * 1000),
    }));
  },
  async detectFor(db, params, keys) {
    const p = merge(collectionWithoutExport.defaults, params);
    const ebc = keys.ebcCode?.trim();
    if (!ebc) return [];
    const graceS = p.graceDays * DAY_S;
    const scope = keys.ebcOrgId ? sql`c.org_id = ${keys.ebcOrgId}` : sql`c.ebc_code = ${ebc}`;
    const found = await rows<{ order_no: string }>(
      db,
      sql`select distinct c.order_no from risk_facts c
          where c.environment = ${keys.environment} and ${scope} and c.kind = 'collection' and c.ebc_code = ${ebc} and c.order_no is not null
            and c.at > ${ts(keys.at)} - ${secs(p.lookbackDays * DAY_S)} and c.at <= ${ts(keys.at)} - ${secs(graceS)}
            and not exists (
              select 1 from risk_facts r
              where r.environment = c.environment and r.ebc_code = c.ebc_code and r.order_no = c.order_no and r.kind = 'export_release' and r.at <= c.at + ${secs(graceS)}
            )
          limit 100`,
    );
    if (found.length < p.minUnmatched) return [];
    return [
      {
        detector: 'collection_without_export',
        subject: { ebcCode: ebc },
        severity: found.length >= 5 * p.minUnmatched ? 'high' : 'medium',
        explanation: { code: 'risk.detector.collections_without_export', params: { ebc, count: found.length >= 100 ? '100+' : found.length, days: p.graceDays, orders: found.slice(0, 5).map((r) => r.order_no).join(', ') } },
        at: keys.at,
      },
    ];
  },
};

// ---------------------------------------------------------------- 7. recalled goods, infringed brands

export interface RecalledOrInfringingParams {
  /** Fact kinds whose lines are checked. */
  kinds: string[];
}

/**
 * Product safety and IP: a line whose commodity code, item number or brand falls under a recall in force at the
 * declaration's time (every field the recall names must match), or whose brand is registered and the seller is
 * not among its authorised sellers. Brands meet by a folded key (marks, case, width, spaces and punctuation).
 */
export const recalledOrInfringing: Detector<RecalledOrInfringingParams> = {
  name: 'recalled_or_infringing',
  title: 'risk.detector.recalled_or_infringing.title',
  defaults: { kinds: ['inventory', 'export_list'] },
  parameterDocs: { kinds: 'Fact kinds whose item lines are checked (import inventories, export lists)' },
  async detectAll(db, params, w) {
    const p = merge(recalledOrInfringing.defaults, params);
    const where = sql`f.environment = ${w.environment} and f.kind in (${kinds(p.kinds)}) and f.at >= ${ts(w.from)} and f.at < ${ts(w.to)}`;
    const recalled = await rows<LineRow & { reason: string }>(
      db,
      sql`
        with l as materialized (select *, ${brandKey(sql`brand`)} as bk from (${linesOf(where)}) x),
        r as materialized (select *, ${brandKey(sql`brand`)} as bk from risk_recalls where gcode is not null or item_no is not null or brand is not null)
        select l.ebc_code, l.order_no, l.gnum, l.item, l.gcode, l.brand, l.at, r.reason
        from l join r
          on r.valid_from <= l.at and (r.valid_to is null or l.at < r.valid_to)
         and (r.gcode is null or r.gcode = l.gcode)
         and (r.item_no is null or r.item_no = l.item)
         and (r.bk is null or r.bk = l.bk)
        order by l.at`,
    );
    const infringing = await rows<LineRow & { registered: string; owner: string }>(
      db,
      sql`
        with l as materialized (select *, ${brandKey(sql`brand`)} as bk from (${linesOf(sql`${where} and x->>'brand' is not null`)}) x),
        b as materialized (select *, ${brandKey(sql`brand`)} as bk from risk_brands)
        select l.ebc_code, l.order_no, l.gnum, l.item, l.gcode, l.brand, l.at, b.brand as registered, b.owner
        from l join b on b.bk = l.bk
        where l.ebc_code is null or not (b.authorised @> to_jsonb(l.ebc_code))
        order by l.at`,
    );
    return unique([...recalled.map((r) => recallHit(r, r.reason)), ...infringing.map((r) => brandHit(r, r.registered, r.owner))]);
  },
  async detectFor(db, _params, keys) {
    const lines = (keys.items ?? []).filter((l) => l.gcode || l.itemNo || l.brand);
    if (!lines.length) return [];
    const gcodes = [...new Set(lines.map((l) => l.gcode).filter((x): x is string => !!x))];
    const itemNos = [...new Set(lines.map((l) => l.itemNo).filter((x): x is string => !!x))];
    const brands = [...new Set(lines.map((l) => l.brand).filter((x): x is string => !!x))];
    const or: SQL[] = [];
    if (gcodes.length) or.push(sql`gcode in (${list(gcodes)})`);
    if (itemNos.length) or.push(sql`item_no in (${list(itemNos)})`);
    const brandKeys = brands.length ? await rows<{ raw: string; key: string }>(db, sql`select v as raw, ${brandKey(sql`v`)} as key from (values ${sql.join(brands.map((b) => sql`(${b}::text)`), sql`, `)}) as t(v)`) : [];
    const keyOf = new Map(brandKeys.map((b) => [b.raw, b.key]));
    if (brandKeys.length) or.push(sql`${brandKey(sql`brand`)} in (${list(brandKeys.map((b) => b.key))})`);
    const recalls = await rows<{ gcode: string | null; item_no: string | null; brand_key: string | null; reason: string }>(
      db,
      sql`select gcode, item_no, case when brand is null then null else ${brandKey(sql`brand`)} end as brand_key, reason from risk_recalls
          where valid_from <= ${ts(keys.at)} and (valid_to is null or valid_to > ${ts(keys.at)}) and (gcode is not null or item_no is not null or brand is not null)
            and (${sql.join(or, sql` or `)})`,
    );
    const registered = brandKeys.length
      ? await rows<{ key: string; brand: string; owner: string; authorised: string[] }>(db, sql`select ${brandKey(sql`brand`)} as key, brand, owner, authorised from risk_brands where ${brandKey(sql`brand`)} in (${list(brandKeys.map((b) => b.key))})`)
      : [];
    const ebc = keys.ebcCode?.trim() ?? '';
    const out: DetectorHit[] = [];
    for (const l of lines) {
      const row: LineRow = { ebc_code: ebc, order_no: keys.orderNo ?? '', gnum: l.gnum == null ? null : String(l.gnum), item: l.itemNo ?? null, gcode: l.gcode ?? null, brand: l.brand ?? null, at: keys.at };
      const bk = l.brand ? keyOf.get(l.brand) : undefined;
      const recall = recalls.find((r) => (r.gcode === null || r.gcode === l.gcode) && (r.item_no === null || r.item_no === l.itemNo) && (r.brand_key === null || r.brand_key === bk));
      if (recall) out.push(recallHit(row, recall.reason));
      const b = bk ? registered.find((x) => x.key === bk) : undefined;
      if (b && !(Array.isArray(b.authorised) && ebc && b.authorised.includes(ebc))) out.push(brandHit(row, b.brand, b.owner));
    }
    return out;
  },
};

interface LineRow {
  ebc_code: string | null;
  order_no: string | null;
  gnum: string | null;
  item: string | null;
  gcode: string | null;
  brand: string | null;
  at: Date;
}

function lineSubject(r: LineRow): Record<string, string> {
  return { ebcCode: r.ebc_code ?? '', orderNo: r.order_no ?? '', itemNo: r.item ?? '', gnum: r.gnum ?? '' };
}

function recallHit(r: LineRow, reason: string): DetectorHit {
  return {
    detector: 'recalled_or_infringing',
    subject: lineSubject(r),
    severity: 'high',
    explanation: { code: 'risk.detector.recalled', params: { itemNo: r.item ?? '-', gcode: r.gcode ?? '-', brand: r.brand ?? '-', reason } },
    at: toDate(r.at),
  };
}

function brandHit(r: LineRow, brand: string, owner: string): DetectorHit {
  return {
    detector: 'recalled_or_infringing',
    subject: lineSubject(r),
    severity: 'high',
    explanation: { code: 'risk.detector.brand_unauthorised', params: { brand, owner, ebc: r.ebc_code ?? '-' } },
    at: toDate(r.at),
  };
}

// ---------------------------------------------------------------- all of them

export const DETECTORS = {
  one_payer_many_buyers: onePayerManyBuyers,
  shared_contact_many_buyers: sharedContactManyBuyers,
  one_buyer_many_consignees: oneBuyerManyConsignees,
  split_orders: splitOrders,
  price_below_reference: priceBelowReference,
  collection_without_export: collectionWithoutExport,
  recalled_or_infringing: recalledOrInfringing,
} as const;
export const DETECTOR_NAMES = Object.keys(DETECTORS) as DetectorName[];

export type DetectorParams = {
  one_payer_many_buyers: OnePayerManyBuyersParams;
  shared_contact_many_buyers: SharedContactParams;
  one_buyer_many_consignees: OneBuyerManyConsigneesParams;
  split_orders: SplitOrdersParams;
  price_below_reference: PriceBelowReferenceParams;
  collection_without_export: CollectionWithoutExportParams;
  recalled_or_infringing: RecalledOrInfringingParams;
};
/** Per detector: parameters to override, or false to leave it out. */
export type DetectorSettings = { [N in DetectorName]?: Partial<DetectorParams[N]> | false };

export function isDetectorName(name: string): name is DetectorName {
  return Object.hasOwn(DETECTORS, name);
}

/** Every detector (but those switched off) on one declaration: the risk port's call. */
export async function detectForDeclaration(db: Db, keys: DeclarationKeys, settings: DetectorSettings = {}, options?: DetectOptions): Promise<DetectorHit[]> {
  const out: DetectorHit[] = [];
  for (const name of DETECTOR_NAMES) {
    const s = settings[name];
    if (s === false) continue;
    const d = DETECTORS[name] as Detector<object>;
    out.push(...(await d.detectFor(db, s as Partial<object> | undefined, keys, options)));
  }
  return out;
}

/** The keys of an import declaration (its order, payment and inventory as accepted) for `detectFor`. */
export function importDeclarationKeys(d: ImportDeclaration, at: Date): DeclarationKeys {
  const order = ((d.order?.OrderHead as Record<string, unknown> | undefined) ?? {}) as Record<string, unknown>;
  const payment = ((d.payment?.PaymentHead as Record<string, unknown> | undefined) ?? {}) as Record<string, unknown>;
  const inventory = ((d.inventory?.InventoryHead as Record<string, unknown> | undefined) ?? {}) as Record<string, unknown>;
  const s = (v: unknown) => (v === undefined || v === null || v === '' ? null : String(v));
  const rawLines = (d.inventory?.InventoryList ?? d.order?.OrderList ?? []) as unknown;
  const lines = (Array.isArray(rawLines) ? rawLines : [rawLines]).filter((l): l is Record<string, unknown> => !!l && typeof l === 'object');
  return {
    environment: d.environment,
    at,
    declarationId: d.id,
    ebcCode: s(order.ebcCode) ?? s(inventory.ebcCode),
    ebcOrgId: d.ebcOrgId ?? null,
    orderNo: d.orderNo,
    buyerId: s(order.buyerIdNumber) ?? d.buyerIdNumber ?? s(inventory.buyerIdNumber),
    payerId: s(payment.payerIdNumber),
    phone: s(order.consigneeTelephone) ?? s(order.buyerTelephone) ?? s(inventory.buyerTelephone),
    address: s(order.consigneeAddress) ?? s(inventory.consigneeAddress),
    consignee: s(order.consignee),
    buyerName: s(order.buyerName) ?? s(inventory.buyerName) ?? d.buyerName ?? null,
    amount: s(order.acturalPaid),
    items: lines.map((l) => ({ gnum: s(l.gnum), itemNo: s(l.itemNo) ?? s(l.itemRecordNo), gcode: s(l.gcode), brand: brandOfLine(l), price: s(l.price), qty: s(l.qty), currency: s(l.currency) })),
  };
}
