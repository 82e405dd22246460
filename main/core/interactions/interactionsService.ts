import type { InteractionFields, InteractionRow } from '../../../shared/api';
import { AppError } from '../../../shared/api';
import type { Db } from '../db/types';
import { listInteractions, readInteractionRow } from './interactionRecord';
import { editInteraction, logInteraction } from './interactionWrites';

/** A signed-in advisor's contacts with their clients: the timeline, and logging, editing, deleting one. */
export function createInteractionsService(deps: { db: Db; advisorId: string; now: () => Date }) {
  const { db } = deps;
  const iso = () => deps.now().toISOString();
  const row = (id: string): InteractionRow => {
    const found = readInteractionRow(db, id);
    if (!found) throw new AppError('interaction.not_found');
    return found;
  };
  return {
    list: (clientId: string): InteractionRow[] => listInteractions(db, clientId),
    log: (clientId: string, fields: InteractionFields): InteractionRow => row(logInteraction(db, deps.advisorId, clientId, fields, iso()).id),
    update: (id: string, fields: Partial<InteractionFields>): InteractionRow => row(editInteraction(db, id, fields, iso()).id),
    remove: (id: string): InteractionRow => row(editInteraction(db, id, { deleted: true }, iso()).id),
  };
}

export type InteractionsService = ReturnType<typeof createInteractionsService>;
