import { clean, fold } from './text';

/** The countries addresses and personas name, by ISO code, with the names people write. */
export const COUNTRY_NAMES: Record<string, readonly string[]> = {
  FR: ['france'],
  BE: ['belgique', 'belgium', 'belgië'],
  CH: ['suisse', 'switzerland', 'schweiz'],
  LU: ['luxembourg'],
  MC: ['monaco'],
  CA: ['canada'],
  GB: ['royaume-uni', 'united kingdom', 'uk'],
  US: ['united states', 'usa'],
  DE: ['allemagne', 'germany'],
  ES: ['espagne', 'spain'],
  IT: ['italie', 'italy'],
};

/** "Belgique" → "BE", " be " → "BE"; a name not in the list is returned as written (cleaned). */
export function countryCode(country: string): string {
  const c = clean(country, 60);
  if (/^[a-z]{2}$/i.test(c)) return c.toUpperCase();
  const name = fold(c);
  return (
    Object.keys(COUNTRY_NAMES).find((k) => COUNTRY_NAMES[k]!.some((n) => fold(n) === name)) ?? c
  );
}
