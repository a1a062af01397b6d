// Domain events, written to the outbox in the same transaction as the change.
export { emitEvent, type DomainEvent } from './outbox';
