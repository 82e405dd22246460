import Database from 'better-sqlite3-multiple-ciphers';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Advisor, Client, Interaction, Report } from '../../shared/domain/entities';
import type { AuditEntry, MutationResult } from '../../shared/wire/mutations';
import type { ServedChangesPage } from './changes';
import { prepareChangesSince } from './changes';
import type { ChatStore } from './chat';
import { openChatStore, pruneExpiredClientTokens } from './chat';
import { listClientsOfAdvisor, listInteractionsOfAdvisor, listReportsOfAdvisor } from './listings';
import { migrate } from './migrate';
import type { MutationItem } from './mutations';
import { appliedMutationIds, applyMutation, auditEntries } from './mutations';
import type { Credentials, StoreCounts } from './queries';
import { countRows, findCredentials, getAdvisor, getClient, getInteraction, getReport } from './queries';
import type { RecordsInput } from './records';
import { putRecords } from './records';
import { readHeadSeq } from './sequence';
import type { IssuedTokens, TokenTtls } from './tokens';
import { advisorForAccessToken, issueTokens, pruneExpiredTokens, rotateRefreshToken } from './tokens';
import type { ClientPatch } from './writes';
import { deleteInteraction, updateClient } from './writes';

/**
 * The reference backend's own database, one SQLite file. Unencrypted: it plays the bank's
 * servers and holds fake data only. All methods are synchronous (better-sqlite3).
 */
export interface BackendStore {
  readonly path: string;
  /** True when no advisor exists yet, i.e. nothing was ever seeded. */
  isEmpty(): boolean;
  /** The latest change sequence handed out (0 for an empty store). */
  headSeq(): number;
  counts(): StoreCounts;
  putRecords(input: RecordsInput): number;
  findCredentials(username: string): Credentials | undefined;
  getAdvisor(id: string): Advisor | undefined;
  getClient(id: string): Client | undefined;
  getInteraction(id: string): Interaction | undefined;
  getReport(id: string): Report | undefined;
  /** A page of the advisor's feed, with how many changes remain after it. */
  changesSince(advisorId: string, cursor: number, limit: number): ServedChangesPage;
  updateClient(id: string, patch: ClientPatch, now: Date): Client;
  deleteInteraction(id: string, now: Date): Interaction;
  /** One desk mutation (`POST /sync/mutations`), applied at most once in its own transaction. */
  applyMutation(advisorId: string, mutation: MutationItem, now: Date): MutationResult;
  /** Ids of the advisor's applied mutations, in the order applied. */
  appliedMutationIds(advisorId: string): string[];
  /** The advisor's clients, tombstones included, by id. */
  listClientsOfAdvisor(advisorId: string): Client[];
  /** The interactions of the advisor's clients, tombstones included, by id. */
  listInteractionsOfAdvisor(advisorId: string): Interaction[];
  /** The reports of the advisor's clients, tombstones included, by id. */
  listReportsOfAdvisor(advisorId: string): Report[];
  /** The audit entries the advisor's desk sent, oldest first. */
  auditEntries(advisorId: string): AuditEntry[];
  issueTokens(advisorId: string, now: Date, ttls: TokenTtls): IssuedTokens;
  advisorForAccessToken(token: string, now: Date): string | undefined;
  rotateRefreshToken(token: string, now: Date, ttls: TokenTtls): { advisorId: string; tokens: IssuedTokens } | undefined;
  /** Removes expired advisor tokens and client (chat) tokens. */
  pruneExpiredTokens(now: Date): number;
  /** The chat relay's messages, receipts, attachments and client sign-ins. */
  readonly chat: ChatStore;
  close(): void;
}

export interface OpenStoreOptions {
  /** Path to a better_sqlite3.node built for the running ABI (Electron packs its own). */
  nativeBinding?: string | undefined;
}

export function openStore(path: string, options: OpenStoreOptions = {}): BackendStore {
  mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  try {
    // WAL lets the feed read while a write is in progress; NORMAL is durable enough for demo
    // data (a power cut may lose the last transaction, never corrupt the file).
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    db.pragma('cache_size = -65536');
    migrate(db);
  } catch (err) {
    db.close();
    throw err;
  }
  const changesSince = prepareChangesSince(db);
  const chat = openChatStore(db);

  return {
    path,
    isEmpty: () => db.prepare('SELECT NOT EXISTS (SELECT 1 FROM advisors)').pluck().get() === 1,
    headSeq: () => readHeadSeq(db),
    counts: () => countRows(db),
    putRecords: (input) => {
      const written = putRecords(db, input);
      // A seeded book is hundreds of MB of WAL; fold it into the file now, not during the first feed reads.
      db.pragma('wal_checkpoint(TRUNCATE)');
      return written;
    },
    findCredentials: (username) => findCredentials(db, username),
    getAdvisor: (id) => getAdvisor(db, id),
    getClient: (id) => getClient(db, id),
    getInteraction: (id) => getInteraction(db, id),
    getReport: (id) => getReport(db, id),
    changesSince,
    updateClient: (id, patch, now) => updateClient(db, id, patch, now),
    deleteInteraction: (id, now) => deleteInteraction(db, id, now),
    applyMutation: (advisorId, mutation, now) => applyMutation(db, advisorId, mutation, now),
    appliedMutationIds: (advisorId) => appliedMutationIds(db, advisorId),
    listClientsOfAdvisor: (advisorId) => listClientsOfAdvisor(db, advisorId),
    listInteractionsOfAdvisor: (advisorId) => listInteractionsOfAdvisor(db, advisorId),
    listReportsOfAdvisor: (advisorId) => listReportsOfAdvisor(db, advisorId),
    auditEntries: (advisorId) => auditEntries(db, advisorId),
    issueTokens: (advisorId, now, ttls) => issueTokens(db, advisorId, now.getTime(), ttls),
    advisorForAccessToken: (token, now) => advisorForAccessToken(db, token, now.getTime()),
    rotateRefreshToken: (token, now, ttls) => rotateRefreshToken(db, token, now.getTime(), ttls),
    pruneExpiredTokens: (now) => pruneExpiredTokens(db, now.getTime()) + pruneExpiredClientTokens(db, now.getTime()),
    chat,
    close: () => {
      if (db.open) db.close();
    },
  };
}
