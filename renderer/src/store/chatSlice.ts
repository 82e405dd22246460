import type { PayloadAction } from '@reduxjs/toolkit';
import { createSlice } from '@reduxjs/toolkit';
import type { ChatStatus } from '../../../shared/api';
import { chatApi } from './endpoints/chat';
import { sessionApi } from './endpoints/session';
import { sessionChanged } from './sessionSlice';

export interface ChatState {
  /** Null until `chat.status` answers or a `chat:status` arrives. */
  status: ChatStatus | null;
  /** When each client was last seen typing (ms since the epoch); not persisted, not sent anywhere. */
  typingAt: Record<string, number>;
}

const initialState: ChatState = { status: null, typingAt: {} };

/** The chat connection's status (header of the chat page, nav badge) and who is typing. */
export const chatSlice = createSlice({
  name: 'chat',
  initialState,
  reducers: {
    chatStatusReceived(state, action: PayloadAction<ChatStatus>) {
      state.status = action.payload;
    },
    chatTypingReceived(state, action: PayloadAction<{ clientId: string; at: number }>) {
      state.typingAt[action.payload.clientId] = action.payload.at;
    },
    /** A message from the client ends their typing. */
    chatTypingEnded(state, action: PayloadAction<string>) {
      state.typingAt = Object.fromEntries(Object.entries(state.typingAt).filter(([clientId]) => clientId !== action.payload));
    },
  },
  extraReducers: (builder) => {
    builder
      .addCase(sessionChanged, (state, action) => {
        if (!action.payload) return initialState;
        return state;
      })
      .addMatcher(sessionApi.endpoints.logout.matchFulfilled, () => initialState)
      .addMatcher(chatApi.endpoints.chatStatus.matchFulfilled, (state, action) => {
        state.status = action.payload;
      });
  },
  selectors: {
    selectChatStatus: (state) => state.status,
    selectTypingAt: (state, clientId: string): number | null => state.typingAt[clientId] ?? null,
  },
});

export const { chatStatusReceived, chatTypingReceived, chatTypingEnded } = chatSlice.actions;
export const { selectChatStatus, selectTypingAt } = chatSlice.selectors;
