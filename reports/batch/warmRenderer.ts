import { ReportInputError } from '../errors';
import type { RenderOptions, RenderedReport } from '../render';
import { renderOneReplySchema } from './protocol';
import { ReportWorker } from './reportWorker';

export interface WarmRenderer {
  /** The report's PDF, rendered in the warm worker; a snapshot it refuses throws ReportInputError. */
  render(snapshot: unknown, options?: RenderOptions): Promise<RenderedReport>;
  /** Ends the worker (the core closing). */
  close(): Promise<void>;
}

export interface WarmRendererOptions {
  /** A render running longer than this fails and its worker is replaced (default 60 s). */
  timeoutMs?: number;
  /** The worker bundle to run; found beside this code unless given. */
  workerFile?: string;
}

/**
 * Single reports in one worker thread kept for the session: the first report starts it and pays
 * for pdfmake, ECharts and the CJK font's tables; later ones find them loaded. The core's thread
 * only builds the snapshot, so the RM's other calls are answered while a report renders. Reports
 * are rendered one after another, in the order asked.
 */
export function createWarmRenderer(options: WarmRendererOptions = {}): WarmRenderer {
  const worker = new ReportWorker(options.timeoutMs ?? 60_000, options.workerFile);
  let queue: Promise<unknown> = Promise.resolve();
  let closed = false;
  return {
    render(snapshot, renderOptions = {}) {
      const rendered = queue.then(() => {
        // Queued before the close: no new thread is started for it.
        if (closed) throw new Error('report rendering failed: the renderer is closed');
        return renderIn(worker, snapshot, renderOptions);
      });
      queue = rendered.catch(() => undefined);
      return rendered;
    },
    // At once: what is still rendering or queued fails (the core is closing, no one waits for it).
    close: () => {
      closed = true;
      return worker.close();
    },
  };
}

async function renderIn(worker: ReportWorker, snapshot: unknown, options: RenderOptions): Promise<RenderedReport> {
  const answer = await worker.ask<unknown>({ render: { snapshot, ...(options.plain ? { plain: true } : {}) } });
  if ('uncloneable' in answer) throw new ReportInputError('invalid', answer.uncloneable);
  if ('broken' in answer) throw new Error(`report rendering failed: ${answer.broken}`);
  const parsed = renderOneReplySchema.safeParse(answer.reply);
  if (!parsed.success) throw new Error('report rendering failed: the worker answered something unexpected');
  const reply = parsed.data;
  if ('failed' in reply) {
    if (reply.failed.failure === 'failed') throw new Error(`report rendering failed: ${reply.failed.detail}`);
    throw new ReportInputError(reply.failed.failure, reply.failed.detail);
  }
  const { pdf, pages, sha256 } = reply.rendered;
  return { pdf: Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength), pages, sha256 };
}
