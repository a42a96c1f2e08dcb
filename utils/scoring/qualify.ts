import type { OrganisationDraft } from '../model/organisation';
import type { Persona } from '../model/persona';
import {
  DESCRIPTION_CHARS,
  type CriterionResult,
  type PageKind,
  type Qualification,
} from '../model/qualification';
import { bandOf } from './band';
import { compilePersona, type CompiledPersona, type Section } from './compile';
import { fieldTexts, Findings } from './findings';
import { pageKindOf } from './page-kind';
import { peerOf } from './peer';
import { checkKind, checkSize, checkTerritory, type Check } from './profile';
import { scoredPages, type SitePage } from './site-pages';

/**
 * A section counts fully once the weights of its matched criteria reach this: three or so
 * strong matches make a fit, a persona with sixty criteria is not expected to match them all.
 */
export const SECTION_SATURATION = 10;
/** Points a matched red flag takes off, per unit of weight. */
export const RED_FLAG_POINTS = 5;

/**
 * How much each section counts. The profile says whether she can work with them, the values
 * whether she wants to; needs are a bonus, since few pages spell them out.
 */
export const SECTION_SHARE: Record<Exclude<Section, 'redFlags'>, number> = {
  profile: 0.6,
  values: 0.25,
  helpWith: 0.15,
};

const compiledCache = new WeakMap<Persona, CompiledPersona>();

/** The compiled form of a persona, built once per persona object. */
export function compiled(persona: Persona | CompiledPersona): CompiledPersona {
  if ('index' in persona) return persona;
  let c = compiledCache.get(persona);
  if (!c) compiledCache.set(persona, (c = compilePersona(persona)));
  return c;
}

export interface QualifyOptions {
  /** The site's home and about pages: scored in place of a page that is not a presentation. */
  site?: readonly SitePage[];
  /** What the page is, when known already (a saved prospect's captured page). */
  pageKind?: PageKind;
}

/**
 * Score an organisation against a persona, with the reasons. Pure and deterministic: the same
 * draft, text, site pages and persona always give the same result.
 */
export function qualify(
  draft: OrganisationDraft,
  pageText: string,
  personaOrCompiled: Persona | CompiledPersona,
  { site = [], pageKind = pageKindOf(draft.sourceUrl, pageText) }: QualifyOptions = {},
): Qualification {
  const c = compiled(personaOrCompiled);
  const { persona } = c;
  const scoredOn = scoredPages(pageKind, site);
  const findings = new Findings(
    fieldTexts(draft, pageText, pageKind, scoredOn),
    draft.sourceUrl.slice(0, 2048),
    c,
  );
  const criteria: CriterionResult[] = [];
  const redFlags: CriterionResult[] = [];
  const unchecked: string[] = [];
  let totalWeight = 0;

  const record = (r: Omit<CriterionResult, 'matched' | 'evidence'>, check: Check) => {
    if (r.section !== 'redFlags') totalWeight += r.weight;
    if (check === 'unchecked') unchecked.push(r.label);
    else if (r.section === 'redFlags') {
      if (check.matched) redFlags.push({ ...r, ...check });
    } else criteria.push({ ...r, ...check });
  };

  const { kinds, size, territory } = persona.profile;
  if (kinds.values.length) {
    const r = {
      id: 'profile.kind',
      label: 'profile.kind',
      section: 'profile' as const,
      weight: kinds.weight,
    };
    record(r, checkKind(draft, kinds.values, findings));
  }
  if (size.min !== undefined || size.max !== undefined) {
    const r = {
      id: 'profile.size',
      label: 'profile.size',
      section: 'profile' as const,
      weight: size.weight,
    };
    record(r, checkSize(size, findings, draft.registry?.headcount));
  }
  if (territory.places.length) {
    const r = {
      id: 'profile.territory',
      label: 'profile.territory',
      section: 'profile' as const,
      weight: territory.weight,
    };
    record(r, checkTerritory(draft, territory, c.places, findings));
  }
  for (const t of c.criteria) {
    const evidence = findings.hasText ? findings.criterionEvidence(t) : [];
    const r = { id: t.id, label: t.label, section: t.section, weight: t.weight };
    const check: Check = findings.hasText
      ? { matched: evidence.length > 0, evidence }
      : 'unchecked';
    record(t.disqualifier ? { ...r, disqualifier: true } : r, check);
  }
  for (const t of c.conversation) {
    const r = { id: t.id, label: t.label, section: t.section, weight: t.weight };
    criteria.push({ ...r, checkable: false, matched: false, evidence: [] });
  }
  const peer = peerOf(
    c,
    findings,
    criteria.flatMap((r) => (r.section === 'helpWith' ? r.evidence : [])),
  );

  // Sections with nothing checkable leave the score to the others.
  let fit = 0;
  let shares = 0;
  for (const [section, share] of Object.entries(SECTION_SHARE)) {
    const checked = criteria.filter((r) => r.section === section && r.checkable !== false);
    if (!checked.length) continue;
    const possible = checked.reduce((s, r) => s + r.weight, 0);
    const got = checked.reduce((s, r) => s + (r.matched ? r.weight : 0), 0);
    fit += share * Math.min(1, got / Math.min(possible, SECTION_SATURATION));
    shares += share;
  }
  if (shares) fit /= shares;
  const penalty = redFlags.reduce((s, r) => s + r.weight * RED_FLAG_POINTS, 0);
  // A peer is a competitor or a partner: not scored as a client.
  const score = peer?.matched ? 0 : Math.max(0, Math.min(100, Math.round(fit * 100 - penalty)));
  const checkedWeight = criteria.reduce((s, r) => s + (r.checkable === false ? 0 : r.weight), 0);

  return {
    personaId: persona.id,
    personaName: persona.name,
    personaVersion: c.version,
    score,
    band: bandOf(
      score,
      persona.threshold,
      redFlags.some((r) => r.disqualifier),
    ),
    criteria,
    redFlags,
    unchecked,
    confidence: totalWeight ? Math.round((checkedWeight / totalWeight) * 100) / 100 : 0,
    pageKind,
    ...(scoredOn.length && {
      scoredOn: scoredOn.map(({ kind, url, description }) => ({
        kind,
        url,
        ...(description && { description: description.slice(0, DESCRIPTION_CHARS) }),
      })),
    }),
    ...(peer && { peer }),
  };
}
