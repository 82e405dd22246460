import type { Migration } from '../types';

/**
 * What offline-first sync needs beyond the first schema:
 * - outbox statuses are pending | parked (refused by the bank) | conflict (waiting for the RM);
 *   applied entries are deleted, so no 'done'. Lookups by entity for the puller's field guard.
 * - conflicts: the bank's current record for an outbox entry that met a newer version.
 * - held_server_records: the bank's latest record of an entity whose local changes are still
 *   held, so discarding or overriding them can show the bank's value, not a stale one.
 * - sync_gen on synced tables: a full re-sync stamps every row it sees with a new generation and
 *   then removes rows the bank no longer has, so the cache is rebuilt without ever emptying.
 * - failed sign-in attempts and a lock-out time per username.
 * - audit_log.entry_id: the id its entry carries to the bank, to mark it pushed.
 */
export const outboxConflictsLockout: Migration = {
  version: 20,
  name: 'outbox-conflicts-lockout',
  up(db) {
    db.exec(`
      CREATE TABLE outbox_new (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE,
        entity TEXT NOT NULL CHECK (entity IN ('client', 'interaction', 'audit')),
        entity_id TEXT NOT NULL,
        op TEXT NOT NULL CHECK (op IN ('update', 'create', 'delete', 'append')),
        payload TEXT NOT NULL CHECK (json_valid(payload)),
        base_version INTEGER,
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at TEXT,
        status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'parked', 'conflict')),
        last_error TEXT,
        created_at TEXT NOT NULL
      ) STRICT;
      INSERT INTO outbox_new SELECT seq, id, entity, entity_id, op, payload, base_version, attempts, next_attempt_at,
        CASE status WHEN 'done' THEN 'pending' ELSE status END, last_error, created_at
        FROM outbox WHERE status <> 'done';
      DROP TABLE outbox;
      ALTER TABLE outbox_new RENAME TO outbox;
      CREATE INDEX outbox_pending ON outbox (status, seq);
      CREATE INDEX outbox_by_entity ON outbox (entity, entity_id, seq);

      CREATE TABLE conflicts (
        outbox_id TEXT PRIMARY KEY REFERENCES outbox (id) ON DELETE CASCADE,
        entity TEXT NOT NULL CHECK (entity IN ('client', 'interaction')),
        entity_id TEXT NOT NULL,
        theirs TEXT NOT NULL CHECK (json_valid(theirs)),
        theirs_version INTEGER NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX conflicts_by_entity ON conflicts (entity, entity_id);

      CREATE TABLE held_server_records (
        entity TEXT NOT NULL CHECK (entity IN ('client', 'interaction')),
        entity_id TEXT NOT NULL,
        data TEXT NOT NULL CHECK (json_valid(data)),
        PRIMARY KEY (entity, entity_id)
      ) STRICT;

      ALTER TABLE advisors ADD COLUMN sync_gen INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE clients ADD COLUMN sync_gen INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE products ADD COLUMN sync_gen INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE holdings ADD COLUMN sync_gen INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE interactions ADD COLUMN sync_gen INTEGER NOT NULL DEFAULT 0;

      ALTER TABLE local_credentials ADD COLUMN failed_attempts INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE local_credentials ADD COLUMN locked_until TEXT;

      ALTER TABLE audit_log ADD COLUMN entry_id TEXT;
      CREATE UNIQUE INDEX audit_log_by_entry ON audit_log (entry_id);
    `);
  },
};
