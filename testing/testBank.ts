/**
 * A reference bank for a test file: a demo book in a temp SQLite file, served on a loopback
 * port with a hand-moved clock. Not used by production code.
 */
import type { DemoBook } from '../backend/demo/generate';
import { generateDemoBook } from '../backend/demo/generate';
import type { BackendStore } from '../backend/store';
import { openStore } from '../backend/store';
import type { Listening } from './backendHttp';
import { fakeClock, listen } from './backendHttp';
import { makeTempDir } from './tempDir';

export interface TestBank {
  url: string;
  store: BackendStore;
  book: DemoBook;
  clock: ReturnType<typeof fakeClock>;
  /** The store's file, for a second connection (e.g. to inject a storage fault). */
  dbPath: string;
  close(): Promise<void>;
}

export async function startTestBank(options: { seed?: number; clients?: number; asOf?: string; now?: string } = {}): Promise<TestBank> {
  const asOf = options.asOf ?? '2025-06-15';
  const tmp = makeTempDir('bank');
  const dbPath = tmp.file('backend.sqlite');
  const store = openStore(dbPath);
  let server: Listening | undefined;
  try {
    const book = generateDemoBook({ seed: options.seed ?? 11, clients: options.clients ?? 12, asOf });
    store.putRecords(book);
    const clock = fakeClock(options.now ?? `${asOf}T09:00:00+08:00`);
    server = await listen({ store, now: clock.now });
    const listening = server;
    return {
      url: listening.url,
      store,
      book,
      clock,
      dbPath,
      close: async () => {
        await listening.close();
        store.close();
        tmp.cleanup();
      },
    };
  } catch (error) {
    await server?.close();
    store.close();
    tmp.cleanup();
    throw error;
  }
}
