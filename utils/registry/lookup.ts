/** One question to the directory (a SIREN/SIRET, or a name and postcode) and what it answered. */
import type { z } from 'zod';
import { checkSiren, checkSiret } from '../extract/core/identifiers';
import type { RegistryClient } from './client';
import { RegistryError } from './errors';
import { mapResult } from './map';
import { nafLabel } from './nomenclature';
import type { RegistryResult } from './schema';
import type { Candidate, LookupOutcomeSchema, RegistryQuery } from './wire';

export type { Candidate, RegistryQuery };

export type LookupOutcome = z.infer<typeof LookupOutcomeSchema>;

/** At most this many matches are offered to choose from. */
export const MAX_CANDIDATES = 10;
const INCLUDE = 'siege,complements,dirigeants';

function candidate(r: RegistryResult): Candidate {
  const code = r.activite_principale;
  const label = code ? nafLabel(code) : undefined;
  return {
    siren: r.siren,
    ...(r.siege ? { siret: r.siege.siret } : {}),
    name: r.nom_complet || r.nom_raison_sociale || r.siren,
    ...(r.siege?.code_postal ? { postalCode: r.siege.code_postal } : {}),
    ...(r.siege?.libelle_commune ? { city: r.siege.libelle_commune } : {}),
    active: r.etat_administratif === 'A',
    ...(code ? { activity: { code, ...(label ? { label } : {}) } } : {}),
  };
}

/** The query string of a question, or why it cannot be asked. */
export function queryParams(query: RegistryQuery): Record<string, string> {
  const base = { minimal: 'true', include: INCLUDE };
  if ('id' in query) {
    const digits = query.id.replace(/[\s.-]/g, '');
    const check = digits.length === 14 ? checkSiret(digits) : checkSiren(digits);
    if (!/^\d+$/.test(digits) || !check.valid) {
      throw new RegistryError('bad-query', `not a valid SIREN or SIRET: ${check.reason ?? digits}`);
    }
    return { ...base, q: digits, per_page: '5' };
  }
  const name = query.name.trim().replace(/\s+/g, ' ').slice(0, 200);
  const postcode = query.postcode?.trim();
  if (postcode !== undefined && !/^\d{5}$/.test(postcode)) {
    throw new RegistryError('bad-query', `not a French postcode: ${postcode.slice(0, 20)}`);
  }
  if (name.length < 3) throw new RegistryError('bad-query', 'a name needs at least 3 characters');
  return {
    ...base,
    q: name,
    ...(postcode ? { code_postal: postcode } : {}),
    per_page: String(MAX_CANDIDATES),
  };
}

/** `today` (YYYY-MM-DD) dates an entry that carries no update date. */
export async function lookup(
  client: RegistryClient,
  query: RegistryQuery,
  today: string,
  signal?: AbortSignal,
): Promise<LookupOutcome> {
  try {
    const params = queryParams(query);
    const payload = await client(params, signal);
    const direct = 'id' in query;
    // A direct lookup ignores every filter; keep only the entry of that very SIREN.
    const results = direct
      ? payload.results.filter((r) => r.siren === params.q!.slice(0, 9))
      : payload.results;
    const total = direct ? results.length : Math.max(payload.total_results, results.length);
    if (!results.length) return { status: 'not-found' };
    if (total === 1) return { status: 'found', match: mapResult(results[0]!, today) };
    return { status: 'ambiguous', candidates: results.slice(0, MAX_CANDIDATES).map(candidate) };
  } catch (error) {
    if (error instanceof RegistryError) {
      return { status: 'error', code: error.code, error: error.message };
    }
    throw error;
  }
}
