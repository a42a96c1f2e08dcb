import { useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { errorMessage } from '@/utils/error-message';
import { send } from '@/utils/messaging/send';
import type { OrganisationDraft } from '@/utils/model/organisation';
import type { Persona } from '@/utils/model/persona';
import type { SitePage } from '@/utils/scoring/site-pages';

type Scoring = typeof import('@/utils/scoring');

export type PersonaState =
  | { kind: 'loading' }
  | { kind: 'none' }
  | { kind: 'error'; message: string }
  | { kind: 'ready'; persona: Persona };

const askBackground = async () => (await send('persona.active', {})).persona;

/**
 * The active persona (`active` gives it; by default the background is asked), compiled once,
 * and the qualification of the draft against it, recomputed as the user edits the card (a few
 * milliseconds). The scoring code (its stemmers weigh 13 KB) is loaded beside the persona, while
 * the page is read. On a page that does not present the organisation, the site's home and about
 * pages (`site`, once read) are scored instead.
 */
export function useQualification(
  draft: OrganisationDraft | null,
  text: string,
  site: readonly SitePage[] = [],
  active: () => Promise<Persona | null> = askBackground,
) {
  const [state, setState] = useState<PersonaState>({ kind: 'loading' });
  const [scoring, setScoring] = useState<Scoring | null>(null);
  // Started once the first render is committed, not after the next frame as useEffect would.
  useLayoutEffect(() => {
    const failed = (error: unknown) => setState({ kind: 'error', message: errorMessage(error) });
    active()
      .then((persona) => setState(persona ? { kind: 'ready', persona } : { kind: 'none' }))
      .catch(failed);
    import('@/utils/scoring').then(setScoring).catch(failed);
  }, []);
  const compiled = useMemo(
    () => (scoring && state.kind === 'ready' ? scoring.compilePersona(state.persona) : null),
    [scoring, state],
  );
  // Kept with the saved score, so that a change of persona can score it again.
  const url = draft?.sourceUrl;
  const excerpt = useMemo(
    () => (scoring && url !== undefined ? scoring.ownExcerpt(url, text, site) : ''),
    [scoring, url, text, site],
  );
  const qualification = useMemo(() => {
    if (!scoring || !compiled || !draft) return undefined;
    const start = performance.now();
    const result = { ...scoring.qualify(draft, text, compiled, { site }), excerpt };
    // Read by the popup benchmark (tests/bench/popup.bench.ts).
    performance.measure('glaneur.qualify', { start });
    return result;
  }, [scoring, compiled, draft, text, site, excerpt]);
  return { persona: state, qualification };
}
