import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';

/**
 * What the proxy does to a request it matches: pass it on, or answer in one of the ways a
 * broken bank backend or network might. A fault injector between the desk and the real
 * reference backend, not a stand-in for either.
 * - status / body / truncate: the bank answers wrongly (nothing reaches it for status and body);
 * - reset: the connection drops before the bank sees the request;
 * - drop-response: the bank commits, then the connection drops before the answer arrives;
 * - fail-after-commit: the bank commits, the desk gets a 500;
 * - duplicate: the request reaches the bank twice at once (a retry racing its original);
 * - delay: the request waits before going on (reordering it against others);
 * - rewrite: the bank answers and the proxy changes the answer's body (a backend of another
 *   version, e.g. one that leaves out a field newer backends send).
 */
export type Fault =
  | { kind: 'pass' }
  | { kind: 'status'; status: number; body?: string; headers?: Record<string, string> }
  | { kind: 'body'; body: string }
  | { kind: 'truncate' }
  | { kind: 'reset' }
  | { kind: 'drop-response' }
  | { kind: 'fail-after-commit' }
  | { kind: 'duplicate' }
  | { kind: 'delay'; ms: number }
  | { kind: 'rewrite'; rewrite: (body: string) => string };

export interface FaultProxy {
  url: string;
  /** Sets the fault for requests whose path starts with `pathPrefix`; `times` limits how often it fires. */
  setFault(pathPrefix: string, fault: Fault, times?: number): void;
  /** Picks a fault per request for paths starting with `pathPrefix` (seeded, so a run repeats). */
  setChaos(pathPrefix: string, pick: () => Fault): void;
  clearFaults(): void;
  /** Bodies of requests that reached the bank, for paths starting with `pathPrefix`. */
  forwardedBodies(pathPrefix: string): string[];
  /** Cuts every open WebSocket (the chat): the network dropping mid-conversation. */
  dropTunnels(): number;
  close(): Promise<void>;
}

interface Upstream {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

export async function startFaultProxy(targetUrl: string): Promise<FaultProxy> {
  const target = new URL(targetUrl);
  const faults = new Map<string, { fault: Fault; left: number }>();
  const chaos = new Map<string, () => Fault>();
  const forwarded: { path: string; body: string }[] = [];

  const faultFor = (path: string): Fault => {
    const entry = [...faults].find(([prefix]) => path.startsWith(prefix));
    if (entry) {
      const [prefix, rule] = entry;
      if (--rule.left <= 0) faults.delete(prefix);
      return rule.fault;
    }
    const picker = [...chaos].find(([prefix]) => path.startsWith(prefix))?.[1];
    return picker ? picker() : { kind: 'pass' };
  };

  const send = (path: string, request: http.IncomingMessage, body: Buffer): Promise<Upstream> => {
    forwarded.push({ path, body: body.toString('utf8') });
    return new Promise((resolve, reject) => {
      const upstream = http.request(
        { host: target.hostname, port: target.port, path, method: request.method, headers: { ...request.headers, host: target.host, 'content-length': String(body.length) } },
        (answer) => {
          const chunks: Buffer[] = [];
          answer.on('data', (chunk: Buffer) => chunks.push(chunk));
          answer.on('end', () => resolve({ status: answer.statusCode ?? 502, headers: answer.headers, body: Buffer.concat(chunks) }));
          answer.on('error', reject);
        },
      );
      upstream.on('error', reject);
      upstream.end(body);
    });
  };

  const reply = (response: http.ServerResponse, answer: Upstream, body = answer.body) => {
    response.writeHead(answer.status, { ...answer.headers, 'content-length': String(body.length) }).end(body);
  };

  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const path = request.url ?? '/';
      const body = Buffer.concat(chunks);
      void handle(path, request, response, body).catch(() => {
        if (!response.headersSent) response.writeHead(502).end();
        else response.destroy();
      });
    });
  });

  async function handle(path: string, request: http.IncomingMessage, response: http.ServerResponse, body: Buffer): Promise<void> {
    const fault = faultFor(path);
    switch (fault.kind) {
      case 'status':
        response.writeHead(fault.status, { 'content-type': 'application/json', ...fault.headers }).end(fault.body ?? '');
        return;
      case 'body':
        response.writeHead(200, { 'content-type': 'application/json' }).end(fault.body);
        return;
      case 'reset':
        request.socket.destroy();
        return;
      case 'drop-response':
        await send(path, request, body);
        request.socket.destroy();
        return;
      case 'fail-after-commit':
        await send(path, request, body);
        response.writeHead(500, { 'content-type': 'application/json' }).end('{"error":{"code":"INTERNAL","message":"injected after commit"}}');
        return;
      case 'duplicate': {
        const [first] = await Promise.all([send(path, request, body), send(path, request, body)]);
        reply(response, first);
        return;
      }
      case 'delay':
        await new Promise((resolve) => setTimeout(resolve, fault.ms));
        reply(response, await send(path, request, body));
        return;
      case 'truncate': {
        const answer = await send(path, request, body);
        reply(response, answer, answer.body.subarray(0, Math.floor(answer.body.length / 2)));
        return;
      }
      case 'rewrite': {
        const answer = await send(path, request, body);
        reply(response, answer, Buffer.from(fault.rewrite(answer.body.toString('utf8')), 'utf8'));
        return;
      }
      case 'pass':
        reply(response, await send(path, request, body));
    }
  }

  // WebSockets (the chat) are tunnelled byte for byte; a matching fault other than a delay refuses them.
  const tunnels = new Set<net.Socket>();
  server.on('upgrade', (request: http.IncomingMessage, socket: net.Socket, head: Buffer) => {
    const fault = faultFor(request.url ?? '/');
    if (fault.kind !== 'pass' && fault.kind !== 'delay') {
      socket.destroy();
      return;
    }
    const upstream = net.connect(Number(target.port), target.hostname, () => {
      const headers = [];
      for (let i = 0; i < request.rawHeaders.length; i += 2) headers.push(`${request.rawHeaders[i]}: ${request.rawHeaders[i + 1]}`);
      upstream.write(`${request.method} ${request.url} HTTP/1.1\r\n${headers.join('\r\n')}\r\n\r\n`);
      upstream.write(head);
      socket.pipe(upstream).pipe(socket);
    });
    tunnels.add(socket);
    const cut = () => {
      tunnels.delete(socket);
      socket.destroy();
      upstream.destroy();
    };
    socket.on('close', cut).on('error', cut);
    upstream.on('close', cut).on('error', cut);
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    setFault: (prefix, fault, times = Number.POSITIVE_INFINITY) => void faults.set(prefix, { fault, left: times }),
    setChaos: (prefix, pick) => void chaos.set(prefix, pick),
    clearFaults: () => {
      faults.clear();
      chaos.clear();
    },
    forwardedBodies: (prefix) => forwarded.filter((f) => f.path.startsWith(prefix)).map((f) => f.body),
    dropTunnels: () => {
      const count = tunnels.size;
      for (const socket of [...tunnels]) socket.destroy();
      return count;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of [...tunnels]) socket.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
