/**
 * HTTP access to the Recherche d'entreprises API: one place that limits the rate, bounds the wait,
 * retries what is transient and refuses what is too big, before anything is parsed.
 */
import { RegistryError, TRANSIENT } from './errors';
import { RateLimiter, realClock, type Answered, type Clock } from './rate-limit';
import { parsePayload, type Payload } from './schema';

export const DEFAULT_BASE_URL = 'https://recherche-entreprises.api.gouv.fr';

/**
 * Sent as User-Agent, which Node and Firefox honour; Chromium silently drops a User-Agent set by
 * fetch (crbug.com/40450316), so the same words also go in X-Client-Name, which it keeps.
 */
export const CLIENT_NAME =
  'Glaneur (browser extension for freelancers; looks up one organisation per user action)';

export interface ClientOptions {
  baseUrl?: string;
  fetch?: typeof fetch;
  clock?: Clock;
  /** Shared by every request of the process: the API's limit is per IP address. */
  limiter?: RateLimiter;
  timeoutMs?: number;
  /** Tries after the first, for 5xx, 429, timeouts and network failures. */
  retries?: number;
  maxBytes?: number;
  /** A Retry-After longer than this is a failure, not a wait. */
  maxRetryAfterMs?: number;
}

/** `signal` abandons the request (and its retries) at once. */
export type RegistryClient = (
  params: Record<string, string>,
  signal?: AbortSignal,
) => Promise<Payload>;

const backoff = (attempt: number) => Math.min(500 * 2 ** attempt, 8000);

/** Retry-After in seconds or as an HTTP date, in ms from now. */
export function retryAfterMs(header: string | null, now: number): number | undefined {
  if (!header) return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header) * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

async function readCapped(res: Response, max: number): Promise<string> {
  const declared = Number(res.headers.get('content-length') ?? 0);
  const tooBig = () =>
    new RegistryError('oversized', `the directory's answer exceeds ${max} bytes`);
  if (declared > max) {
    await res.body?.cancel();
    throw tooBig();
  }
  if (!res.body) return '';
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      throw tooBig();
    }
    chunks.push(value);
  }
  const all = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.byteLength;
  }
  return new TextDecoder().decode(all);
}

async function badRequest(res: Response, max: number): Promise<RegistryError> {
  const body = await readCapped(res, max).catch(() => '');
  let reason = '';
  try {
    const erreur = (JSON.parse(body) as { erreur?: unknown }).erreur;
    if (typeof erreur === 'string') reason = `: ${erreur.slice(0, 200)}`;
  } catch {
    // not JSON: the status says enough
  }
  return new RegistryError('bad-query', `the directory refused the query${reason}`);
}

export function createClient(options: ClientOptions = {}): RegistryClient {
  const clock = options.clock ?? realClock;
  const limiter = options.limiter ?? new RateLimiter(clock);
  const doFetch = options.fetch ?? ((...args: Parameters<typeof fetch>) => fetch(...args));
  const base = (options.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? 10_000;
  const retries = options.retries ?? 3;
  const maxBytes = options.maxBytes ?? 1_000_000;
  const maxRetryAfter = options.maxRetryAfterMs ?? 60_000;

  /**
   * `answered` is told as soon as the answer's headers are in (or the request failed): the server
   * has had the request by then, and the limiter counts from there, not from the body's end.
   */
  async function once(url: string, answered: Answered, cancel?: AbortSignal): Promise<Payload> {
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = cancel ? AbortSignal.any([cancel, timeout]) : timeout;
    try {
      const res = await doFetch(url, {
        headers: {
          accept: 'application/json',
          'user-agent': CLIENT_NAME,
          'x-client-name': CLIENT_NAME,
        },
        signal,
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
      }).finally(answered);
      if (res.status === 429) {
        await res.body?.cancel();
        const wait = retryAfterMs(res.headers.get('retry-after'), clock.now());
        throw new RegistryError('rate-limited', 'the directory asked to slow down (429)', wait);
      }
      if (res.status >= 500) {
        await res.body?.cancel();
        throw new RegistryError('server', `the directory failed (HTTP ${res.status})`);
      }
      if (res.status === 400) throw await badRequest(res, maxBytes);
      if (!res.ok) {
        await res.body?.cancel();
        throw new RegistryError('http', `unexpected HTTP ${res.status} from the directory`);
      }
      return parsePayload(await readCapped(res, maxBytes));
    } catch (error) {
      if (error instanceof RegistryError) throw error;
      if (cancel?.aborted) throw new RegistryError('cancelled', 'cancelled');
      if (timeout.aborted) {
        throw new RegistryError('timeout', `no answer from the directory within ${timeoutMs} ms`);
      }
      throw new RegistryError('network', `the directory could not be reached (${String(error)})`);
    }
  }

  return async (params, cancel) => {
    const url = `${base}/search?${new URLSearchParams(params)}`;
    for (let attempt = 0; ; attempt++) {
      const answered = await limiter.acquire();
      if (cancel?.aborted) {
        answered();
        throw new RegistryError('cancelled', 'cancelled');
      }
      try {
        return await once(url, answered, cancel).finally(answered);
      } catch (error) {
        const e = error as RegistryError;
        if (!TRANSIENT.has(e.code) || attempt >= retries) throw e;
        if (e.code === 'rate-limited') {
          const wait = e.retryAfterMs ?? backoff(attempt);
          if (wait > maxRetryAfter) throw e;
          limiter.hold(wait);
        } else {
          await clock.sleep(backoff(attempt));
        }
      }
    }
  };
}
