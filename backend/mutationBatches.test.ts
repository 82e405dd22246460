import Database from 'better-sqlite3-multiple-ciphers';
import fc from 'fast-check';
import { v7 } from 'uuid';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Change } from '../shared/wire/changes';
import { changesPageSchema } from '../shared/wire/changes';
import type { Mutation, MutationResult } from '../shared/wire/mutations';
import { mutationsResponseSchema } from '../shared/wire/mutations';
import { DEMO2_ADVISOR, DEMO_ADVISOR } from './demo/advisors';
import { DEMO2_CREDENTIALS, DEMO_CREDENTIALS } from './demo/credentials';
import { loginToken, postMutations, request } from '../testing/backendHttp';
import { auditAppend, auditEntry, clientUpdate, draftOf, interactionPut, newInteraction } from '../testing/mutationBuilders';
import type { TestBank } from '../testing/testBank';
import { startTestBank } from '../testing/testBank';

/** Whole batches: replays, poison pills, storage faults mid-batch, and what the feed then shows. */

const NOW = '2025-06-15T09:00:00+08:00';
let bank: TestBank;
let token: string;

beforeEach(async () => {
  bank = await startTestBank({ seed: 5, clients: 8, now: NOW });
  token = await loginToken(bank.url, DEMO_CREDENTIALS);
});
afterEach(async () => {
  await bank.close();
});

async function send(mutations: unknown[]): Promise<MutationResult[]> {
  const res = await postMutations(bank.url, token, mutations);
  expect(res.status).toBe(200);
  return mutationsResponseSchema.parse(res.body).results;
}

/** Everything a mutation could have changed, for both advisors. */
function dump() {
  const { store } = bank;
  return {
    head: store.headSeq(),
    clients: [DEMO_ADVISOR.id, DEMO2_ADVISOR.id].map((a) => store.listClientsOfAdvisor(a)),
    interactions: [DEMO_ADVISOR.id, DEMO2_ADVISOR.id].map((a) => store.listInteractionsOfAdvisor(a)),
    audit: store.auditEntries(DEMO_ADVISOR.id),
    applied: store.appliedMutationIds(DEMO_ADVISOR.id),
  };
}

function ownClients() {
  return bank.store.listClientsOfAdvisor(DEMO_ADVISOR.id).filter((c) => !c.deleted);
}

function liveInteractionOf(clientId: string) {
  const found = bank.store.listInteractionsOfAdvisor(DEMO_ADVISOR.id).find((i) => i.clientId === clientId && !i.deleted);
  if (!found) throw new Error('fixture: client without interactions');
  return found;
}

/**
 * A realistic outbox flush: chained edits of one client, a create then an edit of one
 * interaction, an edit of a bank interaction, audit entries, plus a stale edit (conflict) and a
 * poison pill (rejected) whose outcomes do not depend on where they sit in the batch.
 */
function outboxBatch(): Mutation[] {
  const [a, b, c] = ownClients();
  if (!a || !b || !c) throw new Error('fixture');
  const created = newInteraction(b.id, '2025-06-14T16:00:00+08:00');
  const bankInteraction = liveInteractionOf(c.id);
  return [
    clientUpdate(a.id, a.version, { notes: '第一次修改' }),
    interactionPut(created, null),
    auditAppend([auditEntry(NOW, { action: 'sign_in' })]),
    clientUpdate(a.id, a.version + 1, { tags: ['退休', '海外资产'] }),
    { ...clientUpdate(b.id, b.version, { notes: 'x' }), fields: { aumFen: 1 } } as unknown as Mutation,
    interactionPut({ ...created, summary: '补充纪要' }, 1),
    clientUpdate(c.id, 0, { notes: '基于过期版本的修改' }),
    interactionPut({ ...draftOf(bankInteraction), nextSteps: '月底前回访' }, bankInteraction.version),
    auditAppend([auditEntry(NOW, { action: 'auto_lock' }), auditEntry(NOW, { action: 'unlock' })]),
  ];
}

describe('replaying a batch', () => {
  it('leaves the store as the first send left it, whatever the order, three sends and more', async () => {
    const batch = outboxBatch();
    const first = await send(batch);
    expect(first.map((r) => r.status)).toEqual(['applied', 'applied', 'applied', 'applied', 'rejected', 'applied', 'conflict', 'applied', 'applied']);
    const afterFirst = dump();
    const expected = new Map(
      first.map((r) => {
        // Applied mutations come back as duplicates of themselves; the rest are judged again, the same way.
        const again: MutationResult = r.status === 'applied' ? { id: r.id, status: 'duplicate', version: r.version } : r;
        return [r.id, again];
      }),
    );

    let sends = 1;
    await fc.assert(
      fc.asyncProperty(fc.shuffledSubarray(batch, { minLength: batch.length, maxLength: batch.length }), async (shuffled) => {
        const results = await send(shuffled);
        sends++;
        expect(results).toEqual(shuffled.map((m) => expected.get(m.id)));
        expect(dump()).toEqual(afterFirst);
      }),
      { numRuns: 6 },
    );
    expect(sends).toBeGreaterThanOrEqual(3);
  });

  it('answers the second copy of a mutation within one batch as a duplicate', async () => {
    const [client] = ownClients();
    if (!client) throw new Error('fixture');
    const edit = clientUpdate(client.id, client.version, { notes: '同一批次重复' });
    const results = await send([edit, edit]);
    expect(results).toEqual([
      { id: edit.id, status: 'applied', version: client.version + 1 },
      { id: edit.id, status: 'duplicate', version: client.version + 1 },
    ]);
  });
});

describe('a poison pill', () => {
  it('in the middle of a batch does not stop the mutations after it', async () => {
    const [a, b] = ownClients();
    if (!a || !b) throw new Error('fixture');
    const pills: unknown[] = [
      { id: v7(), type: 'client.delete', clientId: a.id },
      { id: v7(), type: 'client.update', clientId: { $ne: null }, baseVersion: 0, fields: { notes: 'x' } },
      { id: v7(), type: 'interaction.put', baseVersion: null, interaction: null },
      { id: v7(), type: 'audit.append', entries: Array.from({ length: 201 }, () => auditEntry(NOW)) },
      { id: v7(), type: 'client.update', clientId: a.id, baseVersion: 1e300, fields: { notes: 'x' } },
      { id: v7(), type: 'client.update', clientId: a.id, baseVersion: a.version, fields: { notes: 'x'.repeat(20_001) } },
      { id: v7(), nested: { deeper: { deepest: [[[[[]]]]] } } },
      interactionPut(newInteraction('no-such-client', NOW), null),
    ];
    const good = [
      clientUpdate(a.id, a.version, { notes: '毒丸之前' }),
      clientUpdate(b.id, b.version, { notes: '毒丸之后' }),
      auditAppend([auditEntry(NOW)]),
    ];
    const batch = [good[0], ...pills, good[1], good[2]];
    const results = await send(batch);
    expect(results.map((r) => r.id)).toEqual(batch.map((m) => (m as { id: string }).id));
    expect(results.map((r) => r.status)).toEqual(['applied', ...pills.map(() => 'rejected'), 'applied', 'applied']);
    expect(bank.store.getClient(a.id)).toMatchObject({ notes: '毒丸之前', version: a.version + 1 });
    expect(bank.store.getClient(b.id)).toMatchObject({ notes: '毒丸之后', version: b.version + 1 });
  });

  it('a storage failure mid-batch answers 500, keeps what was applied, and a resend completes it', async () => {
    const [a, b, c] = ownClients();
    if (!a || !b || !c) throw new Error('fixture');
    const batch = [
      clientUpdate(a.id, a.version, { notes: '故障之前' }),
      clientUpdate(b.id, b.version, { notes: '写入时磁盘故障' }),
      clientUpdate(c.id, c.version, { notes: '故障之后' }),
    ];
    // A second connection plays the failing disk: any write to client b aborts.
    const raw = new Database(bank.dbPath);
    raw.exec(`CREATE TRIGGER fail_b BEFORE UPDATE ON clients WHEN NEW.id = '${b.id}' BEGIN SELECT RAISE(ABORT, 'disk on fire'); END`);
    const failed = await postMutations(bank.url, token, batch);
    expect(failed).toMatchObject({ status: 500, body: { error: { code: 'INTERNAL', message: 'internal error' } } });
    expect(JSON.stringify(failed.body)).not.toContain('disk on fire');
    // a committed in its own transaction; b rolled back with its dedup row; c never ran.
    expect(bank.store.appliedMutationIds(DEMO_ADVISOR.id)).toEqual([batch[0]?.id]);
    expect(bank.store.getClient(b.id)).toEqual(b);
    expect(bank.store.getClient(c.id)).toEqual(c);

    raw.exec('DROP TRIGGER fail_b');
    raw.close();
    const results = await send(batch);
    expect(results.map((r) => r.status)).toEqual(['duplicate', 'applied', 'applied']);
    expect(bank.store.appliedMutationIds(DEMO_ADVISOR.id)).toEqual(batch.map((m) => m.id));
  });
});

describe('the change feed after mutations', () => {
  async function feedSince(cursor: number, who = token): Promise<Change[]> {
    const res = await request(`${bank.url}/sync/changes?cursor=${cursor}&limit=5000`, { token: who });
    return changesPageSchema.parse(res.body).changes;
  }

  it('shows each applied record once, at a new seq, with its new version; audit and rejected ones not at all', async () => {
    const head = bank.store.headSeq();
    const batch = outboxBatch();
    const results = await send(batch);
    const changes = await feedSince(head);

    const seqs = changes.map((c) => c.seq);
    expect(seqs.every((s) => s > head)).toBe(true);
    expect([...seqs].sort((x, y) => x - y)).toEqual(seqs);
    expect(changes.map((c) => c.entity).sort()).toEqual(['client', 'interaction', 'interaction']);
    expect(bank.store.headSeq()).toBe(head + 5); // two client edits, a create, its edit, a bank interaction edit

    const editedClient = changes.find((c) => c.entity === 'client');
    const clientEdit = batch[3];
    if (clientEdit?.type !== 'client.update') throw new Error('fixture');
    expect(editedClient?.data).toMatchObject({ id: clientEdit.clientId, tags: ['退休', '海外资产'], notes: '第一次修改', updatedAt: NOW });
    expect(editedClient?.data).toEqual(bank.store.getClient(clientEdit.clientId));
    expect(results[3]).toMatchObject({ status: 'applied', version: (editedClient?.data as { version: number }).version });

    const create = batch[1];
    if (create?.type !== 'interaction.put') throw new Error('fixture');
    const created = changes.find((c) => c.data.id === create.interaction.id);
    expect(created).toMatchObject({ entity: 'interaction', data: { summary: '补充纪要', version: 2, advisorId: DEMO_ADVISOR.id } });

    // None of it reaches demo2.
    const demo2 = await loginToken(bank.url, DEMO2_CREDENTIALS);
    expect(await feedSince(head, demo2)).toEqual([]);
  });
});
