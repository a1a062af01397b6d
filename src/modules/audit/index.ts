// The append-only, hash-chained audit log.
export { listAudit, recordAudit, recordRead, verifyAudit, verifyAuditFor, type AuditEntry, type VerifyResult } from './audit.service';
export { auditRoutes } from './audit.routes';
