import type { FastifyInstance } from 'fastify';
import type { WireError, WireErrorCode } from '../../shared/wire/errors';

/** An error that becomes a wire error body (shared/wire/errors.ts) with this HTTP status. */
export class WireHttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: WireErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'WireHttpError';
  }
}

export function wireError(code: WireErrorCode, message: string): WireError {
  return { error: { code, message } };
}

// Fastify's own request errors, reworded so the message names what was wrong.
const FASTIFY_ERRORS: Record<string, { status: number; code: WireErrorCode; message: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, code: 'BAD_REQUEST', message: 'body: not valid JSON' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, code: 'BAD_REQUEST', message: 'body: empty, expected a JSON object' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { status: 415, code: 'BAD_REQUEST', message: 'content-type: expected application/json' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { status: 400, code: 'BAD_REQUEST', message: 'content-length: does not match the body' },
};

/** "1 MB" for whole megabytes (the usual case), else the exact byte count. */
function describeLimit(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return Number.isInteger(mb) ? `${mb} MB` : `${bytes} bytes`;
}

function fastifyCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

function statusOf(error: unknown): number | undefined {
  return typeof error === 'object' && error !== null && 'statusCode' in error && typeof error.statusCode === 'number'
    ? error.statusCode
    : undefined;
}

/**
 * Every error leaves as a wire error body. Messages are ours, never a stack trace or an internal
 * exception text, which could carry client data or SQL.
 */
export function installErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error, request, reply) => {
    if (error instanceof WireHttpError) {
      if (error.status === 401) reply.header('www-authenticate', 'Bearer');
      return reply.code(error.status).send(wireError(error.code, error.message));
    }
    if (fastifyCode(error) === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      // Routes may set their own body limit (POST /sync/mutations does); name the one that applied.
      return reply.code(413).send(wireError('LIMIT', `body: larger than the ${describeLimit(request.routeOptions.bodyLimit)} limit`));
    }
    const known = FASTIFY_ERRORS[fastifyCode(error) ?? ''];
    if (known) return reply.code(known.status).send(wireError(known.code, known.message));
    const status = statusOf(error);
    if (status !== undefined && status >= 400 && status < 500) {
      return reply.code(status).send(wireError('BAD_REQUEST', 'request: not acceptable'));
    }
    return reply.code(500).send(wireError('INTERNAL', 'internal error'));
  });
  app.setNotFoundHandler((request, reply) =>
    reply.code(404).send(wireError('NOT_FOUND', `route: no ${request.method} ${request.url.split('?')[0] ?? ''}`)),
  );
}
