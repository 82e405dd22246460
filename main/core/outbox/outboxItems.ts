import type { OutboxItem } from '../../../shared/api';
import type { Db } from '../db/types';
import type { OutboxBody } from './outbox';
import { listEntries, unreadableEntries } from './outbox';

function clientOf(body: OutboxBody): string | null {
  switch (body.type) {
    case 'client.update':
      return body.clientId;
    case 'interaction.put':
      return body.interaction.clientId;
    case 'report.put':
      return body.report.clientId;
    case 'audit.append':
      return null;
  }
}

/** The outbox as the sync view lists it; audit entries are the desk's own and stay out of it. */
export function outboxItems(db: Db): OutboxItem[] {
  const nameOfClient = db.prepare('SELECT name FROM clients WHERE id = ?').pluck();
  const readable = listEntries(db)
    .filter((entry) => entry.entity !== 'audit')
    .map((entry) => {
      const clientId = clientOf(entry.body);
      return { entry, label: (clientId ? (nameOfClient.get(clientId) as string | undefined) : undefined) ?? entry.entityId };
    });
  // Entries that cannot be read are listed too (by record id), so the RM can see and discard them.
  const unreadable = unreadableEntries(db).map((entry) => ({ entry, label: entry.entityId }));
  return [...readable, ...unreadable]
    .sort((a, b) => a.entry.seq - b.entry.seq)
    .map(({ entry, label }) => ({
      id: entry.id,
      entity: entry.entity,
      entityId: entry.entityId,
      label,
      op: entry.op,
      status: entry.status,
      attempts: entry.attempts,
      lastError: entry.lastError,
      createdAt: entry.createdAt,
    }));
}
