import type Database from 'better-sqlite3-multiple-ciphers';
import type { ChatReceipt, ChatSend, ChatSendAck, ChatSyncPage } from '../../../shared/wire/chat';
import type { AttachmentStore } from './attachments';
import { prepareAttachments } from './attachments';
import { prepareConversationAccess } from './access';
import { clientForToken, issueClientToken } from './clientTokens';
import type { ChatDirectoryEntry } from './directory';
import { chatDirectory, findChatClient } from './directory';
import { preparePutReceipt } from './receipts';
import { prepareSendMessage } from './send';
import { prepareSyncPage } from './sync';
import type { ChatConversation, ChatPeer, ChatSide } from './types';

export type { ChatConversation, ChatPeer, ChatSide } from './types';
export type { ChatDirectoryEntry } from './directory';
export { otherSide } from './types';
export { pruneExpiredClientTokens } from './clientTokens';

/** The chat relay's storage (migration 0040). Statements are prepared once: the relay sends a lot. */
export interface ChatStore {
  /** The conversation if `peer` may use it; undefined for unknown ids and other people's alike. */
  conversation(peer: ChatPeer, conversationId: string): ChatConversation | undefined;
  send(peer: ChatPeer, input: ChatSend, now: Date): ChatSendAck;
  /** 'ahead' when the cursor is past anything stored (the relay's database was reset). */
  syncPage(peer: ChatPeer, cursor: number, limit: number): ChatSyncPage | 'ahead';
  /** The new stored value when the receipt raised it, else undefined. */
  putReceipt(side: ChatSide, receipt: ChatReceipt): number | undefined;
  attachments: AttachmentStore;
  issueClientToken(clientId: string, now: Date): string;
  clientForToken(token: string, now: Date): string | undefined;
  findClient(customerNo: string): { clientId: string; name: string; advisorName: string } | undefined;
  directory(advisorId: string, limit: number): ChatDirectoryEntry[];
}

export function openChatStore(db: Database.Database): ChatStore {
  const conversation = prepareConversationAccess(db);
  return {
    conversation,
    send: prepareSendMessage(db, conversation),
    syncPage: prepareSyncPage(db),
    putReceipt: preparePutReceipt(db),
    attachments: prepareAttachments(db),
    issueClientToken: (clientId, now) => issueClientToken(db, clientId, now.getTime()),
    clientForToken: (token, now) => clientForToken(db, token, now.getTime()),
    findClient: (customerNo) => findChatClient(db, customerNo),
    directory: (advisorId, limit) => chatDirectory(db, advisorId, limit),
  };
}
