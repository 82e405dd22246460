import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { InteractionRow } from '../../../shared/api';
import { startDeskHarness } from '../../../testing/deskHarness';
import type { Fault } from '../../../testing/faultProxy';
import { seededRandom, weightedPick } from '../../../testing/seededRandom';

/**
 * A seeded chaos proxy between the desk and the real backend drops requests, drops answers after
 * the bank committed, fails after commit, duplicates requests so they race, delays them and
 * injects 5xx and 429. Whatever the RM did meanwhile, once the network heals every change the
 * desk accepted is on the bank exactly once, and the desk and the bank agree.
 */
type Op =
  | { kind: 'edit'; client: number; field: 'notes' | 'contactPrefs' | 'tags'; value: string }
  | { kind: 'log'; client: number; summary: string }
  | { kind: 'editLogged'; which: number; summary: string }
  | { kind: 'sync' };

const CLIENTS = 6;
const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('edit' as const), client: fc.nat(CLIENTS - 1), field: fc.constantFrom('notes' as const, 'contactPrefs' as const, 'tags' as const), value: fc.string({ minLength: 1, maxLength: 12 }) }),
  fc.record({ kind: fc.constant('log' as const), client: fc.nat(CLIENTS - 1), summary: fc.string({ minLength: 1, maxLength: 40 }) }),
  fc.record({ kind: fc.constant('editLogged' as const), which: fc.nat(20), summary: fc.string({ minLength: 1, maxLength: 40 }) }),
  fc.constant({ kind: 'sync' as const }),
);

function chaosPicker(seed: number): () => Fault {
  const random = seededRandom(seed);
  return () =>
    weightedPick<Fault>(random, [
      [{ kind: 'pass' }, 35],
      [{ kind: 'reset' }, 10],
      [{ kind: 'drop-response' }, 15],
      [{ kind: 'fail-after-commit' }, 10],
      [{ kind: 'duplicate' }, 10],
      [{ kind: 'delay', ms: 30 }, 5],
      [{ kind: 'status', status: 503 }, 10],
      [{ kind: 'status', status: 429, headers: { 'retry-after': '0' } }, 5],
    ]);
}

describe('sync under chaos', () => {
  it('delivers every accepted change exactly once and ends with the desk and the bank agreeing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.array(opArb, { minLength: 4, maxLength: 30 }), async (seed, ops) => {
        const harness = await startDeskHarness({ clients: CLIENTS, prefix: 'chaos' });
        try {
          const desk = harness.makeCore();
          const advisorId = (await desk.call('session.login', { username: 'demo', password: 'demo1234' })).advisor.id;
          await desk.syncUntilSettled();
          const clients = (await desk.call('clients.page', { offset: 0, limit: CLIENTS })).rows.map((r) => r.id);
          const startVersion = new Map(clients.map((id) => [id, harness.backend.store.getClient(id)!.version]));
          const startInteractions = harness.backend.store.listInteractionsOfAdvisor(advisorId).length;
          const edits = new Map<string, number>();
          const logged: string[] = [];
          const interactionEdits = new Map<string, number>();

          const pick = chaosPicker(seed);
          for (const prefix of ['/sync/', '/auth/refresh']) harness.proxy.setChaos(prefix, pick);
          for (const op of ops) {
            if (op.kind === 'sync') {
              await desk.call('sync.now');
            } else if (op.kind === 'edit') {
              const id = clients[op.client]!;
              const fields = op.field === 'tags' ? { tags: [op.value.trim() || 'x'].map((t) => t.slice(0, 32)) } : { [op.field]: op.value };
              await desk.call('clients.update', { id, fields });
              edits.set(id, (edits.get(id) ?? 0) + 1);
            } else if (op.kind === 'log') {
              const row = await desk.call('interactions.log', { clientId: clients[op.client]!, occurredAt: '2026-11-20T10:00:00+08:00', channel: 'phone', theme: '市场观点', isAllocationReview: false, summary: op.summary, nextSteps: null });
              logged.push(row.id);
            } else if (logged.length > 0) {
              const id = logged[op.which % logged.length]!;
              await desk.call('interactions.update', { id, fields: { summary: op.summary } });
              interactionEdits.set(id, (interactionEdits.get(id) ?? 0) + 1);
            }
          }

          harness.proxy.clearFaults();
          const status = await desk.syncUntilSettled(40);
          expect(status).toMatchObject({ state: 'idle', pending: 0, parked: 0, conflicts: 0 });
          await desk.call('sync.now');

          // Exactly once: each edit moved the bank's version by one; each logged interaction exists once.
          for (const id of clients) {
            const bank = harness.backend.store.getClient(id)!;
            expect(bank.version).toBe(startVersion.get(id)! + (edits.get(id) ?? 0));
            const local = await desk.call('clients.get', { id });
            expect({ notes: local.notes, contactPrefs: local.contactPrefs, tags: local.tags, version: local.version }).toEqual({
              notes: bank.notes,
              contactPrefs: bank.contactPrefs,
              tags: bank.tags,
              version: bank.version,
            });
          }
          const bankInteractions = harness.backend.store.listInteractionsOfAdvisor(advisorId);
          expect(bankInteractions).toHaveLength(startInteractions + logged.length);
          const localInteractions: InteractionRow[] = [];
          for (const id of clients) localInteractions.push(...(await desk.call('interactions.list', { clientId: id })));
          for (const id of logged) {
            const bank = bankInteractions.find((i) => i.id === id)!;
            expect(bank.version).toBe(1 + (interactionEdits.get(id) ?? 0));
            expect(localInteractions.find((i) => i.id === id)).toMatchObject({ summary: bank.summary, version: bank.version, pending: false });
          }
        } finally {
          await harness.close();
        }
      }),
      { numRuns: 12, seed: 20261128, endOnFailure: true },
    );
  }, 240_000);
});
