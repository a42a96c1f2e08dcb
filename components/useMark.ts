import { useState } from 'preact/hooks';
import { errorMessage } from '@/utils/error-message';
import type { RequestOf } from '@/utils/messaging';
import { send } from '@/utils/messaging/send';
import type { Prospect } from '@/utils/model/prospect';

type Marks = Omit<RequestOf<'prospect.mark'>, 'id'>;

/** Sets a mark on a saved prospect through the background; the error, if any, to show. */
export function useMark(prospect: Prospect, onChange: (p: Prospect) => void) {
  const [error, setError] = useState<string | null>(null);
  const mark = (marks: Marks) =>
    send('prospect.mark', { id: prospect.id, ...marks }).then(
      (r) => (setError(null), onChange(r.prospect)),
      (e: unknown) => setError(errorMessage(e)),
    );
  return { mark, error };
}
