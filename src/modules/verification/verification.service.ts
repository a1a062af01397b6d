import type { AppContext, Caller, Ports } from '../../app/context';
import type { Db } from '../../db/database';
import { AppError } from '../../kernel/errors';
import { authorize } from '../access';
import { recordAudit, recordRead } from '../audit';
import { validateResidentId } from '../identity';
import * as repo from './verification.repository';

/**
 * The public-security identity verification port. A process that must know that a buyer's name belongs
 * to the resident identity number given (clearance: DESIGN.md §4 step 3) asks `verifyIdentity`; the
 * answer comes from the verifier plugged in (`setVerifier`), by default `localVerifier`, the demo and test
 * stand-in backed by the `resident_identities` register. Every question and its answer is logged, with
 * the number masked, in `identity_checks`: what public security sees in its scope.
 */

export const VERIFICATION_RESULTS = ['match', 'mismatch', 'unknown', 'invalid'] as const;
/** `invalid`: not a GB 11643 number; `unknown`: not registered; `mismatch`: registered under another name. */
export type VerificationResult = (typeof VERIFICATION_RESULTS)[number];

export interface IdentityQuery {
  name: string;
  idNumber: string;
}

export interface IdentityVerifier {
  /** `db` is the caller's transaction; a verifier that calls out over the network should not hold it long. */
  verify(db: Db, q: IdentityQuery): Promise<VerificationResult>;
}

/** Longest name accepted in the register (transliterated minority names can be long). */
export const NAME_MAX = 100;

/** Names are compared exactly after trimming and Unicode NFC normalisation, and nothing else. */
export function normaliseName(name: string): string {
  return name.trim().normalize('NFC');
}

/**
 * The number as logged and shown: the area code (positions 1–6) and the check character kept, everything
 * between (birth date and sequence, which carries the sex) replaced by `*` — `222401***********X`. This is
 * what the `identity_checks` schema promises; the common 6 + 8 + 4 display form would also reveal the sex
 * digit. A malformed input keeps its leading 6 characters only when they are digits, its last only when it
 * is a digit or X, and is cut at 32 characters, so a name typed into the wrong field is not logged.
 */
export function maskIdNumber(idNumber: string): string {
  const v = idNumber.trim().toUpperCase();
  const area = /^[0-9]{6}/.test(v) ? v.slice(0, 6) : '';
  const check = v.length > 6 && /[0-9X]$/.test(v) ? v.slice(-1) : '';
  const hidden = Math.max(0, Math.min(v.length, 32) - area.length - check.length);
  return area + '*'.repeat(hidden) + check;
}

/** The local register: `invalid` before any lookup, then `unknown`, `mismatch` or `match`. */
export const localVerifier: IdentityVerifier = {
  async verify(db, q) {
    const checked = validateResidentId(q.idNumber);
    if (!checked.ok) return 'invalid';
    const row = await repo.findResident(db, checked.id);
    if (!row) return 'unknown';
    return normaliseName(row.name) === normaliseName(q.name) ? 'match' : 'mismatch';
  },
};

let verifier: IdentityVerifier = localVerifier;

/** Plugs the deployment's verifier (the real public-security service); returns the one it replaces. */
export function setVerifier(v: IdentityVerifier): IdentityVerifier {
  const previous = verifier;
  verifier = v;
  return previous;
}

export function currentVerifier(): IdentityVerifier {
  return verifier;
}

/**
 * Asks the verifier and logs the question and its answer in the caller's transaction (so the log commits
 * or rolls back with what the answer decided). A number that fails GB 11643 is answered `invalid` here,
 * without asking the verifier; a valid one reaches it normalised (upper-case X).
 */
export async function verifyIdentity(
  tx: Db,
  ports: Pick<Ports, 'clock' | 'newId'>,
  q: IdentityQuery & { purpose: string; reference?: string },
  using: IdentityVerifier = currentVerifier(),
): Promise<VerificationResult> {
  const checked = validateResidentId(q.idNumber);
  const result: VerificationResult = checked.ok ? await using.verify(tx, { name: q.name, idNumber: checked.id }) : 'invalid';
  await repo.insertCheck(tx, {
    id: ports.newId(),
    at: ports.clock.now(),
    purpose: q.purpose,
    reference: q.reference ?? null,
    idNumberMasked: maskIdNumber(q.idNumber),
    result,
  });
  return result;
}

// ---------------------------------------------------------------- the local register

export type ResidentSource = repo.ResidentRow['source'];

export interface ResidentView {
  idNumberMasked: string;
  name: string;
  source: ResidentSource;
  addedAt: string;
}

function toResidentView(r: repo.ResidentRow): ResidentView {
  return { idNumberMasked: maskIdNumber(r.idNumber), name: r.name, source: r.source, addedAt: r.addedAt.toISOString() };
}

function idNumberError(r: Extract<ReturnType<typeof validateResidentId>, { ok: false }>): AppError {
  const issue = (message: 'verification.id_format' | 'verification.id_date' | 'verification.id_check', params: Record<string, string> = {}) =>
    new AppError('invalid', message, params, [{ path: ['idNumber'], code: `id_${r.reason}`, message, params }]);
  if (r.reason === 'check') return issue('verification.id_check', { expected: r.expected ?? '' });
  return issue(r.reason === 'date' ? 'verification.id_date' : 'verification.id_format');
}

/**
 * Registers a resident in the local register. The number is validated (GB 11643, lower-case x accepted)
 * and stored normalised; the name trimmed and NFC-normalised. The same number with the same name again
 * changes nothing (`created: false`); with another name it is refused (conflict): a person's registered
 * name does not silently change.
 */
export async function addResidentIdentity(
  db: Db,
  ports: Pick<Ports, 'clock'>,
  input: { name: string; idNumber: string; source: ResidentSource },
): Promise<{ created: boolean; resident: ResidentView }> {
  const name = normaliseName(input.name);
  if (!name || [...name].length > NAME_MAX) {
    throw new AppError('invalid', 'verification.name_invalid', { max: NAME_MAX }, [{ path: ['name'], code: 'name_invalid', message: 'verification.name_invalid', params: { max: NAME_MAX } }]);
  }
  const checked = validateResidentId(input.idNumber);
  if (!checked.ok) throw idNumberError(checked);
  const created = await repo.insertResidentIfAbsent(db, { idNumber: checked.id, name, source: input.source, addedAt: ports.clock.now() });
  if (created) return { created: true, resident: toResidentView(created) };
  const existing = await repo.findResident(db, checked.id);
  if (!existing) throw new Error(`resident ${maskIdNumber(checked.id)} neither inserted nor found`);
  if (normaliseName(existing.name) !== name) throw new AppError('conflict', 'verification.name_conflict', { idNumber: maskIdNumber(checked.id) });
  return { created: false, resident: toResidentView(existing) };
}

/** Registers a resident on behalf of a caller (public security, or the operator), audited when it adds one. */
export async function registerResident(
  ctx: AppContext,
  caller: Caller,
  input: { name: string; idNumber: string; source: ResidentSource },
): Promise<{ created: boolean; resident: ResidentView }> {
  authorize(caller.actor, 'verification.residents.manage');
  return ctx.db.transaction(async (tx) => {
    const outcome = await addResidentIdentity(tx, ctx, input);
    if (outcome.created) {
      await recordAudit(tx, ctx, {
        actor: caller.actor,
        requestId: caller.requestId,
        action: 'verification.resident.add',
        resourceType: 'resident_identity',
        resourceId: outcome.resident.idNumberMasked,
        details: { source: input.source },
      });
    }
    return outcome;
  });
}

/** The register, numbers masked, oldest first (operator listing). */
export async function listResidentIdentities(ctx: AppContext, caller: Caller): Promise<ResidentView[]> {
  authorize(caller.actor, 'verification.residents.manage');
  const rows = await repo.listResidents(ctx.db);
  await recordRead(ctx, caller, 'resident_identity', rows.map((r) => maskIdNumber(r.idNumber)));
  return rows.map(toResidentView);
}

// ---------------------------------------------------------------- the check log (public security)

export interface IdentityCheckView {
  id: string;
  at: string;
  purpose: string;
  reference: string | null;
  idNumberMasked: string;
  result: VerificationResult;
}

/**
 * The verification log, oldest first, after a cursor (`after` = the last id seen; ids are time-ordered
 * UUIDv7). Public security only; each read is audited in its own chain.
 */
export async function listIdentityChecks(
  ctx: AppContext,
  caller: Caller,
  q: { after?: string; limit: number },
): Promise<{ items: IdentityCheckView[]; next: string | null }> {
  authorize(caller.actor, 'verification.checks.read');
  const rows = await repo.checksAfter(ctx.db, q.after, q.limit);
  await recordRead(ctx, caller, 'identity_check', rows.map((r) => r.id), { query: { after: q.after ?? null, limit: q.limit } });
  return {
    items: rows.map((r) => ({ id: r.id, at: r.at.toISOString(), purpose: r.purpose, reference: r.reference, idNumberMasked: r.idNumberMasked, result: r.result })),
    next: rows.at(-1)?.id ?? q.after ?? null,
  };
}
