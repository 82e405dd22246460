import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import type { chatClientTokenSchema } from '../../shared/wire/chat';
import { chatClientLoginSchema } from '../../shared/wire/chat';
import { DEMO_ADVISOR } from '../demo/advisors';
import type { BackendStore, ChatDirectoryEntry } from '../store';
import { WireHttpError } from './errors';
import { parseInput } from './validate';

export interface ChatLoginRouteOptions {
  store: BackendStore;
  now: () => Date;
}

/** How many clients the client page's picker offers. */
const DIRECTORY_SIZE = 50;

/**
 * The client page's demo sign-in. A real bank authenticates its app users itself; here anyone
 * who knows a customer number is that client, which is fine for fake data only.
 */
export function registerChatLoginRoutes(app: FastifyInstance, { store, now }: ChatLoginRouteOptions): void {
  app.post('/chat/client-login', async (request): Promise<z.infer<typeof chatClientTokenSchema>> => {
    const { customerNo } = parseInput(chatClientLoginSchema, request.body, 'body');
    const client = store.chat.findClient(customerNo.trim());
    if (!client) throw new WireHttpError(401, 'UNAUTHORIZED', 'customerNo: no such client');
    return { token: store.chat.issueClientToken(client.clientId, now()), ...client };
  });

  // The picker of the client page: the demo advisor's clients, so a demo needs no typing.
  app.get('/chat/demo-clients', async (): Promise<{ clients: ChatDirectoryEntry[] }> => ({
    clients: store.chat.directory(DEMO_ADVISOR.id, DIRECTORY_SIZE),
  }));
}
