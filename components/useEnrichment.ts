import { useEffect, useRef, useState } from 'preact/hooks';
import type { ReadPage, ReadTarget } from '@/utils/enrichment';

export type EnrichmentState =
  | { phase: 'idle' }
  | { phase: 'running'; label: string; done: number; total: number }
  | { phase: 'done'; pages: number }
  | { phase: 'cancelled' };

/**
 * Read the capture's follow-up pages one by one, after the first card is shown, handing each
 * page's draft (and text, when asked for) to `onPage`. Cancellable; stops when the component
 * goes away.
 */
export function useEnrichment(
  targets: ReadTarget[] | undefined,
  read: ((target: ReadTarget) => Promise<ReadPage | undefined>) | undefined,
  onPage: (page: ReadPage, target: ReadTarget) => void,
): { state: EnrichmentState; cancel(): void } {
  const [state, setState] = useState<EnrichmentState>({ phase: 'idle' });
  const controller = useRef<AbortController | null>(null);
  const latest = useRef(onPage);
  latest.current = onPage;

  useEffect(() => {
    if (!targets?.length || !read) return;
    const abort = new AbortController();
    controller.current = abort;
    void (async () => {
      let pages = 0;
      for (const [i, target] of targets.entries()) {
        if (abort.signal.aborted) return;
        setState({ phase: 'running', label: target.label, done: i, total: targets.length });
        const page = await read(target).catch(() => undefined);
        if (abort.signal.aborted) return;
        if (page) {
          pages++;
          latest.current(page, target);
        }
      }
      setState({ phase: 'done', pages });
    })();
    return () => abort.abort();
  }, [targets, read]);

  return {
    state,
    cancel() {
      controller.current?.abort();
      setState({ phase: 'cancelled' });
    },
  };
}
