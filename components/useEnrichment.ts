import { useEffect, useRef, useState } from 'preact/hooks';
import type { EnrichTarget } from '@/utils/extract/core/enrich';
import type { OrganisationDraft } from '@/utils/model/organisation';

export type EnrichmentState =
  | { phase: 'idle' }
  | { phase: 'running'; label: string; done: number; total: number }
  | { phase: 'done'; pages: number }
  | { phase: 'cancelled' };

/**
 * Read the capture's follow-up pages one by one, after the first card is shown, handing each
 * page's draft to `onPage`. Cancellable; stops when the component goes away.
 */
export function useEnrichment(
  targets: EnrichTarget[] | undefined,
  read: ((url: string) => Promise<OrganisationDraft | undefined>) | undefined,
  onPage: (draft: OrganisationDraft) => void,
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
        const draft = await read(target.url).catch(() => undefined);
        if (abort.signal.aborted) return;
        if (draft) {
          pages++;
          latest.current(draft);
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
