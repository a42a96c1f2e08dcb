/** Limits of one enrichment fetch: small pages, quickly, HTML only. */
export const FETCH_TIMEOUT_MS = 3000;
export const FETCH_MAX_BYTES = 2 * 1024 * 1024;

export type FetchResult =
  { ok: true; html: string; truncated: boolean } | { ok: false; reason: string };

/**
 * Fetch one same-origin page as HTML text, capped at `maxBytes`, given up after `timeoutMs`.
 * `fetchImpl` is passed in (the page's fetch in the content script, a fake in tests).
 */
export async function fetchHtml(
  url: string,
  fetchImpl: typeof fetch,
  {
    timeoutMs = FETCH_TIMEOUT_MS,
    maxBytes = FETCH_MAX_BYTES,
    signal,
  }: { timeoutMs?: number; maxBytes?: number; signal?: AbortSignal } = {},
): Promise<FetchResult> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const onAbort = () => controller.abort();
  signal?.addEventListener('abort', onAbort);
  try {
    const response = await fetchImpl(url, {
      signal: controller.signal,
      credentials: 'same-origin',
      redirect: 'follow',
    });
    if (!response.ok) return { ok: false, reason: `HTTP ${response.status}` };
    if (response.url && new URL(response.url).origin !== new URL(url).origin)
      return { ok: false, reason: 'redirected to another origin' };
    const type = response.headers.get('content-type') ?? '';
    if (!/text\/html|application\/xhtml\+xml/i.test(type))
      return { ok: false, reason: `not HTML (${type.slice(0, 60)})` };
    const charset = /charset=([\w-]+)/i.exec(type)?.[1] ?? 'utf-8';
    let decoder: TextDecoder;
    try {
      decoder = new TextDecoder(charset);
    } catch {
      decoder = new TextDecoder('utf-8');
    }
    const reader = response.body?.getReader();
    if (!reader)
      return { ok: true, html: (await response.text()).slice(0, maxBytes), truncated: false };
    let html = '';
    let bytes = 0;
    let truncated = false;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      const room = maxBytes - bytes;
      bytes += value.byteLength;
      html += decoder.decode(value.byteLength > room ? value.slice(0, room) : value, {
        stream: true,
      });
      if (bytes >= maxBytes) {
        truncated = true;
        await reader.cancel().catch(() => undefined);
        break;
      }
    }
    return { ok: true, html: html + decoder.decode(), truncated };
  } catch (error) {
    return {
      ok: false,
      reason: controller.signal.aborted
        ? signal?.aborted
          ? 'cancelled'
          : 'timed out'
        : String(error).slice(0, 200),
    };
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}
