import { v7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client, Interaction } from '../shared/domain/entities';
import { tokenResponseSchema } from '../shared/wire/auth';
import { changesPageSchema } from '../shared/wire/changes';
import type { MutationResult } from '../shared/wire/mutations';
import { mutationsResponseSchema } from '../shared/wire/mutations';
import { DEMO2_ADVISOR, DEMO_ADVISOR } from './demo/advisors';
import { DEMO2_CREDENTIALS, DEMO_CREDENTIALS } from './demo/credentials';
import { loginToken, postMutations, request } from '../testing/backendHttp';
import type { AuditAppendMutation, ClientUpdateMutation, InteractionPutMutation } from '../testing/mutationBuilders';
import { auditAppend, auditEntry, clientUpdate, draftOf, interactionPut, newInteraction } from '../testing/mutationBuilders';
import type { TestBank } from '../testing/testBank';
import { startTestBank } from '../testing/testBank';

/**
 * Advisor demo2 ("B") goes after demo's ("A") clients and interactions through every endpoint.
 * Whatever B tries, no response carries anything of A's, and A's records stay as they were.
 */

const NOW = '2025-06-15T09:00:00+08:00';
let bank: TestBank;
let tokenB: string;
/** Every body B received, checked at the end for anything of A's. */
const seenByB: string[] = [];

let clientA: Client;
let interactionA: Interaction;
let mutationA: ClientUpdateMutation;
let createA: InteractionPutMutation;
let auditA: AuditAppendMutation;
let ownClientB: Client;
let snapshotA: ReturnType<typeof snapshotOfA>;
let headBefore: number;

function snapshotOfA() {
  const { store } = bank;
  return {
    clients: store.listClientsOfAdvisor(DEMO_ADVISOR.id),
    interactions: store.listInteractionsOfAdvisor(DEMO_ADVISOR.id),
    audit: store.auditEntries(DEMO_ADVISOR.id),
    applied: store.appliedMutationIds(DEMO_ADVISOR.id),
  };
}

/** Strings that identify A's book and could not turn up in B's by chance. */
function fingerprintsOfA(): string[] {
  const { clients, interactions, audit, applied: _applied } = snapshotOfA();
  return [
    ...clients.flatMap((c) => [c.id, c.customerNo, c.idNumber ?? c.id]),
    ...interactions.map((i) => i.id),
    ...audit.map((e) => e.id),
    'A-SECRET',
  ];
}

async function asB(mutations: unknown[]): Promise<MutationResult[]> {
  const res = await postMutations(bank.url, tokenB, mutations);
  seenByB.push(JSON.stringify(res.body));
  expect(res.status).toBe(200);
  return mutationsResponseSchema.parse(res.body).results;
}

async function oneAsB(mutation: unknown): Promise<MutationResult> {
  const [result] = await asB([mutation]);
  if (!result) throw new Error('no result');
  return result;
}

/** A result without its echoed id, to compare the answers to two different mutations. */
function answer(result: MutationResult) {
  const { id: _id, ...rest } = result;
  return rest;
}

beforeAll(async () => {
  bank = await startTestBank({ seed: 8, clients: 10, now: NOW });
  const mine = bank.store.listClientsOfAdvisor(DEMO_ADVISOR.id).filter((c) => !c.deleted);
  const [first, second] = mine;
  const theirs = bank.store.listClientsOfAdvisor(DEMO2_ADVISOR.id).find((c) => !c.deleted);
  if (!first || !second || !theirs) throw new Error('fixture');
  ownClientB = theirs;

  // A's desk has been busy: an edit, a new interaction and audit entries, all applied.
  const tokenA = await loginToken(bank.url, DEMO_CREDENTIALS);
  mutationA = clientUpdate(first.id, first.version, { notes: 'A-SECRET 客户家族信托安排' });
  createA = interactionPut(newInteraction(second.id, '2025-06-14T10:00:00+08:00', { summary: 'A-SECRET 面谈纪要' }), null);
  auditA = auditAppend([auditEntry(NOW, { action: 'sign_in' })]);
  const res = await postMutations(bank.url, tokenA, [mutationA, createA, auditA]);
  expect(mutationsResponseSchema.parse(res.body).results.map((r) => r.status)).toEqual(['applied', 'applied', 'applied']);

  const a = bank.store.getClient(first.id);
  const i = bank.store.getInteraction(createA.interaction.id);
  if (!a || !i) throw new Error('fixture');
  clientA = a;
  interactionA = i;

  const login = await request(`${bank.url}/auth/login`, { json: DEMO2_CREDENTIALS });
  seenByB.push(JSON.stringify(login.body));
  tokenB = tokenResponseSchema.parse(login.body).accessToken;
  const refreshed = await request(`${bank.url}/auth/refresh`, { json: { refreshToken: tokenResponseSchema.parse(login.body).refreshToken } });
  seenByB.push(JSON.stringify(refreshed.body));
  expect(tokenResponseSchema.parse(refreshed.body).advisor.id).toBe(DEMO2_ADVISOR.id);

  snapshotA = snapshotOfA();
  headBefore = bank.store.headSeq();
});

afterAll(async () => {
  await bank.close();
});

describe('advisor demo2 against demo’s records', () => {
  it('never sees A’s clients, holdings or interactions in the change feed', async () => {
    let cursor = '0';
    for (;;) {
      const res = await request(`${bank.url}/sync/changes?cursor=${cursor}&limit=500`, { token: tokenB });
      seenByB.push(JSON.stringify(res.body));
      const page = changesPageSchema.parse(res.body);
      for (const change of page.changes) {
        if (change.entity === 'advisor') expect(change.data.id).toBe(DEMO2_ADVISOR.id);
        if (change.entity === 'client') expect(change.data.advisorId).toBe(DEMO2_ADVISOR.id);
        if (change.entity === 'holding' || change.entity === 'interaction') {
          expect(bank.store.getClient(change.data.clientId)?.advisorId).toBe(DEMO2_ADVISOR.id);
        }
      }
      cursor = page.cursor;
      if (!page.hasMore) break;
    }
  });

  it('cannot update A’s client: NOT_FOUND exactly as for an unknown id, never a conflict', async () => {
    const unknown = await oneAsB(clientUpdate('no-such-client', 1, { notes: 'x' }));
    for (const base of [clientA.version, clientA.version - 1, clientA.version + 7]) {
      const result = await oneAsB(clientUpdate(clientA.id, base, { notes: 'B 的篡改' }));
      expect(result.status).toBe('rejected');
      expect(answer(result)).toEqual(answer(unknown));
    }
  });

  it('cannot create an interaction on A’s client', async () => {
    const unknown = await oneAsB(interactionPut(newInteraction('no-such-client', NOW), null));
    const result = await oneAsB(interactionPut(newInteraction(clientA.id, NOW, { summary: 'B 的篡改' }), null));
    expect(result.status).toBe('rejected');
    expect(answer(result)).toEqual(answer(unknown));
  });

  it('cannot edit A’s interaction, whichever client or version it names', async () => {
    const unknownId = await oneAsB(interactionPut(newInteraction(ownClientB.id, NOW), 1));
    const draft = { ...draftOf(interactionA), summary: 'B 的篡改' };
    // Naming A's client: the client is not B's.
    const onAClient = await oneAsB(interactionPut(draft, interactionA.version));
    expect(onAClient).toMatchObject({ status: 'rejected', code: 'NOT_FOUND' });
    // Naming B's own client: the interaction is not B's, and says so like an unknown id.
    for (const base of [interactionA.version, interactionA.version + 1, null]) {
      const result = await oneAsB(interactionPut({ ...draft, clientId: ownClientB.id }, base));
      expect(result.status).toBe('rejected');
      expect(answer(result)).toEqual(answer(unknownId));
    }
  });

  it('cannot replay A’s mutation ids: NOT_FOUND, without A’s outcome', async () => {
    for (const replay of [mutationA, createA, auditA]) {
      const result = await oneAsB(replay);
      expect(result).toMatchObject({ status: 'rejected', code: 'NOT_FOUND' });
      expect(result).not.toHaveProperty('version');
    }
    // A's id on a change to B's own client: still refused, and B's client untouched.
    const disguised = await oneAsB(clientUpdate(ownClientB.id, ownClientB.version, { notes: 'x' }, mutationA.id));
    expect(disguised).toMatchObject({ status: 'rejected', code: 'NOT_FOUND' });
    expect(bank.store.getClient(ownClientB.id)).toEqual(ownClientB);
  });

  it('cannot overwrite or read A’s audit entries by reusing their ids', async () => {
    const [entryA] = snapshotA.audit;
    if (!entryA) throw new Error('fixture');
    const result = await oneAsB(auditAppend([{ ...entryA, action: 'sign_out' }, auditEntry(NOW, { id: v7() })]));
    expect(result).toMatchObject({ status: 'applied', version: null });
    expect(bank.store.auditEntries(DEMO2_ADVISOR.id).map((e) => e.id)).not.toContain(entryA.id);
  });

  it('left A’s records, the sequence and B’s own book unchanged, and B saw nothing of A', () => {
    expect(snapshotOfA()).toEqual(snapshotA);
    expect(bank.store.headSeq()).toBe(headBefore);
    const prints = fingerprintsOfA();
    expect(prints.length).toBeGreaterThan(30);
    for (const body of seenByB) {
      for (const print of prints) expect(body.includes(print) ? print : null).toBeNull();
    }
  });
});
