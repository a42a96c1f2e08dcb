import type { OrganisationDraftInput } from '../model/organisation';
import type { Candidate, TextField } from './candidate';

const norm = (value: string) => value.toLowerCase().replace(/\/+$/, '');

/**
 * Pick one value per field. Rule: the most confident candidate wins; every other source that
 * agrees with it (same value, case- and trailing-slash-insensitive) raises its confidence by
 * 0.1, up to 1.
 */
export function mergeCandidates(candidates: Candidate[]): Partial<OrganisationDraftInput> {
  const byField = new Map<TextField, Candidate[]>();
  for (const c of candidates) byField.set(c.field, [...(byField.get(c.field) ?? []), c]);
  const out: Partial<Record<TextField, Omit<Candidate, 'field'>>> = {};
  for (const [field, list] of byField) {
    const best = [...list].sort((a, b) => b.confidence - a.confidence)[0];
    if (!best) continue;
    const agreeing = new Set(
      list.filter((c) => c !== best && norm(c.value) === norm(best.value)).map((c) => c.source),
    );
    agreeing.delete(best.source);
    const { field: _field, ...evidence } = best;
    out[field] = { ...evidence, confidence: Math.min(1, best.confidence + 0.1 * agreeing.size) };
  }
  return out;
}
