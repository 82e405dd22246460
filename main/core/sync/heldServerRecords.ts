import type { Client, Interaction, Report } from '../../../shared/domain';
import type { Db } from '../db/types';

type HeldRecord = { entity: 'client'; data: Client } | { entity: 'interaction'; data: Interaction } | { entity: 'report'; data: Report };

/** Keeps the bank's latest record of an entity whose local changes the puller did not overwrite. */
export function stashServerRecord(db: Db, record: HeldRecord): void {
  db.prepare(
    `INSERT INTO held_server_records (entity, entity_id, data) VALUES (?, ?, ?)
     ON CONFLICT (entity, entity_id) DO UPDATE SET data = excluded.data`,
  ).run(record.entity, record.data.id, JSON.stringify(record.data));
}

function stashed(db: Db, entity: HeldRecord['entity'], id: string): unknown {
  const row = db.prepare('SELECT data FROM held_server_records WHERE entity = ? AND entity_id = ?').pluck().get(entity, id) as string | undefined;
  return row ? (JSON.parse(row) as unknown) : null;
}

export const stashedClient = (db: Db, id: string) => stashed(db, 'client', id) as Client | null;
export const stashedInteraction = (db: Db, id: string) => stashed(db, 'interaction', id) as Interaction | null;
export const stashedReport = (db: Db, id: string) => stashed(db, 'report', id) as Report | null;

/** Once nothing is held for the entity any more, its stashed record has no use. */
export function dropServerRecordIfUnheld(db: Db, entity: HeldRecord['entity'], id: string): void {
  db.prepare(
    `DELETE FROM held_server_records WHERE entity = ? AND entity_id = ?
       AND NOT EXISTS (SELECT 1 FROM outbox WHERE entity = ? AND entity_id = ?)`,
  ).run(entity, id, entity, id);
}
