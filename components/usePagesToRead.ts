import { useEffect, useMemo, useState } from 'preact/hooks';
import type { CaptureResult } from '@/utils/capture';
import { pagesToRead, type ReadTarget } from '@/utils/enrichment';

/**
 * The pages enrichment reads for a capture: those that complete the card, and, when the page
 * does not present the organisation, its site's home and about pages for their words. The page
 * kind is told by a small chunk loaded on demand; until then, nothing is read.
 */
export function usePagesToRead(capture: CaptureResult | null): ReadTarget[] | undefined {
  const [presents, setPresents] = useState<boolean>();
  useEffect(() => {
    if (!capture || capture.kind === 'cannot-read') return;
    if (!capture.site?.length) return setPresents(true);
    import('@/utils/scoring/page-kind').then(
      ({ pageKindOf }) =>
        setPresents(pageKindOf(capture.draft.sourceUrl, capture.text) === 'presentation'),
      () => setPresents(true),
    );
  }, [capture]);
  return useMemo(
    () =>
      capture && capture.kind !== 'cannot-read' && presents !== undefined
        ? pagesToRead(capture.follow, presents ? [] : capture.site)
        : undefined,
    [capture, presents],
  );
}
