import { parentPort } from 'node:worker_threads';
import type { ChangesPage } from '../../../../shared/wire';
import { BankError, createBankClient } from '../bankClient';
import type { FeedStart, FromFeedWorker, ToFeedWorker } from './feedProtocol';
import { pageSaysMore } from './feedProtocol';

/**
 * The feed worker: fetches the bank's change pages ahead of the core, one after another from the
 * cursor it is given, and parses and checks each (JSON, then the wire schema) here, so the core's
 * thread only writes. It runs at most `ahead` pages before the core has taken them (each page the
 * core takes is a credit back, with the access token to use). It stops after the last page or the
 * first failure; the core ends the thread when it is done with it.
 */
const port = parentPort;
if (!port) throw new Error('feedWorker runs as a worker thread only');

let credits = 0;
let token = '';
let fetching = false;
let cursor = '';
let finished = false;
let fetchPage: ((cursor: string) => Promise<ChangesPage>) | null = null;

const post = (message: FromFeedWorker) => port.postMessage(message);

function start(message: FeedStart): void {
  const bank = createBankClient({ baseUrl: message.baseUrl });
  fetchPage = (from) => bank.changes(token, from, message.pageSize);
  cursor = message.cursor;
  credits = message.ahead;
  token = message.token;
}

async function run(): Promise<void> {
  if (fetching || !fetchPage) return;
  fetching = true;
  try {
    while (credits > 0 && !finished) {
      credits -= 1;
      const page = await fetchPage(cursor);
      post({ kind: 'page', page });
      cursor = page.cursor;
      finished = !pageSaysMore(page);
    }
  } catch (error) {
    finished = true;
    // Anything but the bank's own answer is this worker's fault: the core fetches the rest itself.
    if (!(error instanceof BankError)) return post({ kind: 'broken', reason: error instanceof Error ? error.name : typeof error });
    const { kind, message, status, retryAfterSec } = error;
    post({ kind: 'error', error: { kind, message, ...(status === undefined ? {} : { status }), ...(retryAfterSec === undefined ? {} : { retryAfterSec }) } });
  } finally {
    fetching = false;
  }
}

port.on('message', (message: ToFeedWorker) => {
  if (message.kind === 'start') start(message);
  else {
    credits += 1;
    token = message.token;
  }
  void run();
});
