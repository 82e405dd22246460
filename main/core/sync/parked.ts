import { AppError } from '../../../shared/api';
import { clientSchema } from '../../../shared/domain';
import { readClient } from '../records/clientRecord';
import type { Db } from '../db/types';
import { readInteraction } from '../interactions/interactionRecord';
import { getEntry, remove, removeUnreadable } from '../outbox/outbox';
import type { ChangeApplier } from './applyChanges';
import { readReport } from '../reports/reportRecord';
import { dropServerRecordIfUnheld, stashedClient, stashedInteraction, stashedReport } from './heldServerRecords';

function parkedEntry(db: Db, id: string) {
  const entry = getEntry(db, id);
  if (!entry || entry.status !== 'parked') throw new AppError('parked.not_found');
  return entry;
}

/** Sends a refused change again (after the RM or the bank fixed the cause). */
export function retryParked(db: Db, id: string): void {
  parkedEntry(db, id);
  db.prepare(`UPDATE outbox SET status = 'pending', attempts = 0, last_error = NULL WHERE id = ?`).run(id);
}

/**
 * Drops a refused change and shows the bank's value again: its latest record when one arrived
 * while the change was held, else the value from before the change. A refused new interaction
 * never existed at the bank, so it goes; a refused new report stays on this desk (its PDF can
 * still be printed here) but is no longer offered to the bank.
 */
export function discardParked(db: Db, applier: ChangeApplier, id: string): void {
  db.transaction(() => {
    // An entry that cannot be read has nothing to put back: it simply goes.
    if (removeUnreadable(db, id)) return;
    const entry = parkedEntry(db, id);
    remove(db, id);
    const body = entry.body;
    if (body.type === 'client.update') {
      const local = readClient(db, entry.entityId);
      // The value from before the edit, checked like any record (the stored `previous` is data too).
      const before = local ? clientSchema.safeParse({ ...local, ...body.previous }) : null;
      const bank = stashedClient(db, entry.entityId) ?? (before?.success ? before.data : null);
      if (bank) applier.applyRecords([{ entity: 'client', data: bank }]);
      dropServerRecordIfUnheld(db, 'client', entry.entityId);
    } else if (body.type === 'interaction.put') {
      const local = readInteraction(db, entry.entityId);
      const bank = stashedInteraction(db, entry.entityId);
      if (bank) applier.applyRecords([{ entity: 'interaction', data: bank }]);
      else if (body.previous && local) applier.applyRecords([{ entity: 'interaction', data: { ...local, ...body.previous } }]);
      else if (!body.previous) db.prepare('DELETE FROM interactions WHERE id = ? AND version = 0').run(entry.entityId);
      dropServerRecordIfUnheld(db, 'interaction', entry.entityId);
    } else if (body.type === 'report.put') {
      const local = readReport(db, entry.entityId);
      const bank = stashedReport(db, entry.entityId);
      if (bank) applier.applyRecords([{ entity: 'report', data: bank }]);
      else if (body.previous && local) applier.applyRecords([{ entity: 'report', data: { ...local, ...body.previous } }]);
      dropServerRecordIfUnheld(db, 'report', entry.entityId);
    }
  })();
}
