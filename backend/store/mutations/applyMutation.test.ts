import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_ADVISOR } from '../../demo/advisors';
import { generateDemoBook } from '../../demo/generate';
import type { TempDir } from '../../../testing/tempDir';
import { makeTempDir } from '../../../testing/tempDir';
import { clientUpdate } from '../../../testing/mutationBuilders';
import type { BackendStore } from '../store';
import { openStore } from '../store';

/** The store side of idempotency: the dedup record lives in the file, and commits with the effect. */

const NOW = new Date('2025-06-15T09:00:00+08:00');
let tmp: TempDir;
let store: BackendStore;
beforeEach(() => {
  tmp = makeTempDir('mutations');
  store = openStore(tmp.file('backend.sqlite'));
  store.putRecords(generateDemoBook({ seed: 4, clients: 3, asOf: '2025-06-15' }));
});
afterEach(() => {
  store.close();
  tmp.cleanup();
});

function firstClient() {
  const client = store.listClientsOfAdvisor(DEMO_ADVISOR.id).find((c) => !c.deleted);
  if (!client) throw new Error('fixture');
  return client;
}

describe('applyMutation', () => {
  it('remembers applied mutations in the file: a second connection answers duplicate', () => {
    const client = firstClient();
    const mutation = clientUpdate(client.id, client.version, { notes: '两个进程' });
    expect(store.applyMutation(DEMO_ADVISOR.id, mutation, NOW)).toMatchObject({ status: 'applied' });
    const other = openStore(tmp.file('backend.sqlite'));
    try {
      expect(other.applyMutation(DEMO_ADVISOR.id, mutation, NOW)).toEqual({ id: mutation.id, status: 'duplicate', version: client.version + 1 });
    } finally {
      other.close();
    }
    expect(store.appliedMutationIds(DEMO_ADVISOR.id)).toEqual([mutation.id]);
  });

  it('rolls back the effect when the dedup row cannot be written, and the reverse', () => {
    const client = firstClient();
    const head = store.headSeq();
    const raw = new Database(tmp.file('backend.sqlite'));
    raw.exec("CREATE TRIGGER no_dedup BEFORE INSERT ON applied_mutations BEGIN SELECT RAISE(ABORT, 'full disk'); END");
    const mutation = clientUpdate(client.id, client.version, { notes: '不应留下' });
    expect(() => store.applyMutation(DEMO_ADVISOR.id, mutation, NOW)).toThrow(/full disk/);
    expect(store.getClient(client.id)).toEqual(client);
    expect(store.headSeq()).toBe(head);

    raw.exec('DROP TRIGGER no_dedup');
    raw.exec("CREATE TRIGGER no_effect BEFORE UPDATE ON clients BEGIN SELECT RAISE(ABORT, 'full disk'); END");
    expect(() => store.applyMutation(DEMO_ADVISOR.id, mutation, NOW)).toThrow(/full disk/);
    expect(store.appliedMutationIds(DEMO_ADVISOR.id)).toEqual([]);
    raw.exec('DROP TRIGGER no_effect');
    raw.close();

    // Nothing was remembered, so the retry applies.
    expect(store.applyMutation(DEMO_ADVISOR.id, mutation, NOW)).toMatchObject({ status: 'applied', version: client.version + 1 });
  });
});
