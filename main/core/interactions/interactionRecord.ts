import type { InteractionRow } from '../../../shared/api';
import type { Interaction } from '../../../shared/domain';
import type { InteractionDraft } from '../../../shared/wire';
import type { Db } from '../db/types';

const COLUMNS = `id, client_id AS clientId, advisor_id AS advisorId, occurred_at AS occurredAt, channel, theme,
  is_allocation_review AS isAllocationReview, summary, next_steps AS nextSteps, version, updated_at AS updatedAt, deleted`;

type DbRow = Omit<Interaction, 'isAllocationReview' | 'deleted'> & { isAllocationReview: number; deleted: number };

const fromDb = (row: DbRow): Interaction => ({ ...row, isAllocationReview: row.isAllocationReview === 1, deleted: row.deleted === 1 });

export function readInteraction(db: Db, id: string): Interaction | null {
  const row = db.prepare(`SELECT ${COLUMNS} FROM interactions WHERE id = ?`).get(id) as DbRow | undefined;
  return row ? fromDb(row) : null;
}

const WITH_PENDING = `SELECT ${COLUMNS}, EXISTS (SELECT 1 FROM outbox o WHERE o.entity = 'interaction' AND o.entity_id = i.id) AS pending
  FROM interactions i`;
type PendingDbRow = DbRow & { pending: number };
const withPending = ({ pending, ...row }: PendingDbRow): InteractionRow => ({ ...fromDb(row), pending: pending === 1 });

/** A client's interactions, newest first, each marked when it has not reached the bank yet. */
export function listInteractions(db: Db, clientId: string): InteractionRow[] {
  const rows = db.prepare(`${WITH_PENDING} WHERE client_id = ? AND deleted = 0 ORDER BY occurred_at DESC, id DESC`).all(clientId) as PendingDbRow[];
  return rows.map(withPending);
}

/** One interaction, deleted or not, marked when it has not reached the bank yet. */
export function readInteractionRow(db: Db, id: string): InteractionRow | null {
  const row = db.prepare(`${WITH_PENDING} WHERE id = ?`).get(id) as PendingDbRow | undefined;
  return row ? withPending(row) : null;
}

/** Writes the local row of an interaction the RM created or edited. */
export function saveInteraction(db: Db, interaction: Interaction): void {
  db.prepare(
    `INSERT INTO interactions (id, client_id, advisor_id, occurred_at, channel, theme, is_allocation_review, summary, next_steps, version, updated_at, deleted)
     VALUES (@id, @clientId, @advisorId, @occurredAt, @channel, @theme, @isAllocationReview, @summary, @nextSteps, @version, @updatedAt, @deleted)
     ON CONFLICT (id) DO UPDATE SET occurred_at = excluded.occurred_at, channel = excluded.channel, theme = excluded.theme,
       is_allocation_review = excluded.is_allocation_review, summary = excluded.summary, next_steps = excluded.next_steps,
       version = excluded.version, updated_at = excluded.updated_at, deleted = excluded.deleted`,
  ).run({ ...interaction, isAllocationReview: interaction.isAllocationReview ? 1 : 0, deleted: interaction.deleted ? 1 : 0 });
}

/** The part of an interaction the desk sends; the bank sets the rest. */
export function draftOf(interaction: Interaction): InteractionDraft {
  const { advisorId: _advisorId, version: _version, updatedAt: _updatedAt, ...draft } = interaction;
  return draft;
}
