import { spawn } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import { io } from 'socket.io-client';
import { createCore } from '../main/core/core';
import { fileKeyProvider } from '../main/core/keys/fileKeyProvider';
import type { MethodInput, MethodName, MethodOutput } from '../shared/api';
import { connectChatClient } from '../testing/chatClientPeer';
import { makeTempDir } from '../testing/tempDir';
import { spawnBackend } from './backendProcess';
import { percentile } from './measure';
import type { Figure } from './report';

const root = path.resolve(import.meta.dirname, '..');
const ROUND_TRIPS = 300;
const WARM_UP = 30;
const RATE = 1_000;
const SECONDS = 10;

/**
 * Chat over loopback, the relay in its own process with its SQLite store: the round trip of one
 * message (the desk stores and sends it, the relay stores and forwards it, the client's socket
 * gets it and sends a delivered receipt, which the relay stores and forwards to the desk), beside
 * the same four hops through a bare socket.io relay (the limit); then 1,000 messages a second for
 * 10 s from the desk, every one of which must reach the client.
 */
export async function benchChat(): Promise<Figure[]> {
  const temp = makeTempDir('bench-chat');
  const backend = await spawnBackend(temp.file('backend.sqlite'), 20);
  const dataDir = temp.file('desk');
  const core = createCore({ dataDir, keyProvider: fileKeyProvider({ file: path.join(dataDir, 'db.key') }), backendUrl: backend.url, appVersion: 'bench', syncIntervalMs: 3_600_000 });
  const call = async <M extends MethodName>(method: M, input?: MethodInput<M>): Promise<MethodOutput<M>> => {
    const result = await core.dispatch(method, input ?? {});
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.value as MethodOutput<M>;
  };
  try {
    await call('session.login', { username: 'demo', password: 'demo1234' });
    await call('sync.now');
    const [row] = (await call('clients.page', { offset: 0, limit: 1 })).rows;
    const clientId = row!.id;
    const peer = await connectChatClient(backend.url, row!.customerNo);
    while ((await call('chat.status')).state !== 'connected') await new Promise((resolve) => setTimeout(resolve, 20));

    // Round trip: the client acknowledges each arrival at once; the desk learns of it as a data change.
    const arrived = new Map<string, () => void>();
    peer.socket.on('message', (m) => {
      peer.socket.emit('receipt', { conversationId: clientId, kind: 'delivered', upToSeq: m.seq }, () => undefined);
      arrived.get(m.body)?.();
    });
    // The desk has the receipt once its core tells the UI the message is delivered.
    const deliveredAtDesk = (id: string) =>
      new Promise<void>((resolve) => {
        const stop = core.events.subscribe((event, payload) => {
          const line = (payload as { line?: { id: string; status: string } }).line;
          if (event !== 'chat:message' || line?.id !== id || line.status !== 'delivered') return;
          stop();
          resolve();
        });
      });
    const samples: number[] = [];
    for (let i = 0; i < WARM_UP + ROUND_TRIPS; i++) {
      const body = `rt ${i}`;
      const start = performance.now();
      const received = new Promise<void>((resolve) => arrived.set(body, resolve));
      const { id } = await call('chat.sendText', { clientId, body });
      const delivered = deliveredAtDesk(id);
      await received;
      await delivered;
      if (i >= WARM_UP) samples.push(performance.now() - start);
    }
    samples.sort((a, b) => a - b);
    const echo = await bareEcho();

    // Throughput: RATE a second for SECONDS, every message must arrive once.
    const got = new Set<string>();
    peer.socket.on('message', (m) => got.add(m.body));
    const total = RATE * SECONDS;
    const start = performance.now();
    for (let tick = 0; tick < SECONDS * 100; tick++) {
      for (let k = 0; k < RATE / 100; k++) await call('chat.sendText', { clientId, body: `tp ${tick * (RATE / 100) + k}` });
      const due = start + (tick + 1) * 10;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    }
    const sentIn = (performance.now() - start) / 1000;
    const deadline = performance.now() + 60_000;
    while (got.size < total && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    const seconds = (performance.now() - start) / 1000;
    if (got.size < total) throw new Error(`chat bench: ${total - got.size} of ${total} messages never arrived`);
    peer.close();
    return [
      { name: 'round trip p50 (desk → relay → client → receipt → desk)', value: percentile(samples, 50), unit: 'ms', baseline: echo.p50, baselineName: 'bare socket.io relay, same hops', goal: '≤ 2 ms, ≤ 3x the bare relay' },
      { name: 'round trip p99', value: percentile(samples, 99), unit: 'ms', baseline: echo.p99, baselineName: 'bare socket.io relay, same hops', goal: '≤ 10 ms' },
      {
        name: `${total.toLocaleString('en')} messages at ${RATE}/s: all delivered, rate`,
        value: total / seconds,
        unit: 'msg/s',
        baseline: RATE,
        baselineName: `offered (sent in ${sentIn.toFixed(1)} s, last arrived at ${seconds.toFixed(1)} s)`,
        goal: `${RATE}/s for ${SECONDS} s, no loss`,
      },
      { name: 'the last message, after the last send', value: seconds - sentIn, unit: 's', baseline: 1, baselineName: 'what the goal allows', goal: '≤ 1 s' },
    ];
  } finally {
    await core.close();
    await backend.stop();
    temp.cleanup();
  }
}

/** The same four hops through a bare socket.io relay in its own process. */
async function bareEcho(): Promise<{ p50: number; p99: number }> {
  const proc = spawn(path.join(root, 'node_modules', '.bin', 'tsx'), [path.join(root, 'bench', 'echoRelay.ts')], { cwd: root, stdio: ['ignore', 'pipe', 'ignore'] });
  try {
    const url = await new Promise<string>((resolve) => {
      readline.createInterface({ input: proc.stdout }).on('line', (line) => {
        const match = /^ECHO_URL=(\S+)$/.exec(line);
        if (match?.[1]) resolve(match[1]);
      });
    });
    const desk = io(url, { transports: ['websocket'] });
    const client = io(url, { transports: ['websocket'] });
    await Promise.all([desk, client].map((s) => new Promise((resolve) => s.once('connect', () => resolve(null)))));
    client.on('msg', (n: number) => client.emit('ack', n));
    const samples: number[] = [];
    for (let i = 0; i < WARM_UP + ROUND_TRIPS; i++) {
      const start = performance.now();
      await new Promise<void>((resolve) => {
        desk.once('ack', () => resolve());
        desk.emit('msg', i);
      });
      if (i >= WARM_UP) samples.push(performance.now() - start);
    }
    desk.close();
    client.close();
    samples.sort((a, b) => a - b);
    return { p50: percentile(samples, 50), p99: percentile(samples, 99) };
  } finally {
    proc.kill('SIGTERM');
  }
}
