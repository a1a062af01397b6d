import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

/** JSON with object keys sorted at every depth, so jsonb's own key order cannot change a hash. */
export function canonicalJson(input: unknown): string {
  // Values with toJSON (dates, decimals) are hashed as stored: in their JSON form.
  const value = input !== null && typeof input === 'object' && typeof (input as { toJSON?: unknown }).toJSON === 'function' ? (input as { toJSON(): unknown }).toJSON() : input;
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj)
    .filter((k) => obj[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`;
}

export interface HashedFields {
  chain: string;
  seq: number;
  id: string;
  at: Date;
  actorOrgId: string | null;
  actorUserId: string | null;
  actorKeyId: string | null;
  action: string;
  resourceType: string;
  resourceId: string | null;
  requestId: string | null;
  details: Record<string, unknown>;
  prevHash: string;
}

export function rowHash(r: HashedFields): string {
  const body = canonicalJson([
    r.chain,
    r.seq,
    r.id,
    r.at.toISOString(),
    r.actorOrgId,
    r.actorUserId,
    r.actorKeyId,
    r.action,
    r.resourceType,
    r.resourceId,
    r.requestId,
    r.details,
    r.prevHash,
  ]);
  return createHash('sha256').update(body).digest('hex');
}
