import type { OrganisationKind } from '../model/organisation';
import type { Criterion, Persona } from '../model/persona';
import type { CriterionResult } from '../model/qualification';
import { KIND_CUES, REMOTE_CUES, STRONG_CUE, WEAK_CUE } from './cues';
import { fold, phraseStems } from './normalise';
import { personaVersion } from './persona-version';
import { buildIndex, type PhraseIndex } from './phrases';

export type Section = CriterionResult['section'];

/** A persona criterion matched against text. */
export interface TextCriterion {
  id: string;
  label: string;
  section: Section;
  weight: number;
  disqualifier: boolean;
}

/** What a phrase found in a page stands for. */
export type PhraseKey =
  | { type: 'criterion'; criterion: TextCriterion }
  | { type: 'kind'; kind: OrganisationKind; strength: number }
  | { type: 'place'; place: string }
  | { type: 'remote' }
  | { type: 'trade' };

/** A persona turned into what matching needs, once, so that each page costs one scan. */
export interface CompiledPersona {
  persona: Persona;
  /** A digest of what scoring reads of the persona, kept with each score. */
  version: string;
  criteria: TextCriterion[];
  /** Criteria only a conversation can tell: asked, never searched. */
  conversation: TextCriterion[];
  index: PhraseIndex<PhraseKey>;
  /** Places as folded text, to compare with an address. */
  places: string[];
}

function* criterionPhrases(criterion: TextCriterion, source: Criterion) {
  const key: PhraseKey = { type: 'criterion', criterion };
  const terms = source.terms.filter((t) => t.trim());
  for (const term of terms.length ? terms : [source.label]) yield { stems: phraseStems(term), key };
}

export function compilePersona(persona: Persona): CompiledPersona {
  const criteria: TextCriterion[] = [];
  const conversation: TextCriterion[] = [];
  const phrases: { stems: string[]; key: PhraseKey }[] = [];
  const sections: [Section, Criterion[]][] = [
    ['profile', persona.profile.sectors],
    ['values', persona.values],
    ['helpWith', persona.helpWith],
    ['redFlags', persona.redFlags],
  ];
  for (const [section, list] of sections) {
    for (const c of list) {
      const criterion: TextCriterion = {
        id: c.id,
        label: c.label,
        section,
        weight: c.weight,
        disqualifier: section === 'redFlags' && c.disqualifier,
      };
      if (c.checkable === false) {
        conversation.push(criterion);
        continue;
      }
      criteria.push(criterion);
      phrases.push(...criterionPhrases(criterion, c));
    }
  }
  for (const [kind, cues] of Object.entries(KIND_CUES) as [
    OrganisationKind,
    typeof KIND_CUES.company,
  ][]) {
    for (const cue of cues.strong)
      phrases.push({ stems: phraseStems(cue), key: { type: 'kind', kind, strength: STRONG_CUE } });
    for (const cue of cues.weak)
      phrases.push({ stems: phraseStems(cue), key: { type: 'kind', kind, strength: WEAK_CUE } });
  }
  for (const term of persona.trade?.terms ?? [])
    phrases.push({ stems: phraseStems(term), key: { type: 'trade' } });
  const { places, remoteFriendly } = persona.profile.territory;
  for (const place of places) {
    if (!/^\d+[AB]?$/i.test(place.trim()))
      phrases.push({ stems: phraseStems(place), key: { type: 'place', place } });
  }
  if (remoteFriendly && places.length) {
    const key: PhraseKey = { type: 'remote' };
    for (const cue of REMOTE_CUES) phrases.push({ stems: phraseStems(cue), key });
  }
  return {
    persona,
    version: personaVersion(persona),
    criteria,
    conversation,
    index: buildIndex(phrases),
    places: places.map((p) => fold(p.trim())).filter(Boolean),
  };
}
