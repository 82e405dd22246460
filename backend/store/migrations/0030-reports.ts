import type { Migration } from './types';

/**
 * What reports need from the bank: its model portfolios and NAV series, and the desk's report
 * records.
 *
 * `model_portfolios` and `nav_series` are bank-wide, visible to every advisor like products,
 * so the change feed reads them with one range scan on (seq). Their nested parts (weights,
 * points) are JSON text: nothing queries inside them, and the feed hands them out whole.
 *
 * `reports` follows interactions: `advisor_id` is who made the report, `owner_advisor_id` a
 * copy of the client's advisor that decides visibility, with an index on (owner, seq).
 *
 * `applied_mutations.type` must accept 'report.put'. SQLite cannot alter a CHECK constraint, so
 * the table is rebuilt, and `audit_entries` with it, because its deferred reference to
 * `applied_mutations` would otherwise be left pointing at the dropped table. Children are copied
 * and dropped before parents, so no foreign key is ever violated inside this transaction (where
 * `PRAGMA foreign_keys` cannot be switched off), and rowids are copied because both tables are
 * read in rowid order (the order applied or received).
 */
export const reportsSchema: Migration = {
  version: 30,
  name: 'reports',
  up(db) {
    db.exec(`
      CREATE TABLE model_portfolios (
        id         TEXT PRIMARY KEY,
        risk_level TEXT NOT NULL CHECK (risk_level IN ('C1', 'C2', 'C3', 'C4', 'C5')),
        name       TEXT NOT NULL,
        weights    TEXT NOT NULL CHECK (json_valid(weights) AND json_type(weights) = 'array'), -- [{ assetClass, target, min, max, suggestedProductIds }]
        version    INTEGER NOT NULL CHECK (version >= 0),
        seq        INTEGER NOT NULL,
        deleted    INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
      ) STRICT;
      CREATE INDEX model_portfolios_seq ON model_portfolios (seq);

      CREATE TABLE nav_series (
        id         TEXT PRIMARY KEY,
        product_id TEXT NOT NULL UNIQUE REFERENCES products (id),
        points     TEXT NOT NULL CHECK (json_valid(points) AND json_type(points) = 'array'), -- [[date, nav], …], oldest first
        seq        INTEGER NOT NULL,
        deleted    INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
      ) STRICT;
      CREATE INDEX nav_series_seq ON nav_series (seq);

      CREATE TABLE reports (
        id               TEXT PRIMARY KEY,
        client_id        TEXT NOT NULL REFERENCES clients (id),
        advisor_id       TEXT NOT NULL REFERENCES advisors (id),
        owner_advisor_id TEXT NOT NULL REFERENCES advisors (id),
        kind             TEXT NOT NULL CHECK (kind IN ('allocation', 'annual_wealth')),
        title            TEXT NOT NULL,
        period_from      TEXT NOT NULL,
        period_to        TEXT NOT NULL CHECK (period_to >= period_from),
        created_at       TEXT NOT NULL,
        pdf_sha256       TEXT NOT NULL CHECK (length(pdf_sha256) = 64 AND pdf_sha256 NOT GLOB '*[^0-9a-f]*'),
        delivered_at     TEXT,
        delivery_channel TEXT CHECK (delivery_channel IN ('printed', 'chat', 'download')),
        version          INTEGER NOT NULL,
        updated_at       TEXT NOT NULL,
        seq              INTEGER NOT NULL,
        deleted          INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
      ) STRICT;
      CREATE INDEX reports_owner_seq ON reports (owner_advisor_id, seq);
      CREATE INDEX reports_client ON reports (client_id);

      CREATE TABLE applied_mutations_new (
        id         TEXT PRIMARY KEY,
        advisor_id TEXT NOT NULL REFERENCES advisors (id),
        type       TEXT NOT NULL CHECK (type IN ('client.update', 'interaction.put', 'audit.append', 'report.put')),
        result     TEXT NOT NULL CHECK (json_valid(result)),
        created_at TEXT NOT NULL
      ) STRICT;
      INSERT INTO applied_mutations_new (rowid, id, advisor_id, type, result, created_at)
        SELECT rowid, id, advisor_id, type, result, created_at FROM applied_mutations;

      CREATE TABLE audit_entries_new (
        id          TEXT PRIMARY KEY,
        advisor_id  TEXT NOT NULL REFERENCES advisors (id),
        mutation_id TEXT NOT NULL REFERENCES applied_mutations_new (id) DEFERRABLE INITIALLY DEFERRED,
        entry       TEXT NOT NULL CHECK (json_valid(entry)),
        received_at TEXT NOT NULL
      ) STRICT;
      INSERT INTO audit_entries_new (rowid, id, advisor_id, mutation_id, entry, received_at)
        SELECT rowid, id, advisor_id, mutation_id, entry, received_at FROM audit_entries;

      DROP TABLE audit_entries;
      DROP TABLE applied_mutations;
      -- Renaming also rewrites audit_entries_new's reference to the new name.
      ALTER TABLE applied_mutations_new RENAME TO applied_mutations;
      ALTER TABLE audit_entries_new RENAME TO audit_entries;
      CREATE INDEX applied_mutations_advisor ON applied_mutations (advisor_id);
      CREATE INDEX audit_entries_advisor ON audit_entries (advisor_id);
    `);
  },
};
