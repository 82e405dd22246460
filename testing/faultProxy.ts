import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * What the proxy does to a request it matches: pass it on, or answer in one of the ways a
 * broken bank backend or network might. A fault injector between the desk and the real
 * reference backend, not a stand-in for either.
 */
export type Fault =
  | { kind: 'pass' }
  | { kind: 'status'; status: number; body?: string }
  | { kind: 'body'; body: string }
  | { kind: 'truncate' }
  | { kind: 'reset' };

export interface FaultProxy {
  url: string;
  /** Sets the fault for requests whose path starts with `pathPrefix`; `times` limits how often it fires. */
  setFault(pathPrefix: string, fault: Fault, times?: number): void;
  clearFaults(): void;
  close(): Promise<void>;
}

export async function startFaultProxy(targetUrl: string): Promise<FaultProxy> {
  const target = new URL(targetUrl);
  const faults = new Map<string, { fault: Fault; left: number }>();
  const faultFor = (path: string): Fault => {
    const entry = [...faults].find(([prefix]) => path.startsWith(prefix));
    if (!entry) return { kind: 'pass' };
    const [prefix, rule] = entry;
    if (--rule.left <= 0) faults.delete(prefix);
    return rule.fault;
  };

  const server = http.createServer((request, response) => {
    const fault = faultFor(request.url ?? '/');
    switch (fault.kind) {
      case 'status':
        response.writeHead(fault.status, { 'content-type': 'application/json' }).end(fault.body ?? '');
        return;
      case 'body':
        response.writeHead(200, { 'content-type': 'application/json' }).end(fault.body);
        return;
      case 'reset':
        request.socket.destroy();
        return;
      case 'pass':
      case 'truncate':
        forward(request, response, target, fault.kind === 'truncate');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    setFault: (prefix, fault, times = Number.POSITIVE_INFINITY) => void faults.set(prefix, { fault, left: times }),
    clearFaults: () => faults.clear(),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Passes the request to the backend; with `truncate`, cuts the answer off half-way. */
function forward(request: http.IncomingMessage, response: http.ServerResponse, target: URL, truncate: boolean): void {
  const upstream = http.request(
    { host: target.hostname, port: target.port, path: request.url, method: request.method, headers: { ...request.headers, host: target.host } },
    (answer) => {
      const chunks: Buffer[] = [];
      answer.on('data', (chunk: Buffer) => chunks.push(chunk));
      answer.on('end', () => {
        const body = Buffer.concat(chunks);
        const sent = truncate ? body.subarray(0, Math.floor(body.length / 2)) : body;
        const headers = { ...answer.headers, 'content-length': String(sent.length) };
        response.writeHead(answer.statusCode ?? 502, headers).end(sent);
      });
    },
  );
  upstream.on('error', () => response.writeHead(502).end());
  request.pipe(upstream);
}
