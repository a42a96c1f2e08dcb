import { useEffect, useState } from 'preact/hooks';
import { errorMessage } from '@/utils/error-message';
import { send, type ResponseOf } from '@/utils/messaging';

export type Learnt = ResponseOf<'learn.suggest'>;

export type LearntState =
  { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready'; learnt: Learnt };

/** What the background learnt from the saved prospects for this persona, and a way to dismiss. */
export function useLearnt(personaId: string) {
  const [state, setState] = useState<LearntState>({ kind: 'loading' });
  useEffect(() => {
    let live = true;
    setState({ kind: 'loading' });
    send('learn.suggest', { personaId }).then(
      (learnt) => live && setState({ kind: 'ready', learnt }),
      (error: unknown) => live && setState({ kind: 'error', message: errorMessage(error) }),
    );
    return () => void (live = false);
  }, [personaId]);
  const dismiss = async (key: string) => {
    await send('learn.dismiss', { key });
    if (state.kind !== 'ready') return;
    const terms = state.learnt.terms.filter((term) => term.key !== key);
    setState({ kind: 'ready', learnt: { ...state.learnt, terms } });
  };
  return { state, dismiss };
}
