/**
 * Who is on a chat connection or a chat HTTP request: an advisor (any of their clients'
 * conversations) or one client (only their own conversation, named by their id).
 */
export type ChatPeer = { side: 'advisor'; advisorId: string } | { side: 'client'; clientId: string };

export type ChatSide = ChatPeer['side'];

/** A conversation a peer may use, with both its sides, for routing to the other one. */
export interface ChatConversation {
  /** The client's id, which is also the conversation's. */
  clientId: string;
  advisorId: string;
}

/** The stored id of whoever is on a side: the advisor's id, or the client's. */
export function peerId(peer: ChatPeer): string {
  return peer.side === 'advisor' ? peer.advisorId : peer.clientId;
}

export function otherSide(side: ChatSide): ChatSide {
  return side === 'advisor' ? 'client' : 'advisor';
}
