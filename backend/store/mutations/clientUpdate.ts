import type { Client } from '../../../shared/domain/entities';
import { clientSchema } from '../../../shared/domain/entities';
import type { ClientEdit, Mutation, MutationResult } from '../../../shared/wire/mutations';
import { EDITABLE_CLIENT_FIELDS } from '../../../shared/wire/mutations';
import { toChinaInstant } from '../../time';
import { clientParams } from '../rows';
import { UPSERT_CLIENT } from '../statements';
import type { MutationContext } from './outcomes';
import { applied, conflict, rejected } from './outcomes';
import { ownLiveClient } from './ownership';

type ClientUpdate = Extract<Mutation, { type: 'client.update' }>;

/**
 * Copies only the fields an RM may edit. The wire schema is already strict about this; the
 * explicit list here keeps bank-owned fields (AUM, risk level, identity) safe even if that
 * schema is ever loosened.
 */
function editableOnly(fields: ClientEdit): Partial<Client> {
  return Object.fromEntries(EDITABLE_CLIENT_FIELDS.filter((f) => fields[f] !== undefined).map((f) => [f, fields[f]]));
}

/** `client.update`: an own client at `baseVersion` gets the edited fields, version+1, a new seq. */
export function applyClientUpdate(ctx: MutationContext, m: ClientUpdate): MutationResult {
  // Unknown, foreign and deleted clients get one answer, so the reply reveals nothing.
  const current = ownLiveClient(ctx.db, ctx.advisorId, m.clientId);
  if (!current) return rejected(m.id, 'NOT_FOUND', 'clientId: no such client');
  if (current.version !== m.baseVersion) return conflict(m.id, { entity: 'client', data: current });
  const next = clientSchema.parse({ ...current, ...editableOnly(m.fields), version: current.version + 1, updatedAt: toChinaInstant(ctx.now) });
  ctx.db.prepare(UPSERT_CLIENT).run(clientParams(next, ctx.nextSeq()));
  return applied(m.id, next.version);
}
