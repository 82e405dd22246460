import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_ADVISOR } from '../../demo/advisors';
import { generateDemoBook } from '../../demo/generate';
import type { TempDir } from '../../../testing/tempDir';
import { makeTempDir } from '../../../testing/tempDir';
import { migrate } from '../migrate';
import { putRecords } from '../records';
import { readHeadSeq } from '../sequence';
import { openStore } from '../store';
import { initialSchema } from './0010-initial';
import { MIGRATIONS } from './index';

let tmp: TempDir;
beforeEach(() => {
  tmp = makeTempDir('migrate');
});
afterEach(() => {
  tmp.cleanup();
});

describe('migration 0020 (mutations)', () => {
  it('is numbered after the initial schema', () => {
    expect(MIGRATIONS.slice(0, 2).map((m) => [m.version, m.name])).toEqual([
      [10, 'initial'],
      [20, 'mutations'],
    ]);
  });

  it('upgrades a version-10 store with data, keeping the book and the sequence', () => {
    const path = tmp.file('old.sqlite');
    // Build a store as the previous backend left it: only 0010, then a book written into it.
    const old = new Database(path);
    old.pragma('foreign_keys = ON');
    expect(migrate(old, [initialSchema])).toBe(10);
    // Only what a version-10 store can hold.
    const { modelPortfolios: _models, navSeries: _navs, ...book } = generateDemoBook({ seed: 2, clients: 3, asOf: '2025-06-15' });
    putRecords(old, book);
    const counts = {
      advisors: book.advisors.length,
      products: book.products.length,
      clients: book.clients.length,
      holdings: book.holdings.length,
      interactions: book.interactions.length,
    };
    const head = readHeadSeq(old);
    old.close();

    const store = openStore(path);
    try {
      expect(store.counts()).toMatchObject(counts);
      expect(store.headSeq()).toBe(head);
      expect(store.appliedMutationIds(DEMO_ADVISOR.id)).toEqual([]);
      expect(store.auditEntries(DEMO_ADVISOR.id)).toEqual([]);
    } finally {
      store.close();
    }
    const db = new Database(path, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.at(-1)?.version);
    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['applied_mutations', 'audit_entries']));
    db.close();
  });

  it('refuses unknown mutation types, bad JSON and audit entries without their mutation', () => {
    const path = tmp.file('checks.sqlite');
    openStore(path).close();
    const db = new Database(path);
    db.pragma('foreign_keys = ON');
    db.prepare("INSERT INTO advisors (id, username, password_hash, password_salt, name, name_en, employee_no, branch, title, seq) VALUES ('A', 'a', x'00', x'00', 'n', 'n', 'e', 'b', 't', 1)").run();
    const insertMutation = db.prepare("INSERT INTO applied_mutations (id, advisor_id, type, result, created_at) VALUES (?, 'A', ?, ?, '2025-06-15T09:00:00+08:00')");
    expect(() => insertMutation.run('m1', 'client.delete', '{"version":1}')).toThrow(/CHECK/);
    expect(() => insertMutation.run('m1', 'client.update', '{version')).toThrow(/CHECK/);
    insertMutation.run('m1', 'client.update', '{"version":1}');
    expect(() => insertMutation.run('m1', 'client.update', '{"version":2}')).toThrow(/UNIQUE/);

    // The audit entry's mutation is checked at commit, so entries may be written first.
    const insertAudit = db.prepare("INSERT INTO audit_entries (id, advisor_id, mutation_id, entry, received_at) VALUES (?, 'A', ?, '{}', 'now')");
    db.transaction(() => {
      insertAudit.run('e1', 'm2');
      insertMutation.run('m2', 'audit.append', '{"version":null}');
    })();
    expect(() => db.transaction(() => insertAudit.run('e2', 'never-applied'))()).toThrow(/FOREIGN KEY/);
    expect(db.prepare('SELECT id FROM audit_entries').pluck().all()).toEqual(['e1']);
    db.close();
  });
});
