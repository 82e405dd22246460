import { v7 as uuidv7 } from 'uuid';
import type { InteractionFields } from '../../../shared/api';
import { AppError } from '../../../shared/api';
import type { Interaction } from '../../../shared/domain';
import { readClient } from '../records/clientRecord';
import type { Db } from '../db/types';
import { enqueue } from '../outbox/outbox';
import { draftOf, readInteraction, saveInteraction } from './interactionRecord';

/**
 * Logging, editing and deleting interactions: each is the local row plus an outbox entry in one
 * transaction. New interactions get a UUIDv7 made here and version 0 until the bank accepts them
 * (they never conflict: nobody else can know the id). A delete is a soft delete, sent as an edit.
 */
export function logInteraction(db: Db, advisorId: string, clientId: string, fields: InteractionFields, now: string): Interaction {
  return db.transaction(() => {
    const client = readClient(db, clientId);
    if (!client || client.deleted) throw new AppError('client.not_found');
    const interaction: Interaction = { id: uuidv7(), clientId, advisorId, ...fields, version: 0, updatedAt: now, deleted: false };
    saveInteraction(db, interaction);
    enqueue(db, {
      entity: 'interaction',
      entityId: interaction.id,
      op: 'create',
      body: { type: 'interaction.put', interaction: draftOf(interaction), previous: null },
      baseVersion: null,
      now,
    });
    return interaction;
  })();
}

export function editInteraction(db: Db, id: string, fields: Partial<InteractionFields> & { deleted?: boolean }, now: string): Interaction {
  return db.transaction(() => {
    const current = readInteraction(db, id);
    if (!current || current.deleted) throw new AppError('interaction.not_found');
    const next: Interaction = { ...current, ...fields, updatedAt: now };
    saveInteraction(db, next);
    enqueue(db, {
      entity: 'interaction',
      entityId: id,
      op: fields.deleted ? 'delete' : 'update',
      body: { type: 'interaction.put', interaction: draftOf(next), previous: draftOf(current) },
      baseVersion: current.version,
      now,
    });
    return next;
  })();
}
