import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Desk, DeskHarness } from '../../../testing/deskHarness';
import { startDeskHarness } from '../../../testing/deskHarness';

let harness: DeskHarness;
let desk: Desk;
const now = new Date('2026-11-18T04:00:00Z'); // Wednesday 18 November, 12:00 in Shanghai

beforeAll(async () => {
  harness = await startDeskHarness({ clients: 40, prefix: 'cadence-api' });
  desk = harness.makeCore({ now: () => now });
  await desk.call('session.login', { username: 'demo', password: 'demo1234' });
  await desk.syncUntilSettled();
});
afterAll(() => harness.close());

describe('12-4-2-1 through the API', () => {
  it('moves a client whose month was due off the worklist once a face-to-face review is logged, and the book counts with it', async () => {
    const list = await desk.call('cadence.worklist', {});
    expect(list.asOf).toBe('2026-11-18');
    expect(list.workingDaysLeft).toBe(9);
    const target = list.items.find((i) => i.reasons.includes('month_due'))!;
    expect(target).toBeDefined();
    const before = await desk.call('cadence.book', {});
    const coverage = before.coverage[10]!.done;

    await desk.call('interactions.log', {
      clientId: target.clientId,
      occurredAt: '2026-11-18T10:00:00+08:00',
      channel: 'face_to_face',
      theme: '资产配置检视',
      isAllocationReview: true,
      summary: '面谈检视配置',
      nextSteps: null,
    });

    const after = await desk.call('cadence.worklist', {});
    const item = after.items.find((i) => i.clientId === target.clientId);
    expect(item?.reasons ?? []).not.toContain('month_due');
    expect((await desk.call('cadence.book', {})).coverage[10]!.done).toBe(coverage + 1);
    const view = await desk.call('clients.get360', { id: target.clientId });
    expect(view.cadence.months[10]).toBe('done');
    expect(view.cadence.faceToFace.done).toBeGreaterThanOrEqual(1);
  });

  it('looks back at last year as of its last day, and filters the roster from there', async () => {
    const past = await desk.call('cadence.book', { year: 2025, asOf: '2025-12-31' });
    expect(past).toMatchObject({ year: 2025, asOf: '2025-12-31' });
    expect(Object.values(past.byStatus).reduce((a, b) => a + b, 0)).toBe(past.clients);
    const page = await desk.call('clients.page', { offset: 0, limit: 500, filter: { cadence: { year: 2025, asOf: '2025-12-31', statuses: ['behind'] } } });
    expect(page.total).toBe(past.byStatus.behind);
  });

  it('plans the rest of the year and exports it as a calendar', async () => {
    const plan = await desk.call('cadence.plan', { dailyCap: 3 });
    expect(plan.entries.length).toBeGreaterThan(0);
    expect(plan.entries.every((e) => e.date >= '2026-11-18' && e.date <= '2026-12-31')).toBe(true);
    const ics = await desk.call('cadence.planIcs', { dailyCap: 3 });
    expect(ics.filename).toBe('12-4-2-1-plan-2026.ics');
    expect(ics.content.match(/BEGIN:VEVENT/g)).toHaveLength(plan.entries.length);
  });

  it('refuses interactions with dates out of any sane range, an unknown channel, or an overlong theme', async () => {
    const client = (await desk.call('clients.page', { offset: 0, limit: 1 })).rows[0]!.id;
    const base = { clientId: client, occurredAt: '2026-11-18T10:00:00+08:00', channel: 'phone', theme: '市场观点', isAllocationReview: false, summary: null, nextSteps: null };
    for (const [patch, path] of [
      [{ occurredAt: '1999-12-31T10:00:00+08:00' }, 'input.occurredAt'],
      [{ occurredAt: '2099-01-01T10:00:00+08:00' }, 'input.occurredAt'],
      [{ channel: 'carrier_pigeon' }, 'input.channel'],
      [{ theme: '题'.repeat(201) }, 'input.theme'],
    ] as const) {
      const result = await desk.attempt('interactions.log', { ...base, ...patch });
      expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: [{ path }] } });
    }
  });
});
