import type { Ports } from '../../app/context';
import type { Db } from '../../db/database';
import { outboxEvents } from './outbox.table';

export interface DomainEvent {
  topic: string;
  aggregateType: string;
  aggregateId: string;
  partyOrgIds: string[];
  payload: Record<string, unknown>;
}

/** Writes an event to the outbox inside the caller's transaction: it exists if and only if the change does. */
export async function emitEvent(tx: Db, ports: Pick<Ports, 'clock' | 'newId'>, event: DomainEvent): Promise<string> {
  const id = ports.newId();
  await tx.insert(outboxEvents).values({ id, ...event, occurredAt: ports.clock.now() });
  return id;
}
