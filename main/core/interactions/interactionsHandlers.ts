import type { InteractionsService } from './interactionsService';
import { defineHandlers } from '../api/handlerKit';


/** Contacts with a client. */
export const interactionsHandlers = defineHandlers<{ interactions: InteractionsService }>()('interactions', {
  'interactions.list': ({ clientId }, s) => s.interactions.list(clientId),
  'interactions.log': ({ clientId, ...fields }, s) => s.interactions.log(clientId, fields),
  'interactions.update': ({ id, fields }, s) => s.interactions.update(id, fields),
  'interactions.delete': ({ id }, s) => s.interactions.remove(id),
});
