import { v7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client, Interaction } from '../shared/domain/entities';
import { changesPageSchema } from '../shared/wire/changes';
import { wireErrorSchema } from '../shared/wire/errors';
import type { MutationResult } from '../shared/wire/mutations';
import { MAX_MUTATIONS_PER_REQUEST, mutationsResponseSchema } from '../shared/wire/mutations';
import { DEMO2_ADVISOR, DEMO_ADVISOR } from './demo/advisors';
import { DEMO_CREDENTIALS } from './demo/credentials';
import { toChinaInstant } from './time';
import type { JsonResponse } from '../testing/backendHttp';
import { loginToken, postMutations, request } from '../testing/backendHttp';
import { auditAppend, auditEntry, clientUpdate, draftOf, interactionPut, newInteraction } from '../testing/mutationBuilders';
import type { TestBank } from '../testing/testBank';
import { startTestBank } from '../testing/testBank';

/** Per-type behaviour of POST /sync/mutations: applied, duplicate, conflict, rejected; the envelope's errors. */

const NOW = '2025-06-15T09:00:00+08:00';
let bank: TestBank;
let token: string;
let mine: Client[];

beforeAll(async () => {
  bank = await startTestBank({ seed: 21, clients: 30, now: NOW });
  token = await loginToken(bank.url, DEMO_CREDENTIALS);
  mine = bank.book.clients.filter((c) => c.advisorId === DEMO_ADVISOR.id && !c.deleted);
});
afterAll(async () => {
  await bank.close();
});

/** A distinct client per test, so tests do not depend on each other's versions. */
let nextClient = 0;
function freshClient(): Client {
  const client = mine[nextClient++];
  if (!client) throw new Error('fixture: not enough clients');
  const current = bank.store.getClient(client.id);
  if (!current) throw new Error('fixture: client vanished');
  return current;
}

function interactionsOf(clientId: string): Interaction[] {
  return bank.store.listInteractionsOfAdvisor(DEMO_ADVISOR.id).filter((i) => i.clientId === clientId && !i.deleted);
}

async function send(mutations: unknown[]): Promise<MutationResult[]> {
  const res = await postMutations(bank.url, token, mutations);
  expect(res.status).toBe(200);
  return mutationsResponseSchema.parse(res.body).results;
}

async function sendOne(mutation: unknown): Promise<MutationResult> {
  const [result] = await send([mutation]);
  if (!result) throw new Error('no result');
  return result;
}

function expectWireError(res: JsonResponse, status: number, code: string, mentions: string): void {
  expect(res.status).toBe(status);
  const { error } = wireErrorSchema.strict().parse(res.body);
  expect(error.code).toBe(code);
  expect(error.message).toContain(mentions);
}

describe('the request envelope', () => {
  it('answers 401 without a valid access token, before reading the body', async () => {
    const url = `${bank.url}/sync/mutations`;
    const batch = { mutations: [auditAppend([auditEntry(NOW)])] };
    expectWireError(await request(url, { json: batch }), 401, 'UNAUTHORIZED', 'authorization');
    expectWireError(await request(url, { json: batch, token: 'at_' + 'x'.repeat(43) }), 401, 'UNAUTHORIZED', 'authorization');
    // An oversize body from a stranger is refused as a stranger, not read.
    expectWireError(await request(url, { body: 'x'.repeat(1_200_000) }), 401, 'UNAUTHORIZED', 'authorization');
  });

  it('answers 400 naming the field for a malformed envelope', async () => {
    const url = `${bank.url}/sync/mutations`;
    expectWireError(await request(url, { token, json: {} }), 400, 'BAD_REQUEST', 'mutations');
    expectWireError(await request(url, { token, json: { mutations: [] } }), 400, 'BAD_REQUEST', 'mutations');
    expectWireError(await request(url, { token, json: { mutations: 'all' } }), 400, 'BAD_REQUEST', 'mutations');
    expectWireError(await request(url, { token, json: { mutations: [{ type: 'audit.append' }] } }), 400, 'BAD_REQUEST', 'mutations.0.id');
    expectWireError(await request(url, { token, json: { mutations: [{ id: 'not-a-uuid' }] } }), 400, 'BAD_REQUEST', 'mutations.0.id');
    expectWireError(await request(url, { token, body: '{"mutations": [' }), 400, 'BAD_REQUEST', 'body');
    expectWireError(await request(url, { token, json: [] }), 400, 'BAD_REQUEST', 'body');
  });

  it(`answers 413 LIMIT for more than ${MAX_MUTATIONS_PER_REQUEST} mutations and applies none`, async () => {
    const batch = Array.from({ length: MAX_MUTATIONS_PER_REQUEST + 1 }, () => auditAppend([auditEntry(NOW)]));
    expectWireError(await postMutations(bank.url, token, batch), 413, 'LIMIT', 'mutations');
    const applied = new Set(bank.store.appliedMutationIds(DEMO_ADVISOR.id));
    expect(batch.some((m) => applied.has(m.id))).toBe(false);
    // Exactly the maximum is fine.
    const results = await send(batch.slice(0, MAX_MUTATIONS_PER_REQUEST));
    expect(results).toHaveLength(MAX_MUTATIONS_PER_REQUEST);
    expect(results.every((r) => r.status === 'applied')).toBe(true);
  });

  it('answers 413 LIMIT in the wire error shape for a body over 1 MB', async () => {
    const client = freshClient();
    const big = clientUpdate(client.id, client.version, { notes: '备注' });
    const res = await postMutations(bank.url, token, [{ ...big, padding: 'x'.repeat(1024 * 1024) }]);
    expectWireError(res, 413, 'LIMIT', 'body: larger than the 1 MB limit');
    expect(bank.store.getClient(client.id)).toEqual(client);
  });

  it('answers in request order, one result per mutation', async () => {
    const client = freshClient();
    const batch = [
      auditAppend([auditEntry(NOW)]),
      clientUpdate(client.id, client.version, { tags: ['高净值'] }),
      interactionPut(newInteraction(client.id, '2025-06-14T10:00:00+08:00'), null),
      { id: v7(), type: 'nonsense' },
      clientUpdate(client.id, client.version + 1, { tags: ['高净值', '退休'] }),
    ];
    const results = await send(batch);
    expect(results.map((r) => r.id)).toEqual(batch.map((m) => m.id));
    expect(results.map((r) => r.status)).toEqual(['applied', 'applied', 'applied', 'rejected', 'applied']);
    expect(bank.store.getClient(client.id)).toMatchObject({ tags: ['高净值', '退休'], version: client.version + 2 });
  });
});

describe('client.update', () => {
  it('applies the editable fields: version+1, updatedAt now, a new seq in the feed', async () => {
    const client = freshClient();
    const head = bank.store.headSeq();
    const fields = { notes: '客户希望季度检视改为线下面谈。', familyNotes: null, tags: ['教育金'], preferredChannel: 'wecom' as const };
    const mutation = clientUpdate(client.id, client.version, fields);
    expect(await sendOne(mutation)).toEqual({ id: mutation.id, status: 'applied', version: client.version + 1 });

    const stored = bank.store.getClient(client.id);
    expect(stored).toEqual({ ...client, ...fields, version: client.version + 1, updatedAt: NOW });
    const page = changesPageSchema.parse((await request(`${bank.url}/sync/changes?cursor=${head}`, { token })).body);
    expect(page.changes).toEqual([{ seq: head + 1, entity: 'client', data: stored }]);
  });

  it('answers a repeat with duplicate and the first version, applying nothing', async () => {
    const client = freshClient();
    const mutation = clientUpdate(client.id, client.version, { contactPrefs: '工作日晚间联系' });
    await sendOne(mutation);
    const after = bank.store.getClient(client.id);
    const head = bank.store.headSeq();
    expect(await sendOne(mutation)).toEqual({ id: mutation.id, status: 'duplicate', version: client.version + 1 });
    // Even with a changed body: the id is the idempotency key.
    expect(await sendOne({ ...mutation, fields: { contactPrefs: '别的' } })).toEqual({ id: mutation.id, status: 'duplicate', version: client.version + 1 });
    expect(bank.store.getClient(client.id)).toEqual(after);
    expect(bank.store.headSeq()).toBe(head);
  });

  it('answers a stale baseVersion with conflict and the current record, applying nothing', async () => {
    const client = freshClient();
    const bankEdit = bank.store.updateClient(client.id, { notes: '银行侧更新：客户风险测评已续期。' }, new Date(NOW));
    const head = bank.store.headSeq();
    for (const base of [client.version, bankEdit.version + 1]) {
      const mutation = clientUpdate(client.id, base, { notes: '桌面端的修改' });
      expect(await sendOne(mutation)).toEqual({ id: mutation.id, status: 'conflict', current: { entity: 'client', data: bankEdit } });
      // A conflict is not remembered: sent again, it is judged again.
      expect((await sendOne(mutation)).status).toBe('conflict');
    }
    expect(bank.store.getClient(client.id)).toEqual(bankEdit);
    expect(bank.store.headSeq()).toBe(head);
  });

  it('rejects an unknown or deleted client with NOT_FOUND', async () => {
    const unknown = clientUpdate('no-such-client', 1, { notes: 'x' });
    expect(await sendOne(unknown)).toEqual({ id: unknown.id, status: 'rejected', code: 'NOT_FOUND', reason: 'clientId: no such client' });
    const client = freshClient();
    bank.store.putRecords({ clients: [{ ...client, deleted: true }] });
    const deleted = clientUpdate(client.id, client.version, { notes: 'x' });
    expect(await sendOne(deleted)).toEqual({ id: deleted.id, status: 'rejected', code: 'NOT_FOUND', reason: 'clientId: no such client' });
  });

  it('rejects bank-owned or malformed fields with VALIDATION naming the field', async () => {
    const client = freshClient();
    const cases: [Record<string, unknown>, string][] = [
      [{ fields: { aumFen: 1 } }, 'fields'],
      [{ fields: { riskLevel: 'C5', notes: 'x' } }, 'fields'],
      [{ fields: {} }, 'fields'],
      [{ fields: { tags: 'vip' } }, 'fields.tags'],
      [{ fields: { preferredChannel: 'pigeon' } }, 'fields.preferredChannel'],
      [{ baseVersion: -1 }, 'baseVersion'],
      [{ clientId: 'bad id!' }, 'clientId'],
      [{ extra: true }, 'extra'],
    ];
    for (const [change, field] of cases) {
      const mutation = { ...clientUpdate(client.id, client.version, { notes: 'x' }), ...change };
      const result = await sendOne(mutation);
      expect(result).toMatchObject({ id: mutation.id, status: 'rejected', code: 'VALIDATION' });
      expect(result.status === 'rejected' && result.reason).toContain(field);
    }
    expect(bank.store.getClient(client.id)).toEqual(client);
  });
});

describe('interaction.put', () => {
  it('creates with version 1 and the token’s advisor, then edits to version 2', async () => {
    const client = freshClient();
    const head = bank.store.headSeq();
    const draft = newInteraction(client.id, '2025-06-14T15:30:00+08:00', { channel: 'video', isAllocationReview: true });
    const create = interactionPut(draft, null);
    expect(await sendOne(create)).toEqual({ id: create.id, status: 'applied', version: 1 });
    const created = bank.store.getInteraction(draft.id);
    expect(created).toEqual({ ...draft, advisorId: DEMO_ADVISOR.id, version: 1, updatedAt: NOW });

    bank.clock.advance(60);
    const edit = interactionPut({ ...draft, summary: '补充：客户同意下调权益仓位。' }, 1);
    expect(await sendOne(edit)).toEqual({ id: edit.id, status: 'applied', version: 2 });
    const edited = bank.store.getInteraction(draft.id);
    expect(edited).toMatchObject({ summary: '补充：客户同意下调权益仓位。', version: 2, updatedAt: '2025-06-15T09:01:00+08:00' });

    // The feed carries the interaction once, at its latest seq.
    const page = changesPageSchema.parse((await request(`${bank.url}/sync/changes?cursor=${head}`, { token })).body);
    expect(page.changes).toEqual([{ seq: head + 2, entity: 'interaction', data: edited }]);
    bank.clock.advance(-60);
  });

  it('keeps the original author when another advisor’s contact of an own client is edited', async () => {
    const client = freshClient();
    const [existing] = interactionsOf(client.id);
    if (!existing) throw new Error('fixture: client without interactions');
    // Recorded by demo2 back when the client was theirs: the author is a real advisor row.
    bank.store.putRecords({ interactions: [{ ...existing, advisorId: DEMO2_ADVISOR.id }] });
    const current = bank.store.getInteraction(existing.id);
    if (!current) throw new Error('fixture');
    const edit = interactionPut({ ...draftOf(current), nextSteps: '跟进' }, current.version);
    expect(await sendOne(edit)).toMatchObject({ status: 'applied' });
    expect(bank.store.getInteraction(existing.id)?.advisorId).toBe(DEMO2_ADVISOR.id);
  });

  it('tombstones with deleted: true', async () => {
    const client = freshClient();
    const [existing] = interactionsOf(client.id);
    if (!existing) throw new Error('fixture: client without interactions');
    const mutation = interactionPut({ ...draftOf(existing), deleted: true }, existing.version);
    expect(await sendOne(mutation)).toEqual({ id: mutation.id, status: 'applied', version: existing.version + 1 });
    expect(bank.store.getInteraction(existing.id)).toMatchObject({ deleted: true, version: existing.version + 1 });
  });

  it('answers a repeated create with duplicate and version 1, applying nothing', async () => {
    const client = freshClient();
    const create = interactionPut(newInteraction(client.id, '2025-06-10T10:00:00+08:00'), null);
    await sendOne(create);
    const head = bank.store.headSeq();
    expect(await sendOne(create)).toEqual({ id: create.id, status: 'duplicate', version: 1 });
    expect(bank.store.headSeq()).toBe(head);
  });

  it('answers a stale edit, or a create of an existing id, with conflict and the current record', async () => {
    const client = freshClient();
    const [existing] = interactionsOf(client.id);
    if (!existing) throw new Error('fixture: client without interactions');
    const head = bank.store.headSeq();
    for (const base of [existing.version + 1, existing.version === 0 ? 5 : existing.version - 1, null]) {
      const mutation = interactionPut({ ...draftOf(existing), summary: '桌面端的修改' }, base);
      expect(await sendOne(mutation)).toEqual({ id: mutation.id, status: 'conflict', current: { entity: 'interaction', data: existing } });
    }
    expect(bank.store.getInteraction(existing.id)).toEqual(existing);
    expect(bank.store.headSeq()).toBe(head);
  });

  it('rejects an edit of an unknown id and an unknown client with NOT_FOUND', async () => {
    const client = freshClient();
    const ghostEdit = interactionPut(newInteraction(client.id, '2025-06-10T10:00:00+08:00'), 1);
    expect(await sendOne(ghostEdit)).toEqual({ id: ghostEdit.id, status: 'rejected', code: 'NOT_FOUND', reason: 'interaction.id: no such interaction' });
    const noClient = interactionPut(newInteraction('no-such-client', '2025-06-10T10:00:00+08:00'), null);
    expect(await sendOne(noClient)).toMatchObject({ status: 'rejected', code: 'NOT_FOUND' });
    expect(bank.store.getInteraction(ghostEdit.interaction.id)).toBeUndefined();
    expect(bank.store.appliedMutationIds(DEMO_ADVISOR.id)).not.toContain(ghostEdit.id);
  });

  it('rejects moving an interaction to another client with VALIDATION', async () => {
    const client = freshClient();
    const other = freshClient();
    const [existing] = interactionsOf(client.id);
    if (!existing) throw new Error('fixture: client without interactions');
    const move = interactionPut({ ...draftOf(existing), clientId: other.id }, existing.version);
    const result = await sendOne(move);
    expect(result).toMatchObject({ status: 'rejected', code: 'VALIDATION' });
    expect(result.status === 'rejected' && result.reason).toContain('interaction.clientId');
    expect(bank.store.getInteraction(existing.id)).toEqual(existing);
  });

  it('accepts occurredAt from 2000-01-01 to one year ahead and rejects the rest with VALIDATION', async () => {
    const client = freshClient();
    expect(toChinaInstant(bank.clock.now())).toBe(NOW);
    const cases: [string, MutationResult['status']][] = [
      ['2000-01-01T00:00:00+08:00', 'applied'],
      ['1999-12-31T15:59:59Z', 'rejected'],
      ['2026-06-15T09:00:00+08:00', 'applied'],
      ['2026-06-15T01:00:01Z', 'rejected'],
      ['0202-06-15T09:00:00+08:00', 'rejected'],
    ];
    for (const [occurredAt, status] of cases) {
      const result = await sendOne(interactionPut(newInteraction(client.id, occurredAt), null));
      expect([occurredAt, result.status]).toEqual([occurredAt, status]);
      if (result.status === 'rejected') expect(result).toMatchObject({ code: 'VALIDATION', reason: expect.stringContaining('interaction.occurredAt') as string });
    }
    const bad = await sendOne(interactionPut(newInteraction(client.id, '2025-06-15 09:00'), null));
    expect(bad).toMatchObject({ status: 'rejected', code: 'VALIDATION', reason: expect.stringContaining('interaction.occurredAt') as string });
  });

  it('rejects fields the bank sets (advisorId, version) with VALIDATION', async () => {
    const client = freshClient();
    const draft = { ...newInteraction(client.id, '2025-06-10T10:00:00+08:00'), advisorId: 'ADV-OTHER', version: 9 };
    const result = await sendOne({ id: v7(), type: 'interaction.put', baseVersion: null, interaction: draft });
    expect(result).toMatchObject({ status: 'rejected', code: 'VALIDATION', reason: expect.stringContaining('interaction') as string });
    expect(bank.store.getInteraction(draft.id)).toBeUndefined();
  });
});

describe('audit.append', () => {
  it('stores entries with version null and answers a repeat with duplicate', async () => {
    const entries = [auditEntry(NOW, { action: 'unlock' }), auditEntry(NOW, { action: 'sync_error', details: { attempt: 3, http: 503 } })];
    const mutation = auditAppend(entries);
    const head = bank.store.headSeq();
    expect(await sendOne(mutation)).toEqual({ id: mutation.id, status: 'applied', version: null });
    expect(await sendOne(mutation)).toEqual({ id: mutation.id, status: 'duplicate', version: null });
    expect(bank.store.auditEntries(DEMO_ADVISOR.id).slice(-2)).toEqual(entries);
    // Audit entries are not part of the change feed.
    expect(bank.store.headSeq()).toBe(head);
  });

  it('skips entries it already holds, even inside a new mutation', async () => {
    const first = auditEntry(NOW, { action: 'sign_out' });
    const second = auditEntry(NOW, { action: 'resync' });
    await sendOne(auditAppend([first]));
    const before = bank.store.auditEntries(DEMO_ADVISOR.id).length;
    const again = auditAppend([first, second, second]);
    expect(await sendOne(again)).toEqual({ id: again.id, status: 'applied', version: null });
    const after = bank.store.auditEntries(DEMO_ADVISOR.id);
    expect(after).toHaveLength(before + 1);
    expect(after.filter((e) => e.id === first.id)).toEqual([first]);
    expect(after.at(-1)).toEqual(second);
  });

  it('rejects a malformed entry with VALIDATION naming it', async () => {
    const mutation = auditAppend([auditEntry(NOW, { action: 'shred' as never })]);
    const result = await sendOne(mutation);
    expect(result).toMatchObject({ status: 'rejected', code: 'VALIDATION', reason: expect.stringContaining('entries.0.action') as string });
    const empty = { ...auditAppend([auditEntry(NOW)]), entries: [] };
    expect(await sendOne(empty)).toMatchObject({ status: 'rejected', code: 'VALIDATION', reason: expect.stringContaining('entries') as string });
  });
});
