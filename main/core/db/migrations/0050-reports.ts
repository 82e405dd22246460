import type { Migration } from '../types';

/**
 * Reports and what they are built from.
 * - model_portfolios and nav_series: the bank's, synced like products.
 * - reports gains the bank's fields (advisor, period) and the desk's page count and sync_gen; the
 *   snapshot and page count stay local (the snapshot reproduces the PDF, whose hash the bank keeps).
 * - needs_surveys: the annual report's survey, filled in offline before generating; local only.
 * - outbox, conflicts and held_server_records accept 'report' entries (SQLite cannot alter a
 *   CHECK constraint, so the three tables are rebuilt; nothing else changes). The new conflicts
 *   table refers to the new outbox from the start: dropping the old outbox (foreign keys on)
 *   deletes its rows, which would cascade into a table that still referred to it by name. The
 *   rename of outbox_new then rewrites that reference to "outbox".
 */
export const reports: Migration = {
  version: 50,
  name: 'reports',
  up(db) {
    db.exec(`
      CREATE TABLE model_portfolios (
        id TEXT PRIMARY KEY,
        risk_level TEXT NOT NULL CHECK (risk_level IN ('C1', 'C2', 'C3', 'C4', 'C5')),
        name TEXT NOT NULL,
        weights TEXT NOT NULL CHECK (json_valid(weights)),
        version INTEGER NOT NULL,
        deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
        sync_gen INTEGER NOT NULL DEFAULT 0
      ) STRICT;

      CREATE TABLE nav_series (
        id TEXT PRIMARY KEY,
        product_id TEXT NOT NULL,
        points TEXT NOT NULL CHECK (json_valid(points)),
        deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
        sync_gen INTEGER NOT NULL DEFAULT 0
      ) STRICT;
      CREATE INDEX nav_series_by_product ON nav_series (product_id);

      ALTER TABLE reports ADD COLUMN advisor_id TEXT NOT NULL DEFAULT '';
      ALTER TABLE reports ADD COLUMN period_from TEXT NOT NULL DEFAULT '';
      ALTER TABLE reports ADD COLUMN period_to TEXT NOT NULL DEFAULT '';
      ALTER TABLE reports ADD COLUMN pages INTEGER NOT NULL DEFAULT 1;
      ALTER TABLE reports ADD COLUMN sync_gen INTEGER NOT NULL DEFAULT 0;

      CREATE TABLE needs_surveys (
        client_id TEXT PRIMARY KEY,
        data TEXT NOT NULL CHECK (json_valid(data)),
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE outbox_new (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE,
        entity TEXT NOT NULL CHECK (entity IN ('client', 'interaction', 'report', 'audit')),
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
      CREATE TABLE conflicts_new (
        outbox_id TEXT PRIMARY KEY REFERENCES outbox_new (id) ON DELETE CASCADE,
        entity TEXT NOT NULL CHECK (entity IN ('client', 'interaction', 'report')),
        entity_id TEXT NOT NULL,
        theirs TEXT NOT NULL CHECK (json_valid(theirs)),
        theirs_version INTEGER NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE TABLE held_server_records_new (
        entity TEXT NOT NULL CHECK (entity IN ('client', 'interaction', 'report')),
        entity_id TEXT NOT NULL,
        data TEXT NOT NULL CHECK (json_valid(data)),
        PRIMARY KEY (entity, entity_id)
      ) STRICT;
      INSERT INTO outbox_new SELECT * FROM outbox;
      INSERT INTO conflicts_new SELECT * FROM conflicts;
      INSERT INTO held_server_records_new SELECT * FROM held_server_records;
      DROP TABLE conflicts;
      DROP TABLE held_server_records;
      DROP TABLE outbox;
      ALTER TABLE outbox_new RENAME TO outbox;
      ALTER TABLE conflicts_new RENAME TO conflicts;
      ALTER TABLE held_server_records_new RENAME TO held_server_records;
      CREATE INDEX outbox_pending ON outbox (status, seq);
      CREATE INDEX outbox_by_entity ON outbox (entity, entity_id, seq);
      CREATE INDEX conflicts_by_entity ON conflicts (entity, entity_id);
    `);
  },
};
