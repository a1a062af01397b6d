/**
 * Signing certificates and keyless signing. An enterprise registers the certificates of its operator keys;
 * incoming signatures verify only against those. Keyless signing spares a small seller the USB key on a
 * Windows PC: the platform generates an SM2 key for it, issues a certificate, holds the key encrypted under
 * the platform's key-encryption key, and signs on its behalf, recording an audit row for every use.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { and, desc, eq, isNotNull, isNull } from 'drizzle-orm';
import type { AppContext, Caller, Ports } from '../../app/context';
import type { Db } from '../../db/database';
import { uniqueViolation } from '../../db/errors';
import { AppError } from '../../kernel/errors';
import { actorOrg, authorize } from '../access';
import { recordAudit } from '../audit';
import { orgById } from '../identity';
import { signingCertificates } from './ceb.table';
import { generateSm2KeyPair, issueCertificate, parseCertificate, signMessage, type CertificateInfo, type SigningKey } from './signature';

export interface CertificateView {
  id: string;
  keyName: string;
  algorithm: 'sm2' | 'rsa';
  fingerprint: string;
  subject: string;
  issuer: string;
  serialNumber: string;
  notBefore: string;
  notAfter: string;
  source: 'uploaded' | 'platform';
  revokedAt: string | null;
  createdAt: string;
}

function toView(row: typeof signingCertificates.$inferSelect): CertificateView {
  return {
    id: row.id,
    keyName: row.keyName,
    algorithm: row.algorithm,
    fingerprint: row.fingerprint,
    subject: row.subject,
    issuer: row.issuer,
    serialNumber: row.serialNumber,
    notBefore: row.notBefore.toISOString(),
    notAfter: row.notAfter.toISOString(),
    source: row.source,
    revokedAt: row.revokedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

function enterpriseOf(caller: Caller): string {
  const org = actorOrg(caller.actor);
  if (!org || org.kind !== 'enterprise') throw new AppError('forbidden', 'common.forbidden');
  return org.id;
}

/** Reads a certificate given as PEM or Base64 DER. */
export function readCertificate(text: string): { der: Buffer; info: CertificateInfo } {
  const pem = /-----BEGIN CERTIFICATE-----([\s\S]+?)-----END CERTIFICATE-----/.exec(text);
  const b64 = (pem ? pem[1] : text)?.replace(/\s+/g, '') ?? '';
  if (!/^[A-Za-z0-9+/]+=*$/.test(b64)) throw new AppError('invalid', 'ceb.certificate_invalid');
  const der = Buffer.from(b64, 'base64');
  try {
    return { der, info: parseCertificate(der) };
  } catch {
    throw new AppError('invalid', 'ceb.certificate_invalid');
  }
}

async function insertCertificate(tx: Db, ports: Pick<Ports, 'clock' | 'newId'>, orgId: string, der: Buffer, info: CertificateInfo, keyName: string, source: 'uploaded' | 'platform', heldKey: string | null) {
  try {
    const [row] = await tx
      .insert(signingCertificates)
      .values({
        id: ports.newId(),
        orgId,
        keyName,
        algorithm: info.algorithm,
        fingerprint: info.fingerprintSha256,
        der,
        subject: info.subject,
        issuer: info.issuer,
        serialNumber: info.serialNumber,
        notBefore: info.notBefore,
        notAfter: info.notAfter,
        source,
        heldKey,
        createdAt: ports.clock.now(),
      })
      .returning();
    return row as typeof signingCertificates.$inferSelect;
  } catch (e) {
    if (uniqueViolation(e)) throw new AppError('conflict', 'ceb.certificate_exists');
    throw e;
  }
}

export async function registerCertificate(ctx: AppContext, caller: Caller, input: { certificate: string; keyName?: string }): Promise<CertificateView> {
  authorize(caller.actor, 'ceb.certificates.manage');
  const orgId = enterpriseOf(caller);
  const { der, info } = readCertificate(input.certificate);
  if (info.notAfter.getTime() <= ctx.clock.now().getTime()) throw new AppError('invalid', 'ceb.certificate_expired');
  return ctx.db.transaction(async (tx) => {
    const row = await insertCertificate(tx, ctx, orgId, der, info, input.keyName ?? info.keyName ?? info.serialNumber, 'uploaded', null);
    await recordAudit(tx, ctx, { actor: caller.actor, requestId: caller.requestId, action: 'ceb.certificate.register', resourceType: 'signing_certificate', resourceId: row.id, details: { fingerprint: row.fingerprint, subject: row.subject, algorithm: row.algorithm } });
    return toView(row);
  });
}

export async function listCertificates(ctx: AppContext, caller: Caller): Promise<CertificateView[]> {
  authorize(caller.actor, 'ceb.certificates.manage');
  const orgId = enterpriseOf(caller);
  const rows = await ctx.db.select().from(signingCertificates).where(eq(signingCertificates.orgId, orgId)).orderBy(desc(signingCertificates.createdAt));
  return rows.map(toView);
}

export async function revokeCertificate(ctx: AppContext, caller: Caller, id: string): Promise<CertificateView> {
  authorize(caller.actor, 'ceb.certificates.manage');
  const orgId = enterpriseOf(caller);
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(signingCertificates)
      .set({ revokedAt: ctx.clock.now() })
      .where(and(eq(signingCertificates.id, id), eq(signingCertificates.orgId, orgId), isNull(signingCertificates.revokedAt)))
      .returning();
    if (!row) throw new AppError('not_found', 'common.not_found');
    await recordAudit(tx, ctx, { actor: caller.actor, requestId: caller.requestId, action: 'ceb.certificate.revoke', resourceType: 'signing_certificate', resourceId: row.id, details: { fingerprint: row.fingerprint } });
    return toView(row);
  });
}

/** The DER of every certificate the organisation has registered and not revoked: what incoming signatures must use. */
export async function trustedCertificates(db: Db, orgId: string): Promise<Buffer[]> {
  const rows = await db
    .select({ der: signingCertificates.der })
    .from(signingCertificates)
    .where(and(eq(signingCertificates.orgId, orgId), isNull(signingCertificates.revokedAt)));
  return rows.map((r) => r.der);
}

// ---- keyless signing ----

/** Keys already read, by where they came from (the configured value, or the demo key file). */
const masterKeys = new Map<string, Buffer>();

/** The key-encryption key: configured, or in demo mode a random one kept beside the data directory. */
export function masterKey(ctx: Pick<AppContext, 'config'>): Buffer {
  const configured = ctx.config.TUMEN_SIGNING_MASTER_KEY;
  const file = `${ctx.config.TUMEN_DATA_DIR}.signing-key`;
  const source = configured ? `config:${configured}` : file;
  const known = masterKeys.get(source);
  if (known) return known;
  let key: Buffer;
  if (configured) key = Buffer.from(configured, 'base64');
  else if (ctx.config.TUMEN_MODE !== 'demo') throw new AppError('unavailable', 'ceb.keyless_unavailable');
  else if (existsSync(file)) key = Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
  else {
    key = randomBytes(32);
    writeFileSync(file, key.toString('base64'), { mode: 0o600, flag: 'wx' });
  }
  if (key.length !== 32) throw new AppError('unavailable', 'ceb.keyless_unavailable');
  masterKeys.set(source, key);
  return key;
}

function seal(key: Buffer, plain: string, orgId: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(orgId));
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return [iv, cipher.getAuthTag(), body].map((b) => b.toString('base64')).join('.');
}

function unseal(key: Buffer, sealed: string, orgId: string): string {
  const [iv, tag, body] = sealed.split('.').map((p) => Buffer.from(p, 'base64'));
  const decipher = createDecipheriv('aes-256-gcm', key, iv as Buffer);
  decipher.setAAD(Buffer.from(orgId));
  decipher.setAuthTag(tag as Buffer);
  return Buffer.concat([decipher.update(body as Buffer), decipher.final()]).toString('utf8');
}

/** Turns on keyless signing: an SM2 key held by the platform and a certificate for it, valid two years. */
export async function enableKeyless(ctx: AppContext, caller: Caller): Promise<CertificateView> {
  authorize(caller.actor, 'ceb.certificates.manage');
  const orgId = enterpriseOf(caller);
  const kek = masterKey(ctx);
  const org = await orgById(ctx.db, orgId);
  if (!org) throw new AppError('not_found', 'common.not_found');
  const existing = await heldKeyRow(ctx.db, orgId);
  if (existing && existing.notAfter.getTime() > ctx.clock.now().getTime()) return toView(existing);
  const keyPair = generateSm2KeyPair();
  const now = ctx.clock.now();
  const serialNumber = ctx.newId().replace(/-/g, '').slice(0, 16);
  const der = issueCertificate({
    subject: { commonName: `${org.nameZh} (${org.customsCode ?? org.uscc})`, organization: org.nameZh, serialNumber: org.uscc },
    keyPair,
    notBefore: now,
    notAfter: new Date(now.getTime() + 2 * 365 * 86_400_000),
    serialNumber,
  });
  const info = parseCertificate(der);
  return ctx.db.transaction(async (tx) => {
    const row = await insertCertificate(tx, ctx, orgId, der, info, `TUMEN-${serialNumber.slice(0, 8)}`, 'platform', seal(kek, keyPair.privateKey, orgId));
    await recordAudit(tx, ctx, { actor: caller.actor, requestId: caller.requestId, action: 'ceb.keyless.enable', resourceType: 'signing_certificate', resourceId: row.id, details: { fingerprint: row.fingerprint } });
    return toView(row);
  });
}

async function heldKeyRow(db: Db, orgId: string) {
  const [row] = await db
    .select()
    .from(signingCertificates)
    .where(and(eq(signingCertificates.orgId, orgId), eq(signingCertificates.source, 'platform'), isNotNull(signingCertificates.heldKey), isNull(signingCertificates.revokedAt)))
    .orderBy(desc(signingCertificates.createdAt))
    .limit(1);
  return row;
}

/** Signs a message with the key held for the organisation; the caller records the use in its transaction. */
export async function signForOrg(ctx: AppContext, tx: Db, caller: Caller, orgId: string, xml: string, context: { messageType: string; guid: string }): Promise<{ xml: string; fingerprint: string }> {
  const row = await heldKeyRow(tx, orgId);
  if (!row?.heldKey) throw new AppError('invalid_state', 'ceb.keyless_not_enabled');
  const key: SigningKey = { algorithm: 'sm2-sm3', privateKey: unseal(masterKey(ctx), row.heldKey, orgId), certificate: row.der, keyName: row.keyName };
  const signed = signMessage(xml, key);
  await recordAudit(tx, ctx, { actor: caller.actor, requestId: caller.requestId, action: 'ceb.keyless.sign', resourceType: 'signing_certificate', resourceId: row.id, details: { messageType: context.messageType, guid: context.guid, fingerprint: row.fingerprint } });
  return { xml: signed, fingerprint: row.fingerprint };
}
