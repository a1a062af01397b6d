/**
 * What the interface knows about each message type enterprises send: its records, the business key customs
 * matches them on, the receipt that answers it, and the official error codes that fit the generic checks.
 */
import { messageDecl, type CebMessageType } from './contracts';
import type { ElementDecl } from './model';

export interface RequestType {
  type: CebMessageType;
  receipt: CebMessageType;
  /** The repeated record element (Order, Payment, Inventory …). */
  record: string;
  /** The receipt's per-record element (OrderReturn, InventoryReturn …) and its fields. */
  returns: { name: string; fields: ElementDecl[] };
  /** The head element inside the record, or null when the record itself holds the fields. */
  head: string | null;
  /** Head fields forming the business key (SPEC-NOTES §6.0, §8). */
  key: string[];
  /**
   * Head fields the receipt must echo with a value although the request schema lets them be left out (e.g.
   * copNo of CEB623/625: optional in the XSD, required in the specification's tables — SPEC-NOTES §12).
   */
  echoed: string[];
  /** Official negative codes for the generic checks, where the specification has one (SPEC-NOTES §6.3). */
  codes: { exists?: string; notFound?: string; locked?: string; signatureDigest?: string; signature?: string };
}

const KEYS: Record<string, { key: string[]; codes?: RequestType['codes'] }> = {
  CEB311Message: { key: ['ebpCode', 'orderNo'], codes: { exists: '-301010', notFound: '-301009', locked: '-301011' } },
  CEB411Message: { key: ['payCode', 'payTransactionId'], codes: { exists: '-401007', locked: '-401008' } },
  CEB511Message: { key: ['logisticsCode', 'logisticsNo'], codes: { exists: '-504012' } },
  CEB513Message: { key: ['logisticsCode', 'logisticsNo', 'logisticsStatus'], codes: { exists: '-505012' } },
  CEB621Message: { key: ['ebpCode', 'orderNo'], codes: { exists: '-621004', locked: '-621004', signatureDigest: '-621028', signature: '-621029' } },
  CEB623Message: { key: ['ebpCode', 'orderNo'], codes: { notFound: '-623003', locked: '-623005', signatureDigest: '-623029', signature: '-623029' } },
  CEB625Message: { key: ['ebpCode', 'orderNo'] },
  CEB711Message: { key: ['operatorCode', 'copNo'], codes: { exists: '-800003' } },
  CEB303Message: { key: ['ebpCode', 'orderNo'] },
  CEB403Message: { key: ['ebcCode', 'orderNo'] },
  CEB505Message: { key: ['logisticsCode', 'logisticsNo'] },
  CEB507Message: { key: ['operatorCode', 'copNo'] },
  CEB509Message: { key: ['logisticsCode', 'copNo'] },
  CEB603Message: { key: ['ebpCode', 'orderNo'] },
  CEB605Message: { key: ['agentCode', 'invtNo'] },
  CEB607Message: { key: ['agentCode', 'copNo'] },
  CEB701Message: { key: ['agentCode', 'copNo'] },
  CEB213Message: { key: ['ebcCode', 'coElNo'] },
  CEB215Message: { key: ['operatorCode', 'coElNo', 'logisticsNo'] },
};

function receiptOf(type: string): CebMessageType {
  const n = Number(type.slice(3, 6)) + 1;
  return `CEB${n}Message` as CebMessageType;
}

export const REQUEST_TYPES = new Map<string, RequestType>(
  Object.entries(KEYS).map(([type, { key, codes }]) => {
    const { decl, model } = messageDecl(type as CebMessageType);
    const record = decl.children[0] as ElementDecl;
    const def = model.defs[record.complex as string];
    const first = def?.children[0];
    const head = first?.complex ? first.name : null;
    const headFields = head ? (model.defs[first?.complex as string]?.children ?? []) : (def?.children ?? []);
    const receipt = receiptOf(type);
    const { decl: rdecl, model: rmodel } = messageDecl(receipt);
    const retElement = rdecl.children[0] as ElementDecl;
    const retFields = rmodel.defs[retElement.complex as string]?.children ?? [];
    const platformSet = new Set(['guid', 'returnStatus', 'returnTime', 'returnInfo', 'preNo']);
    const echoed = retFields
      .filter((f) => f.min > 0 && f.simple?.base === 'string' && (f.simple.minLength ?? f.simple.length ?? 0) > 0 && !platformSet.has(f.name))
      .filter((f) => headFields.some((h) => h.name === f.name))
      .map((f) => f.name);
    return [type, { type: type as CebMessageType, receipt, returns: { name: retElement.name, fields: retFields }, record: record.name, head, key, echoed, codes: codes ?? {} }];
  }),
);

/** The fields of a record's head (the record itself for head-less records such as CEB513 or CEB403). */
export function headOf(rt: RequestType, record: Record<string, unknown>): Record<string, unknown> {
  return rt.head ? ((record[rt.head] as Record<string, unknown>) ?? {}) : record;
}

export function businessKey(rt: RequestType, head: Record<string, unknown>): string {
  return rt.key.map((k) => String(head[k] ?? '')).join('|');
}
