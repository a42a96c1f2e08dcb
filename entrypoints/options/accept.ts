import { DEFAULT_WEIGHT, type Criterion, type Persona } from '@/utils/model/persona';

/** Where an accepted term goes: a new criterion of a section, or an existing criterion (by id). */
export type Target = 'values' | 'sectors' | 'helpWith' | `criterion:${string}`;

/**
 * The criterion's phrases with `term` added. A criterion without terms was looked for by its
 * label: the label becomes a term, so that it still matches what it matched.
 */
export const withTerm = (c: Criterion, term: string): string[] =>
  [...new Set([...(c.terms.length ? c.terms : [c.label]), term])].slice(0, 50);

/** The persona with `term` accepted where she chose. */
export function acceptTerm(persona: Persona, term: string, target: Target): Persona {
  const add = (list: Criterion[]) =>
    list.map((c) => (`criterion:${c.id}` === target ? { ...c, terms: withTerm(c, term) } : c));
  if (target.startsWith('criterion:')) {
    return {
      ...persona,
      profile: { ...persona.profile, sectors: add(persona.profile.sectors) },
      values: add(persona.values),
      helpWith: add(persona.helpWith),
      redFlags: add(persona.redFlags),
    };
  }
  const fresh: Criterion = {
    id: crypto.randomUUID().slice(0, 8),
    label: term,
    terms: [term],
    weight: DEFAULT_WEIGHT,
    disqualifier: false,
  };
  if (target === 'sectors')
    return {
      ...persona,
      profile: { ...persona.profile, sectors: [...persona.profile.sectors, fresh] },
    };
  return { ...persona, [target]: [...persona[target as 'values' | 'helpWith'], fresh] };
}
