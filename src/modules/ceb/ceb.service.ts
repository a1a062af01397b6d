/**
 * The standard data interface: one pipeline for CEB messages, whether they arrive as XML or as JSON
 * documents. Format (the 202205 schema through the shared contracts), sender, signature, then per record the
 * code tables, the application type and the business key; every record is answered with its receipt, stored
 * for the feed and pushed to webhooks. Sandbox traffic (sandbox API keys) takes the same path in its own
 * key space and never meets production documents.
 */
import { createHash } from 'node:crypto';
import { eq, inArray, sql } from 'drizzle-orm';
import type { AppContext, Caller } from '../../app/context';
import type { Db } from '../../db/database';
import { uniqueViolation } from '../../db/errors';
import { deferringTransaction, flushDeferred } from '../../db/scope';
import { insertRow, selectWhere } from '../../db/statements';
import { AppError } from '../../kernel/errors';
import { t, type Locale } from '../../kernel/i18n';
import type { MessageKey } from '../../kernel/messages';
import { cebTime } from '../../kernel/zone-time';
import { actorOrg, authorize } from '../access';
import { recordAudit } from '../audit';
import { orgById } from '../identity';
import { emitEvent } from '../outbox';
import { cebCodeSets } from '../registry';
import { buildCeb, checkDocument, decodeMessageBytes, parseCeb, unwrapDxp, type Problem } from './codec';
import { isMessageType, type CebMessageType } from './contracts';
import { cebDocuments, cebMessages, type SignatureState } from './ceb.table';
import { formatReceiptXml, issueReceipt, receiptXml, buildReturn, problemsText, type Environment } from './receipts';
import { REQUEST_TYPES, businessKey, headOf, type RequestType } from './records';
import { verifyMessage } from './signature';
import { signForOrg, trustedCertificates } from './signing.service';

export type SubmitInput =
  | { format: 'xml'; body: string | Uint8Array; sign?: 'platform' }
  | { format: 'json'; type: string; document: unknown; sign?: 'platform' };

export interface RecordOutcome {
  index: number;
  guid: string;
  businessKey: string;
  accepted: boolean;
  returnStatus: string;
  returnInfo: string;
  problems: Problem[];
  documentId: string | null;
  receiptId: string | null;
}

export interface SubmitAnswer {
  httpStatus: number;
  /** The receipt message type (e.g. CEB312Message, or CEB900Message for a format failure). */
  receiptType: string;
  xml: string;
  messageId: string | null;
  messageType: string | null;
  guid: string | null;
  environment: Environment;
  signature: SignatureState | null;
  returnStatus: string | null;
  problems: Problem[];
  records: RecordOutcome[];
  /** True when the same message had been received before and this is its original answer. */
  replayed: boolean;
}

/**
 * Per-record checks and follow-ups that the clearance modules plug in. `check` runs before the record is stored
 * (its problems reject the record; a problem's `official` code becomes the receipt status); `accepted` runs in
 * the same transaction after the record is stored and its receipt issued, so receipts it issues follow it.
 */
export interface RecordHook {
  check?(tx: Db, ctx: AppContext, input: RecordHookInput): Promise<Problem[]>;
  accepted?(tx: Db, ctx: AppContext, input: RecordHookInput & { documentId: string; appType: string; appStatus: string }): Promise<void>;
}
export interface RecordHookInput {
  environment: Environment;
  /** The sender's language, for receipts issued later on this record's behalf. */
  locale: Locale;
  /** Numbers the interface assigned to the record (preNo). */
  assigned: Record<string, string>;
  senderOrgId: string;
  type: CebMessageType;
  record: Record<string, unknown>;
  head: Record<string, unknown>;
  businessKey: string;
  path: string;
}
const hooks = new Map<string, RecordHook[]>();
export function registerRecordHook(type: CebMessageType, hook: RecordHook): void {
  hooks.set(type, [...(hooks.get(type) ?? []), hook]);
}

// ---- code tables ----

const CODE_FIELDS: Record<string, 'currency' | 'country' | 'unit' | 'trade_mode' | 'transport_mode'> = {
  currency: 'currency',
  fCurrency: 'currency',
  iCurrency: 'currency',
  country: 'country',
  tradeCountry: 'country',
  unit: 'unit',
  unit1: 'unit',
  unit2: 'unit',
  tradeMode: 'trade_mode',
  trafMode: 'transport_mode',
};
const TABLE_LABEL: Record<string, string> = { currency: 'currency', country: 'country', unit: 'unit', trade_mode: 'tradeMode', transport_mode: 'trafMode' };

let codeCache: { day: string; at: number; sets: Awaited<ReturnType<typeof cebCodeSets>> } | undefined;
async function codeSets(db: Db, now: Date) {
  const day = now.toISOString().slice(0, 10);
  if (codeCache && codeCache.day === day && Date.now() - codeCache.at < 60_000) return codeCache.sets;
  const sets = await cebCodeSets(db, day);
  codeCache = { day, at: Date.now(), sets };
  return sets;
}

function codeProblems(value: unknown, path: string, sets: Awaited<ReturnType<typeof cebCodeSets>>, out: Problem[]): void {
  if (Array.isArray(value)) {
    value.forEach((v, i) => codeProblems(v, `${path}[${i + 1}]`, sets, out));
    return;
  }
  if (!value || typeof value !== 'object') return;
  for (const [k, v] of Object.entries(value)) {
    const table = CODE_FIELDS[k];
    if (table && typeof v === 'string') {
      if (v !== '' && !sets[table].has(v)) out.push({ code: 'ceb.code_unknown', path: `${path}/${k}`, params: { table: TABLE_LABEL[table] ?? table, code: v } });
    } else if (typeof v === 'object') codeProblems(v, `${path}/${k}`, sets, out);
  }
}

// ---- the pipeline ----

/** The key's own policy, else: sandbox accepts, production follows the deployment (refuse in production mode). */
function unsignedPolicy(ctx: AppContext, caller: Caller, environment: Environment): 'accept' | 'refuse' {
  const own = caller.actor.type === 'apikey' ? caller.actor.unsignedMessages : null;
  if (own) return own;
  if (environment === 'sandbox') return 'accept';
  return ctx.config.TUMEN_CEB_UNSIGNED ?? (ctx.config.TUMEN_MODE === 'production' ? 'refuse' : 'accept');
}

function sha256(text: string | Uint8Array): string {
  return createHash('sha256').update(text).digest('hex');
}

function formatFailure(ctx: AppContext, locale: Locale, environment: Environment, problems: Problem[], httpStatus: number, meta: { guid?: string; type?: string; original: string; copMsgId?: string }): SubmitAnswer {
  const { xml, status } = formatReceiptXml({ guid: meta.guid ?? '', problems, locale, at: ctx.clock.now(), messageType: meta.type, original: meta.original, copMsgId: meta.copMsgId });
  return { httpStatus, receiptType: 'CEB900Message', xml, messageId: null, messageType: meta.type ?? null, guid: meta.guid ?? null, environment, signature: null, returnStatus: status, problems, records: [], replayed: false };
}

const SIGNATURE_PROBLEM: Record<string, Problem['code']> = {
  digest_mismatch: 'ceb.signature_digest',
  bad_signature: 'ceb.signature_invalid',
  unsupported_algorithm: 'ceb.signature_unsupported',
  certificate_invalid: 'ceb.signature_malformed',
  certificate_untrusted: 'ceb.signature_untrusted',
  certificate_expired: 'ceb.signature_expired',
  malformed: 'ceb.signature_malformed',
};

/** Accepts one CEB message from an enterprise and answers with its receipt. */
export async function submitMessage(ctx: AppContext, caller: Caller, input: SubmitInput, locale: Locale): Promise<SubmitAnswer> {
  authorize(caller.actor, 'ceb.submit');
  const org = actorOrg(caller.actor);
  if (!org || org.kind !== 'enterprise') throw new AppError('forbidden', 'common.forbidden');
  const environment: Environment = caller.actor.type === 'apikey' ? caller.actor.environment : 'production';
  let copMsgId: string | undefined;
  const fail = (problems: Problem[], httpStatus: number, meta: { guid?: string; type?: string; original: string }) => formatFailure(ctx, locale, environment, problems, httpStatus, { ...meta, copMsgId });

  // 1. Format: the 202205 schema, through the same contract for both formats.
  let type: CebMessageType;
  let document: Record<string, unknown>;
  let xml: string;
  let bodyHash: string;
  if (input.format === 'xml') {
    let decoded = decodeMessageBytes(input.body);
    const original = 'text' in decoded ? decoded.text : Buffer.from(input.body).toString('latin1');
    if ('problem' in decoded) return fail([decoded.problem], 400, { original });
    // A message in its DXP terminal envelope is answered like the bare message, quoting the envelope's id.
    const envelope = unwrapDxp(decoded.text);
    if (envelope) {
      copMsgId = envelope.copMsgId;
      if ('problem' in envelope) return fail([envelope.problem], 400, { original });
      decoded = { text: envelope.text };
    }
    const parsed = parseCeb(decoded.text, { signatureOptional: true });
    if (!parsed.ok) return fail(parsed.problems, 400, { guid: parsed.guid, type: parsed.rootName, original });
    type = parsed.type;
    document = parsed.document as unknown as Record<string, unknown>;
    xml = decoded.text;
    // The document, not the bytes: the same document sent as XML or as JSON is the same message.
    bodyHash = sha256(JSON.stringify(document));
  } else {
    const original = JSON.stringify(input.document ?? null);
    if (!isMessageType(input.type)) return fail([{ code: 'ceb.unknown_message', path: `/${input.type}`, params: { type: input.type } }], 400, { original });
    const guid = typeof (input.document as { guid?: unknown })?.guid === 'string' ? String((input.document as { guid: string }).guid) : undefined;
    const checked = checkDocument(input.type, input.document, { signatureOptional: true });
    if (!checked.ok) return fail(checked.problems, 400, { guid, type: input.type, original });
    type = input.type;
    document = checked.document as unknown as Record<string, unknown>;
    if ('Signature' in document) delete document.Signature;
    xml = buildCeb(type, document as never);
    bodyHash = sha256(JSON.stringify(document));
  }
  const guid = String(document.guid);
  const rt = REQUEST_TYPES.get(type);
  if (!rt) return fail([{ code: 'ceb.type_not_accepted', path: `/${type}`, params: { type } }], 400, { guid, type, original: xml });

  // 2. Sender: the transmitting enterprise named in BaseTransfer is the one holding the key.
  const sender = await orgById(ctx.db, org.id);
  const copCode = String((document.BaseTransfer as { copCode?: string } | undefined)?.copCode ?? '');
  if (!sender?.customsCode) return fail([{ code: 'ceb.sender_no_code', path: `/${type}/BaseTransfer/copCode` }], 403, { guid, type, original: xml });
  if (copCode !== sender.customsCode) return fail([{ code: 'ceb.sender_mismatch', path: `/${type}/BaseTransfer/copCode`, params: { copCode } }], 403, { guid, type, original: xml });

  // Fields the receipt must carry back cannot be left out, even where the schema allows it.
  const missing: Problem[] = [];
  const rawRecords = document[rt.record];
  (Array.isArray(rawRecords) ? rawRecords : [rawRecords]).forEach((record, i) => {
    const head = headOf(rt, record as Record<string, unknown>);
    for (const f of rt.echoed) {
      if (head[f] === undefined || head[f] === '') {
        const recordPath = `/${type}/${rt.record}${Array.isArray(rawRecords) ? `[${i + 1}]` : ''}${rt.head ? `/${rt.head}` : ''}`;
        missing.push({ code: 'ceb.field_required', path: `${recordPath}/${f}`, params: { element: f } });
      }
    }
  });
  if (missing.length) return fail(missing, 400, { guid, type, original: xml });

  // 3. The same message again gets its original answer; the same guid with another body is refused.
  const previous = await findMessage(ctx.db, org.id, environment, guid);
  if (previous) return replay(ctx, locale, environment, previous, bodyHash, type, xml);

  // 4. Signature: verified against the sender's registered certificates; unsigned per the policy.
  let signature: SignatureState = 'unsigned';
  let signerFingerprint: string | null = null;
  if (input.sign !== 'platform') {
    if (document.Signature !== undefined) {
      const verdict = verifyMessage(xml, { trustedCertificates: await trustedCertificates(ctx.db, org.id), now: ctx.clock.now() });
      if (verdict.signed && !verdict.valid) {
        const code = SIGNATURE_PROBLEM[verdict.reason] ?? 'ceb.signature_invalid';
        const problem: Problem = { code, path: `/${type}/Signature`, params: code === 'ceb.signature_unsupported' ? { algorithm: verdict.detail } : {} };
        const official = code === 'ceb.signature_digest' ? rt.codes.signatureDigest : rt.codes.signature;
        if (official) return recordLevelRejection(ctx, locale, environment, rt, document, problem, official);
        return fail([problem], 422, { guid, type, original: xml });
      }
      if (verdict.signed && verdict.valid) {
        signature = 'verified';
        signerFingerprint = verdict.certificate.fingerprintSha256;
      }
    } else if (unsignedPolicy(ctx, caller, environment) === 'refuse') {
      return fail([{ code: 'ceb.signature_missing', path: `/${type}/Signature` }], 422, { guid, type, original: xml });
    }
  }

  // 5. Records, in one transaction with the message, receipts, events and the audit row.
  try {
    const unsigned = xml;
    return await deferringTransaction(ctx.db, async (tx) => {
      let stored = unsigned;
      if (input.sign === 'platform') {
        const signed = await signForOrg(ctx, tx, caller, org.id, unsigned, { messageType: type, guid });
        stored = signed.xml;
        signature = 'platform';
        signerFingerprint = signed.fingerprint;
      }
      return await processRecords(ctx, tx, caller, { rt, type, document, xml: stored, bodyHash, guid, environment, orgId: org.id, signature, signerFingerprint, format: input.format, locale });
    });
  } catch (e) {
    // A concurrent copy of the same message won the race: answer with its result.
    if (uniqueViolation(e) === 'ceb_messages_sender_guid_key') {
      const won = await findMessage(ctx.db, org.id, environment, guid);
      if (won) return replay(ctx, locale, environment, won, bodyHash, type, xml);
    }
    throw e;
  }
}

async function findMessage(db: Db, orgId: string, environment: Environment, guid: string) {
  const [row] = await selectWhere(db, cebMessages, { orgId, environment, guid }, { limit: 1 });
  return row;
}

function replay(ctx: AppContext, locale: Locale, environment: Environment, previous: typeof cebMessages.$inferSelect, bodyHash: string, type: string, xml: string): SubmitAnswer {
  if (previous.bodyHash !== bodyHash) {
    return formatFailure(ctx, locale, environment, [{ code: 'ceb.guid_reused', path: `/${type}/@guid`, params: { guid: previous.guid } }], 409, { guid: previous.guid, type, original: xml });
  }
  return {
    httpStatus: previous.answerStatus,
    receiptType: REQUEST_TYPES.get(previous.messageType)?.receipt ?? 'CEB900Message',
    xml: previous.answerXml,
    messageId: previous.id,
    messageType: previous.messageType,
    guid: previous.guid,
    environment,
    signature: previous.signature,
    returnStatus: null,
    problems: [],
    records: [],
    replayed: true,
  };
}

/** A signature failure that the specification answers in the message's own receipt (CEB621/623). */
function recordLevelRejection(ctx: AppContext, locale: Locale, environment: Environment, rt: RequestType, document: Record<string, unknown>, problem: Problem, official: string): SubmitAnswer {
  const records = (document[rt.record] as Record<string, unknown>[] | Record<string, unknown>) ?? [];
  const list = Array.isArray(records) ? records : [records];
  const at = ctx.clock.now();
  const info = problemsText(locale, [problem]);
  const returns = list.map((r) => buildReturn(rt, { head: headOf(rt, r), status: official, info, at, assigned: { preNo: preNoPlaceholder(at) } }));
  const guid = String(document.guid);
  return {
    httpStatus: 422,
    receiptType: rt.receipt,
    xml: receiptXml(rt, guid, returns),
    messageId: null,
    messageType: rt.type,
    guid,
    environment,
    signature: null,
    returnStatus: official,
    problems: [problem],
    records: list.map((r, index) => ({ index, guid: String(headOf(rt, r).guid ?? ''), businessKey: businessKey(rt, headOf(rt, r)), accepted: false, returnStatus: official, returnInfo: info, problems: [problem], documentId: null, receiptId: null })),
    replayed: false,
  };
}

/** A pre-entry number for a receipt of a message that was never stored (all zeros serial). */
function preNoPlaceholder(at: Date): string {
  return `B${cebTime(at).slice(0, 8)}000000000`;
}

async function nextPreNo(tx: Db, at: Date): Promise<string> {
  const result = await tx.execute(sql`select nextval('ceb_pre_no_seq')::text as n`);
  const rows = (result as unknown as { rows: { n: string }[] }).rows;
  return `B${cebTime(at).slice(0, 8)}${String(rows[0]?.n ?? '0').padStart(9, '0')}`;
}

interface ProcessInput {
  rt: RequestType;
  type: CebMessageType;
  document: Record<string, unknown>;
  xml: string;
  bodyHash: string;
  guid: string;
  environment: Environment;
  orgId: string;
  signature: SignatureState;
  signerFingerprint: string | null;
  format: 'xml' | 'json';
  locale: Locale;
}

const ACCEPTED_TEXT: Record<string, MessageKey> = { '1': 'ceb.accepted.new', '2': 'ceb.accepted.change', '3': 'ceb.accepted.delete' };

async function processRecords(ctx: AppContext, tx: Db, caller: Caller, p: ProcessInput): Promise<SubmitAnswer> {
  const { rt, type, document, environment } = p;
  const now = ctx.clock.now();
  const messageId = ctx.newId();
  const raw = document[rt.record];
  const records = (Array.isArray(raw) ? raw : [raw]) as Record<string, unknown>[];
  const indexed = Array.isArray(raw);
  const sets = await codeSets(tx, now);
  const outcomes: RecordOutcome[] = [];
  const returns: Record<string, unknown>[] = [];
  const receiptsToIssue: { head: Record<string, unknown>; status: string; info: string; problems: Problem[]; documentId: string | null; assigned: Record<string, string>; index: number }[] = [];
  const hasPreNo = rt.returns.fields.some((f) => f.name === 'preNo');
  const followUps: (() => Promise<void>)[] = [];

  for (const [index, record] of records.entries()) {
    const head = headOf(rt, record);
    const key = businessKey(rt, head);
    const path = `/${type}/${rt.record}${indexed ? `[${index + 1}]` : ''}`;
    const headPath = rt.head ? `${path}/${rt.head}` : path;
    const problems: Problem[] = [];
    let official: string | undefined;
    const appType = String(head.appType ?? '');
    const appStatus = String(head.appStatus ?? '');
    const allowedAppTypes = type === 'CEB623Message' ? ['1'] : ['1', '2', '3'];
    if (!allowedAppTypes.includes(appType)) problems.push({ code: 'ceb.app_type_invalid', path: `${headPath}/appType`, params: { appType } });
    if (appStatus !== '1' && appStatus !== '2') problems.push({ code: 'ceb.app_status_invalid', path: `${headPath}/appStatus`, params: { appStatus } });
    codeProblems(record, path, sets, problems);
    const hookInput: RecordHookInput = { environment, locale: p.locale, assigned: {}, senderOrgId: p.orgId, type, record, head, businessKey: key, path };
    for (const h of hooks.get(type) ?? []) if (h.check) problems.push(...(await h.check(tx, ctx, hookInput)));
    official = problems.find((x) => x.official)?.official;

    const [existing] = await selectWhere(tx, cebDocuments, { environment, messageType: type, businessKey: key }, { limit: 1, forUpdate: true });
    const live = existing && !existing.deleted ? existing : undefined;
    if (!problems.length) {
      if (appType === '1' && live && (type !== 'CEB623Message')) {
        problems.push({ code: 'ceb.document_exists', path: headPath, params: { key } });
        official = rt.codes.exists;
      } else if (appType !== '1' && !live) {
        problems.push({ code: 'ceb.document_not_found', path: headPath, params: { key } });
        official = rt.codes.notFound;
      } else if (live?.locked) {
        problems.push({ code: 'ceb.document_locked', path: headPath, params: { key } });
        official = rt.codes.locked;
      } else if (live && live.senderOrgId !== p.orgId) {
        problems.push({ code: 'ceb.document_exists', path: headPath, params: { key } });
        official = rt.codes.exists;
      }
    }

    const assigned: Record<string, string> = {};
    if (hasPreNo) assigned.preNo = existing?.preNo ?? (typeof head.preNo === 'string' && head.preNo.length === 18 ? head.preNo : await nextPreNo(tx, now));
    let documentId: string | null;
    let status: string;
    let info: string;
    if (problems.length) {
      status = official ?? '100';
      info = problemsText(p.locale, problems);
      documentId = existing?.id ?? null;
    } else {
      const values = {
        guid: String(head.guid ?? ''),
        appType,
        appStatus,
        document: record,
        lastMessageId: messageId,
        updatedAt: now,
        preNo: assigned.preNo ?? existing?.preNo ?? null,
        deleted: appType === '3' ? now : null,
      };
      if (existing) {
        await tx.update(cebDocuments).set({ ...values, senderOrgId: p.orgId, version: existing.version + 1 }).where(eq(cebDocuments.id, existing.id));
        documentId = existing.id;
      } else {
        documentId = ctx.newId();
        await insertRow(tx, cebDocuments, { id: documentId, environment, messageType: type, businessKey: key, senderOrgId: p.orgId, version: 1, createdAt: now, ...values });
      }
      status = appStatus === '1' ? '1' : '2';
      info = appStatus === '1' ? t(p.locale, 'ceb.accepted.staged') : t(p.locale, ACCEPTED_TEXT[appType] ?? 'ceb.accepted.new');
      // Sandbox documents are answered like production ones but raise no domain event: they never enter the real flow.
      if (environment === 'production') {
        await emitEvent(tx, ctx, {
          topic: `ceb.document.${appType === '3' ? 'deleted' : 'accepted'}`,
          aggregateType: 'ceb_document',
          aggregateId: documentId,
          partyOrgIds: [p.orgId],
          payload: { messageType: type, businessKey: key, appType, appStatus, messageId },
        });
      }
      const accepted = { ...hookInput, assigned, documentId, appType, appStatus };
      for (const h of hooks.get(type) ?? []) if (h.accepted) followUps.push(() => h.accepted!(tx, ctx, accepted));
    }
    receiptsToIssue.push({ head, status, info, problems, documentId, assigned, index });
  }

  const rejected = receiptsToIssue.filter((r) => r.problems.length).length;
  const httpStatus = rejected ? 422 : 200;
  for (const r of receiptsToIssue) {
    const { receipt, element } = await issueReceipt(tx, ctx, { orgId: p.orgId, environment, rt, head: r.head, status: r.status, info: r.info, problems: r.problems, documentId: r.documentId, messageId, assigned: r.assigned });
    returns.push(element);
    outcomes.push({ index: r.index, guid: receipt.guid, businessKey: businessKey(rt, r.head), accepted: !r.problems.length, returnStatus: r.status, returnInfo: receipt.returnInfo, problems: r.problems, documentId: r.documentId, receiptId: receipt.id });
  }
  for (const run of followUps) await run();
  const answerXml = receiptXml(rt, p.guid, returns);
  await insertRow(tx, cebMessages, {
    id: messageId,
    orgId: p.orgId,
    environment,
    messageType: type,
    guid: p.guid,
    format: p.format,
    bodyHash: p.bodyHash,
    signature: p.signature,
    signerFingerprint: p.signerFingerprint,
    xml: p.xml,
    records: records.length,
    rejected,
    answerXml,
    answerStatus: httpStatus,
    receivedAt: now,
    apiKeyId: caller.actor.type === 'apikey' ? caller.actor.keyId : null,
    userId: caller.actor.type === 'user' ? caller.actor.userId : null,
  });
  // Deferred hot-row writes (the guarantee) before the audit chain head: the same lock order as the immediate path.
  await flushDeferred(tx);
  await recordAudit(tx, ctx, {
    actor: caller.actor,
    requestId: caller.requestId,
    action: 'ceb.submit',
    resourceType: 'ceb_message',
    resourceId: messageId,
    details: { messageType: type, guid: p.guid, environment, format: p.format, signature: p.signature, records: records.length, rejected },
  });
  return {
    httpStatus,
    receiptType: rt.receipt,
    xml: answerXml,
    messageId,
    messageType: type,
    guid: p.guid,
    environment,
    signature: p.signature,
    returnStatus: outcomes.length === 1 ? (outcomes[0]?.returnStatus ?? null) : null,
    problems: outcomes.flatMap((o) => o.problems),
    records: outcomes,
    replayed: false,
  };
}

// ---- for the clearance modules ----

/** Marks documents as no longer changeable (an audited inventory and its partners); `null` opens them again. */
export async function setDocumentsLocked(tx: Db, ids: readonly string[], reason: string | null): Promise<void> {
  if (!ids.length) return;
  await tx.update(cebDocuments).set({ locked: reason }).where(inArray(cebDocuments.id, [...ids]));
}

/** Withdraws a document clearance rejected: nothing of it stays accepted, and a corrected one may be sent as new. */
export async function retireDocument(tx: Db, id: string, at: Date): Promise<void> {
  await tx.update(cebDocuments).set({ deleted: at, locked: null }).where(eq(cebDocuments.id, id));
}
