/**
 * `tumen simulate` — a traffic generator for import clearance that drives a running Tumen over its HTTP API,
 * as the real parties would: it signs in as the demo administrators, gives each party a production API key,
 * and sends the four documents of every import (order, payment, waybill, inventory), each by its own party,
 * in a random order. Then it reads the agents' receipt feeds until every inventory has a final status and
 * reports the outcomes by status and by case, each case labelled with what it should produce.
 *
 * The scenario comes from a seeded generator: the same seed against the same platform state gives the same
 * imports (buyers, goods, quantities, parties, cases); only the business numbers carry a per-run tag, so runs
 * never collide. It needs the demo data (demo mode): the demo users, products, residents and account book.
 */
import { InvalidArgumentError, type Command } from 'commander';
import stringWidth from 'string-width';
import { isMessageKey, t, type Locale, type MessageParams } from '../../kernel/i18n';
import type { MessageKey } from '../../kernel/messages';
import { dec, decText } from '../../kernel/money';
import { DEMO_BOOK } from '../../modules/clearance';
import { importDocuments, type ImportDocuments, type ImportLine, type ImportSpec, type Party } from '../../modules/clearance/documents';
import { DEMO_ORGS, DEMO_PASSWORD, residentIdCheckChar } from '../../modules/identity';
import { DEMO_RESIDENTS, maskIdNumber } from '../../modules/verification';
import { cliLocale, padCells, progressDisplay, table } from '../terminal';
import { EXPORT_ACTORS, planExports, runExports, type ExportRun } from './simulate-export';

// ---------------------------------------------------------------------------------------------------
// Options, cases, report
// ---------------------------------------------------------------------------------------------------

export interface SimulateOptions {
  /** Base URL of the running platform. */
  url: string;
  orders: number;
  /** Export lists to generate as well (0: none). */
  exports?: number;
  /** Imports in flight at once. */
  concurrency: number;
  /** Share (0–1) of imports that are bad cases. */
  bad: number;
  /** Share (0–1) of imports that start a fraud pattern (a group of several imports). */
  fraud: number;
  seed: number;
  /** Seconds to wait for final receipts after the last document was sent. */
  timeout: number;
  /** The language the platform answers in (Accept-Language): receipt texts and refusals. English by default. */
  locale?: Locale;
}

export const SIMULATE_DEFAULTS = { url: 'http://127.0.0.1:3000', concurrency: 8, bad: 0.05, fraud: 0.02, seed: 1, timeout: 120 } as const;

/** What a case should end in: `pass` = released (800), or held for review (300) or inspection (500). */
export type Expected = 'pass' | '100' | '-621005' | '-621018';

export const CASES = {
  good: { expected: 'pass', what: '9610 direct purchase, the four documents consistent' },
  good_bonded: { expected: 'pass', what: '1210 bonded cosmetics of cheongja from the demo account book' },
  over_quota: { expected: '-621018', what: 'a consistent import for a buyer whose annual 26,000 CNY quota has no room left' },
  bad_consignee_phone: { expected: '100', what: 'the waybill gives another consignee phone than the order' },
  bad_payment_amount: { expected: '100', what: 'the payment amount differs from what the order says was paid' },
  bad_unfiled_item: { expected: '100', what: 'an item number the seller never filed' },
  bad_id_number: { expected: '100', what: 'a buyer identity number with a wrong check character' },
  bad_over_limit: { expected: '-621005', what: 'an order over 5,000 CNY with several items' },
  fraud_one_payer: { expected: '100', what: 'one payer paying for several buyers (payer ≠ buyer)' },
  fraud_split: { expected: 'pass', what: 'one purchase over 5,000 CNY split into several orders to one buyer (not caught by the current risk rules)' },
} as const satisfies Record<string, { expected: Expected; what: string }>;

export type CaseLabel = keyof typeof CASES;

const BAD_KINDS: CaseLabel[] = ['bad_consignee_phone', 'bad_payment_amount', 'bad_unfiled_item', 'bad_id_number', 'bad_over_limit'];

export const STATUS_LABELS: Record<string, string> = {
  '800': 'released',
  '500': 'inspection',
  '300': 'manual review',
  '100': 'rejected',
  '-621005': 'single-transaction limit',
  '-621018': 'annual limit',
  '899': 'cleared',
  '599': 'seized',
  '700': 'shipped back',
  '399': 'audited (not final)',
  '120': 'accepted (not final)',
  '2': 'declared, waiting for partners',
  none: 'no inventory receipt',
  error: 'HTTP error',
};

/** The order statuses are listed in (an object's integer-like keys would come out sorted by number). */
const STATUS_ORDER = ['800', '500', '300', '100', '-621005', '-621018', '899', '599', '700', '399', '120', '2', 'none', 'error'];

function rank(status: string): number {
  return STATUS_ORDER.includes(status) ? STATUS_ORDER.indexOf(status) : STATUS_ORDER.length;
}

/** Statuses after which an inventory does not move without someone acting (customs, the buyer, the carrier). */
function isFinal(status: string): boolean {
  return ['800', '500', '300', '100', '899', '599', '700'].includes(status) || status.startsWith('-') || status === 'error';
}

/** The family a status counts as when compared with what a case expects. */
export function statusFamily(status: string): string {
  return ['800', '500', '300', '899'].includes(status) ? 'pass' : status;
}

export interface ImportResult {
  orderNo: string;
  case: CaseLabel;
  expected: Expected;
  /** Final CEB622 status (or the arrival answer of a refused inventory); `none` when none came in time. */
  status: string;
  asExpected: boolean;
  tradeMode: '9610' | '1210';
  platform: string;
  seller: string;
  agent: string;
  buyer: string;
  /** Goods + freight (the dutiable value the quota counts), CNY. */
  amount: string;
  /** The inventory's statuses in the order they were issued (arrival answer first). */
  history: string[];
  info: string;
}

export interface SimulateReport {
  url: string;
  seed: number;
  orders: number;
  concurrency: number;
  bad: number;
  fraud: number;
  documents: {
    sent: number;
    accepted: number;
    refused: number;
    errors: number;
    perSecond: number;
    byType: Record<string, { sent: number; refused: number }>;
  };
  /** Requests answered 429 (rate limited) and sent again after the time the platform asked for. */
  throttled: number;
  seconds: { sending: number; total: number };
  inventories: { total: number; final: number; pending: number };
  byStatus: { status: string; label: string; count: number }[];
  byCase: { case: CaseLabel; expected: Expected; count: number; asExpected: number; got: Record<string, number> }[];
  asExpected: number;
  keys: { created: number; revoked: number };
  imports: ImportResult[];
  /** The export traffic, when `--export` asked for some. */
  exports?: ExportRun;
}

/** Connection and sign-in failures: the run could not happen (exit status 1). The message is in English; `text` gives it in any language. */
export class SimulateFailure extends Error {
  constructor(
    readonly key: MessageKey,
    readonly params: MessageParams,
  ) {
    super(t('en', key, params));
  }

  text(locale: Locale): string {
    return t(locale, this.key, this.params);
  }
}

export interface SimulateHooks {
  /** Called while sending (imports done of total) and while waiting for receipts (inventories final of total). */
  progress?(phase: 'sending' | 'receipts', done: number, total: number): void;
  /** The same for the export traffic: lists sent, lists final. */
  exportProgress?(phase: 'exports' | 'export_receipts', done: number, total: number): void;
}

// ---------------------------------------------------------------------------------------------------
// The demo catalogue: filed products of the demo sellers (src/modules/registry/demo-products.ts)
// ---------------------------------------------------------------------------------------------------

interface Good {
  itemNo: string;
  gcode: string;
  /** The filed Chinese name. */
  name: string;
  /** Transaction unit (customs code). */
  unit: string;
  legalUnit: '035' | '001';
  /** Legal quantity of one unit (kilograms for 035). */
  perUnit: string;
  /** Filed reference price, in fen. */
  reference: number;
  /** Most a buyer takes of it in one order. */
  maxQty: number;
}

interface Seller {
  key: string;
  /** Customs country code of origin and departure. */
  country: string;
  goods: Good[];
  /** An item number the seller never filed (the `bad_unfiled_item` case). */
  unfiled: string;
}

const SELLERS: Seller[] = [
  {
    key: 'hanbit',
    country: '133',
    unfiled: 'HB-KIMCHI-1KG',
    goods: [
      { itemNo: 'HB-LAVER-10', gcode: '2008999000', name: '韩光调味海苔 10袋装', unit: '125', legalUnit: '035', perUnit: '0.2', reference: 3990, maxQty: 6 },
      { itemNo: 'HB-NOODLE-5', gcode: '1902301000', name: '韩式辣拉面 5连包', unit: '125', legalUnit: '035', perUnit: '0.6', reference: 2500, maxQty: 8 },
      { itemNo: 'HB-REDGINSENG-240', gcode: '2106909090', name: '红参浓缩液 240g', unit: '122', legalUnit: '035', perUnit: '0.24', reference: 39800, maxQty: 3 },
    ],
  },
  {
    key: 'cheongja',
    country: '133',
    unfiled: 'CJ-TONER-150',
    goods: [
      { itemNo: 'CJ-CREAM-50', gcode: '3304990099', name: '青瓷保湿面霜 50ml', unit: '122', legalUnit: '035', perUnit: '0.08', reference: 12800, maxQty: 3 },
      { itemNo: 'CJ-SERUM-30', gcode: '3304990091', name: '青瓷焕颜精华液 30ml', unit: '142', legalUnit: '035', perUnit: '0.06', reference: 56000, maxQty: 2 },
      { itemNo: 'CJ-LIP-03', gcode: '3304100000', name: '青瓷丝绒口红 03号', unit: '007', legalUnit: '035', perUnit: '0.02', reference: 8900, maxQty: 3 },
      { itemNo: 'CJ-SHAMPOO-500', gcode: '3305100000', name: '青瓷人参洗发水 500ml', unit: '142', legalUnit: '035', perUnit: '0.55', reference: 6900, maxQty: 3 },
    ],
  },
  {
    key: 'kedr',
    country: '344',
    unfiled: 'KD-CAVIAR-100',
    goods: [
      { itemNo: 'KD-CHOC-200', gcode: '1806320000', name: '雪松灯塔夹心巧克力 200g', unit: '140', legalUnit: '035', perUnit: '0.2', reference: 4500, maxQty: 6 },
      { itemNo: 'KD-HONEY-500', gcode: '0409000000', name: '远东椴树蜂蜜 500g', unit: '122', legalUnit: '035', perUnit: '0.5', reference: 8800, maxQty: 4 },
    ],
  },
  {
    key: 'naniwa',
    country: '116',
    unfiled: 'NW-MATCHA-100',
    goods: [
      { itemNo: 'NW-ROUGE-07', gcode: '3304100000', name: '光苑保湿口红 07号', unit: '007', legalUnit: '035', perUnit: '0.02', reference: 15800, maxQty: 3 },
      { itemNo: 'NW-FORMULA-800', gcode: '1901101000', name: '光苑婴儿配方奶粉 1段 800g', unit: '122', legalUnit: '035', perUnit: '0.8', reference: 26800, maxQty: 4 },
      { itemNo: 'NW-MILL-01', gcode: '8509400000', name: '光苑家用食物研磨机', unit: '001', legalUnit: '001', perUnit: '1', reference: 69900, maxQty: 1 },
      { itemNo: 'NW-CREAM-40', gcode: '3304990099', name: '光苑清酒精华面霜 40g', unit: '122', legalUnit: '035', perUnit: '0.04', reference: 23800, maxQty: 2 },
    ],
  },
];

/** Weights of the sellers among good imports. */
const SELLER_WEIGHTS: [string, number][] = [
  ['hanbit', 0.3],
  ['cheongja', 0.3],
  ['kedr', 0.2],
  ['naniwa', 0.2],
];
/** Share of cheongja's imports sold from bonded stock (1210) while the book has stock. */
const BONDED_SHARE = 0.45;
const PLATFORMS: [string, number][] = [
  ['hanbit', 0.55],
  ['burhatong', 0.45],
];
const PAYMENTS: [string, number][] = [
  ['chengquan', 0.6],
  ['huibian', 0.4],
];
const BROKERS = ['zhengheng', 'herui'];
const GUARANTORS: [string, number][] = [
  ['hengyue', 0.7],
  ['qiling-insurance', 0.15],
  ['maoershan-bank', 0.15],
];
/** Every organisation the simulator may act as: platforms, payment, carriers, agents and the bonded seller. */
const ACTORS = ['hanbit', 'burhatong', 'chengquan', 'huibian', 'xianghe', 'tongling', 'zhengheng', 'herui', 'cheongja'];
const NUMBER_PREFIX: Record<string, string> = { hanbit: 'HB', burhatong: 'BH', chengquan: 'CQ', huibian: 'HU', xianghe: 'XH', tongling: 'TL' };
const SCOPES = ['ceb.submit', 'ceb.receipts.read', 'ceb.documents.read'];
const SINGLE_LIMIT_FEN = 500_000;
/** Good orders stay below this (goods + freight), well inside the single-transaction limit. */
const GOOD_MAX_FEN = 480_000;

const CITY_OF_AREA: Record<string, string> = {
  '222401': '吉林省延边朝鲜族自治州延吉市',
  '222402': '吉林省延边朝鲜族自治州图们市',
  '222403': '吉林省延边朝鲜族自治州敦化市',
  '222404': '吉林省延边朝鲜族自治州珲春市',
  '222405': '吉林省延边朝鲜族自治州龙井市',
  '222406': '吉林省延边朝鲜族自治州和龙市',
  '222424': '吉林省延边朝鲜族自治州汪清县',
  '222426': '吉林省延边朝鲜族自治州安图县',
  '220102': '吉林省长春市南关区',
  '210102': '辽宁省沈阳市和平区',
  '230103': '黑龙江省哈尔滨市南岗区',
  '370202': '山东省青岛市市南区',
  '110105': '北京市朝阳区',
};
const STREETS = ['人民路', '光明街', '新华街', '友谊路', '长白路', '公园路', '河南街', '建工街', '太平街', '解放路', '民主街', '参花街'];

type DocType = 'CEB311Message' | 'CEB411Message' | 'CEB511Message' | 'CEB621Message';
const DOC_TYPES: DocType[] = ['CEB311Message', 'CEB411Message', 'CEB511Message', 'CEB621Message'];
type Resident = (typeof DEMO_RESIDENTS)[number];

function demoOrg(key: string) {
  const org = DEMO_ORGS.find((o) => o.key === key);
  if (!org) throw new Error(`demo organisation ${key} is missing`);
  return org;
}

function party(key: string): Party {
  const o = demoOrg(key);
  return { code: o.customsCode ?? o.uscc, name: o.nameZh };
}

// ---------------------------------------------------------------------------------------------------
// Seeded generator
// ---------------------------------------------------------------------------------------------------

/** mulberry32: small, fast, good enough for traffic, and replayable from the seed. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;

function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)] as T;
}

function weighted<T>(rng: Rng, items: readonly [T, number][]): T {
  const total = items.reduce((s, [, w]) => s + w, 0);
  let r = rng() * total;
  for (const [item, w] of items) {
    r -= w;
    if (r < 0) return item;
  }
  return items[items.length - 1]![0];
}

function shuffled<T>(rng: Rng, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

function fen(n: number): string {
  return `${Math.floor(n / 100)}.${String(n % 100).padStart(2, '0')}`;
}

function toFen(text: string): number {
  return Number(decText(dec(text).times(100), 0));
}

/** A stable small hash of a string (addresses stay the same for a buyer across runs). */
function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

function addressOf(r: Resident): string {
  const h = hash(r.idNumber);
  const city = CITY_OF_AREA[r.idNumber.slice(0, 6)] ?? CITY_OF_AREA['222401']!;
  return `${city}${STREETS[h % STREETS.length]}${10 + (h % 890)}号${1 + ((h >>> 10) % 6)}单元${101 + ((h >>> 13) % 6) * 100 + ((h >>> 16) % 4)}室`;
}

/** Another phone number than the buyer's: a digit of the last four changed. */
function otherPhone(phone: string): string {
  const last = Number(phone.at(-1));
  return `${phone.slice(0, -1)}${(last + 3) % 10}`;
}

/** The same number with a wrong check character. */
function brokenIdNumber(idNumber: string): string {
  const first17 = idNumber.slice(0, 17);
  const right = residentIdCheckChar(first17);
  const wrong = right === 'X' ? '0' : right === '9' ? 'X' : String(Number(right) + 1);
  return first17 + wrong;
}

// ---------------------------------------------------------------------------------------------------
// Planning
// ---------------------------------------------------------------------------------------------------

interface Planned {
  label: CaseLabel;
  spec: ImportSpec;
  senders: Record<DocType, string>;
  order: DocType[];
  seller: string;
  /** Changes made to the consistent documents (the bad cases). */
  tweak?: (docs: ImportDocuments) => void;
}

interface PlanState {
  rng: Rng;
  tag: string;
  serial: number;
  /** Room left in each buyer's annual quota (fen), from the platform, less what this run plans to use. */
  room: Map<string, number>;
  /** Bonded stock still available per item (legal quantity), less what this run plans to take. */
  stock: Map<string, number>;
}

interface Line {
  good: Good;
  qty: number;
  price: number;
}

function lineFen(lines: Line[]): number {
  return lines.reduce((s, l) => s + l.qty * l.price, 0);
}

/** A price near the filed reference price (−12 % … +5 %), to the ten fen. */
function priceNear(rng: Rng, g: Good): number {
  return Math.round((g.reference * (0.88 + 0.17 * rng())) / 10) * 10;
}

/** What one buyer puts in the basket: one to three goods of the seller, small quantities, under `maxFen`. */
function basket(rng: Rng, goods: Good[], maxFen: number): Line[] {
  const count = Math.min(goods.length, weighted(rng, [[1, 0.55], [2, 0.3], [3, 0.15]] as [number, number][]));
  const lines = shuffled(rng, goods)
    .slice(0, count)
    .map((good) => ({ good, qty: 1 + Math.floor(rng() ** 2 * good.maxQty), price: priceNear(rng, good) }));
  while (lineFen(lines) > maxFen) {
    const top = lines.reduce((a, b) => (b.price * b.qty > a.price * a.qty ? b : a));
    if (top.qty > 1) top.qty--;
    else if (lines.length > 1) lines.splice(lines.indexOf(top), 1);
    else break;
  }
  return lines;
}

function legalQty(l: Line): string {
  return l.good.legalUnit === '001' ? String(l.qty) : decText(dec(l.good.perUnit).times(l.qty));
}

function importLines(lines: Line[], country: string, bonded: boolean): ImportLine[] {
  return lines.map((l) => ({
    itemNo: l.good.itemNo,
    gcode: l.good.gcode,
    name: l.good.name,
    unit: l.good.unit,
    qty: String(l.qty),
    price: fen(l.price),
    country,
    legalQty: legalQty(l),
    legalUnit: l.good.legalUnit,
    ...(bonded ? { itemRecordNo: l.good.itemNo } : {}),
  }));
}

function freightFor(rng: Rng, bonded: boolean): number {
  return bonded ? pick(rng, [0, 0, 600, 800]) : pick(rng, [0, 800, 1000, 1200, 1500, 1800]);
}

function agentFor(rng: Rng, seller: string, bonded: boolean): string {
  const agentKey = demoOrg(seller).agentKey;
  if (agentKey) return agentKey; // an overseas seller declares through its domestic agent
  return bonded ? pick(rng, ['cheongja', ...BROKERS]) : pick(rng, BROKERS);
}

function sellerByKey(key: string): Seller {
  return SELLERS.find((s) => s.key === key)!;
}

interface Draft {
  seller: Seller;
  lines: Line[];
  bonded: boolean;
  freight: number;
}

/** Goods + freight: what the quota counts and the single-transaction limit applies to. */
function amountOf(d: Draft): number {
  return lineFen(d.lines) + d.freight;
}

function draft(s: PlanState, sellerKey: string, maxFen = GOOD_MAX_FEN): Draft {
  const seller = sellerByKey(sellerKey);
  const { rng } = s;
  if (sellerKey === DEMO_BOOK.ebc && rng() < BONDED_SHARE) {
    const goods = seller.goods.filter((g) => (s.stock.get(g.itemNo) ?? 0) > 0);
    const lines = goods.length ? basket(rng, goods, maxFen) : [];
    if (lines.length && lines.every((l) => Number(legalQty(l)) <= (s.stock.get(l.good.itemNo) ?? 0))) {
      const d = { seller, lines, bonded: true, freight: freightFor(rng, true) };
      if (amountOf(d) <= maxFen) return d;
    }
  }
  const lines = basket(rng, seller.goods, maxFen - 1800);
  return { seller, lines, bonded: false, freight: freightFor(rng, false) };
}

function takeStock(s: PlanState, d: Draft): void {
  if (!d.bonded) return;
  for (const l of d.lines) s.stock.set(l.good.itemNo, (s.stock.get(l.good.itemNo) ?? 0) - Number(legalQty(l)));
}

/** A buyer whose quota has room for `amount` (fen); undefined when none has. */
function buyerWithRoom(s: PlanState, amount: number, except: Resident[] = []): Resident | undefined {
  const fits = DEMO_RESIDENTS.filter((r) => (s.room.get(r.idNumber) ?? 0) >= amount && !except.includes(r));
  return fits.length ? pick(s.rng, fits) : undefined;
}

function useRoom(s: PlanState, r: Resident, amount: number): void {
  s.room.set(r.idNumber, (s.room.get(r.idNumber) ?? 0) - amount);
}

/** The consistent import for a draft, buyer and (optionally) another payer. */
function assemble(s: PlanState, label: CaseLabel, d: Draft, buyer: Resident, payer?: Resident): Planned {
  const { rng } = s;
  const platform = weighted(rng, PLATFORMS);
  const payment = weighted(rng, PAYMENTS);
  const carrier = d.bonded ? weighted(rng, [['tongling', 0.6], ['xianghe', 0.4]] as [string, number][]) : weighted(rng, [['xianghe', 0.7], ['tongling', 0.3]] as [string, number][]);
  const agent = agentFor(rng, d.seller.key, d.bonded);
  const guarantor = weighted(rng, GUARANTORS);
  const goods = lineFen(d.lines);
  const discount = goods >= 20_000 && rng() < 0.15 ? pick(rng, [500, 1000, 2000]) : 0;
  const n = `${s.tag}${String(++s.serial).padStart(5, '0')}`;
  const lingdong = demoOrg(DEMO_BOOK.operator);
  const spec: ImportSpec = {
    orderNo: `${NUMBER_PREFIX[platform]}${n}`,
    payTransactionId: `${NUMBER_PREFIX[payment]}${n}`,
    logisticsNo: `${NUMBER_PREFIX[carrier]}${n}`,
    ebp: party(platform),
    ebc: party(d.seller.key),
    payment: party(payment),
    logistics: party(carrier),
    agent: party(agent),
    assureCode: party(guarantor).code,
    buyer: { name: buyer.name, idNumber: buyer.idNumber, phone: buyer.phone },
    ...(payer ? { payer: { name: payer.name, idNumber: payer.idNumber } } : {}),
    address: addressOf(buyer),
    lines: importLines(d.lines, d.seller.country, d.bonded),
    freight: fen(d.freight),
    discount: fen(discount),
    at: new Date(),
    ...(d.bonded
      ? { tradeMode: '1210' as const, emsNo: DEMO_BOOK.emsNo, area: { code: lingdong.customsCode ?? lingdong.uscc, name: lingdong.nameZh } }
      : { tradeMode: '9610' as const, country: d.seller.country }),
  };
  return {
    label,
    spec,
    seller: d.seller.key,
    senders: { CEB311Message: platform, CEB411Message: payment, CEB511Message: carrier, CEB621Message: agent },
    order: shuffled(rng, DOC_TYPES),
  };
}

function goodImport(s: PlanState): Planned {
  const d = draft(s, weighted(s.rng, SELLER_WEIGHTS));
  const amount = amountOf(d);
  const buyer = buyerWithRoom(s, amount);
  if (!buyer) return assemble(s, 'over_quota', d, pick(s.rng, DEMO_RESIDENTS));
  useRoom(s, buyer, amount);
  takeStock(s, d);
  return assemble(s, d.bonded ? 'good_bonded' : 'good', d, buyer);
}

function badImport(s: PlanState, label: CaseLabel): Planned {
  const { rng } = s;
  const buyer = pick(rng, DEMO_RESIDENTS);
  if (label === 'bad_over_limit') {
    // Several items adding up to 5,000–7,000 CNY from one seller.
    const seller = sellerByKey(pick(rng, ['cheongja', 'hanbit', 'naniwa']));
    const dear = [...seller.goods].sort((a, b) => b.reference - a.reference);
    const target = SINGLE_LIMIT_FEN + 20_000 + Math.floor(rng() * 180_000);
    const lines: Line[] = [{ good: dear[1]!, qty: 1 + Math.floor(rng() * 3), price: priceNear(rng, dear[1]!) }];
    const top = dear[0]!;
    const price = priceNear(rng, top);
    lines.unshift({ good: top, qty: Math.max(1, Math.ceil((target - lineFen(lines)) / price)), price });
    return assemble(s, label, { seller, lines, bonded: false, freight: freightFor(rng, false) }, buyer);
  }
  const d = draft(s, weighted(rng, SELLER_WEIGHTS));
  const nonBonded = d.bonded ? { ...d, bonded: false, freight: freightFor(rng, false) } : d;
  if (label === 'bad_id_number') return assemble(s, label, nonBonded, { ...buyer, idNumber: brokenIdNumber(buyer.idNumber) });
  const p = assemble(s, label, nonBonded, buyer);
  if (label === 'bad_unfiled_item') {
    const first = p.spec.lines[0]!;
    p.spec.lines[0] = { ...first, itemNo: nonBonded.seller.unfiled };
  } else if (label === 'bad_consignee_phone') {
    p.tweak = (docs) => {
      const head = docs.CEB511Message.Logistics[0]!.LogisticsHead;
      head.consigneeTelephone = otherPhone(head.consigneeTelephone);
    };
  } else if (label === 'bad_payment_amount') {
    // The payment leaves out the freight (or a yuan, when there is none).
    const short = p.spec.freight && dec(p.spec.freight).gt(0) ? p.spec.freight : '1.00';
    p.tweak = (docs) => {
      const head = docs.CEB411Message.Payment[0]!.PaymentHead;
      head.amountPaid = decText(dec(head.amountPaid).minus(short), 2);
    };
  }
  return p;
}

/** One payer (not a buyer) paying for several buyers' orders. */
function onePayerGroup(s: PlanState, size: number): Planned[] {
  const { rng } = s;
  const [payer, ...buyers] = shuffled(rng, DEMO_RESIDENTS).slice(0, size + 1);
  return buyers.map((b) => {
    const d = draft(s, pick(rng, ['cheongja', 'naniwa', 'hanbit']));
    return assemble(s, 'fraud_one_payer', d.bonded ? { ...d, bonded: false, freight: freightFor(rng, false) } : d, b, payer);
  });
}

/** One purchase of 5,000–9,000 CNY split into orders under the limit, all to one buyer, from one seller. */
function splitGroup(s: PlanState, size: number): Planned[] | undefined {
  const { rng } = s;
  const seller = sellerByKey(pick(rng, ['cheongja', 'hanbit', 'naniwa']));
  const top = [...seller.goods].sort((a, b) => b.reference - a.reference)[0]!;
  const drafts: Draft[] = [];
  for (let i = 0; i < size; i++) {
    const price = priceNear(rng, top);
    const target = 260_000 + Math.floor(rng() * 200_000);
    drafts.push({ seller, lines: [{ good: top, qty: Math.max(1, Math.floor(target / price)), price }], bonded: false, freight: 0 });
  }
  const total = drafts.reduce((sum, d) => sum + amountOf(d), 0);
  const buyer = buyerWithRoom(s, total);
  if (!buyer || total <= SINGLE_LIMIT_FEN) return undefined;
  useRoom(s, buyer, total);
  return drafts.map((d) => assemble(s, 'fraud_split', d, buyer));
}

function plan(opts: SimulateOptions, room: Map<string, number>, stock: Map<string, number>): Planned[] {
  const s: PlanState = { rng: generator(opts.seed), tag: Date.now().toString(36).toUpperCase().slice(-8), serial: 0, room, stock };
  const badKinds = shuffled(s.rng, BAD_KINDS);
  let bads = 0;
  const out: Planned[] = [];
  while (out.length < opts.orders) {
    const left = opts.orders - out.length;
    const r = s.rng();
    if (r < opts.fraud) {
      // A pattern needs at least two imports; the last one is an ordinary purchase.
      const size = Math.min(left, 2 + Math.floor(s.rng() * 3));
      const group = size < 2 ? [goodImport(s)] : s.rng() < 0.5 ? splitGroup(s, size) : undefined;
      out.push(...(group ?? onePayerGroup(s, size)));
    } else if (r < opts.fraud + opts.bad) {
      out.push(badImport(s, badKinds[bads++ % badKinds.length]!));
    } else {
      out.push(goodImport(s));
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// HTTP
// ---------------------------------------------------------------------------------------------------

const REQUEST_TIMEOUT_MS = 60_000;

interface Answer {
  status: number;
  body: unknown;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function errorText(body: unknown): string {
  const b = body as { error?: { message?: string }; message?: string } | null;
  return b?.error?.message ?? b?.message ?? (typeof body === 'string' ? body : JSON.stringify(body)).slice(0, 300);
}

class Api {
  throttled = 0;
  readonly base: string;
  constructor(
    url: string,
    private readonly locale: Locale,
  ) {
    this.base = url.replace(/\/+$/, '');
  }

  /** One request; a network failure is tried three times, a 429 waits as long as the platform asks. */
  async request(method: string, path: string, opts: { token?: string; body?: unknown } = {}): Promise<Answer> {
    const headers: Record<string, string> = { 'accept-language': this.locale };
    if (opts.token) headers.authorization = `Bearer ${opts.token}`;
    if (opts.body !== undefined) headers['content-type'] = 'application/json';
    for (let attempt = 0; ; attempt++) {
      let res: Response;
      try {
        res = await fetch(`${this.base}${path}`, { method, headers, body: opts.body === undefined ? undefined : JSON.stringify(opts.body), signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
      } catch (e) {
        if (attempt < 2) {
          await sleep(300 * (attempt + 1));
          continue;
        }
        const cause = (e as { cause?: { code?: string; message?: string } }).cause;
        throw new SimulateFailure('simulate.unreachable', { url: this.base, cause: cause?.code ?? cause?.message ?? (e as Error).message });
      }
      if (res.status === 429 && attempt < 50) {
        this.throttled++;
        const seconds = Number(res.headers.get('retry-after'));
        await res.arrayBuffer().catch(() => undefined);
        await sleep(Math.min(60, Math.max(1, Number.isFinite(seconds) ? seconds : 1)) * 1000);
        continue;
      }
      const text = await res.text();
      let body: unknown = text;
      try {
        body = text ? JSON.parse(text) : null;
      } catch {
        // not JSON: keep the text
      }
      return { status: res.status, body };
    }
  }
}

interface Session {
  key: string;
  username: string;
  token: string;
  orgId: string;
  apiKey?: { id: string; key: string };
}

async function signIn(api: Api, key: string): Promise<Session> {
  const admin = demoOrg(key).users.find((u) => u.role === 'admin');
  if (!admin) throw new Error(`demo organisation ${key} has no admin`);
  const r = await api.request('POST', '/api/auth/login', { body: { username: admin.username, password: DEMO_PASSWORD } });
  if (r.status !== 200) throw new SimulateFailure('simulate.sign_in_failed', { username: admin.username, status: r.status, error: errorText(r.body) });
  const b = r.body as { token: string; organisation: { id: string } };
  return { key, username: admin.username, token: b.token, orgId: b.organisation.id };
}

async function createKey(api: Api, s: Session, tag: string): Promise<void> {
  const r = await api.request('POST', `/api/orgs/${s.orgId}/api-keys`, { token: s.token, body: { name: `tumen simulate ${tag}`, scopes: SCOPES, environment: 'production' } });
  if (r.status !== 201) throw new SimulateFailure('simulate.key_failed', { party: s.key, status: r.status, error: errorText(r.body) });
  const b = r.body as { id: string; key: string };
  s.apiKey = { id: b.id, key: b.key };
}

/** Revokes the run's keys and ends the sessions; returns how many keys were revoked. */
async function cleanUp(api: Api, sessions: Session[]): Promise<number> {
  let revoked = 0;
  for (const s of sessions) {
    try {
      if (s.apiKey) {
        const r = await api.request('DELETE', `/api/orgs/${s.orgId}/api-keys/${s.apiKey.id}`, { token: s.token });
        if (r.status === 200) revoked++;
      }
      await api.request('POST', '/api/auth/logout', { token: s.token });
    } catch {
      // best effort: the platform may be gone
    }
  }
  return revoked;
}

/** Room left in each demo buyer's annual quota (fen), from the public quota check; unknown buyers get none. */
async function quotaRoom(api: Api): Promise<Map<string, number>> {
  const room = new Map<string, number>();
  const queue = [...DEMO_RESIDENTS];
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      for (let r = queue.shift(); r; r = queue.shift()) {
        const a = await api.request('POST', '/api/public/quota', { body: { name: r.name, idNumber: r.idNumber } });
        room.set(r.idNumber, a.status === 200 ? toFen((a.body as { remaining: string }).remaining) : 0);
      }
    }),
  );
  return room;
}

/** Available stock of the demo account book per item (legal quantity); empty when there is no such book. */
async function bondedStock(api: Api, seller: Session): Promise<Map<string, number>> {
  const r = await api.request('GET', `/api/bonded/books/${DEMO_BOOK.emsNo}/stock`, { token: seller.token });
  if (r.status !== 200) return new Map();
  return new Map((r.body as { items: { itemRecordNo: string; available: string }[] }).items.map((i) => [i.itemRecordNo, Number(i.available)]));
}

interface Receipt {
  seq: number;
  messageType: string;
  returnStatus: string;
  returnInfo: string;
  documentId: string | null;
}

/** Reads a receipt feed from `after` to its end; returns the receipts and the new cursor. */
async function readFeed(api: Api, key: string, after: number): Promise<{ receipts: Receipt[]; next: number }> {
  const out: Receipt[] = [];
  let cursor = after;
  for (;;) {
    const r = await api.request('GET', `/api/ceb/receipts?after=${cursor}&limit=1000`, { token: key });
    if (r.status !== 200) throw new SimulateFailure('simulate.feed_failed', { status: r.status, error: errorText(r.body) });
    const b = r.body as { receipts: Receipt[]; next: number };
    out.push(...b.receipts);
    if (!b.receipts.length || b.next === cursor) return { receipts: out, next: cursor };
    cursor = b.next;
  }
}

// ---------------------------------------------------------------------------------------------------
// The run
// ---------------------------------------------------------------------------------------------------

interface Tracked {
  planned: Planned;
  inventoryDocId: string | null;
  history: { seq: number; status: string; info: string }[];
  status: string;
  info: string;
}

interface DocAnswer {
  returnStatus?: string | null;
  problems?: { code: string }[];
  records?: { returnStatus: string; returnInfo: string; documentId: string | null }[];
}

export async function simulate(opts: SimulateOptions, hooks: SimulateHooks = {}): Promise<SimulateReport> {
  const started = Date.now();
  const api = new Api(opts.url, opts.locale ?? 'en');
  const health = await api.request('GET', '/health');
  if (health.status !== 200) throw new SimulateFailure('simulate.not_tumen', { url: api.base, status: health.status });

  const sessions: Session[] = [];
  let keysCreated = 0;
  try {
    // The platform's view of quota and stock first, so the plan keeps good cases inside both.
    const room = await quotaRoom(api);
    for (const key of ACTORS) sessions.push(await signIn(api, key));
    const byKey = new Map(sessions.map((s) => [s.key, s]));
    const stock = await bondedStock(api, byKey.get(DEMO_BOOK.ebc)!);
    const planned = plan(opts, room, stock);

    const used = new Set([...planned.flatMap((p) => Object.values(p.senders)), ...((opts.exports ?? 0) > 0 ? EXPORT_ACTORS : [])]);
    const tag = new Date().toISOString();
    for (const s of sessions.filter((x) => used.has(x.key))) {
      await createKey(api, s, tag);
      keysCreated++;
    }
    const keyOf = (org: string) => byKey.get(org)!.apiKey!.key;
    // The agents' feeds carry the inventory receipts (CEB622): start reading after what is there now.
    const agents = [...new Set(planned.map((p) => p.senders.CEB621Message))];
    const exportPlan = planExports(opts.exports ?? 0, opts.seed, tag.replace(/\D/g, '').slice(2, 14), new Date());
    const cursors = new Map<string, number>();
    for (const a of agents) cursors.set(a, (await readFeed(api, keyOf(a), 0)).next);

    // ---- sending
    const byType = Object.fromEntries(DOC_TYPES.map((t) => [t, { sent: 0, refused: 0 }])) as Record<DocType, { sent: number; refused: number }>;
    let accepted = 0;
    let refused = 0;
    let errors = 0;
    const tracked: Tracked[] = planned.map((p) => ({ planned: p, inventoryDocId: null, history: [], status: 'none', info: '' }));
    const sendStarted = Date.now();
    let done = 0;
    hooks.progress?.('sending', 0, tracked.length);
    const queue = [...tracked];
    const worker = async () => {
      try {
        await sendImports();
      } catch (e) {
        queue.length = 0; // the others stop after their current import
        throw e;
      }
    };
    const sendImports = async () => {
      for (let t = queue.shift(); t; t = queue.shift()) {
        const p = t.planned;
        const docs = importDocuments(p.spec);
        p.tweak?.(docs);
        for (const type of p.order) {
          const a = await api.request('POST', `/api/ceb/documents/${type}`, { token: keyOf(p.senders[type]), body: docs[type] });
          byType[type].sent++;
          if (a.status === 401 || (a.status === 403 && !(a.body as DocAnswer | null)?.records?.length)) {
            throw new SimulateFailure('simulate.send_refused', { party: p.senders[type], type, status: a.status, error: errorText(a.body) });
          }
          const body = (a.body ?? {}) as DocAnswer;
          const record = body.records?.[0];
          if (a.status === 200) accepted++;
          else if (record || body.returnStatus) {
            refused++;
            byType[type].refused++;
          } else errors++;
          if (type !== 'CEB621Message') continue;
          if (a.status === 200) {
            // Its receipts, this acceptance included, come through the agent's feed.
            t.inventoryDocId = record?.documentId ?? null;
            t.status = record?.returnStatus ?? '2';
          } else {
            const status = record?.returnStatus ?? body.returnStatus ?? 'error';
            const info = record?.returnInfo ?? (body.problems?.map((x) => x.code).join(', ') || `HTTP ${a.status}: ${errorText(a.body)}`);
            t.history.push({ seq: 0, status, info });
            t.status = status;
            t.info = info;
          }
        }
        hooks.progress?.('sending', ++done, tracked.length);
      }
    };
    await Promise.all(Array.from({ length: Math.min(opts.concurrency, tracked.length) }, worker));
    const sendSeconds = (Date.now() - sendStarted) / 1000;

    // ---- receipts
    const byDoc = new Map(tracked.filter((t) => t.inventoryDocId).map((t) => [t.inventoryDocId!, t]));
    const pendingCount = () => tracked.filter((t) => !isFinal(t.status)).length;
    const deadline = Date.now() + opts.timeout * 1000;
    for (;;) {
      for (const a of agents) {
        const { receipts, next } = await readFeed(api, keyOf(a), cursors.get(a)!);
        cursors.set(a, next);
        for (const r of receipts) {
          const t = r.messageType === 'CEB622Message' && r.documentId ? byDoc.get(r.documentId) : undefined;
          if (!t) continue;
          t.history.push({ seq: r.seq, status: r.returnStatus, info: r.returnInfo });
          t.status = r.returnStatus;
          t.info = r.returnInfo;
        }
      }
      const pending = pendingCount();
      hooks.progress?.('receipts', tracked.length - pending, tracked.length);
      if (!pending || Date.now() >= deadline) break;
      await sleep(500);
    }

    // ---- exports
    let exportRun: ExportRun | undefined;
    if (exportPlan.length) {
      exportRun = await runExports(
        exportPlan,
        {
          request: (method, path, o) => api.request(method, path, o),
          readFeed: (key, after) => readFeed(api, key, after),
          keyOf,
          progress: hooks.exportProgress,
          sleep,
        },
        { concurrency: opts.concurrency, timeout: opts.timeout, at: () => new Date() },
      );
    }

    const keysRevoked = await cleanUp(api, sessions.splice(0));
    const sent = accepted + refused + errors;
    return report(opts, api, tracked, {
      ...(exportRun ? { exports: exportRun } : {}),
      documents: { sent, accepted, refused, errors, perSecond: Math.round((sent / Math.max(sendSeconds, 0.001)) * 10) / 10, byType },
      seconds: { sending: Math.round(sendSeconds * 10) / 10, total: Math.round((Date.now() - started) / 100) / 10 },
      keys: { created: keysCreated, revoked: keysRevoked },
    });
  } finally {
    if (sessions.length) await cleanUp(api, sessions);
  }
}

function report(opts: SimulateOptions, api: Api, tracked: Tracked[], parts: Pick<SimulateReport, 'documents' | 'seconds' | 'keys' | 'exports'>): SimulateReport {
  const imports: ImportResult[] = tracked.map((t) => {
    const p = t.planned;
    const expected = CASES[p.label].expected;
    const goods = p.spec.lines.reduce((s, l) => s.plus(dec(l.price).times(l.qty)), dec(0));
    return {
      orderNo: p.spec.orderNo,
      case: p.label,
      expected,
      status: t.status,
      asExpected: statusFamily(t.status) === expected,
      tradeMode: p.spec.tradeMode ?? '9610',
      platform: p.senders.CEB311Message,
      seller: p.seller,
      agent: p.senders.CEB621Message,
      buyer: `${p.spec.buyer.name} ${maskIdNumber(p.spec.buyer.idNumber)}`,
      amount: decText(goods.plus(p.spec.freight ?? '0'), 2),
      history: t.history.map((h) => h.status),
      info: t.info.split('\n')[0]!.slice(0, 300),
    };
  });
  const statusCounts = new Map<string, number>();
  for (const i of imports) statusCounts.set(i.status, (statusCounts.get(i.status) ?? 0) + 1);
  const byStatus = [...statusCounts.entries()].sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b)).map(([status, count]) => ({ status, label: STATUS_LABELS[status] ?? 'other', count }));
  const byCase = (Object.keys(CASES) as CaseLabel[])
    .map((label) => {
      const mine = imports.filter((i) => i.case === label);
      const got: Record<string, number> = {};
      for (const i of mine) got[i.status] = (got[i.status] ?? 0) + 1;
      return { case: label, expected: CASES[label].expected as Expected, count: mine.length, asExpected: mine.filter((i) => i.asExpected).length, got };
    })
    .filter((c) => c.count);
  const final = tracked.filter((t) => isFinal(t.status)).length;
  return {
    url: api.base,
    seed: opts.seed,
    orders: opts.orders,
    concurrency: opts.concurrency,
    bad: opts.bad,
    fraud: opts.fraud,
    ...parts,
    throttled: api.throttled,
    inventories: { total: tracked.length, final, pending: tracked.length - final },
    byStatus,
    byCase,
    asExpected: imports.filter((i) => i.asExpected).length,
    imports,
  };
}

// ---------------------------------------------------------------------------------------------------
// Text output and the command
// ---------------------------------------------------------------------------------------------------

function expectedText(e: Expected): string {
  return e === 'pass' ? '800/500/300' : e;
}

/** A status in words: the receipt status's own text, or the simulator's for outcomes that are not receipts. */
export function statusText(locale: Locale, status: string): string {
  if (['-621005', '-621018', '2', 'none', 'error'].includes(status)) return t(locale, `simulate.status_${status.replace('-', '')}` as MessageKey);
  const key = `ceb.status.${status}`;
  if (!isMessageKey(key)) return status;
  return ['399', '120'].includes(status) ? `${t(locale, key)}${t(locale, 'simulate.not_final')}` : t(locale, key);
}

/** The report as text in the given language (the figures, statuses and case names as in `--json`). */
export function formatReport(r: SimulateReport, locale: Locale = 'en'): string {
  const m = (key: MessageKey, params: MessageParams = {}) => t(locale, key, params);
  const d = r.documents;
  const refusedByType = Object.entries(d.byType)
    .filter(([, v]) => v.refused)
    .map(([type, v]) => `${type.replace('Message', '')} ${v.refused}`)
    .join(', ');
  const labels = [m('simulate.documents_label'), m('simulate.inventories_label')];
  const labelWidth = Math.max(...labels.map((l) => stringWidth(l)));
  const documents =
    m('simulate.documents_line', { sent: d.sent, seconds: r.seconds.sending, perSecond: d.perSecond, accepted: d.accepted, refused: d.refused }) +
    (refusedByType ? ` (${refusedByType})` : '') +
    (d.errors ? m('simulate.http_errors', { errors: d.errors }) : '');
  const inventories =
    m('simulate.inventories_line', { final: r.inventories.final, total: r.inventories.total }) +
    (r.inventories.pending ? m('simulate.pending', { pending: r.inventories.pending }) : '') +
    m('simulate.total_seconds', { seconds: r.seconds.total }) +
    (r.throttled ? m('simulate.throttled', { throttled: r.throttled }) : '');
  const header = m('simulate.header', { orders: r.orders, url: r.url, seed: r.seed, concurrency: r.concurrency, bad: r.bad, fraud: r.fraud });
  // Exports only: no import part.
  if (!r.orders && r.exports) return `${[header, ...formatExports(r.exports, locale), m('simulate.keys', { created: r.keys.created, revoked: r.keys.revoked })].join('\n')}\n`;
  const lines = [
    header,
    `${padCells(labels[0]!, labelWidth)} ${documents}`,
    `${padCells(labels[1]!, labelWidth)} ${inventories}`,
    '',
    ...table([[m('simulate.col_status'), m('simulate.col_meaning'), m('simulate.col_count')], ...r.byStatus.map((s) => [s.status, statusText(locale, s.status), String(s.count)])], [2]),
    '',
    ...table(
      [
        [m('simulate.col_case'), m('simulate.col_expected'), m('simulate.col_count'), m('simulate.col_as_expected'), m('simulate.col_got')],
        ...r.byCase.map((c) => [
          c.case,
          expectedText(c.expected),
          String(c.count),
          String(c.asExpected),
          Object.entries(c.got)
            .sort(([a], [b]) => rank(a) - rank(b))
            .map(([s, n]) => `${s}×${n}`)
            .join(' '),
        ]),
        [m('simulate.total'), '', String(r.imports.length), String(r.asExpected), ''],
      ],
      [2, 3],
    ),
  ];
  const odd = r.imports.filter((i) => !i.asExpected);
  if (odd.length) {
    lines.push('', m('simulate.odd_header', { count: odd.length }));
    for (const i of odd.slice(0, 10)) lines.push(`  ${i.orderNo}  ${i.case}  ${m('simulate.odd_line', { expected: expectedText(i.expected), status: i.status, info: i.info.slice(0, 160) })}`);
    if (odd.length > 10) lines.push(`  ${m('simulate.odd_more', { count: odd.length - 10 })}`);
  }
  if (r.exports) lines.push(...formatExports(r.exports, locale));
  lines.push(m('simulate.keys', { created: r.keys.created, revoked: r.keys.revoked }));
  return `${lines.join('\n')}\n`;
}

/** The export part of the report: documents, lists by status and by case. */
function formatExports(x: ExportRun, locale: Locale): string[] {
  const m = (key: MessageKey, params: MessageParams = {}) => t(locale, key, params);
  const refusedByType = Object.entries(x.documents.byType)
    .filter(([, v]) => v.refused)
    .map(([type, v]) => `${type.replace('Message', '')} ${v.refused}`)
    .join(', ');
  return [
    '',
    m('simulate.exports_line', { final: x.lists.final, total: x.lists.total, sent: x.documents.sent, refused: x.documents.refused }) + (refusedByType ? ` (${refusedByType})` : ''),
    ...table([[m('simulate.col_status'), m('simulate.col_meaning'), m('simulate.col_count')], ...x.byStatus.map((s) => [s.status, statusText(locale, s.status), String(s.count)])], [2]),
    '',
    ...table(
      [
        [m('simulate.col_case'), m('simulate.col_expected'), m('simulate.col_count'), m('simulate.col_as_expected'), m('simulate.col_got')],
        ...x.byCase.map((c) => [c.case, c.expected, String(c.count), String(c.asExpected), Object.entries(c.got).map(([st, n]) => `${st}×${n}`).join(' ')]),
        [m('simulate.total'), '', String(x.exports.length), String(x.asExpected), ''],
      ],
      [2, 3],
    ),
    '',
  ];
}

function wholeNumber(locale: Locale, min: number, max: number) {
  return (v: string) => {
    const n = Number(v);
    if (!Number.isSafeInteger(n) || n < min || n > max) throw new InvalidArgumentError(t(locale, 'simulate.arg_whole_number', { min, max }));
    return n;
  };
}

function share(locale: Locale) {
  return (v: string): number => {
    const n = Number(v);
    if (!Number.isFinite(n) || n < 0 || n > 1) throw new InvalidArgumentError(t(locale, 'simulate.arg_share'));
    return n;
  };
}

function seconds(locale: Locale) {
  return (v: string): number => {
    const n = Number(v);
    if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError(t(locale, 'simulate.arg_seconds'));
    return n;
  };
}

/** Adds `tumen simulate`. It talks HTTP to a running platform only: no database, no control channel. */
export function registerSimulateCli(program: Command): void {
  const locale = cliLocale();
  program
    .command('simulate')
    .description(
      'Drive a running Tumen with realistic import traffic: each party sends its documents over HTTP with its own API key; then report the outcomes by status and by case (demo data needed)',
    )
    .requiredOption('--orders <n>', 'number of imports (inventories) to generate (0 with --export: exports only)', wholeNumber(locale, 0, 100_000))
    .option('--export <n>', 'number of export lists to generate as well (9610, 9710, 9810 to Korea, Japan and Russia)', wholeNumber(locale, 0, 100_000), 0)
    .option('--url <url>', 'base URL of the running platform', SIMULATE_DEFAULTS.url)
    .option('--concurrency <n>', 'imports in flight at once', wholeNumber(locale, 1, 256), SIMULATE_DEFAULTS.concurrency)
    .option('--bad <share>', 'share of bad cases (mismatches, unfiled goods, invalid ID, over 5,000 CNY)', share(locale), SIMULATE_DEFAULTS.bad)
    .option('--fraud <share>', 'share of imports that start a fraud pattern (one payer for many buyers; split orders)', share(locale), SIMULATE_DEFAULTS.fraud)
    .option('--seed <n>', 'seed of the generator: the same seed on the same platform state gives the same imports', wholeNumber(locale, 0, 2 ** 32 - 1), SIMULATE_DEFAULTS.seed)
    .option('--timeout <seconds>', 'how long to wait for final receipts after the last document', seconds(locale), SIMULATE_DEFAULTS.timeout)
    .option('--json', 'machine-readable report')
    .action(async (opts: SimulateOptions & { json?: boolean; export: number }) => {
      if (opts.orders + opts.export === 0) {
        console.error(t(locale, 'simulate.nothing'));
        process.exitCode = 1;
        return;
      }
      if (opts.bad + opts.fraud > 1) {
        console.error(t(locale, 'simulate.shares_over_one'));
        process.exitCode = 1;
        return;
      }
      const progress = progressDisplay();
      const labels = {
        sending: t(locale, 'simulate.progress_sending'),
        receipts: t(locale, 'simulate.progress_receipts'),
        exports: t(locale, 'simulate.progress_exports'),
        export_receipts: t(locale, 'simulate.progress_export_receipts'),
      };
      let result: SimulateReport;
      try {
        result = await simulate(
          { url: opts.url, orders: opts.orders, exports: opts.export, concurrency: opts.concurrency, bad: opts.bad, fraud: opts.fraud, seed: opts.seed, timeout: opts.timeout, locale },
          { progress: (phase, done, total) => progress.update(done, total, labels[phase]), exportProgress: (phase, done, total) => progress.update(done, total, labels[phase]) },
        );
      } catch (e) {
        progress.finish();
        if (e instanceof SimulateFailure) {
          console.error(e.text(locale));
          process.exitCode = 1;
          return;
        }
        throw e;
      }
      progress.finish();
      process.stdout.write(opts.json ? `${JSON.stringify(result, null, 2)}\n` : formatReport(result, locale));
    });
}
