// Every module's tables, gathered for Drizzle and drizzle-kit. Each module owns its own tables.
export * from '../modules/identity/identity.table';
export * from '../modules/audit/audit.table';
export * from '../modules/outbox/outbox.table';
export * from '../modules/registry/reference.table';
export * from '../modules/registry/filing.table';
export * from '../modules/webhooks/webhook.table';
export * from '../modules/ceb/ceb.table';
export * from '../modules/verification/verification.table';
export * from '../modules/clearance/clearance.table';
export * from '../modules/export/export.table';
export * from '../modules/risk/risk.table';
export * from '../modules/credit/credit.table';
export * from './versions.table';
