import type { Migration } from '../types';

/**
 * The first schema. Tables the bank syncs carry its `version` and a `deleted` tombstone flag.
 * There are no foreign keys between synced tables on purpose: the change feed is ordered by the
 * bank's sequence, so a full re-sync can deliver a holding before its (later-edited) client or
 * product, and a page must never fail for that. Local-only tables do use foreign keys.
 */
export const initial: Migration = {
  version: 10,
  name: 'initial',
  up(db) {
    db.exec(`
      CREATE TABLE advisors (
        id TEXT PRIMARY KEY,
        username TEXT NOT NULL,
        name TEXT NOT NULL,
        name_en TEXT NOT NULL,
        employee_no TEXT NOT NULL,
        branch TEXT NOT NULL,
        title TEXT NOT NULL,
        phone TEXT,
        email TEXT
      ) STRICT;

      CREATE TABLE clients (
        id TEXT PRIMARY KEY,
        advisor_id TEXT NOT NULL,
        customer_no TEXT NOT NULL,
        name TEXT NOT NULL,
        name_en TEXT NOT NULL,
        -- computed at write time from name (pinyin-pro) for sorting and search
        name_pinyin TEXT NOT NULL,
        name_initials TEXT NOT NULL,
        gender TEXT CHECK (gender IN ('male', 'female')),
        birth_date TEXT,
        phone TEXT,
        id_number TEXT,
        tier TEXT NOT NULL CHECK (tier IN ('hq_private', 'private', 'wealth')),
        risk_level TEXT CHECK (risk_level IN ('C1', 'C2', 'C3', 'C4', 'C5')),
        risk_assessed_at TEXT,
        aum_fen INTEGER NOT NULL CHECK (aum_fen >= 0),
        client_since TEXT,
        tags TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(tags) AND json_type(tags) = 'array'),
        preferred_channel TEXT,
        contact_prefs TEXT,
        notes TEXT,
        family_notes TEXT,
        enterprise_notes TEXT,
        version INTEGER NOT NULL,
        updated_at TEXT NOT NULL,
        deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
      ) STRICT;
      -- (value, id) ascending: SQLite walks them forwards or backwards for either sort order
      CREATE INDEX clients_by_aum ON clients (aum_fen, id) WHERE deleted = 0;
      CREATE INDEX clients_by_pinyin ON clients (name_pinyin, id) WHERE deleted = 0;

      CREATE TABLE products (
        id TEXT PRIMARY KEY,
        code TEXT NOT NULL,
        name TEXT NOT NULL,
        asset_class TEXT NOT NULL CHECK (asset_class IN ('cash', 'fixed_income', 'equity', 'alternative', 'insurance')),
        risk_rating TEXT NOT NULL CHECK (risk_rating IN ('R1', 'R2', 'R3', 'R4', 'R5')),
        currency TEXT NOT NULL,
        issuer TEXT NOT NULL,
        benchmark TEXT,
        deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
      ) STRICT;

      CREATE TABLE holdings (
        id TEXT PRIMARY KEY,
        client_id TEXT NOT NULL,
        product_id TEXT NOT NULL,
        units REAL,
        market_value_fen INTEGER NOT NULL CHECK (market_value_fen >= 0),
        cost_fen INTEGER NOT NULL CHECK (cost_fen >= 0),
        as_of TEXT NOT NULL,
        deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
      ) STRICT;
      CREATE INDEX holdings_by_client ON holdings (client_id);

      CREATE TABLE interactions (
        id TEXT PRIMARY KEY,
        client_id TEXT NOT NULL,
        advisor_id TEXT NOT NULL,
        occurred_at TEXT NOT NULL,
        channel TEXT NOT NULL CHECK (channel IN ('face_to_face', 'phone', 'video', 'wecom', 'chat', 'email', 'sms', 'other')),
        theme TEXT,
        is_allocation_review INTEGER NOT NULL DEFAULT 0 CHECK (is_allocation_review IN (0, 1)),
        summary TEXT,
        next_steps TEXT,
        version INTEGER NOT NULL,
        updated_at TEXT NOT NULL,
        deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
      ) STRICT;
      CREATE INDEX interactions_by_client ON interactions (client_id, occurred_at);

      CREATE TABLE reports (
        id TEXT PRIMARY KEY,
        client_id TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('allocation', 'annual_wealth')),
        title TEXT NOT NULL,
        -- the inputs a report was built from (JSON), so a printed report can be reproduced
        snapshot TEXT CHECK (snapshot IS NULL OR json_valid(snapshot)),
        pdf_sha256 TEXT,
        created_at TEXT NOT NULL,
        delivered_at TEXT,
        delivery_channel TEXT,
        version INTEGER NOT NULL DEFAULT 0,
        updated_at TEXT NOT NULL,
        deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
      ) STRICT;
      CREATE INDEX reports_by_client ON reports (client_id, created_at);

      CREATE TABLE chat_messages (
        -- the desk's or the client app's message id: the server's dedup key
        id TEXT PRIMARY KEY,
        client_id TEXT NOT NULL,
        server_seq INTEGER,
        direction TEXT NOT NULL CHECK (direction IN ('in', 'out')),
        kind TEXT NOT NULL CHECK (kind IN ('text', 'image', 'report', 'system')),
        body TEXT NOT NULL,
        attachment_id TEXT,
        status TEXT NOT NULL CHECK (status IN ('pending', 'sent', 'delivered', 'read', 'failed')),
        created_at TEXT NOT NULL,
        server_at TEXT
      ) STRICT;
      CREATE UNIQUE INDEX chat_messages_by_seq ON chat_messages (client_id, server_seq) WHERE server_seq IS NOT NULL;

      -- Local writes waiting for the bank, in FIFO order of seq (ARCHITECTURE §4).
      CREATE TABLE outbox (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE,
        entity TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        op TEXT NOT NULL,
        payload TEXT NOT NULL CHECK (json_valid(payload)),
        base_version INTEGER,
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at TEXT,
        status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'parked', 'done')),
        last_error TEXT,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX outbox_pending ON outbox (status, seq);

      CREATE TABLE sync_state (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        actor TEXT,
        action TEXT NOT NULL,
        entity TEXT,
        entity_id TEXT,
        details TEXT CHECK (details IS NULL OR json_valid(details)),
        pushed_at TEXT
      ) STRICT;

      -- The password check for offline unlock: a salted scrypt hash from the last online login.
      CREATE TABLE local_credentials (
        username TEXT PRIMARY KEY,
        advisor_id TEXT NOT NULL,
        salt TEXT NOT NULL,
        hash TEXT NOT NULL,
        params TEXT NOT NULL CHECK (json_valid(params)),
        updated_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
