import type { CadenceResult, Touch } from '../../../shared/cadence';
import { evaluateTouches } from '../../../shared/cadence';
import { instantOf } from '../../../shared/cadence/instants';
import { BANK_TIME_ZONE } from '../../../shared/time/zoned';
import type { Db } from '../db/types';
import type { CadenceScope } from './scopes';

/** The book's themed interactions and delivered annual reports, read once and kept as instants. */
export interface BookTouches {
  /** Every live client, with the instant they became a client (null: before any year asked). */
  clients: Map<string, number | null>;
  touches: Map<string, Touch[]>;
  reportTimes: Map<string, number[]>;
}

/**
 * Reads what 12-4-2-1 needs from the book (or from one client): three queries, and every date
 * turned into an instant once. Evaluating a scope from this is then pure arithmetic, which is
 * what lets the dashboard switch years and days at once.
 */
export function loadBookTouches(db: Db, onlyClientId?: string): BookTouches {
  const one = onlyClientId !== undefined;
  const params = one ? { client: onlyClientId } : {};
  const zone = BANK_TIME_ZONE;
  const clients = new Map(
    (db.prepare(`SELECT id, client_since FROM clients WHERE deleted = 0 ${one ? 'AND id = @client' : ''}`).raw().all(params) as [string, string | null][]).map(
      ([id, since]) => [id, since ? instantOf(since, zone, 'start') : null] as const,
    ),
  );
  const touches = new Map<string, Touch[]>();
  const rows = db
    .prepare(
      `SELECT client_id, occurred_at, is_allocation_review, channel = 'face_to_face' FROM interactions
       WHERE deleted = 0 AND trim(coalesce(theme, '')) <> '' ${one ? 'AND client_id = @client' : ''}`,
    )
    .raw()
    .all(params) as [string, string, number, number][];
  for (const [clientId, occurredAt, review, faceToFace] of rows) {
    const t = instantOf(occurredAt, zone, 'start');
    if (t === null) continue;
    let list = touches.get(clientId);
    if (!list) touches.set(clientId, (list = []));
    list.push({ t, review: review === 1, faceToFace: faceToFace === 1 });
  }
  const reportTimes = new Map<string, number[]>();
  const reports = db
    .prepare(`SELECT client_id, delivered_at FROM reports WHERE deleted = 0 AND kind = 'annual_wealth' AND delivered_at IS NOT NULL ${one ? 'AND client_id = @client' : ''}`)
    .raw()
    .all(params) as [string, string][];
  for (const [clientId, deliveredAt] of reports) {
    const t = instantOf(deliveredAt, zone, 'start');
    if (t !== null) reportTimes.set(clientId, [...(reportTimes.get(clientId) ?? []), t]);
  }
  return { clients, touches, reportTimes };
}

/** 12-4-2-1 for every client of the loaded book, for one scope. */
export function evaluateLoaded(book: BookTouches, scope: CadenceScope): Map<string, CadenceResult> {
  const asOf = asOfInstant(scope);
  const results = new Map<string, CadenceResult>();
  for (const [clientId, since] of book.clients) results.set(clientId, evaluateAt(book, clientId, since, scope, asOf));
  return results;
}

/** 12-4-2-1 for one client of the loaded book; undefined when it is not a live client of it. */
export function evaluateLoadedClient(book: BookTouches, clientId: string, scope: CadenceScope): CadenceResult | undefined {
  const since = book.clients.get(clientId);
  return since === undefined ? undefined : evaluateAt(book, clientId, since, scope, asOfInstant(scope));
}

/** A scope's day, read as its end in the bank's zone. */
function asOfInstant(scope: CadenceScope): number {
  return instantOf(scope.asOf, BANK_TIME_ZONE, 'end') ?? Date.now();
}

function evaluateAt(book: BookTouches, clientId: string, since: number | null, scope: CadenceScope, asOf: number): CadenceResult {
  return evaluateTouches({
    year: scope.year,
    asOf,
    since,
    timeZone: BANK_TIME_ZONE,
    touches: book.touches.get(clientId) ?? [],
    reportTimes: book.reportTimes.get(clientId) ?? [],
  });
}

/** Reads one client again into the loaded book (gone from it when deleted or no longer there). */
export function reloadClient(book: BookTouches, db: Db, clientId: string): void {
  const fresh = loadBookTouches(db, clientId);
  const since = fresh.clients.get(clientId);
  if (since === undefined) book.clients.delete(clientId);
  else book.clients.set(clientId, since);
  const touches = fresh.touches.get(clientId);
  if (touches) book.touches.set(clientId, touches);
  else book.touches.delete(clientId);
  const reportTimes = fresh.reportTimes.get(clientId);
  if (reportTimes) book.reportTimes.set(clientId, reportTimes);
  else book.reportTimes.delete(clientId);
}

/** Load and evaluate in one go (one client, or a book evaluated once). */
export function evaluateBook(db: Db, scope: CadenceScope, onlyClientId?: string): Map<string, CadenceResult> {
  return evaluateLoaded(loadBookTouches(db, onlyClientId), scope);
}
