import type Database from 'better-sqlite3-multiple-ciphers';
import type { ConflictCurrent, MutationResult, REJECTION_CODES } from '../../../shared/wire/mutations';
import type { NextSeq } from '../sequence';

/** What a mutation handler works with: one write transaction on behalf of one advisor. */
export interface MutationContext {
  db: Database.Database;
  /** The advisor behind the access token; every ownership check is against this id. */
  advisorId: string;
  now: Date;
  nextSeq: NextSeq;
}

export type RejectionCode = (typeof REJECTION_CODES)[number];

/** The wire allows 500 characters of reason; a long zod path must not break the answer. */
const MAX_REASON = 500;

export function applied(id: string, version: number | null): MutationResult {
  return { id, status: 'applied', version };
}

export function duplicate(id: string, version: number | null): MutationResult {
  return { id, status: 'duplicate', version };
}

export function conflict(id: string, current: ConflictCurrent): MutationResult {
  return { id, status: 'conflict', current };
}

export function rejected(id: string, code: RejectionCode, reason: string): MutationResult {
  return { id, status: 'rejected', code, reason: reason.slice(0, MAX_REASON) };
}
