import { z } from 'zod';

/** One report to produce: its snapshot is checked in the worker (the caller may pass anything). */
export interface ReportJob {
  /** The caller's name for the job (a client id), echoed in its result. */
  key: string;
  snapshot: unknown;
  /** Where the PDF is written; its folder is created if missing. */
  outPath: string;
  /** The plain rendering (RenderOptions.plain): the bench's baseline only. */
  plain?: boolean;
}

/**
 * Why a job failed: its snapshot was refused (`invalid`, or `limit` when it holds too much), or
 * rendering failed (`failed`: the worker, a timeout, the disk). `detail` is for logs only.
 */
export type ReportJobFailure = 'invalid' | 'limit' | 'failed';

export type ReportJobResult = { key: string; ok: true; sha256: string; pages: number; path: string } | { key: string; ok: false; failure: ReportJobFailure; detail: string };

/** Main thread → worker: a batch job, written to its file. */
export interface RenderRequest {
  job: ReportJob;
}

/** Worker → main thread: the result of the request it was last sent. */
export interface RenderReply {
  result: ReportJobResult;
}

/** Main thread → the warm worker: one report whose PDF comes back in the answer (warmRenderer.ts). */
export interface RenderOneRequest {
  render: { snapshot: unknown; plain?: boolean };
}

/** The warm worker's answer: the PDF's bytes (transferred, not copied), or why it failed. */
export type RenderOneReply = { rendered: { pdf: Uint8Array; pages: number; sha256: string } } | { failed: { failure: ReportJobFailure; detail: string } };

export type WorkerRequest = RenderRequest | RenderOneRequest;

/** What a report worker is started with. */
export interface ReportWorkerData {
  /** A batch's worker, which runs at a lower priority than the host and the core. */
  background: boolean;
}

const failure = z.enum(['invalid', 'limit', 'failed']);
const sha256 = z.string().regex(/^[0-9a-f]{64}$/);

/** A worker's answers, checked as they arrive: a thread of ours, but a bug there must not reach the RM as a report. */
export const renderReplySchema = z.object({
  result: z.union([
    z.object({ key: z.string(), ok: z.literal(true), sha256, pages: z.number().int().positive(), path: z.string() }),
    z.object({ key: z.string(), ok: z.literal(false), failure, detail: z.string() }),
  ]),
});
export const renderOneReplySchema = z.union([
  z.object({ rendered: z.object({ pdf: z.instanceof(Uint8Array), pages: z.number().int().positive(), sha256 }) }),
  z.object({ failed: z.object({ failure, detail: z.string() }) }),
]);
