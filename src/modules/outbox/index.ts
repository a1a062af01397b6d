// Domain events, written to the outbox in the same transaction as the change.
export { emitEvent, onEvent, type DomainEvent, type EventHandler } from './outbox';
