import type { SocialProfile } from '../model/social-profile';

/** Fields a card defines, to tell whether it is complete. */
export const COMPANY_FIELDS = [
  'tagline',
  'industry',
  'size',
  'headquarters',
  'website',
  'followers',
] as const;
export const PERSON_FIELDS = ['headline', 'currentCompany', 'location'] as const;

/** Drop empty fields and mark the card partial when any defined field is missing. */
export function finish<T extends SocialProfile>(card: T): T {
  const fields: readonly string[] = card.kind === 'company' ? COMPANY_FIELDS : PERSON_FIELDS;
  const record = card as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (record[key] === undefined || record[key] === '') delete record[key];
  }
  return { ...card, partial: fields.some((f) => record[f] === undefined) };
}
