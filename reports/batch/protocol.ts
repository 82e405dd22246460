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

/** Main thread → worker. */
export interface RenderRequest {
  job: ReportJob;
}

/** Worker → main thread: the result of the request it was last sent. */
export interface RenderReply {
  result: ReportJobResult;
}
