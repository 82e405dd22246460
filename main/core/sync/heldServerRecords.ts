import type { Client, Interaction, Report } from '../../../shared/domain';
import { clientSchema, interactionSchema, reportSchema } from '../../../shared/domain';
import { parseStoredJson } from '../db/storedJson';
import type { Db } from '../db/types';

type HeldRecord = { entity: 'client'; data: Client } | { entity: 'interaction'; data: Interaction } | { entity: 'report'; data: Report };

/** The schema each kind of stashed (or conflicting) bank record is read back through. */
export const BANK_RECORD_SCHEMAS = { client: clientSchema, interaction: interactionSchema, report: reportSchema } as const;

/** Keeps the bank's latest record of an entity whose local changes the puller did not overwrite. */
export function stashServerRecord(db: Db, record: HeldRecord): void {
  db.prepare(
    `INSERT INTO held_server_records (entity, entity_id, data) VALUES (?, ?, ?)
     ON CONFLICT (entity, entity_id) DO UPDATE SET data = excluded.data`,
  ).run(record.entity, record.data.id, JSON.stringify(record.data));
}

function stashedText(db: Db, entity: HeldRecord['entity'], id: string): string | null {
  return (db.prepare('SELECT data FROM held_server_records WHERE entity = ? AND entity_id = ?').pluck().get(entity, id) as string | undefined) ?? null;
}

/** The stashed records, parsed on read: one that cannot be read counts as none (the next pull brings it again). */
export const stashedClient = (db: Db, id: string) => parseStoredJson(clientSchema, stashedText(db, 'client', id), 'held_server_records.data');
export const stashedInteraction = (db: Db, id: string) => parseStoredJson(interactionSchema, stashedText(db, 'interaction', id), 'held_server_records.data');
export const stashedReport = (db: Db, id: string) => parseStoredJson(reportSchema, stashedText(db, 'report', id), 'held_server_records.data');

/** Once nothing is held for the entity any more, its stashed record has no use. */
export function dropServerRecordIfUnheld(db: Db, entity: HeldRecord['entity'], id: string): void {
  db.prepare(
    `DELETE FROM held_server_records WHERE entity = ? AND entity_id = ?
       AND NOT EXISTS (SELECT 1 FROM outbox WHERE entity = ? AND entity_id = ?)`,
  ).run(entity, id, entity, id);
}
