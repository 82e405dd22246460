import type Database from 'better-sqlite3-multiple-ciphers';
import type { ChatConversation, ChatPeer } from './types';

/**
 * The conversation `conversationId` if `peer` may use it, else undefined: an advisor only their
 * own live clients', a client only their own (and only while their record is live). Another
 * advisor's client and an unknown id look the same, so a refusal tells nothing.
 */
export type ConversationAccess = (peer: ChatPeer, conversationId: string) => ChatConversation | undefined;

export function prepareConversationAccess(db: Database.Database): ConversationAccess {
  const liveClient = db.prepare('SELECT advisor_id FROM clients WHERE id = ? AND deleted = 0').pluck();
  return (peer, conversationId) => {
    if (peer.side === 'client' && peer.clientId !== conversationId) return undefined;
    const advisorId = liveClient.get(conversationId) as string | undefined;
    if (advisorId === undefined) return undefined;
    if (peer.side === 'advisor' && peer.advisorId !== advisorId) return undefined;
    return { clientId: conversationId, advisorId };
  };
}
