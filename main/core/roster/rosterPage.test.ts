import { describe, expect, it } from 'vitest';
import { AUM_BAND_FEN } from '../../../shared/api';
import type { RosterFilter, RosterSort } from '../../../shared/api';
import { assessmentStatus } from '../../../shared/rules/assessment';
import { bookFixture } from '../../../testing/bookFixture';
import { CadenceService } from '../cadence/cadenceService';
import { ChangeNotifier } from '../changes/changeNotifier';
import { DisposableStore } from '../lifecycle/disposables';
import { bankClock } from '../time/bankClock';
import { createRosterQueries } from './rosterPage';

const now = new Date('2026-11-28T04:00:00Z'); // 12:00 in Shanghai
const clock = bankClock(now);
const { db, demo } = bookFixture({ clients: 200, asOf: '2026-11-28' });
const roster = createRosterQueries(db, new CadenceService(db, () => now, new ChangeNotifier(), new DisposableStore()));
const book = demo.clients.filter((c) => !c.deleted);
const all = (sort: RosterSort = { field: 'aum', order: 'desc' }, filter: RosterFilter = {}) => roster.page(0, 500, sort, filter, clock);

describe('roster filters', () => {
  it('filters by tier, risk level, AUM band and tags (every tag), counting what matches', () => {
    const cases: [RosterFilter, (c: (typeof book)[number]) => boolean][] = [
      [{ tiers: ['hq_private'] }, (c) => c.tier === 'hq_private'],
      [{ riskLevels: ['C4', 'C5'] }, (c) => c.riskLevel === 'C4' || c.riskLevel === 'C5'],
      [{ aumBands: ['30m_to_100m'] }, (c) => c.aumFen >= AUM_BAND_FEN['30m_to_100m'].min && c.aumFen < AUM_BAND_FEN['30m_to_100m'].max!],
      [{ aumBands: ['under_6m', '100m_plus'] }, (c) => c.aumFen < AUM_BAND_FEN.under_6m.max! || c.aumFen >= AUM_BAND_FEN['100m_plus'].min],
      [{ tags: ['企业家'] }, (c) => c.tags.includes('企业家')],
      [{ tags: ['企业家', '家族'] }, (c) => c.tags.includes('企业家') && c.tags.includes('家族')],
      [{ tiers: ['private'], riskLevels: ['C3'] }, (c) => c.tier === 'private' && c.riskLevel === 'C3'],
    ];
    for (const [filter, keep] of cases) {
      const page = all(undefined, filter);
      const expected = book.filter(keep).map((c) => c.id).sort();
      expect(page.total, JSON.stringify(filter)).toBe(expected.length);
      expect(page.rows.map((r) => r.id).sort()).toEqual(expected);
    }
  });

  it('filters by assessment expired (or never made) and expiring within 30 days', () => {
    const status = (c: (typeof book)[number]) => assessmentStatus(c.riskAssessedAt, clock.today);
    const expired = all(undefined, { assessment: 'expired' });
    expect(expired.rows.map((r) => r.id).sort()).toEqual(book.filter((c) => status(c).expired).map((c) => c.id).sort());
    const expiring = all(undefined, { assessment: 'expiring' });
    expect(expiring.rows.map((r) => r.id).sort()).toEqual(book.filter((c) => status(c).expiringSoon).map((c) => c.id).sort());
    expect(expired.total + expiring.total).toBeGreaterThan(0);
  });

  it('lists every tag in the book once', () => {
    expect(roster.tags()).toEqual([...new Set(book.flatMap((c) => c.tags))].sort());
  });
});

describe('roster sorting and contact columns', () => {
  it('sorts by last contact, never-contacted first when ascending', () => {
    const rows = all({ field: 'lastContact', order: 'asc' }).rows;
    const seen = rows.map((r) => r.lastContactAt ?? '');
    expect(seen).toEqual([...seen].sort());
    const latest = new Map<string, string>();
    for (const i of demo.interactions) {
      if (i.deleted || !i.theme?.trim()) continue;
      const at = new Date(i.occurredAt).toISOString();
      if ((latest.get(i.clientId) ?? '') < at) latest.set(i.clientId, at);
    }
    for (const row of rows) expect(row.lastContactAt, row.id).toBe(latest.get(row.id) ?? null);
  });

  it('puts clients due this month first, longest without contact first', () => {
    const rows = all({ field: 'nextDue', order: 'asc' }).rows;
    const dueNow = rows.filter((r) => r.nextDueOn === '2026-11-30');
    expect(rows.slice(0, dueNow.length)).toEqual(dueNow);
    expect(rows.slice(dueNow.length).every((r) => r.nextDueOn === '2026-12-01')).toBe(true);
    for (const r of dueNow) expect(r.lastContactAt === null || r.lastContactAt < clock.monthStart).toBe(true);
  });

  it('sorts by assessment expiry, earliest first, and reports the expiry date', () => {
    const rows = all({ field: 'assessmentExpiry', order: 'asc' }).rows;
    const assessed = rows.filter((r) => r.riskAssessedAt !== null).map((r) => r.riskAssessedAt!);
    expect(assessed).toEqual([...assessed].sort());
    const sample = rows.find((r) => r.riskAssessedAt === '2025-12-15') ?? rows.find((r) => r.riskAssessedAt);
    expect(sample?.assessmentExpiresAt).toBe(assessmentStatus(sample!.riskAssessedAt, clock.today).expiresOn);
  });

  it('pages stably: two halves make the whole, for every sort', () => {
    for (const field of ['name', 'aum', 'tier', 'riskLevel', 'assessmentExpiry', 'lastContact', 'nextDue'] as const) {
      for (const order of ['asc', 'desc'] as const) {
        const whole = all({ field, order }).rows.map((r) => r.id);
        const first = roster.page(0, 100, { field, order }, {}, clock).rows.map((r) => r.id);
        const second = roster.page(100, 400, { field, order }, {}, clock).rows.map((r) => r.id);
        expect([...first, ...second], `${field} ${order}`).toEqual(whole);
      }
    }
  });
});

describe('last contact is kept in step', () => {
  it('rises with a new themed interaction, ignores unthemed ones, and falls back when one is deleted', () => {
    const [client] = all().rows;
    const id = client!.id;
    const read = () => db.prepare('SELECT last_contact_at FROM clients WHERE id = ?').pluck().get(id) as string | null;
    const insert = db.prepare(
      `INSERT INTO interactions (id, client_id, advisor_id, occurred_at, channel, theme, is_allocation_review, version, updated_at, deleted)
       VALUES (?, ?, 'A', ?, 'phone', ?, 0, 1, '2026-11-28T00:00:00Z', 0)`,
    );
    const before = read();
    insert.run('later-untheme', id, '2026-11-28T09:00:00+08:00', '  ');
    expect(read()).toBe(before);
    insert.run('later', id, '2026-11-28T09:00:00+08:00', '市场观点');
    expect(read()).toBe('2026-11-28T01:00:00.000Z');
    db.prepare(`UPDATE interactions SET deleted = 1 WHERE id = 'later'`).run();
    expect(read()).toBe(before);
  });
});
