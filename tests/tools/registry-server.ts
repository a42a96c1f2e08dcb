/**
 * A local stand-in for the Recherche d'entreprises API: answers GET /search as the real one does
 * (a 9- or 14-digit `q` is a direct lookup that ignores filters; otherwise a name search filtered
 * by `code_postal`), from entries written to its OpenAPI schema (tests/fixtures/registry/).
 * `fail()` makes the next requests (or the next about one `q`) answer badly: 429, 500, a timeout,
 * malformed or oversized JSON, or a changed schema. Given a certificate, it speaks HTTPS, so that a
 * browser sent to it by --host-resolver-rules sees the API at its real address.
 */
import { readFileSync } from 'node:fs';
import {
  createServer as createHttpServer,
  type IncomingMessage,
  type RequestListener,
  type ServerResponse,
} from 'node:http';
import { createServer as createHttpsServer, type ServerOptions } from 'node:https';
import { resolve } from 'node:path';

export type Failure = '429' | '500' | 'timeout' | 'malformed' | 'oversized' | 'schema';

export interface Entry {
  siren: string;
  nom_complet: string | null;
  siege?: { siret: string; code_postal?: string | null } | null;
  [key: string]: unknown;
}

export interface RegistryServer {
  url: string;
  /** Every request received: its time (ms), query string and headers. */
  requests: { at: number; query: URLSearchParams; headers: IncomingMessage['headers'] }[];
  /**
   * The next `times` requests fail this way (after those already queued); with `q`, only the
   * requests whose `q` is that.
   */
  fail(failure: Failure, times?: number, retryAfterSeconds?: number, q?: string): void;
  /** The most requests received and not yet answered at any one time. */
  mostAtOnce(): number;
  /** Forgets the failures still queued and the requests seen. */
  reset(): void;
  close(): Promise<void>;
}

export const ENTRIES: Entry[] = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../fixtures/registry/entries.json'), 'utf8'),
);

/** A valid SIREN (Luhn) from its first eight digits. */
export function sirenFrom(eight: number): string {
  const digits = String(eight).padStart(8, '0');
  for (let last = 0; last <= 9; last++) {
    const siren = digits + last;
    const sum = [...siren].reduce((acc, d, i) => {
      const n = Number(d) * (i % 2 ? 2 : 1);
      return acc + (n > 9 ? n - 9 : n);
    }, 0);
    if (sum % 10 === 0) return siren;
  }
  throw new Error('unreachable');
}

/** An entry like `template` (an active company of entries.json) with its own identity. */
export function entryLike(siren: string, name: string, postcode: string, template = ENTRIES[0]!) {
  const siret = `${siren}00011`;
  return {
    ...structuredClone(template),
    siren,
    nom_complet: name,
    nom_raison_sociale: name,
    siege: { ...structuredClone(template.siege), siret, code_postal: postcode },
    matching_etablissements: [],
  } as Entry;
}

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
  tls?: Pick<ServerOptions, 'key' | 'cert'>,
): Promise<RegistryServer> {
  const failures: { failure: Failure; retryAfter?: number; q?: string }[] = [];
  const requests: RegistryServer['requests'] = [];
  const hanging = new Set<ServerResponse>();
  let open = 0;
  let mostAtOnce = 0;
  const answer: RequestListener = (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    requests.push({ at: Date.now(), query: url.searchParams, headers: req.headers });
    mostAtOnce = Math.max(mostAtOnce, ++open);
    res.on('close', () => open--);
    if (url.pathname !== '/search') return send(res, 404, { erreur: 'not found' });
    const q = url.searchParams.get('q') ?? '';
    const next = failures.findIndex((f) => f.q === undefined || f.q === q);
    const failure = next < 0 ? undefined : failures.splice(next, 1)[0];
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
  };
  const server = tls ? createHttpsServer(tls, answer) : createHttpServer(answer);
  await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok));
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  return {
    url: `${tls ? 'https' : 'http'}://127.0.0.1:${actual}`,
    requests,
    fail(failure, times = 1, retryAfter, q) {
      for (let i = 0; i < times; i++) failures.push({ failure, retryAfter, q });
    },
    mostAtOnce: () => mostAtOnce,
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
