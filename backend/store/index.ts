export { openStore } from './store';
export type { BackendStore, OpenStoreOptions } from './store';
export type { RecordsInput, AdvisorWithPassword } from './records';
export type { ClientPatch } from './writes';
export type { IssuedTokens, TokenTtls } from './tokens';
export type { StoreCounts, Credentials } from './queries';
export type { MutationItem } from './mutations';
export type { ChatStore, ChatPeer, ChatSide, ChatConversation, ChatDirectoryEntry } from './chat';
export { otherSide } from './chat';
