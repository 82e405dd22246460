import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { chatAttachmentSchema } from '../../shared/wire/chat';
import { CHAT_ATTACHMENT_MAX_BYTES } from '../../shared/wire/chat';
import { idSchema } from '../../shared/domain/primitives';
import { attachmentTypeOf } from '../chat/fileType';
import type { BackendStore, ChatConversation, ChatPeer } from '../store';
import { authenticateChatPeer } from './bearer';
import { WireHttpError } from './errors';
import { parseInput } from './validate';

export interface ChatAttachmentRouteOptions {
  store: BackendStore;
  now: () => Date;
}

const uploadQuerySchema = z.object({ conversationId: idSchema }).strict();

const NOT_AN_IMAGE = 'body: not a PNG, JPEG or WebP image';
const NOT_AN_ATTACHMENT = 'body: not a PNG, JPEG or WebP image, nor a PDF';

/**
 * `POST /chat/attachments?conversationId=…` (raw bytes, any Content-Type) and
 * `GET /chat/attachments/:id`, for an advisor's access token or a client token. Another
 * advisor's or client's conversation, and its attachments, answer 404 like unknown ones.
 */
export function registerChatAttachmentRoutes(app: FastifyInstance, { store, now }: ChatAttachmentRouteOptions): void {
  // Encapsulated: only these routes take raw bodies; elsewhere a non-JSON body stays a 415.
  void app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));

    const uploads = new WeakMap<FastifyRequest, { peer: ChatPeer; conversation: ChatConversation }>();
    scope.post(
      '/chat/attachments',
      {
        bodyLimit: CHAT_ATTACHMENT_MAX_BYTES,
        // Who and where before the body is read, so a stranger cannot make us buffer 10 MB.
        onRequest: async (request) => {
          const peer = authenticateChatPeer(request, store, now());
          const { conversationId } = parseInput(uploadQuerySchema, request.query, 'query');
          const conversation = store.chat.conversation(peer, conversationId);
          if (!conversation) throw new WireHttpError(404, 'NOT_FOUND', 'conversationId: no such conversation');
          uploads.set(request, { peer, conversation });
        },
      },
      async (request): Promise<z.infer<typeof chatAttachmentSchema>> => {
        const upload = uploads.get(request);
        if (!upload) throw new Error('POST /chat/attachments reached without authentication');
        const data = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
        if (data.length === 0) throw new WireHttpError(400, 'BAD_REQUEST', 'body: empty, expected the attachment bytes');
        const type = attachmentTypeOf(data, upload.peer.side);
        if (!type) throw new WireHttpError(415, 'BAD_REQUEST', upload.peer.side === 'advisor' ? NOT_AN_ATTACHMENT : NOT_AN_IMAGE);
        return store.chat.attachments.put({ conversationId: upload.conversation.clientId, uploader: upload.peer.side, type, data }, now());
      },
    );

    scope.get('/chat/attachments/:id', async (request, reply) => {
      const peer = authenticateChatPeer(request, store, now());
      const { id } = request.params as { id: string };
      const attachment = idSchema.safeParse(id).success ? store.chat.attachments.get(id) : undefined;
      if (!attachment || !store.chat.conversation(peer, attachment.conversationId)) {
        throw new WireHttpError(404, 'NOT_FOUND', 'id: no such attachment');
      }
      // nosniff: the browser must take the type we checked, never guess one from the bytes.
      return reply.header('content-type', attachment.type).header('x-content-type-options', 'nosniff').send(attachment.data);
    });
  });
}
