import type { ChatDesk } from './chatDesk';
import { defineHandlers } from '../api/handlerKit';


/** Live chat with the advisor's clients. */
export const chatHandlers = defineHandlers<{ chat: ChatDesk }>()('chat', {
  'chat.conversations': (_input, s) => s.chat.conversations(),
  'chat.history': ({ clientId, before, limit }, s) => s.chat.history(clientId, limit, before),
  // The relay holds a sent message a millisecond after it leaves: the answer does not wait for the disk.
  'chat.sendText': { access: 'unlocked', disk: 'after-answer', run: ({ clientId, body }, s) => s.chat.sendText(clientId, body) },
  'chat.sendImage': { access: 'unlocked', disk: 'after-answer', run: ({ clientId, base64, caption }, s) => s.chat.sendImage(clientId, base64, caption) },
  'chat.sendReport': { access: 'unlocked', runAsync: ({ clientId, reportId }, s) => s.chat.sendReport(clientId, reportId) },
  'chat.markRead': ({ clientId }, s) => {
    s.chat.markRead(clientId);
    return null;
  },
  'chat.typing': ({ clientId }, s) => {
    s.chat.typing(clientId);
    return null;
  },
  'chat.image': { access: 'unlocked', runAsync: ({ id }, s) => s.chat.attachment(id) },
  'chat.templates': ({ clientId, query }, s) => s.chat.templates(clientId, query),
  // The connection's state shows no client data: answered while locked too.
  'chat.status': { access: 'signedIn', run: (_input, s) => s.chat.status() },
});
