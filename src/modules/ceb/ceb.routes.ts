import { and, desc, eq, lt } from 'drizzle-orm';
import type { FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app/context';
import { errorResponses, type TypedApp } from '../../http/routes';
import { callerOf } from '../../http/server';
import { AppError } from '../../kernel/errors';
import { LOCALES, matchLocale } from '../../kernel/i18n';
import { actorOrg, authorize } from '../access';
import { cebDocuments, cebReceipts } from './ceb.table';
import { submitMessage, type SubmitAnswer, type SubmitInput } from './ceb.service';
import { messageContract } from './contracts';
import { catalogue, ERROR_CATALOGUE } from './errors';
import { parseCeb } from './codec';
import { formatReceiptXml, receiptsAfter, toReceiptView } from './receipts';
import { REQUEST_TYPES } from './records';
import { enableKeyless, listCertificates, registerCertificate, revokeCertificate, signForOrg } from './signing.service';

const tags = ['standard data interface (CEB)'];
const XML_TYPES = ['application/xml', 'text/xml'];

const ProblemView = z.object({ code: z.string(), path: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])).optional() });
const RecordView = z.object({
  index: z.number().int(),
  guid: z.string(),
  businessKey: z.string(),
  accepted: z.boolean(),
  returnStatus: z.string(),
  returnInfo: z.string(),
  problems: z.array(ProblemView),
  documentId: z.string().nullable(),
  receiptId: z.string().nullable(),
});
const AnswerView = z.object({
  receiptType: z.string(),
  messageId: z.string().nullable(),
  messageType: z.string().nullable(),
  guid: z.string().nullable(),
  environment: z.enum(['sandbox', 'production']),
  signature: z.enum(['unsigned', 'verified', 'platform']).nullable(),
  returnStatus: z.string().nullable(),
  replayed: z.boolean(),
  problems: z.array(ProblemView),
  records: z.array(RecordView),
  receiptXml: z.string(),
});
const ReceiptView = z.object({
  seq: z.number().int(),
  id: z.string(),
  messageType: z.string(),
  guid: z.string(),
  returnStatus: z.string(),
  returnTime: z.string(),
  returnInfo: z.string(),
  problems: z.array(ProblemView),
  documentId: z.string().nullable(),
  environment: z.enum(['sandbox', 'production']),
  xml: z.string(),
});
const SignQuery = z.strictObject({ sign: z.enum(['platform']).optional(), lang: z.string().optional() });

function answerJson(a: SubmitAnswer) {
  const { httpStatus: _s, xml, ...rest } = a;
  return { ...rest, receiptXml: xml };
}

function sendXml(reply: FastifyReply, a: SubmitAnswer) {
  reply.status(a.httpStatus).header('content-type', 'application/xml; charset=utf-8');
  if (a.messageId) reply.header('x-tumen-message-id', a.messageId);
  if (a.returnStatus) reply.header('x-tumen-return-status', a.returnStatus);
  return reply.send(a.xml);
}

/** JSON documents are checked by the message contract inside the pipeline, so that they are answered with receipts. */
const passThrough = () => (data: unknown) => ({ value: data });

export async function cebRoutes(app: TypedApp, ctx: AppContext): Promise<void> {
  // XML bodies: parsed by the codec, so the content-type parser only hands over the bytes.
  await app.register(async (child) => {
    const api = child.withTypeProvider<ZodTypeProvider>();
    api.addContentTypeParser(XML_TYPES, { parseAs: 'buffer' }, (_req, body, done) => done(null, body));
    api.post(
      '/ceb',
      {
        schema: {
          tags,
          summary:
            'Send one CEB message (`application/xml`, any message type an enterprise sends: 311, 411, 511, 513, 621, 623, 625, 711, 303, 403, 505, 507, 509, 603, 605, 607, 701, 213, 215). The answer is the receipt as CEB XML: the message’s own receipt (CEB312 …) with status 1 or 2 per record, or a rejection naming every problem; a format failure is answered with CEB900. HTTP 200 when every record was accepted, 4xx otherwise. `?sign=platform` signs with the key the platform holds for the enterprise (keyless signing).',
          consumes: XML_TYPES,
          querystring: SignQuery,
          produces: ['application/xml'],
        },
      },
      async (req, reply) => {
        const body = req.body;
        if (!Buffer.isBuffer(body)) throw new AppError('unsupported', 'common.unsupported_media_type', { type: String(req.headers['content-type'] ?? '') });
        return sendXml(reply, await submitMessage(ctx, callerOf(req), { format: 'xml', body, sign: req.query.sign }, req.locale));
      },
    );
    api.post(
      '/ceb/sign',
      {
        schema: {
          tags,
          summary: 'Keyless signing: returns the message signed (enveloped XML-DSig, SM2/SM3) with the key the platform holds for the enterprise, without sending it. Every use is audited.',
          consumes: XML_TYPES,
          produces: ['application/xml'],
        },
      },
      async (req, reply) => {
        authorize(req.actor, 'ceb.submit');
        const org = actorOrg(req.actor);
        if (!org || org.kind !== 'enterprise') throw new AppError('forbidden', 'common.forbidden');
        const body = req.body;
        if (!Buffer.isBuffer(body)) throw new AppError('unsupported', 'common.unsupported_media_type', { type: String(req.headers['content-type'] ?? '') });
        // Only a well-formed CEB message is signed; anything else is answered like POST /api/ceb would answer it.
        const parsed = parseCeb(body, { signatureOptional: true });
        if (!parsed.ok) {
          const refused = formatReceiptXml({ guid: parsed.guid ?? '', problems: parsed.problems, locale: req.locale, at: ctx.clock.now(), messageType: parsed.rootName, original: body.toString('latin1') });
          return reply.status(400).header('content-type', 'application/xml; charset=utf-8').send(refused.xml);
        }
        const context = { messageType: parsed.type, guid: parsed.document.guid };
        const signed = await ctx.db.transaction((tx) => signForOrg(ctx, tx, callerOf(req), org.id, body.toString('utf8').replace(/^\uFEFF/, ''), context));
        return reply.header('content-type', 'application/xml; charset=utf-8').send(signed.xml);
      },
    );
  });

  // The JSON API: one route per message type, each documented by its contract.
  for (const rt of REQUEST_TYPES.values()) {
    app.post(
      `/ceb/documents/${rt.type}`,
      {
        validatorCompiler: passThrough,
        schema: {
          tags: ['standard data interface (JSON)'],
          summary: `Send a ${rt.type} as JSON: the same document, rules and receipts as the XML message (decimals are strings). Answers the ${rt.receipt} receipt, with the receipt XML.`,
          querystring: SignQuery,
          body: messageContract(rt.type),
          response: { ...errorResponses, 200: AnswerView, 400: AnswerView.or(errorResponses[400]), 403: AnswerView.or(errorResponses[403]), 409: AnswerView.or(errorResponses[409]), 422: AnswerView },
        },
      },
      async (req, reply) => {
        const answer = await submitMessage(ctx, callerOf(req), { format: 'json', type: rt.type, document: req.body, sign: (req.query as { sign?: 'platform' }).sign }, req.locale);
        return reply.status(answer.httpStatus as 200).send(answerJson(answer));
      },
    );
  }

  app.post(
    '/ceb/batch',
    {
      schema: {
        tags,
        summary: 'Many messages in one request, XML strings or JSON documents, each answered on its own (its HTTP status and its receipt). Items are processed in order, each in its own transaction.',
        querystring: SignQuery,
        body: z.strictObject({
          messages: z.array(z.union([z.strictObject({ xml: z.string() }), z.strictObject({ type: z.string(), document: z.unknown() })])).min(1),
        }),
        response: { 200: z.object({ results: z.array(AnswerView.extend({ index: z.number().int(), httpStatus: z.number().int() })) }), ...errorResponses },
      },
    },
    async (req) => {
      const max = ctx.config.TUMEN_CEB_BATCH_MAX;
      if (req.body.messages.length > max) throw new AppError('too_large', 'ceb.batch_too_large', { max });
      const caller = callerOf(req);
      const results = [];
      for (const [index, m] of req.body.messages.entries()) {
        const input: SubmitInput = 'xml' in m ? { format: 'xml', body: m.xml, sign: req.query.sign } : { format: 'json', type: m.type, document: m.document, sign: req.query.sign };
        const answer = await submitMessage(ctx, caller, input, req.locale);
        results.push({ index, httpStatus: answer.httpStatus, ...answerJson(answer) });
      }
      return { results };
    },
  );

  app.get(
    '/ceb/receipts',
    {
      schema: {
        tags,
        summary:
          'The organisation’s receipts after a cursor (`after` = the last `seq` seen; start at 0), oldest first. A document gets several receipts over its life and official receipts reuse the request guid: use `id` as the idempotency key. Sandbox keys read the sandbox feed.',
        querystring: z.strictObject({ after: z.coerce.number().int().min(0).default(0), limit: z.coerce.number().int().min(1).max(1000).default(100), environment: z.enum(['sandbox', 'production']).optional(), lang: z.string().optional() }),
        response: { 200: z.object({ receipts: z.array(ReceiptView), next: z.number().int() }), ...errorResponses },
      },
    },
    async (req) => {
      authorize(req.actor, 'ceb.receipts.read');
      const org = actorOrg(req.actor);
      if (!org) throw new AppError('forbidden', 'common.forbidden');
      const environment = req.actor.type === 'apikey' ? req.actor.environment : (req.query.environment ?? 'production');
      const receipts = await receiptsAfter(ctx.db, org.id, environment, req.query.after, req.query.limit);
      return { receipts, next: receipts.at(-1)?.seq ?? req.query.after };
    },
  );

  const DocumentView = z.object({
    id: z.string(),
    environment: z.enum(['sandbox', 'production']),
    messageType: z.string(),
    businessKey: z.string(),
    guid: z.string(),
    appType: z.string(),
    appStatus: z.string(),
    version: z.number().int(),
    preNo: z.string().nullable(),
    deleted: z.boolean(),
    document: z.record(z.string(), z.unknown()),
    createdAt: z.string(),
    updatedAt: z.string(),
  });
  const documentView = (row: typeof cebDocuments.$inferSelect) => ({
    id: row.id,
    environment: row.environment,
    messageType: row.messageType,
    businessKey: row.businessKey,
    guid: row.guid,
    appType: row.appType,
    appStatus: row.appStatus,
    version: row.version,
    preNo: row.preNo,
    deleted: row.deleted !== null,
    document: row.document,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  });

  app.get(
    '/ceb/documents',
    {
      schema: {
        tags,
        summary: 'Documents the organisation sent (latest accepted version of each), newest first',
        querystring: z.strictObject({
          type: z.string().optional(),
          key: z.string().optional(),
          environment: z.enum(['sandbox', 'production']).optional(),
          before: z.iso.datetime().optional(),
          limit: z.coerce.number().int().min(1).max(200).default(50),
          lang: z.string().optional(),
        }),
        response: { 200: z.object({ items: z.array(DocumentView) }), ...errorResponses },
      },
    },
    async (req) => {
      authorize(req.actor, 'ceb.documents.read');
      const org = actorOrg(req.actor);
      if (!org) throw new AppError('forbidden', 'common.forbidden');
      const environment = req.actor.type === 'apikey' ? req.actor.environment : (req.query.environment ?? 'production');
      const where = [eq(cebDocuments.senderOrgId, org.id), eq(cebDocuments.environment, environment)];
      if (req.query.type) where.push(eq(cebDocuments.messageType, req.query.type));
      if (req.query.key) where.push(eq(cebDocuments.businessKey, req.query.key));
      if (req.query.before) where.push(lt(cebDocuments.updatedAt, new Date(req.query.before)));
      const rows = await ctx.db.select().from(cebDocuments).where(and(...where)).orderBy(desc(cebDocuments.updatedAt)).limit(req.query.limit);
      return { items: rows.map(documentView) };
    },
  );

  app.get(
    '/ceb/documents/:id',
    {
      schema: {
        tags,
        summary: 'One document the organisation sent, with every receipt it has had',
        params: z.strictObject({ id: z.uuid() }),
        response: { 200: DocumentView.extend({ receipts: z.array(ReceiptView) }), ...errorResponses },
      },
    },
    async (req) => {
      authorize(req.actor, 'ceb.documents.read');
      const org = actorOrg(req.actor);
      const [row] = await ctx.db.select().from(cebDocuments).where(eq(cebDocuments.id, req.params.id)).limit(1);
      if (!row || !org || row.senderOrgId !== org.id) throw new AppError('not_found', 'common.not_found');
      const receipts = await ctx.db.select().from(cebReceipts).where(and(eq(cebReceipts.documentId, row.id), eq(cebReceipts.orgId, org.id))).orderBy(cebReceipts.seq);
      return { ...documentView(row), receipts: receipts.map(toReceiptView) };
    },
  );

  // ---- certificates and keyless signing ----
  const CertificateView = z.object({
    id: z.string(),
    keyName: z.string(),
    algorithm: z.enum(['sm2', 'rsa']),
    fingerprint: z.string(),
    subject: z.string(),
    issuer: z.string(),
    serialNumber: z.string(),
    notBefore: z.string(),
    notAfter: z.string(),
    source: z.enum(['uploaded', 'platform']),
    revokedAt: z.string().nullable(),
    createdAt: z.string(),
  });
  app.post(
    '/ceb/certificates',
    {
      schema: {
        tags,
        summary: 'Register the X.509 certificate (PEM or Base64 DER; SM2 or RSA) of a signing key: incoming signatures verify only against registered certificates',
        body: z.strictObject({ certificate: z.string().min(1).max(20_000), keyName: z.string().min(1).max(64).optional() }),
        response: { 201: CertificateView, ...errorResponses },
      },
    },
    async (req, reply) => reply.status(201).send(await registerCertificate(ctx, callerOf(req), req.body)),
  );
  app.get('/ceb/certificates', { schema: { tags, summary: 'The organisation’s signing certificates', response: { 200: z.object({ items: z.array(CertificateView) }), ...errorResponses } } }, async (req) => ({
    items: await listCertificates(ctx, callerOf(req)),
  }));
  app.delete(
    '/ceb/certificates/:id',
    { schema: { tags, summary: 'Revoke a signing certificate: signatures made with it are no longer accepted', params: z.strictObject({ id: z.uuid() }), response: { 200: CertificateView, ...errorResponses } } },
    async (req) => revokeCertificate(ctx, callerOf(req), req.params.id),
  );
  app.post(
    '/ceb/keyless',
    {
      schema: {
        tags,
        summary: 'Enable keyless signing: the platform generates an SM2 key for the enterprise, issues its certificate and holds the key encrypted; `?sign=platform` then signs messages with it (audited per use)',
        response: { 201: CertificateView, ...errorResponses },
      },
    },
    async (req, reply) => reply.status(201).send(await enableKeyless(ctx, callerOf(req))),
  );

  // ---- the error catalogue (public) ----
  const EntryView = z.object({
    code: z.string(),
    category: z.string(),
    httpStatus: z.number().int(),
    receipt: z.string(),
    official: z.array(z.string()),
    message: z.record(z.string(), z.string()),
    cause: z.record(z.string(), z.string()),
    fix: z.record(z.string(), z.string()),
  });
  const langsOf = (lang: string | undefined, fallback: (typeof LOCALES)[number]) => (lang === 'all' ? LOCALES : [matchLocale(lang) ?? fallback]);
  app.get(
    '/errors',
    {
      config: { public: true },
      schema: {
        tags,
        summary: 'Every rejection code the interface can answer, with the official code it maps to, its cause and its fix; `?lang=all` gives all five languages',
        security: [],
        querystring: z.strictObject({ lang: z.string().optional() }),
        response: { 200: z.object({ items: z.array(EntryView) }) },
      },
    },
    async (req) => ({ items: catalogue(langsOf(req.query.lang, req.locale)) }),
  );
  app.get(
    '/errors/:code',
    {
      config: { public: true },
      schema: { tags, summary: 'One entry of the error catalogue', security: [], params: z.strictObject({ code: z.string() }), querystring: z.strictObject({ lang: z.string().optional() }), response: { 200: EntryView, ...errorResponses } },
    },
    async (req) => {
      if (!ERROR_CATALOGUE.some((e) => e.code === req.params.code)) throw new AppError('not_found', 'common.not_found');
      return catalogue(langsOf(req.query.lang, req.locale)).find((e) => e.code === req.params.code) as z.infer<typeof EntryView>;
    },
  );
}
