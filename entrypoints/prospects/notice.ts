import type { Notice as PlainNotice } from '@/components/NoticeLine';
import { errorMessage } from '@/utils/error-message';

export interface Notice extends PlainNotice {
  /** Offer "Undo" for this undo id. */
  undoId?: string;
}

/** Run a request; say what happened either way. */
export async function attempt<T>(
  notify: (n: Notice) => void,
  run: () => Promise<T>,
  success?: (result: T) => Notice | undefined,
): Promise<T | undefined> {
  try {
    const result = await run();
    const notice = success?.(result);
    if (notice) notify(notice);
    return result;
  } catch (error) {
    notify({ kind: 'error', text: errorMessage(error) });
    return undefined;
  }
}
