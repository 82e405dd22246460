import { describe, expect, it } from 'vitest';
import type { Client, Interaction, Report } from '../../../shared/domain';
import { CHANNELS } from '../../../shared/domain';
import { bookFixture } from '../../../testing/bookFixture';
import { seededRandom, weightedPick } from '../../../testing/seededRandom';
import { ChangeNotifier } from '../changes/changeNotifier';
import { DisposableStore } from '../lifecycle/disposables';
import { readClient } from '../records/clientRecord';
import { readInteraction } from '../interactions/interactionRecord';
import { createChangeApplier } from '../sync/applyChanges';
import { CadenceService } from './cadenceService';
import { evaluateBook } from './evaluateBook';
import { scopeKey } from './scopes';
import { standingOf } from '../../../shared/cadence';
import { summarise } from './summarise';

const THIS_YEAR = { year: 2026, asOf: '2026-11-28' };
const LAST_YEAR = { year: 2025, asOf: '2025-12-31' };

describe('12-4-2-1 kept by difference', () => {
  it('equals a full recount after each of 1,000 random writes, in its results, its counts and the roster view', () => {
    const { db, demo } = bookFixture({ clients: 40, asOf: '2026-11-28' });
    const applier = createChangeApplier(db);
    const changes = new ChangeNotifier();
    const service = new CadenceService(db, () => new Date('2026-11-28T04:00:00Z'), changes, new DisposableStore());
    const random = seededRandom(20261128);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
    const advisorId = demo.advisors[0]!.advisor.id;
    const clientIds = demo.clients.filter((c) => c.advisorId === advisorId).map((c) => c.id);
    const interactionIds = demo.interactions.filter((i) => clientIds.includes(i.clientId)).map((i) => i.id);
    const reportIds: string[] = [];
    const day = () => `2026-${String(1 + Math.floor(random() * 11)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}T0${Math.floor(random() * 9)}:00:00+08:00`;
    const themes = ['市场观点', '资产配置检视', '', null, '节日问候'];

    // What the dashboard and the roster hold while the RM works.
    service.viewKey(THIS_YEAR);
    service.book(LAST_YEAR);

    let created = 0;
    const write = (): void => {
      const kind = weightedPick(random, [
        ['new interaction', 4],
        ['edit interaction', 4],
        ['delete interaction', 1],
        ['annual report', 1],
        ['client since', 1],
        ['client gone', 0.2],
      ] as const);
      const now = '2026-11-28T04:00:00.000Z';
      if (kind === 'new interaction' || kind === 'edit interaction') {
        const existing = kind === 'edit interaction' && interactionIds.length > 0 ? readInteraction(db, pick(interactionIds)) : null;
        const id = existing?.id ?? `I-NEW-${created++}`;
        if (!existing) interactionIds.push(id);
        const interaction: Interaction = {
          id,
          clientId: existing?.clientId ?? pick(clientIds),
          advisorId,
          occurredAt: day(),
          channel: pick(CHANNELS),
          theme: pick(themes),
          isAllocationReview: random() < 0.4,
          summary: null,
          nextSteps: null,
          version: (existing?.version ?? 0) + 1,
          updatedAt: now,
          deleted: false,
        };
        applier.applyRecords([{ entity: 'interaction', data: interaction }]);
      } else if (kind === 'delete interaction') {
        const existing = interactionIds.length > 0 ? readInteraction(db, pick(interactionIds)) : null;
        if (existing) db.prepare('DELETE FROM interactions WHERE id = ?').run(existing.id);
      } else if (kind === 'annual report') {
        const id = `R-${reportIds.length}`;
        reportIds.push(id);
        const report: Report = {
          id,
          clientId: pick(clientIds),
          advisorId,
          kind: random() < 0.7 ? 'annual_wealth' : 'allocation',
          title: '报告',
          periodFrom: '2026-01-01',
          periodTo: '2026-11-28',
          createdAt: now,
          pdfSha256: 'a'.repeat(64),
          deliveredAt: random() < 0.8 ? day() : null,
          deliveryChannel: null,
          version: 1,
          updatedAt: now,
          deleted: random() < 0.1,
        };
        applier.applyRecords([{ entity: 'report', data: report }]);
      } else {
        const client = readClient(db, pick(clientIds));
        if (!client) return;
        const next: Client = kind === 'client gone' ? { ...client, deleted: true } : { ...client, clientSince: random() < 0.5 ? null : day().slice(0, 10) };
        applier.applyRecords([{ entity: 'client', data: next }]);
      }
      changes.notify(['interactions', 'reports', 'clients']);
    };

    for (let i = 0; i < 1_000; i++) {
      write();
      for (const scope of [THIS_YEAR, LAST_YEAR]) {
        const full = evaluateBook(db, scope);
        expect(service.resultsFor(scope), `write ${i}`).toEqual(full);
        expect(service.book(scope), `write ${i}`).toEqual(summarise(full, scope));
      }
      const view = db.prepare('SELECT client_id, status, reviews FROM temp.cadence_view WHERE scope = ? ORDER BY client_id').all(service.viewKey(THIS_YEAR));
      const expected = [...evaluateBook(db, THIS_YEAR)]
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([client_id, r]) => ({ client_id, status: r.status, reviews: standingOf(r.reviews) }));
      expect(view, `write ${i}`).toEqual(expected);
    }
    expect(scopeKey(THIS_YEAR)).toBe('2026|2026-11-28');
  });

  it('re-reads only the client written', () => {
    const { db, demo } = bookFixture({ clients: 30, asOf: '2026-11-28' });
    const changes = new ChangeNotifier();
    const service = new CadenceService(db, () => new Date('2026-11-28T04:00:00Z'), changes, new DisposableStore());
    const before = service.resultsFor(THIS_YEAR).get(demo.clients.find((c) => c.advisorId === demo.advisors[0]!.advisor.id)!.id)!;
    const client = demo.clients.find((c) => c.advisorId === demo.advisors[0]!.advisor.id)!;
    db.prepare(
      `INSERT INTO interactions (id, client_id, advisor_id, occurred_at, channel, theme, is_allocation_review, summary, next_steps, version, updated_at, deleted)
       VALUES ('NEW', ?, ?, '2026-11-27T02:00:00Z', 'face_to_face', '资产配置检视', 1, NULL, NULL, 0, '2026-11-27T02:00:00Z', 0)`,
    ).run(client.id, client.advisorId);
    expect(db.prepare('SELECT DISTINCT client_id FROM temp.cadence_dirty').pluck().all()).toEqual([client.id]);
    expect(service.book(THIS_YEAR)).toEqual(summarise(evaluateBook(db, THIS_YEAR), THIS_YEAR));
    const after = service.resultsFor(THIS_YEAR).get(client.id)!;
    expect(after.faceToFace.done).toBe(before.faceToFace.done + 1);
    expect(db.prepare('SELECT count(*) FROM temp.cadence_dirty').pluck().get()).toBe(0);
  });
});
