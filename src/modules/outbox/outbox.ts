import type { Ports } from '../../app/context';
import type { Db } from '../../db/database';
import { insertRow } from '../../db/statements';
import { outboxEvents } from './outbox.table';

export interface DomainEvent {
  topic: string;
  aggregateType: string;
  aggregateId: string;
  partyOrgIds: string[];
  payload: Record<string, unknown>;
}

type EventPorts = Pick<Ports, 'clock' | 'newId'>;
export type EventHandler = (tx: Db, ports: EventPorts, event: DomainEvent & { id: string; occurredAt: Date }) => Promise<void>;

const handlers: { prefix: string; handler: EventHandler }[] = [];

/**
 * Subscribes a module to events whose topic starts with `prefix` (`clearance.declaration.`): the handler runs
 * in the emitting transaction, so what it records exists if and only if the change does. Handlers must not
 * emit the events they listen to.
 */
export function onEvent(prefix: string, handler: EventHandler): void {
  handlers.push({ prefix, handler });
}

/** Writes an event to the outbox inside the caller's transaction: it exists if and only if the change does. */
export async function emitEvent(tx: Db, ports: EventPorts, event: DomainEvent): Promise<string> {
  const id = ports.newId();
  const occurredAt = ports.clock.now();
  await insertRow(tx, outboxEvents, { id, ...event, occurredAt });
  for (const h of handlers) if (event.topic.startsWith(h.prefix)) await h.handler(tx, ports, { ...event, id, occurredAt });
  return id;
}
