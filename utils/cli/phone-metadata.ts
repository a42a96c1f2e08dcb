/**
 * `npm run extract:phone-metadata`: writes utils/extract/phone-metadata.json, the subset of
 * libphonenumber-js's "min" metadata for the countries Glaneur's users prospect in. The full
 * metadata (83 KB) would blow the content script's 60 KB budget; numbers of other countries are
 * simply not recognised. Re-run after upgrading libphonenumber-js.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** France with its overseas departments and territories, its neighbours, and a few more. */
export const PHONE_COUNTRIES = [
  ...['FR', 'MC', 'GP', 'MQ', 'GF', 'RE', 'YT', 'PM', 'NC', 'PF', 'WF', 'BL', 'MF'],
  ...['BE', 'CH', 'LU', 'DE', 'ES', 'IT', 'GB', 'IE', 'NL', 'PT', 'AT'],
  ...['US', 'CA', 'MA', 'TN', 'DZ', 'SN', 'CI'],
];

interface Metadata {
  version: number;
  country_calling_codes: Record<string, string[]>;
  countries: Record<string, unknown>;
  nonGeographic?: Record<string, unknown>;
}

const require = createRequire(import.meta.url);
const full = JSON.parse(
  readFileSync(require.resolve('libphonenumber-js/metadata.min.json'), 'utf8'),
) as Metadata;
const keep = new Set(PHONE_COUNTRIES);
const codes: Record<string, string[]> = {};
for (const [code, countries] of Object.entries(full.country_calling_codes)) {
  const kept = countries.filter((c) => keep.has(c));
  if (kept.length > 0) codes[code] = kept;
}
const subset: Metadata = {
  version: full.version,
  country_calling_codes: codes,
  countries: Object.fromEntries(Object.entries(full.countries).filter(([c]) => keep.has(c))),
  nonGeographic: {},
};
writeFileSync('utils/extract/phone-metadata.json', JSON.stringify(subset) + '\n');
console.log(`${Object.keys(subset.countries).length} countries`);
