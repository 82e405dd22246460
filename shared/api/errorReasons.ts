import { z } from 'zod';
import type { ErrorCode } from './errorCodes';

/**
 * Why a call failed, as a stable key with typed parameters: what the renderer translates (zh-CN
 * and en), so no prose written by the core ever reaches the screen. Times are instants (UTC ISO),
 * which the renderer formats in the RM's zone; sizes are bytes; lengths are characters.
 *
 * Each reason has one error code (the coarse class a caller may branch on) and its parameters.
 * Adding a reason here without a translation in both locale files fails `locales.test.ts`.
 */

/** An instant parameter: the renderer formats it as a local date and time. */
export const instantParam = z.iso.datetime({ offset: true });
const count = z.number().int().nonnegative();
const none = z.object({}).strict();
/** What a bank answered when it refused: its code, and its own words (kept for support, not shown). */
const bankRefusal = z.object({ bankCode: z.string().max(32), bankReason: z.string().max(500) }).strict();

function reason<C extends ErrorCode, P extends z.ZodObject>(code: C, params: P) {
  return { code, params };
}

export const errorReasons = {
  // The request itself (any method)
  'request.invalid': reason('VALIDATION', none),
  'request.unknown_method': reason('VALIDATION', none),
  'request.too_large': reason('LIMIT', z.object({ maxBytes: count }).strict()),
  'request.not_json': reason('VALIDATION', none),
  // The host between the renderer and the core
  'host.unauthorized': reason('UNAUTHORIZED', none),
  'host.unreachable': reason('OFFLINE', none),
  'host.bad_answer': reason('INTERNAL', z.object({ status: z.number().int().nullable() }).strict()),
  /** The core stopped while the call was in flight: it may or may not have been carried out. */
  'host.core_restarting': reason('OFFLINE', none),
  // Faults of the app: logged by event name, never explained with client data
  'internal.unexpected': reason('INTERNAL', none),
  'internal.bad_output': reason('INTERNAL', none),
  // Sign-in and lock
  'session.not_signed_in': reason('UNAUTHORIZED', none),
  'session.locked': reason('LOCKED', none),
  'session.wrong_password': reason('UNAUTHORIZED', none),
  'session.locked_out': reason('LOCKED', z.object({ until: instantParam }).strict()),
  'session.no_offline_copy': reason('OFFLINE', none),
  'session.bank_refused_sign_in': reason('VALIDATION', none),
  'session.sign_in_failed': reason('INTERNAL', none),
  'session.book_too_new': reason('INTERNAL', none),
  // Records of the book
  'client.not_found': reason('NOT_FOUND', none),
  'interaction.not_found': reason('NOT_FOUND', none),
  'report.not_found': reason('NOT_FOUND', none),
  'report.made_elsewhere': reason('NOT_FOUND', none),
  'report.snapshot_unreadable': reason('INTERNAL', none),
  'report.text_too_long': reason('LIMIT', z.object({ field: z.enum(['notes', 'nextYearPlan']), max: count, length: count }).strict()),
  'report.too_many_holdings': reason('LIMIT', z.object({ max: count, count }).strict()),
  'report.too_many_interactions': reason('LIMIT', z.object({ max: count, count }).strict()),
  'report.advisor_not_synced': reason('NOT_FOUND', none),
  'report.input_invalid': reason('VALIDATION', none),
  'report.input_too_large': reason('LIMIT', none),
  'report.render_failed': reason('INTERNAL', none),
  'report.promise_found': reason('VALIDATION', z.object({ terms: z.array(z.string().max(200)).max(50) }).strict()),
  'batch.no_clients': reason('VALIDATION', none),
  'batch.not_found': reason('NOT_FOUND', none),
  'batch.stopped': reason('INTERNAL', none),
  // Local changes and sync
  'outbox.change_too_large': reason('LIMIT', z.object({ maxBytes: count }).strict()),
  'outbox.unreadable': reason('INTERNAL', none),
  'conflict.already_resolved': reason('NOT_FOUND', none),
  'conflict.bank_record_unreadable': reason('CONFLICT', none),
  'parked.not_found': reason('NOT_FOUND', none),
  'bank.unreachable': reason('OFFLINE', none),
  'bank.server_error': reason('INTERNAL', z.object({ status: z.number().int().nullable() }).strict()),
  'bank.session_expired': reason('UNAUTHORIZED', none),
  'bank.request_too_large': reason('LIMIT', none),
  'bank.bad_answer': reason('INTERNAL', none),
  'bank.refused_request': reason('INTERNAL', z.object({ status: z.number().int().nullable() }).strict()),
  'bank.refused_change': reason('VALIDATION', bankRefusal),
  'bank.newer_version': reason('CONFLICT', none),
  'sync.unexpected': reason('INTERNAL', none),
  // Chat
  'chat.text_empty': reason('VALIDATION', none),
  'chat.text_too_long': reason('LIMIT', z.object({ max: count, length: count }).strict()),
  'chat.promise_found': reason('VALIDATION', z.object({ terms: z.array(z.string().max(200)).max(50) }).strict()),
  'chat.attachment_too_large': reason('LIMIT', z.object({ maxBytes: count, bytes: count }).strict()),
  'chat.not_an_image': reason('VALIDATION', none),
  'chat.attachment_not_found': reason('NOT_FOUND', none),
  'chat.attachment_offline': reason('OFFLINE', none),
  'chat.attachment_unreadable': reason('VALIDATION', none),
  'chat.report_of_another_client': reason('NOT_FOUND', none),
  'chat.bank_refused_message': reason('VALIDATION', bankRefusal),
} as const;

export type ErrorReasons = typeof errorReasons;
export type ErrorReason = keyof ErrorReasons;
export type ErrorParams<R extends ErrorReason> = z.output<ErrorReasons[R]['params']>;

export const ERROR_REASONS = Object.keys(errorReasons) as ErrorReason[];
export const errorReasonSchema = z.enum(ERROR_REASONS as [ErrorReason, ...ErrorReason[]]);

export function isErrorReason(value: unknown): value is ErrorReason {
  return typeof value === 'string' && Object.hasOwn(errorReasons, value);
}

/** The parameter names of a reason whose values are instants (formatted in the RM's zone). */
export function instantParamsOf(reason: ErrorReason): string[] {
  const shape = errorReasons[reason].params.shape as Record<string, z.ZodType>;
  return Object.keys(shape).filter((key) => shape[key] === instantParam);
}
