/**
 * Serves the fixture pages on 127.0.0.1 for e2e tests and `npm start`.
 * - http://<site>.localhost:PORT/… serves tests/fixtures/sites/<site>/… at the root of its own
 *   origin, so a fixture site's absolute links (/contact.html) work as on the real web
 *   (Chromium resolves *.localhost to 127.0.0.1 by itself).
 * - http://127.0.0.1:PORT/… serves the whole tests/fixtures/ tree.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../fixtures');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.csv': 'text/csv; charset=utf-8',
  '.css': 'text/css',
  '.pdf': 'application/pdf',
};

export interface FixtureServer {
  port: number;
  /** The origin of a fixture site, e.g. siteUrl('atelier-lumen') → http://atelier-lumen.localhost:PORT/ */
  siteUrl(site: string, path?: string): string;
  /** A file of tests/fixtures by path, e.g. url('csv/sample.csv'). */
  url(path: string): string;
  close(): Promise<void>;
}

async function resolveFile(base: string, pathname: string): Promise<string | undefined> {
  const path = normalize(join(base, decodeURIComponent(pathname)));
  if (!path.startsWith(base)) return undefined;
  const info = await stat(path).catch(() => undefined);
  if (info?.isDirectory()) return resolveFile(base, join(pathname, 'index.html'));
  if (info?.isFile()) return path;
  // Sites link to /contact as often as to /contact.html.
  return extname(path) === '' ? resolveFile(base, `${pathname}.html`) : undefined;
}

export async function startFixtureServer(port = 0): Promise<FixtureServer> {
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const host = (req.headers.host ?? '').split(':')[0] ?? '';
    const site = host.endsWith('.localhost') ? host.slice(0, -'.localhost'.length) : undefined;
    const base = site && /^[a-z0-9-]+$/.test(site) ? join(ROOT, 'sites', site) : ROOT;
    const file = await resolveFile(base, url.pathname);
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(await readFile(file));
  });
  await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok));
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  return {
    port: actual,
    siteUrl: (site, path = '') => `http://${site}.localhost:${actual}/${path}`,
    url: (path) => `http://127.0.0.1:${actual}/${path}`,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
