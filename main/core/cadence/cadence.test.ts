import { describe, expect, it } from 'vitest';
import type { CadenceInput } from '../../../shared/cadence';
import { evaluateCadence } from '../../../shared/cadence';
import { bookFixture } from '../../../testing/bookFixture';
import { ChangeNotifier } from '../changes/changeNotifier';
import { DisposableStore } from '../lifecycle/disposables';
import { createRosterQueries } from '../roster/rosterPage';
import { bankClock } from '../time/bankClock';
import { CadenceService } from './cadenceService';
import { evaluateBook } from './evaluateBook';
import { standingOf } from '../../../shared/cadence';
import { summarise } from './summarise';
import { worklist } from './worklist';
import { yearPlan } from './yearPlan';

const { db, demo } = bookFixture({ clients: 150, asOf: '2026-11-28' });
const scope = { year: 2026, asOf: '2026-11-28' };
const clients = demo.clients.filter((c) => !c.deleted);

/** The engine called client by client with that client's records straight from the generator. */
function naive(clientId: string, s = scope) {
  const client = clients.find((c) => c.id === clientId)!;
  const input: CadenceInput = {
    year: s.year,
    asOf: s.asOf,
    clientSince: client.clientSince,
    interactions: demo.interactions.filter((i) => i.clientId === clientId),
    reports: [],
  };
  return evaluateCadence(input);
}

describe('the book in one pass', () => {
  it('gives every client the same result as the engine on that client alone', () => {
    const results = evaluateBook(db, scope);
    expect(results.size).toBe(clients.length);
    for (const client of clients) expect(results.get(client.id), client.id).toEqual(naive(client.id));
    // a past year as of its last day, too
    const past = evaluateBook(db, { year: 2025, asOf: '2025-12-31' });
    for (const client of clients.slice(0, 40)) expect(past.get(client.id)).toEqual(naive(client.id, { year: 2025, asOf: '2025-12-31' }));
  });

  it('summarises counts that add up', () => {
    const results = evaluateBook(db, scope);
    const summary = summarise(results, scope);
    expect(Object.values(summary.byStatus).reduce((a, b) => a + b, 0)).toBe(clients.length);
    const applicable = clients.length - summary.byStatus.not_applicable;
    for (const measure of Object.values(summary.byMeasure)) expect(measure.met + measure.onPace + measure.behind).toBe(applicable);
    expect(summary.coverage[10]!.done).toBe([...results.values()].filter((r) => r.months[10] === 'done').length);
    expect(summary.byStatus.behind + summary.byStatus.at_risk).toBeGreaterThan(0); // the demo book has realistic gaps
  });
});

describe('worklist', () => {
  it('lists what November asks of each client, most urgent first', () => {
    const results = evaluateBook(db, scope);
    const list = worklist(db, results, { year: 2026, month: 11, day: 28 });
    expect(list.workingDaysLeft).toBe(1); // 28 Nov 2026 is a Saturday, 29 a Sunday: only Monday 30 is left
    for (const item of list.items) {
      const r = results.get(item.clientId)!;
      expect(item.reasons.includes('month_due')).toBe(r.months[10] === 'due');
      expect(item.reasons.includes('annual_report_due')).toBe(r.annualReport.done < 1);
    }
    const order = { behind: 0, at_risk: 1, on_track: 2, complete: 3, not_applicable: 4 };
    const ranks = list.items.map((i) => order[i.status]);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(list.items.every((i) => i.status !== 'complete')).toBe(true);
  });
});

describe('roster by 12-4-2-1', () => {
  it('filters by status or by standing on a measure, for any scope, and sorts behind first', () => {
    const now = () => new Date('2026-11-28T04:00:00Z');
    const cadence = new CadenceService(db, now, new ChangeNotifier(), new DisposableStore());
    const roster = createRosterQueries(db, cadence);
    const clock = bankClock(now());
    const results = cadence.resultsFor(scope);
    const behind = roster.page(0, 500, { field: 'aum', order: 'desc' }, { cadence: { ...scope, statuses: ['behind'] } }, clock);
    expect(behind.rows.map((r) => r.id).sort()).toEqual([...results].filter(([, r]) => r.status === 'behind').map(([id]) => id).sort());
    expect(behind.rows.every((r) => r.cadenceStatus === 'behind')).toBe(true);

    const reviewsBehind = roster.page(0, 500, { field: 'aum', order: 'desc' }, { cadence: { ...scope, measure: { name: 'reviews', standing: 'behind' } } }, clock);
    expect(reviewsBehind.total).toBe([...results.values()].filter((r) => r.status !== 'not_applicable' && standingOf(r.reviews) === 'behind').length);

    const pastScope = { year: 2025, asOf: '2025-12-31' };
    const past = cadence.resultsFor(pastScope);
    const pastComplete = roster.page(0, 500, { field: 'aum', order: 'desc' }, { cadence: { ...pastScope, statuses: ['complete'] } }, clock);
    expect(pastComplete.total).toBe([...past.values()].filter((r) => r.status === 'complete').length);

    const sorted = roster.page(0, 500, { field: 'cadenceStatus', order: 'asc' }, {}, clock).rows.map((r) => r.cadenceStatus);
    const rank = { behind: 0, at_risk: 1, on_track: 2, complete: 3, not_applicable: 4 };
    expect(sorted.map((s) => rank[s])).toEqual([...sorted.map((s) => rank[s])].sort((a, b) => a - b));
  });
});

describe('year plan', () => {
  it('plans the rest of the year for every client not yet complete, within the daily cap where it can', () => {
    const results = evaluateBook(db, scope);
    const plan = yearPlan(db, results, { year: 2026, today: { year: 2026, month: 11, day: 28 }, dailyCap: 6 });
    const planned = new Set(plan.entries.map((e) => e.clientId));
    for (const [id, r] of results) if (r.status !== 'complete' && r.status !== 'not_applicable' && r.months.slice(10).some((m) => m === 'due' || m === 'upcoming')) expect(planned.has(id)).toBe(true);
    expect(plan.entries.every((e) => e.date >= '2026-11-28' && e.date <= '2026-12-31')).toBe(true);
  });
});
