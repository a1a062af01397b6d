/**
 * Receipts: building them (per record, in the receipt type the specification pairs with each message, or the
 * format-error receipt CEB900), storing them for the organisation's feed, and handing them to webhooks.
 */
import { and, asc, eq, gt, inArray, sql } from 'drizzle-orm';
import type { Ports } from '../../app/context';
import type { Db } from '../../db/database';
import { insertRow } from '../../db/statements';
import { t, type Locale } from '../../kernel/i18n';
import type { MessageKey } from '../../kernel/messages';
import { cebTime } from '../../kernel/zone-time';
import { enqueueDeliveries } from '../webhooks';
import { buildCeb, checkDocument, type Problem } from './codec';
import { cebReceipts } from './ceb.table';
import type { RequestType } from './records';

export type Environment = 'sandbox' | 'production';

/** The problems as returnInfo, one line each (`[code] message (path)`), and how many did not fit. */
export function problemsText(locale: Locale, problems: Problem[], limit = 1000): string {
  let out = '';
  for (const [i, p] of problems.entries()) {
    const line = `[${p.code}] ${t(locale, p.code as MessageKey, p.params ?? {})} (${p.path})`;
    if (out.length + line.length + 1 > limit) return `${out} …+${problems.length - i}`;
    out += (out ? '\n' : '') + line;
  }
  return out;
}

const NOT_XML = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text from a sender (echoed in a receipt) without the characters XML cannot carry. */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, '\uFFFD');
}

/** Trims text to a field's maximum length in characters (and makes it safe to carry in XML). */
function fit(text: string, max: number): string {
  const safe = xmlSafe(text);
  const chars = [...safe];
  return chars.length <= max ? safe : `${chars.slice(0, max - 1).join('')}…`;
}

export interface ReturnInput {
  head: Record<string, unknown>;
  status: string;
  info: string;
  at: Date;
  /** Values the platform assigned (preNo, invtNo …), overriding the head's. */
  assigned?: Record<string, string>;
}

/** The per-record return element, its fields taken from the record's head where the names agree. */
export function buildReturn(rt: RequestType, input: ReturnInput): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of rt.returns.fields) {
    let v: unknown;
    if (f.name === 'returnStatus') v = input.status;
    else if (f.name === 'returnTime') v = cebTime(input.at);
    else if (f.name === 'returnInfo') v = fit(input.info || '-', f.simple?.maxLength ?? 1000);
    else v = input.assigned?.[f.name] ?? input.head[f.name];
    if (v === undefined || v === '') {
      if (f.min === 0) continue;
      v = f.simple?.base === 'int' ? 1 : '';
    }
    out[f.name] = v;
  }
  return out;
}

/** A receipt message holding the given returns. */
export function receiptXml(rt: RequestType, guid: string, returns: Record<string, unknown>[]): string {
  const doc = { guid, version: '1.0', [rt.returns.name]: returns };
  const checked = checkDocument(rt.receipt, doc);
  if (!checked.ok) throw new Error(`receipt ${rt.receipt} does not satisfy its contract: ${JSON.stringify(checked.problems)}`);
  return buildCeb(rt.receipt, checked.document);
}

/** DXP transport code fitting a format/transport problem (SPEC-NOTES §6.4). */
export function dxpCode(problems: Problem[]): string {
  const codes = problems.map((p) => p.code);
  if (codes.some((c) => c === 'ceb.xml_malformed' || c === 'ceb.xml_encoding' || c === 'ceb.xml_doctype')) return '0001';
  if (codes.some((c) => c === 'ceb.signature_digest')) return '1004';
  if (codes.some((c) => c === 'ceb.signature_expired')) return '1002';
  if (codes.some((c) => c === 'ceb.signature_unsupported' || c === 'ceb.signature_malformed')) return '1999';
  if (codes.some((c) => c.startsWith('ceb.signature_'))) return '1001';
  if (codes.some((c) => c === 'ceb.sender_mismatch' || c === 'ceb.sender_no_code')) return '2002';
  if (codes.some((c) => c === 'ceb.type_not_accepted' || c === 'ceb.guid_reused')) return '2999';
  return '0002';
}

/** The format-error receipt CEB900, embedding the original message. */
export function formatReceiptXml(input: { guid: string; problems: Problem[]; locale: Locale; at: Date; messageType?: string; original: string; copMsgId?: string }): { xml: string; status: string; info: string } {
  const status = `-${dxpCode(input.problems)}`;
  const info = problemsText(input.locale, input.problems, 5000);
  const guid = [...input.guid].length === 36 && xmlSafe(input.guid) === input.guid ? input.guid : '00000000-0000-0000-0000-000000000000';
  const doc = {
    guid,
    version: '1.0',
    MessageReturn: {
      guid,
      returnStatus: status,
      returnInfo: fit(info, 5000),
      returnTime: cebTime(input.at),
      oriCopMsgId: fit(input.copMsgId ?? '', 255),
      oriMessageType: fit(input.messageType ?? 'Unknown', 15),
      // The original travels as CDATA; characters XML cannot carry are dropped from the copy.
      oriBizMessage: xmlSafe(input.original),
    },
  };
  const checked = checkDocument('CEB900Message', doc);
  if (!checked.ok) throw new Error(`CEB900 does not satisfy its contract: ${JSON.stringify(checked.problems)}`);
  return { xml: buildCeb('CEB900Message', checked.document), status, info };
}

export interface IssueReceipt {
  orgId: string;
  environment: Environment;
  rt: RequestType;
  head: Record<string, unknown>;
  status: string;
  info: string;
  problems?: Problem[];
  documentId?: string | null;
  messageId?: string | null;
  assigned?: Record<string, string>;
}

export interface ReceiptView {
  seq: number;
  id: string;
  messageType: string;
  guid: string;
  returnStatus: string;
  returnTime: string;
  returnInfo: string;
  problems: Problem[];
  documentId: string | null;
  environment: Environment;
  xml: string;
}

/**
 * Issues one receipt for one record inside the caller's transaction: stored for the feed and queued for the
 * organisation's webhooks. The clearance modules call this for every later status (120, 300, 800 …).
 * Also returns the return element, for a caller that answers several records in one receipt message.
 */
export async function issueReceipt(tx: Db, ports: Pick<Ports, 'clock' | 'newId'>, input: IssueReceipt): Promise<{ receipt: ReceiptView; element: Record<string, unknown> }> {
  const at = ports.clock.now();
  const ret = buildReturn(input.rt, { head: input.head, status: input.status, info: input.info, at, assigned: input.assigned });
  const guid = String(ret.guid ?? input.head.guid ?? '');
  const xml = receiptXml(input.rt, guid, [ret]);
  const id = ports.newId();
  const values = {
    id,
    orgId: input.orgId,
    environment: input.environment,
    messageType: input.rt.receipt,
    guid,
    documentId: input.documentId ?? null,
    messageId: input.messageId ?? null,
    returnStatus: input.status,
    returnTime: at,
    returnInfo: String(ret.returnInfo),
    problems: input.problems ?? [],
    xml,
  };
  const { seq } = await insertRow(tx, cebReceipts, values, ['seq']);
  const receipt = toReceiptView({ ...values, seq: seq as number });
  await enqueueDeliveries(tx, ports, { orgId: input.orgId, environment: input.environment, event: 'ceb.receipt', sourceId: id, payload: { ...receipt } });
  return { receipt, element: ret };
}

export function toReceiptView(row: Omit<typeof cebReceipts.$inferSelect, 'txid'>): ReceiptView {
  return {
    seq: row.seq,
    id: row.id,
    messageType: row.messageType,
    guid: row.guid,
    returnStatus: row.returnStatus,
    returnTime: row.returnTime.toISOString(),
    returnInfo: row.returnInfo,
    problems: row.problems as Problem[],
    documentId: row.documentId,
    environment: row.environment,
    xml: row.xml,
  };
}

/**
 * The organisation's receipts after a cursor. Rows appear only once every transaction older than theirs has
 * ended, so a reader that saw seq N never misses a row with a smaller seq that committed later.
 */
export async function receiptsAfter(db: Db, orgId: string, environment: Environment, after: number, limit: number): Promise<ReceiptView[]> {
  const rows = await db
    .select()
    .from(cebReceipts)
    .where(
      and(
        eq(cebReceipts.orgId, orgId),
        eq(cebReceipts.environment, environment),
        gt(cebReceipts.seq, after),
        sql`${cebReceipts.txid} < (pg_snapshot_xmin(pg_current_snapshot())::text)::bigint`,
      ),
    )
    .orderBy(asc(cebReceipts.seq))
    .limit(limit);
  return rows.map(toReceiptView);
}


/**
 * The receipts issued for some documents, oldest first: those addressed to one organisation, or (orgId null, for
 * customs and tax) to anyone. A declaration's detail shows them as its timeline.
 */
export async function receiptsOfDocuments(db: Db, documentIds: readonly string[], orgId: string | null): Promise<(Omit<ReceiptView, 'xml'> & { orgId: string })[]> {
  if (documentIds.length === 0) return [];
  const rows = await db
    .select()
    .from(cebReceipts)
    .where(and(inArray(cebReceipts.documentId, [...documentIds]), orgId ? eq(cebReceipts.orgId, orgId) : undefined))
    .orderBy(asc(cebReceipts.seq));
  return rows.map((r) => {
    const { xml: _xml, ...view } = toReceiptView(r);
    return { ...view, orgId: r.orgId };
  });
}

/**
 * Issues a message customs originates rather than answers (the electronic tax bill CEB816, its status CEB818) to
 * one organisation: checked against its contract, stored in the organisation's feed and queued for its webhooks.
 */
export async function issueNotice(
  tx: Db,
  ports: Pick<Ports, 'clock' | 'newId'>,
  input: { orgId: string; environment: Environment; messageType: 'CEB816Message' | 'CEB818Message' | 'CEB792Message'; document: Record<string, unknown>; documentId?: string | null; returnStatus: string; returnInfo: string },
): Promise<ReceiptView> {
  const checked = checkDocument(input.messageType, input.document);
  if (!checked.ok) throw new Error(`${input.messageType} does not satisfy its contract: ${JSON.stringify(checked.problems)}`);
  const xml = buildCeb(input.messageType, checked.document);
  const id = ports.newId();
  const values = {
    id,
    orgId: input.orgId,
    environment: input.environment,
    messageType: input.messageType,
    guid: String(input.document.guid),
    documentId: input.documentId ?? null,
    messageId: null,
    returnStatus: input.returnStatus,
    returnTime: ports.clock.now(),
    returnInfo: input.returnInfo,
    problems: [],
    xml,
  };
  const { seq } = await insertRow(tx, cebReceipts, values, ['seq']);
  const receipt = toReceiptView({ ...values, seq: seq as number });
  await enqueueDeliveries(tx, ports, { orgId: input.orgId, environment: input.environment, event: 'ceb.receipt', sourceId: id, payload: { ...receipt } });
  return receipt;
}
