import type { Interaction } from '../../../shared/domain/entities';
import { interactionSchema } from '../../../shared/domain/entities';
import type { InteractionDraft, Mutation, MutationResult } from '../../../shared/wire/mutations';
import { toChinaInstant } from '../../time';
import { interactionParams } from '../rows';
import { UPSERT_INTERACTION } from '../statements';
import type { MutationContext } from './outcomes';
import { applied, conflict, rejected } from './outcomes';
import { lookupInteraction, ownLiveClient } from './ownership';

type InteractionPut = Extract<Mutation, { type: 'interaction.put' }>;

const EARLIEST_OCCURRED_MS = Date.parse('2000-01-01T00:00:00+08:00');
const NO_SUCH_INTERACTION = 'interaction.id: no such interaction';

/**
 * A contact date the book can hold: not before 2000 (a typo such as 0202) and not more than a
 * year ahead (a planned meeting is fine; year 2205 is not). The schema checks only the format.
 */
function occurredAtProblem(occurredAt: string, now: Date): string | undefined {
  const at = Date.parse(occurredAt);
  const latest = new Date(now.getTime());
  latest.setUTCFullYear(latest.getUTCFullYear() + 1);
  if (!(at >= EARLIEST_OCCURRED_MS)) return 'interaction.occurredAt: before 2000-01-01';
  if (at > latest.getTime()) return 'interaction.occurredAt: more than one year ahead';
  return undefined;
}

function write(ctx: MutationContext, draft: InteractionDraft, advisorId: string, version: number): number {
  const next: Interaction = interactionSchema.parse({ ...draft, advisorId, version, updatedAt: toChinaInstant(ctx.now) });
  // The owner is the client's advisor, which ownLiveClient has established is the token's.
  ctx.db.prepare(UPSERT_INTERACTION).run(interactionParams(next, ctx.advisorId, ctx.nextSeq()));
  return next.version;
}

/**
 * `interaction.put`: creates (baseVersion null, id not yet known) or replaces (baseVersion =
 * the bank's version) a whole interaction of an own client. Every "not yours" case answers
 * exactly like "does not exist", so a foreign id reveals nothing.
 */
export function applyInteractionPut(ctx: MutationContext, m: InteractionPut): MutationResult {
  const draft = m.interaction;
  const when = occurredAtProblem(draft.occurredAt, ctx.now);
  if (when) return rejected(m.id, 'VALIDATION', when);
  if (!ownLiveClient(ctx.db, ctx.advisorId, draft.clientId)) return rejected(m.id, 'NOT_FOUND', 'interaction.clientId: no such client');

  const found = lookupInteraction(ctx.db, ctx.advisorId, draft.id);
  if (found.kind === 'absent') {
    // An edit of something the bank never had cannot become a create: the desk's idea of it is wrong.
    if (m.baseVersion !== null) return rejected(m.id, 'NOT_FOUND', NO_SUCH_INTERACTION);
    return applied(m.id, write(ctx, draft, ctx.advisorId, 1));
  }
  if (found.kind === 'foreign') return rejected(m.id, 'NOT_FOUND', NO_SUCH_INTERACTION);

  const current = found.interaction;
  if (current.clientId !== draft.clientId) {
    return rejected(m.id, 'VALIDATION', 'interaction.clientId: an interaction cannot move to another client');
  }
  // A create (null) of an id the bank already holds is stale too: the RM must see what is there.
  if (m.baseVersion !== current.version) return conflict(m.id, { entity: 'interaction', data: current });
  // The author stays whoever recorded the contact; an edit does not change who met the client.
  return applied(m.id, write(ctx, draft, current.advisorId, current.version + 1));
}
