import type { z } from 'zod';
import type { ChangesPage, LoginRequest, Mutation, MutationsResponse, TokenResponse } from '../../../shared/wire';
import { changesPageSchema, mutationsResponseSchema, tokenResponseSchema, wireErrorSchema } from '../../../shared/wire';

/**
 * Why a call to the bank failed, in the terms the sync engine acts on:
 * `network` (unreachable, timed out) and `server` (5xx, 429) are worth retrying;
 * `unauthorized` needs a token refresh or a new sign-in; `rejected` is a 4xx the bank meant;
 * `bad_response` is an answer of the wrong shape, which is never applied.
 */
export type BankErrorKind = 'network' | 'server' | 'unauthorized' | 'rejected' | 'bad_response' | 'too_large';

export class BankError extends Error {
  constructor(
    readonly kind: BankErrorKind,
    message: string,
    readonly status?: number,
    /** Seconds the bank asked us to wait (`Retry-After`), when it did. */
    readonly retryAfterSec?: number,
  ) {
    super(message);
    this.name = 'BankError';
  }
}

export interface BankClient {
  readonly baseUrl: string;
  login(request: LoginRequest): Promise<TokenResponse>;
  refresh(refreshToken: string): Promise<TokenResponse>;
  changes(accessToken: string, cursor: string | null, limit: number): Promise<ChangesPage>;
  pushMutations(accessToken: string, mutations: readonly Mutation[]): Promise<MutationsResponse>;
}

export interface BankClientOptions {
  baseUrl: string;
  timeoutMs?: number;
  /** Largest answer accepted; a bigger one is refused rather than parsed. */
  maxResponseBytes?: number;
}

export function createBankClient(options: BankClientOptions): BankClient {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? 20_000;
  const maxBytes = options.maxResponseBytes ?? 64 * 1024 * 1024;

  async function call<T extends z.ZodType>(path: string, schema: T, init: RequestInit): Promise<z.output<T>> {
    let response: Response;
    try {
      response = await fetch(`${baseUrl}${path}`, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    } catch (error) {
      const timedOut = error instanceof Error && error.name === 'TimeoutError';
      throw new BankError('network', timedOut ? 'The bank did not answer in time.' : 'The bank cannot be reached.');
    }
    const text = await readBody(response, maxBytes);
    if (!response.ok) throw errorFromStatus(response, text);
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new BankError('bad_response', 'The bank answered with something that is not complete JSON.', response.status);
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      const where = parsed.error.issues.slice(0, 3).map((i) => i.path.join('.') || '(root)');
      throw new BankError('bad_response', `The bank's answer has an unexpected shape (at ${where.join(', ')}).`, response.status);
    }
    return parsed.data;
  }

  const json = (body: unknown, accessToken?: string): RequestInit => ({
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(accessToken ? { authorization: `Bearer ${accessToken}` } : {}) },
    body: JSON.stringify(body),
  });

  return {
    baseUrl,
    login: (request) => call('/auth/login', tokenResponseSchema, json(request)),
    refresh: (refreshToken) => call('/auth/refresh', tokenResponseSchema, json({ refreshToken })),
    changes(accessToken, cursor, limit) {
      const query = new URLSearchParams(cursor === null ? { limit: String(limit) } : { cursor, limit: String(limit) });
      return call(`/sync/changes?${query.toString()}`, changesPageSchema, {
        headers: { authorization: `Bearer ${accessToken}` },
      });
    },
    pushMutations: (accessToken, mutations) => call('/sync/mutations', mutationsResponseSchema, json({ mutations }, accessToken)),
  };
}

async function readBody(response: Response, maxBytes: number): Promise<string> {
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw new BankError('too_large', `The bank's answer is larger than ${maxBytes} bytes.`, response.status);
  }
  try {
    const buffer = await response.arrayBuffer();
    if (buffer.byteLength > maxBytes) throw new BankError('too_large', `The bank's answer is larger than ${maxBytes} bytes.`, response.status);
    return new TextDecoder().decode(buffer);
  } catch (error) {
    if (error instanceof BankError) throw error;
    throw new BankError('network', 'The connection to the bank broke while reading its answer.', response.status);
  }
}

function errorFromStatus(response: Response, text: string): BankError {
  const status = response.status;
  const wire = safeWireError(text);
  if (status === 401) return new BankError('unauthorized', wire ?? 'The bank did not accept the credentials.', status);
  if (status === 413) return new BankError('too_large', wire ?? 'The bank refused a request as too large.', status);
  if (status === 429 || status >= 500) {
    const retryAfter = Number(response.headers.get('retry-after'));
    return new BankError('server', wire ?? `The bank answered with HTTP ${status}.`, status, Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined);
  }
  return new BankError('rejected', wire ?? `The bank refused the request (HTTP ${status}).`, status);
}

function safeWireError(text: string): string | undefined {
  try {
    const parsed = wireErrorSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data.error.message : undefined;
  } catch {
    return undefined;
  }
}
