import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_ADVISOR } from '../../demo/advisors';
import { generateDemoBook } from '../../demo/generate';
import type { TempDir } from '../../../testing/tempDir';
import { makeTempDir } from '../../../testing/tempDir';
import { auditAppend, auditEntry, clientUpdate } from '../../../testing/mutationBuilders';
import { migrate } from '../migrate';
import { putRecords } from '../records';
import { openStore } from '../store';
import { initialSchema } from './0010-initial';
import { mutationsSchema } from './0020-mutations';
import { MIGRATIONS } from './index';

const NOW = new Date('2025-06-15T09:00:00+08:00');
const SHA = 'ab'.repeat(32);

let tmp: TempDir;
beforeEach(() => {
  tmp = makeTempDir('migrate');
});
afterEach(() => {
  tmp.cleanup();
});

describe('migration 0030 (reports)', () => {
  it('is registered', () => {
    expect(MIGRATIONS.map((m) => [m.version, m.name])).toContainEqual([30, 'reports']);
  });

  it('upgrades a version-20 store, keeping applied mutations and audit entries in their order', () => {
    const path = tmp.file('old.sqlite');
    const old = new Database(path);
    old.pragma('foreign_keys = ON');
    expect(migrate(old, [initialSchema, mutationsSchema])).toBe(20);
    const { modelPortfolios: _models, navSeries: _navs, ...book } = generateDemoBook({ seed: 2, clients: 3, asOf: '2025-06-15' });
    putRecords(old, book);
    old.close();

    // The previous backend's desk traffic, through the previous schema: audit entries stored
    // in a different order from their mutations, so both rowid orders are put to the test.
    const [client] = book.clients;
    if (!client) throw new Error('fixture');
    const early = auditAppend([auditEntry('2025-06-15T08:00:00+08:00')]);
    const edit = clientUpdate(client.id, client.version, { notes: '升级前' });
    const late = auditAppend([auditEntry('2025-06-15T08:01:00+08:00')]);
    const v20 = new Database(path);
    v20.pragma('foreign_keys = ON');
    const insertMutation = v20.prepare("INSERT INTO applied_mutations (id, advisor_id, type, result, created_at) VALUES (?, ?, ?, ?, 'then')");
    insertMutation.run(early.id, DEMO_ADVISOR.id, early.type, '{"version":null}');
    insertMutation.run(edit.id, DEMO_ADVISOR.id, edit.type, '{"version":2}');
    insertMutation.run(late.id, DEMO_ADVISOR.id, late.type, '{"version":null}');
    const insertEntry = v20.prepare("INSERT INTO audit_entries (id, advisor_id, mutation_id, entry, received_at) VALUES (?, ?, ?, ?, 'then')");
    for (const m of [late, early]) {
      for (const entry of m.entries) insertEntry.run(entry.id, DEMO_ADVISOR.id, m.id, JSON.stringify(entry));
    }
    v20.close();

    const store = openStore(path);
    try {
      expect(store.appliedMutationIds(DEMO_ADVISOR.id)).toEqual([early.id, edit.id, late.id]);
      expect(store.auditEntries(DEMO_ADVISOR.id)).toEqual([...late.entries, ...early.entries]);
      expect(store.applyMutation(DEMO_ADVISOR.id, edit, NOW)).toEqual({ id: edit.id, status: 'duplicate', version: 2 });
      expect(store.counts()).toMatchObject({ clients: book.clients.length, modelPortfolios: 0, navSeries: 0, reports: 0 });
    } finally {
      store.close();
    }
    const db = new Database(path, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.at(-1)?.version);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    const indexes = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND name NOT LIKE 'sqlite_%'").pluck().all();
    expect(indexes).toEqual(expect.arrayContaining(['applied_mutations_advisor', 'audit_entries_advisor', 'model_portfolios_seq', 'nav_series_seq', 'reports_owner_seq']));
    db.close();
  });

  it('accepts report.put as an applied type and still defers the audit entries’ reference', () => {
    const path = tmp.file('checks.sqlite');
    openStore(path).close();
    const db = new Database(path);
    db.pragma('foreign_keys = ON');
    db.prepare("INSERT INTO advisors (id, username, password_hash, password_salt, name, name_en, employee_no, branch, title, seq) VALUES ('A', 'a', x'00', x'00', 'n', 'n', 'e', 'b', 't', 1)").run();
    const insertMutation = db.prepare("INSERT INTO applied_mutations (id, advisor_id, type, result, created_at) VALUES (?, 'A', ?, '{\"version\":1}', 'now')");
    insertMutation.run('m1', 'report.put');
    expect(() => insertMutation.run('m2', 'report.delete')).toThrow(/CHECK/);
    const insertAudit = db.prepare("INSERT INTO audit_entries (id, advisor_id, mutation_id, entry, received_at) VALUES (?, 'A', ?, '{}', 'now')");
    db.transaction(() => {
      insertAudit.run('e1', 'm3');
      insertMutation.run('m3', 'audit.append');
    })();
    expect(() => db.transaction(() => insertAudit.run('e2', 'never-applied'))()).toThrow(/FOREIGN KEY/);
    db.close();
  });

  it('refuses malformed report rows and a second NAV series for one product', () => {
    const path = tmp.file('rows.sqlite');
    const store = openStore(path);
    store.putRecords(generateDemoBook({ seed: 2, clients: 1, asOf: '2025-06-15' }));
    const client = store.listClientsOfAdvisor(DEMO_ADVISOR.id)[0];
    store.close();
    if (!client) throw new Error('fixture');
    const db = new Database(path);
    db.pragma('foreign_keys = ON');
    const insert = db.prepare(`
      INSERT INTO reports (id, client_id, advisor_id, owner_advisor_id, kind, title, period_from, period_to, created_at, pdf_sha256,
        delivered_at, delivery_channel, version, updated_at, seq, deleted)
      VALUES (@id, @client, @advisor, @advisor, @kind, 't', @from, @to, 'now', @sha, NULL, @channel, 1, 'now', 1, 0)`);
    const good = { id: 'r1', client: client.id, advisor: DEMO_ADVISOR.id, kind: 'allocation', from: '2025-01-01', to: '2025-06-30', sha: SHA, channel: null };
    insert.run(good);
    expect(() => insert.run({ ...good, id: 'r2', sha: SHA.toUpperCase() })).toThrow(/CHECK/);
    expect(() => insert.run({ ...good, id: 'r3', sha: SHA.slice(1) })).toThrow(/CHECK/);
    expect(() => insert.run({ ...good, id: 'r4', from: '2025-07-01' })).toThrow(/CHECK/);
    expect(() => insert.run({ ...good, id: 'r5', channel: 'pigeon' })).toThrow(/CHECK/);
    expect(() => insert.run({ ...good, id: 'r6', kind: 'monthly' })).toThrow(/CHECK/);
    expect(() => insert.run({ ...good, id: 'r7', client: 'nobody' })).toThrow(/FOREIGN KEY/);
    const productId = db.prepare('SELECT product_id FROM nav_series LIMIT 1').pluck().get() as string;
    expect(() => db.prepare("INSERT INTO nav_series (id, product_id, points, seq) VALUES ('n2', ?, '[]', 1)").run(productId)).toThrow(/UNIQUE/);
    db.close();
  });
});
