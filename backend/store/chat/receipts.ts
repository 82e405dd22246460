import type Database from 'better-sqlite3-multiple-ciphers';
import type { ChatReceipt } from '../../../shared/wire/chat';
import type { ChatSide } from './types';

/**
 * Receipts: how far each side of a conversation has received (`delivered`) and read (`read`) it.
 * Stored per conversation and side, and only ever raised (max of old and new), never above the
 * conversation's last seq: a late or replayed receipt cannot move a reader backwards, and a
 * receipt for a message that does not exist yet cannot claim it. Reading implies having
 * received, so a read receipt raises `delivered` too.
 */
export type PutReceipt = (side: ChatSide, receipt: ChatReceipt) => number | undefined;

/** The columns of each side; fixed names, never input, so they may go into the SQL text. */
const COLUMNS: Record<ChatSide, Record<ChatReceipt['kind'], string>> = {
  advisor: { delivered: 'advisor_delivered_seq', read: 'advisor_read_seq' },
  client: { delivered: 'client_delivered_seq', read: 'client_read_seq' },
};

function prepareRaise(db: Database.Database, side: ChatSide, kind: ChatReceipt['kind']) {
  const column = COLUMNS[side][kind];
  const alsoDelivered = kind === 'read' ? `, ${COLUMNS[side].delivered} = max(${COLUMNS[side].delivered}, min(@upTo, last_seq))` : '';
  // The WHERE clause makes a receipt that raises nothing a no-op: no row comes back, nothing is forwarded.
  return db
    .prepare(
      `UPDATE chat_conversations SET ${column} = min(@upTo, last_seq)${alsoDelivered}
       WHERE id = @conversationId AND ${column} < min(@upTo, last_seq) RETURNING ${column}`,
    )
    .pluck();
}

/**
 * Answers the new stored value when the receipt raised it (to forward to the other side), or
 * undefined when it changed nothing.
 */
export function preparePutReceipt(db: Database.Database): PutReceipt {
  const statements = {
    advisor: { delivered: prepareRaise(db, 'advisor', 'delivered'), read: prepareRaise(db, 'advisor', 'read') },
    client: { delivered: prepareRaise(db, 'client', 'delivered'), read: prepareRaise(db, 'client', 'read') },
  };
  return (side, receipt) =>
    statements[side][receipt.kind].get({ conversationId: receipt.conversationId, upTo: receipt.upToSeq }) as number | undefined;
}
