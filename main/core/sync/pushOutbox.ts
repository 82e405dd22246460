import { AppError } from '../../../shared/api';
import type { MutationResult } from '../../../shared/wire';
import type { Db } from '../db/types';
import type { OutboxRow } from '../outbox/outbox';
import { nextBatch, noteAttempt, setStatus, toMutation } from '../outbox/outbox';
import type { DataTable } from './applyChanges';
import type { BankClient } from './bankClient';
import { BankError } from './bankClient';
import { bankFailure } from './bankFailure';
import type { Checkpoint } from '../lifecycle/checkpoints';
import { settleResult } from './settleResult';

export interface PushOptions {
  db: Db;
  bank: BankClient;
  accessToken: () => Promise<string>;
  actor: string;
  now: () => Date;
  batchSize?: number;
  checkpoint?: Checkpoint | undefined;
  onSettled?: (tables: DataTable[]) => void;
}

const TABLES: Record<OutboxRow['entity'], DataTable[]> = {
  client: ['clients', 'outbox'],
  interaction: ['interactions', 'outbox'],
  report: ['reports', 'outbox'],
  audit: ['outbox'],
};

/**
 * Sends the outbox to the bank in FIFO order until nothing is ready to send. A retryable failure
 * (network, 5xx, 429) is counted on the batch and thrown for the engine to back off. A request
 * the bank refuses as a whole (413, 400) is split: sent one mutation at a time, so the one at
 * fault is parked alone. Returns the number of entries settled.
 */
export async function pushOutbox(options: PushOptions): Promise<number> {
  const { db } = options;
  let batchSize = options.batchSize ?? 50;
  let settled = 0;
  for (;;) {
    const batch = nextBatch(db, batchSize);
    if (batch.length === 0) return settled;
    let results;
    try {
      results = (await options.bank.pushMutations(await options.accessToken(), batch.map(toMutation))).results;
    } catch (error) {
      if (!(error instanceof BankError)) throw error;
      if (error.kind === 'too_large' || error.kind === 'rejected') {
        if (batch.length > 1) {
          batchSize = 1;
          continue;
        }
        const [only] = batch as [OutboxRow];
        setStatus(db, only.id, 'parked', new AppError('bank.refused_change', { bankCode: error.kind === 'too_large' ? 'LIMIT' : 'VALIDATION', bankReason: error.message.slice(0, 500) }));
        settled += 1;
        options.onSettled?.(['outbox']);
        continue;
      }
      if (error.kind === 'network' || error.kind === 'server') noteAttempt(db, batch.map((e) => e.id), bankFailure(error));
      throw error;
    }
    options.checkpoint?.('push-response');
    if (results.length !== batch.length || results.some((r, i) => r.id !== batch[i]?.id)) {
      throw new BankError('bad_response', 'The bank answered for other changes than those sent; nothing was marked as sent.');
    }
    const context = { now: options.now().toISOString(), actor: options.actor };
    db.transaction(() => batch.forEach((entry, i) => settleResult(db, entry, results[i] as MutationResult, context)))();
    settled += batch.length;
    options.onSettled?.([...new Set(batch.flatMap((e) => TABLES[e.entity]))]);
  }
}
