import type { Conversation } from '../../../../../shared/api';

/**
 * The conversations whose client's name (Chinese or English, any case) contains what the RM
 * typed; everything when the box is empty. The host's order (most recent first) is kept.
 */
export function filterConversations(conversations: readonly Conversation[], query: string): Conversation[] {
  const needle = query.trim().toLowerCase();
  if (!needle) return [...conversations];
  return conversations.filter((c) => c.name.toLowerCase().includes(needle) || c.nameEn.toLowerCase().includes(needle));
}
