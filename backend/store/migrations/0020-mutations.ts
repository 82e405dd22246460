import type { Migration } from './types';

/**
 * What `POST /sync/mutations` needs to apply each desk mutation at most once.
 *
 * `applied_mutations` is the idempotency record: one row per mutation id that was applied,
 * written in the same transaction as the mutation's effect, so "applied" and "remembered as
 * applied" can never disagree after a crash. Only applied mutations are kept: a conflict or a
 * rejection changed nothing and is simply judged again if the desk sends it again. `result`
 * holds the outcome (`{"version": n}`) that a duplicate repeats.
 *
 * `audit_entries` holds the desk's own audit trail (ids and actions, no client data by
 * contract). Entry ids are unique across the bank, so a resent entry is stored once.
 * `mutation_id` points at the mutation that brought the entry; the reference is deferred
 * because the entries are written before the mutation's own row in that transaction.
 */
export const mutationsSchema: Migration = {
  version: 20,
  name: 'mutations',
  up(db) {
    db.exec(`
      CREATE TABLE applied_mutations (
        id         TEXT PRIMARY KEY,
        advisor_id TEXT NOT NULL REFERENCES advisors (id),
        type       TEXT NOT NULL CHECK (type IN ('client.update', 'interaction.put', 'audit.append')),
        result     TEXT NOT NULL CHECK (json_valid(result)),
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX applied_mutations_advisor ON applied_mutations (advisor_id);

      CREATE TABLE audit_entries (
        id          TEXT PRIMARY KEY,
        advisor_id  TEXT NOT NULL REFERENCES advisors (id),
        mutation_id TEXT NOT NULL REFERENCES applied_mutations (id) DEFERRABLE INITIALLY DEFERRED,
        entry       TEXT NOT NULL CHECK (json_valid(entry)),
        received_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX audit_entries_advisor ON audit_entries (advisor_id);
    `);
  },
};
