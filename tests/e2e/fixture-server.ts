/**
 * Serves tests/fixtures on 127.0.0.1 from inside the test process, plus pages generated on the
 * fly (e.g. a 2M-character article) registered with `route()`. Every request is recorded so
 * tests can prove the extension itself fetched nothing.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export const FIXTURES_DIR = join(import.meta.dirname, '..', 'fixtures');

export interface FixtureServer {
  baseUrl: string;
  /**
   * The server's base URL under `host`, a name the test browser resolves to 127.0.0.1 (a page "on"
   * that site); baseUrl without one.
   */
  baseUrlFor(host?: string): string;
  /** Paths requested so far, in order. */
  requests: string[];
  route(path: string, body: string, type?: string): void;
  close(): Promise<void>;
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const routes = new Map<string, { body: string; type: string }>();
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(path);
    const routed = routes.get(path);
    if (routed) {
      res.writeHead(200, { 'content-type': routed.type });
      res.end(routed.body);
      return;
    }
    const file = normalize(join(FIXTURES_DIR, path));
    if (!file.startsWith(FIXTURES_DIR)) {
      res.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) => {
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
        res.end(body);
      },
      () => res.writeHead(404).end('not found'),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    baseUrlFor: (host = '127.0.0.1') => `http://${host}:${port}`,
    requests,
    route(path, body, type = 'text/html; charset=utf-8') {
      routes.set(path, { body, type });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
