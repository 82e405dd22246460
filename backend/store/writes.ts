import type Database from 'better-sqlite3-multiple-ciphers';
import type { Client, Interaction } from '../../shared/domain/entities';
import { clientSchema, interactionSchema } from '../../shared/domain/entities';
import { toChinaInstant } from '../time';
import { getClient, getInteraction } from './queries';
import { clientParams, interactionParams } from './rows';
import { writeTransaction } from './sequence';
import { UPSERT_CLIENT, UPSERT_INTERACTION } from './statements';

/**
 * Bank-side edits, as the bank's own systems would make them. They exist so tests and demos can
 * show a change travelling through the feed: each bumps `version`, stamps `updatedAt` and takes
 * a new seq. Ownership changes (moving a client to another advisor) are not supported here.
 */

export type ClientPatch = Partial<Omit<Client, 'id' | 'advisorId' | 'version' | 'updatedAt' | 'deleted'>>;

export function updateClient(db: Database.Database, id: string, patch: ClientPatch, now: Date): Client {
  const upsert = db.prepare(UPSERT_CLIENT);
  return writeTransaction(db, (nextSeq) => {
    const current = getClient(db, id);
    if (!current) throw new Error(`unknown client ${id}`);
    // Parse so a bad patch fails here rather than reaching the wire.
    const next = clientSchema.parse({ ...current, ...patch, version: current.version + 1, updatedAt: toChinaInstant(now) });
    upsert.run(clientParams(next, nextSeq()));
    return next;
  });
}

export function deleteInteraction(db: Database.Database, id: string, now: Date): Interaction {
  const upsert = db.prepare(UPSERT_INTERACTION);
  return writeTransaction(db, (nextSeq) => {
    const current = getInteraction(db, id);
    if (!current) throw new Error(`unknown interaction ${id}`);
    const owner = db.prepare('SELECT advisor_id FROM clients WHERE id = ?').pluck().get(current.clientId) as string;
    const next = interactionSchema.parse({ ...current, deleted: true, version: current.version + 1, updatedAt: toChinaInstant(now) });
    upsert.run(interactionParams(next, owner, nextSeq()));
    return next;
  });
}
