import type { Migration } from './types';

/**
 * The first schema. Every entity row carries `seq` (the global change sequence of its last
 * change) and `deleted` (a tombstone: rows are never removed, so the change feed can tell the
 * desk about deletions). STRICT tables make SQLite refuse a wrong type instead of storing it.
 *
 * Holdings and interactions carry `owner_advisor_id`, a copy of their client's advisor: the
 * change feed then reads each table with one index range scan on (owner, seq) instead of a join.
 */
export const initialSchema: Migration = {
  version: 10,
  name: 'initial',
  up(db) {
    db.exec(`
      CREATE TABLE meta (
        key   TEXT PRIMARY KEY,
        value INTEGER NOT NULL
      ) STRICT;
      INSERT INTO meta (key, value) VALUES ('seq', 0);

      CREATE TABLE advisors (
        id            TEXT PRIMARY KEY,
        username      TEXT NOT NULL UNIQUE,
        password_hash BLOB NOT NULL,
        password_salt BLOB NOT NULL,
        name          TEXT NOT NULL,
        name_en       TEXT NOT NULL,
        employee_no   TEXT NOT NULL,
        branch        TEXT NOT NULL,
        title         TEXT NOT NULL,
        phone         TEXT,
        email         TEXT,
        seq           INTEGER NOT NULL,
        deleted       INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
      ) STRICT;
      CREATE INDEX advisors_seq ON advisors (seq);

      CREATE TABLE products (
        id          TEXT PRIMARY KEY,
        code        TEXT NOT NULL UNIQUE,
        name        TEXT NOT NULL,
        asset_class TEXT NOT NULL CHECK (asset_class IN ('cash', 'fixed_income', 'equity', 'alternative', 'insurance')),
        risk_rating TEXT NOT NULL CHECK (risk_rating IN ('R1', 'R2', 'R3', 'R4', 'R5')),
        currency    TEXT NOT NULL,
        issuer      TEXT NOT NULL,
        benchmark   TEXT,
        seq         INTEGER NOT NULL,
        deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
      ) STRICT;
      CREATE INDEX products_seq ON products (seq);

      CREATE TABLE clients (
        id                TEXT PRIMARY KEY,
        advisor_id        TEXT NOT NULL REFERENCES advisors (id),
        customer_no       TEXT NOT NULL UNIQUE,
        name              TEXT NOT NULL,
        name_en           TEXT NOT NULL,
        gender            TEXT CHECK (gender IN ('male', 'female')),
        birth_date        TEXT,
        phone             TEXT,
        id_number         TEXT,
        tier              TEXT NOT NULL CHECK (tier IN ('hq_private', 'private', 'wealth')),
        risk_level        TEXT CHECK (risk_level IN ('C1', 'C2', 'C3', 'C4', 'C5')),
        risk_assessed_at  TEXT,
        aum_fen           INTEGER NOT NULL CHECK (aum_fen >= 0),
        client_since      TEXT,
        tags              TEXT NOT NULL DEFAULT '[]', -- JSON array of strings
        preferred_channel TEXT,
        contact_prefs     TEXT,
        notes             TEXT,
        family_notes      TEXT,
        enterprise_notes  TEXT,
        version           INTEGER NOT NULL,
        updated_at        TEXT NOT NULL,
        seq               INTEGER NOT NULL,
        deleted           INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
      ) STRICT;
      CREATE INDEX clients_advisor_seq ON clients (advisor_id, seq);

      CREATE TABLE holdings (
        id               TEXT PRIMARY KEY,
        client_id        TEXT NOT NULL REFERENCES clients (id),
        product_id       TEXT NOT NULL REFERENCES products (id),
        owner_advisor_id TEXT NOT NULL REFERENCES advisors (id),
        units            REAL,
        market_value_fen INTEGER NOT NULL CHECK (market_value_fen >= 0),
        cost_fen         INTEGER NOT NULL CHECK (cost_fen >= 0),
        as_of            TEXT NOT NULL,
        seq              INTEGER NOT NULL,
        deleted          INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
      ) STRICT;
      CREATE INDEX holdings_owner_seq ON holdings (owner_advisor_id, seq);
      CREATE INDEX holdings_client ON holdings (client_id);
      CREATE INDEX holdings_product ON holdings (product_id);

      CREATE TABLE interactions (
        id                   TEXT PRIMARY KEY,
        client_id            TEXT NOT NULL REFERENCES clients (id),
        advisor_id           TEXT NOT NULL REFERENCES advisors (id),
        owner_advisor_id     TEXT NOT NULL REFERENCES advisors (id),
        occurred_at          TEXT NOT NULL,
        channel              TEXT NOT NULL,
        theme                TEXT,
        is_allocation_review INTEGER NOT NULL CHECK (is_allocation_review IN (0, 1)),
        summary              TEXT,
        next_steps           TEXT,
        version              INTEGER NOT NULL,
        updated_at           TEXT NOT NULL,
        seq                  INTEGER NOT NULL,
        deleted              INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
      ) STRICT;
      CREATE INDEX interactions_owner_seq ON interactions (owner_advisor_id, seq);
      CREATE INDEX interactions_client ON interactions (client_id);

      -- Only a SHA-256 of each token is kept, so a copy of this file does not hand out sessions.
      CREATE TABLE tokens (
        token_hash TEXT PRIMARY KEY,
        kind       TEXT NOT NULL CHECK (kind IN ('access', 'refresh')),
        advisor_id TEXT NOT NULL REFERENCES advisors (id),
        expires_at INTEGER NOT NULL, -- epoch milliseconds
        created_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX tokens_expires ON tokens (expires_at);
      CREATE INDEX tokens_advisor ON tokens (advisor_id);
    `);
  },
};
