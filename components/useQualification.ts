import { useEffect, useMemo, useState } from 'preact/hooks';
import { errorMessage } from '@/utils/error-message';
import { send } from '@/utils/messaging';
import type { OrganisationDraft } from '@/utils/model/organisation';
import type { Persona } from '@/utils/model/persona';
import { compilePersona, qualify } from '@/utils/scoring';

export type PersonaState =
  | { kind: 'loading' }
  | { kind: 'none' }
  | { kind: 'error'; message: string }
  | { kind: 'ready'; persona: Persona };

/**
 * The active persona, compiled once, and the qualification of the draft against it, recomputed
 * as the user edits the card (a few milliseconds).
 */
export function useQualification(draft: OrganisationDraft | null, text: string) {
  const [state, setState] = useState<PersonaState>({ kind: 'loading' });
  useEffect(() => {
    send('persona.active', {})
      .then(({ persona }) => setState(persona ? { kind: 'ready', persona } : { kind: 'none' }))
      .catch((error: unknown) => setState({ kind: 'error', message: errorMessage(error) }));
  }, []);
  const compiled = useMemo(
    () => (state.kind === 'ready' ? compilePersona(state.persona) : null),
    [state],
  );
  const qualification = useMemo(
    () => (compiled && draft ? qualify(draft, text, compiled) : undefined),
    [compiled, draft, text],
  );
  return { persona: state, qualification };
}
