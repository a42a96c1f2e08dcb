/**
 * A local stand-in for the Recherche d'entreprises API: answers GET /search as the real one does
 * (a 9- or 14-digit `q` is a direct lookup that ignores filters; otherwise a name search filtered
 * by `code_postal`), from entries written to its OpenAPI schema (tests/fixtures/registry/).
 * `fail()` makes the next requests answer badly: 429, 500, a timeout, malformed or oversized JSON,
 * or a changed schema.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { resolve } from 'node:path';

export type Failure = '429' | '500' | 'timeout' | 'malformed' | 'oversized' | 'schema';

interface Entry {
  siren: string;
  nom_complet: string | null;
  siege?: { siret: string; code_postal?: string | null } | null;
  [key: string]: unknown;
}

export interface RegistryServer {
  url: string;
  /** Every request received: its time (ms), query string and headers. */
  requests: { at: number; query: URLSearchParams; headers: IncomingMessage['headers'] }[];
  /** The next `times` requests fail this way (after those already queued). */
  fail(failure: Failure, times?: number, retryAfterSeconds?: number): void;
  /** Forgets the failures still queued and the requests seen. */
  reset(): void;
  close(): Promise<void>;
}

const ENTRIES: Entry[] = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../fixtures/registry/entries.json'), 'utf8'),
);

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

function search(query: URLSearchParams, entries: Entry[]): Entry[] {
  const q = (query.get('q') ?? '').trim();
  if (/^\d{9}$/.test(q)) return entries.filter((e) => e.siren === q);
  if (/^\d{14}$/.test(q)) {
    return entries
      .filter((e) => e.siren === q.slice(0, 9))
      .map((e) => ({ ...e, matching_etablissements: e.siege?.siret === q ? [e.siege] : [] }));
  }
  const words = fold(q).split(/\s+/).filter(Boolean);
  const postcodes = query.get('code_postal')?.split(',');
  return entries.filter(
    (e) =>
      words.every((w) => fold(e.nom_complet ?? '').includes(w)) &&
      (!postcodes || postcodes.includes(e.siege?.code_postal ?? '')),
  );
}

function send(res: ServerResponse, status: number, body: unknown, headers = {}) {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(text);
}

export async function startRegistryServer(
  port = 0,
  entries: Entry[] = ENTRIES,
): Promise<RegistryServer> {
  const failures: { failure: Failure; retryAfter?: number }[] = [];
  const requests: RegistryServer['requests'] = [];
  const hanging = new Set<ServerResponse>();
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    requests.push({ at: Date.now(), query: url.searchParams, headers: req.headers });
    if (url.pathname !== '/search') return send(res, 404, { erreur: 'not found' });
    const failure = failures.shift();
    if (failure?.failure === 'timeout') {
      hanging.add(res);
      res.on('close', () => hanging.delete(res));
      return;
    }
    if (failure?.failure === '429') {
      const after = failure.retryAfter === undefined ? {} : { 'retry-after': failure.retryAfter };
      return send(res, 429, { erreur: 'Too many requests' }, after);
    }
    if (failure?.failure === '500') return send(res, 500, { erreur: 'Internal error' });
    if (failure?.failure === 'malformed') return send(res, 200, '{"results": [{"siren": "12');
    if (failure?.failure === 'oversized') {
      return send(res, 200, { results: [], total_results: 0, padding: 'x'.repeat(3_000_000) });
    }
    const q = url.searchParams.get('q') ?? '';
    if (q.trim().length < 3) {
      return send(res, 400, { erreur: 'Veuillez indiquer au moins un paramètre de recherche.' });
    }
    const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 10), 25);
    const found = search(url.searchParams, entries);
    const results = found.slice(0, perPage);
    if (failure?.failure === 'schema') {
      return send(res, 200, { results: results.map((r) => ({ ...r, siren: Number(r.siren) })) });
    }
    send(res, 200, {
      results,
      total_results: found.length,
      page: 1,
      per_page: perPage,
      total_pages: Math.max(1, Math.ceil(found.length / perPage)),
    });
  });
  await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok));
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${actual}`,
    requests,
    fail(failure, times = 1, retryAfter) {
      for (let i = 0; i < times; i++) failures.push({ failure, retryAfter });
    },
    reset() {
      failures.length = 0;
      requests.length = 0;
    },
    close: () =>
      new Promise<void>((ok) => {
        for (const res of hanging) res.destroy();
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
