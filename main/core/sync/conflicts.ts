import type { ConflictItem } from '../../../shared/api';
import { AppError } from '../../../shared/api';
import type { Db } from '../db/types';
import type { OutboxRow } from '../outbox/outbox';
import { getEntry, rebaseLater, remove, setStatus } from '../outbox/outbox';
import { parseStoredJson } from '../db/storedJson';
import type { BankRecord, ChangeApplier } from './applyChanges';
import { BANK_RECORD_SCHEMAS, dropServerRecordIfUnheld } from './heldServerRecords';

interface ConflictRow {
  outbox_id: string;
  entity: 'client' | 'interaction' | 'report';
  entity_id: string;
  theirs: string;
  theirs_version: number;
  created_at: string;
}

const INTERACTION_FIELDS = ['occurredAt', 'channel', 'theme', 'isAllocationReview', 'summary', 'nextSteps', 'deleted'] as const;
/** What a desk may change on a report once it exists (the bank refuses anything else). */
const REPORT_FIELDS = ['title', 'deliveredAt', 'deliveryChannel', 'deleted'] as const;

/** Every open conflict with the fields where the RM's change and the bank's record differ. */
export function listConflicts(db: Db): ConflictItem[] {
  const rows = db.prepare('SELECT * FROM conflicts ORDER BY created_at').all() as ConflictRow[];
  return rows.flatMap((row) => {
    const entry = getEntry(db, row.outbox_id);
    if (!entry) return [];
    const theirs: Record<string, unknown> = theirsOf(row) ?? {};
    const mine = mineOf(entry);
    const fields = Object.keys(mine)
      .filter((field) => JSON.stringify(mine[field]) !== JSON.stringify(theirs[field]))
      .map((field) => ({ field, mine: mine[field], theirs: theirs[field] }));
    return [{ id: row.outbox_id, entity: row.entity, entityId: row.entity_id, label: labelOf(db, row), fields, theirsVersion: row.theirs_version, createdAt: row.created_at }];
  });
}

/**
 * The RM's choice. `mine`: the change goes again, on top of the bank's version. `theirs`: the
 * change is dropped and the bank's record shown. Later changes to the same record, held while the
 * conflict was open, move onto the bank's version either way.
 */
export function resolveConflict(db: Db, applier: ChangeApplier, id: string, choice: 'mine' | 'theirs'): void {
  db.transaction(() => {
    const row = db.prepare('SELECT * FROM conflicts WHERE outbox_id = ?').get(id) as ConflictRow | undefined;
    const entry = getEntry(db, id);
    if (!row || !entry) throw new AppError('conflict.already_resolved');
    const theirs = bankRecordOf(row);
    // Dropping the RM's change needs the bank's record to show instead: without one, the desk would
    // keep the edit with nothing to send (keeping "mine" still works; a full re-sync restores theirs).
    if (choice === 'theirs' && !theirs) throw new AppError('conflict.bank_record_unreadable');
    rebaseLater(db, entry, entry.baseVersion ?? 0, row.theirs_version);
    db.prepare('DELETE FROM conflicts WHERE outbox_id = ?').run(id);
    if (choice === 'mine') {
      db.prepare('UPDATE outbox SET base_version = ? WHERE id = ?').run(row.theirs_version, id);
      setStatus(db, id, 'pending', null);
    } else {
      remove(db, id);
    }
    // The bank's record, with whatever is still held locally (with `mine`, this change) kept.
    if (theirs) applier.applyRecords([theirs]);
    dropServerRecordIfUnheld(db, row.entity, row.entity_id);
  })();
}

/** The record a conflict is about (its handler's audit entry names it). */
export function conflictTarget(db: Db, id: string): { entity: ConflictRow['entity']; entityId: string } | null {
  const row = db.prepare('SELECT entity, entity_id FROM conflicts WHERE outbox_id = ?').get(id) as Pick<ConflictRow, 'entity' | 'entity_id'> | undefined;
  return row ? { entity: row.entity, entityId: row.entity_id } : null;
}

/** The bank's record kept with a conflict, read back through its entity's schema. */
function bankRecordOf(row: ConflictRow): BankRecord | null {
  switch (row.entity) {
    case 'client': {
      const data = parseStoredJson(BANK_RECORD_SCHEMAS.client, row.theirs, 'conflicts.theirs');
      return data && { entity: 'client', data };
    }
    case 'interaction': {
      const data = parseStoredJson(BANK_RECORD_SCHEMAS.interaction, row.theirs, 'conflicts.theirs');
      return data && { entity: 'interaction', data };
    }
    case 'report': {
      const data = parseStoredJson(BANK_RECORD_SCHEMAS.report, row.theirs, 'conflicts.theirs');
      return data && { entity: 'report', data };
    }
  }
}

function theirsOf(row: ConflictRow): Record<string, unknown> | null {
  return bankRecordOf(row)?.data ?? null;
}

export function conflictCount(db: Db): number {
  return db.prepare('SELECT count(*) FROM conflicts').pluck().get() as number;
}

function mineOf(entry: OutboxRow): Record<string, unknown> {
  if (entry.body.type === 'client.update') return { ...entry.body.fields };
  if (entry.body.type === 'interaction.put') {
    const draft = entry.body.interaction as Record<string, unknown>;
    return Object.fromEntries(INTERACTION_FIELDS.map((f) => [f, draft[f]]));
  }
  if (entry.body.type === 'report.put') {
    const draft = entry.body.report as Record<string, unknown>;
    return Object.fromEntries(REPORT_FIELDS.map((f) => [f, draft[f]]));
  }
  return {};
}

function labelOf(db: Db, row: ConflictRow): string {
  const clientId =
    row.entity === 'client'
      ? row.entity_id
      : (db.prepare(`SELECT client_id FROM ${row.entity === 'report' ? 'reports' : 'interactions'} WHERE id = ?`).pluck().get(row.entity_id) as string | undefined);
  const name = clientId ? (db.prepare('SELECT name FROM clients WHERE id = ?').pluck().get(clientId) as string | undefined) : undefined;
  return name ?? row.entity_id;
}
