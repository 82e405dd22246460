import type { ApiError } from '../../../shared/api';
import { AppError, apiErrorSchema } from '../../../shared/api';
import { parseStoredJson } from './storedJson';

/** A failure to keep in a row (outbox, chat message), as the envelope's error in JSON. */
export function storedError(error: AppError): string {
  return JSON.stringify(error.toApiError());
}

/**
 * A kept failure, read back. Rows written before reasons existed hold prose (`VALIDATION: …`):
 * `legacy` says what such a row means, so the screen still gets a reason to translate.
 */
export function readStoredError(text: string | null, where: string, legacy: (text: string) => ApiError): ApiError | null {
  if (text === null) return null;
  if (!text.startsWith('{')) return legacy(text);
  return parseStoredJson(apiErrorSchema, text, where) ?? legacy(text);
}

/** `CODE: words` as the bank's refusal, the shape of rows written before reasons existed. */
export function legacyBankRefusal(reason: 'bank.refused_change' | 'chat.bank_refused_message', text: string): ApiError {
  const match = /^([A-Z_]{2,32}): ?(.*)$/su.exec(text);
  return new AppError(reason, { bankCode: match?.[1] ?? 'UNKNOWN', bankReason: (match?.[2] ?? text).slice(0, 500) }).toApiError();
}
