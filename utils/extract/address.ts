import type { PostalAddress } from '../model/organisation';
import { clean } from '../text';
import { snippet, take, type Candidate, type Extractor, type TestCase } from './core/candidate';
import { HintedPattern } from './core/hinted';
import { checkSiren } from './core/identifiers';
import { visibleText } from './core/page-text';

/** Street types, French first, then the Belgian/Swiss/German/Dutch suffixes and English. */
const STREET_TYPE =
  '(?:rue|mail|avenue|av\\.|boulevard|bd|bld|place|pl\\.|chemin|ch\\.|all[ée]e|impasse|quai|route|rte|cours|square|passage|voie|rond-point|faubourg|fbg|lieu-dit|hameau|zone|za|zi|zac|parc|esplanade|promenade|sentier|villa|cit[ée]|r[ée]sidence|domaine|mont[ée]e|traverse|parvis|carrefour|chauss[ée]e|drève|clos|ruelle|sq\\.|street|st\\.|road|rd\\.|lane|drive)';
const LETTERS = "A-Za-zÀ-ÖØ-öø-ÿ'’";
const CITY = `[${LETTERS}][${LETTERS}. -]{1,48}?`;
/** "12 bis rue des Tanneurs", "12, rue…", "ZA des Prés", "Parc Technologique 3 allée…" */
const FR_STREET = `(?:\\d{1,4}(?:\\s?(?:bis|ter|quater|[a-d]))?,?\\s+)?(?<![\\p{L}@.-])${STREET_TYPE}\\s[^,\\n\\d]{2,80}?`;
/** Belgian/Swiss order: "Rue de la Loi 16", "Bahnhofstrasse 10", "Avenue Louise 54 bte 3". */
const NUMBER_LAST_STREET = `(?:${STREET_TYPE}\\s[^,\\n\\d]{2,60}?|[A-ZÄÖÜ][a-zäöüß-]+(?:strasse|straße|str\\.|gasse|weg|platz|straat|laan|steenweg|plein|lei|dreef|kaai|markt))\\s\\d{1,4}[a-z]?(?:\\s?(?:bte|bo[iî]te|bus)\\s?\\d+)?`;
const END = `(?=\\s*(?:$|[,.;\\n–—|()•·]|\\s[-–—|]|\\s(?:t[ée]l|tel|phone|fax|france|belgique|belgium|suisse|switzerland|schweiz|e-?mail)\\b))`;

const FR_ADDRESS = new RegExp(
  `(?<street>${FR_STREET})\\s*[,–—-]?\\s*(?:(?:bp|cs)\\s?\\d+\\s*[,–—-]?\\s*)?(?:F-\\s?)?(?<cp>\\d{5}|\\d{2}\\s\\d{3})\\s+(?<city>${CITY})(?:\\s+cedex(?:\\s?\\d{1,2})?)?${END}`,
  'giu',
);
const FOUR_DIGIT_ADDRESS = new RegExp(
  `(?<street>${NUMBER_LAST_STREET})\\s*[,–—-]?\\s*(?<prefix>(?:CH|B|BE)-)?(?<cp>[1-9]\\d{3})\\s+(?<city>${CITY})${END}`,
  'giu',
);
/** A postcode line alone, for <address> blocks whose street is on the line above. */
const FR_POSTCODE_CITY = new RegExp(
  `^(?<cp>\\d{5})\\s+(?<city>${CITY})(?:\\s+cedex(?:\\s?\\d{1,2})?)?$`,
  'iu',
);

/** "186 Elliot Street, Brattleboro, VT 05301", "31 des Alouettes, Sainte-Anne-des-Lacs, Québec, Canada J0R 1B0". */
const NORTH_AMERICAN = new RegExp(
  `(?<street>\\d{1,5}\\s+(?:[${LETTERS}][${LETTERS}.-]*\\s){0,4}?[${LETTERS}][${LETTERS}.-]+)\\s*[,\\n|]\\s*(?<city>${CITY}),\\s*(?:[A-Z]{2}|(?<province>QC|Qu[ée]bec|ON|Ontario|BC|AB|MB|NB|NS|PE|SK|NL))\\b(?:,?\\s*(?:Canada|USA?))?,?\\s*(?<cp>\\d{5}(?:-\\d{4})?|[A-Z]\\d[A-Z]\\s?\\d[A-Z]\\d)?${END}`,
  'gu',
);
/** A town alone: "Fresnay-le-Long (76)", "Localisation : Neuchâtel, Suisse". */
const TOWN_ONLY = new RegExp(
  `^(?:(?:localisation|location|ville|adresse|si[èe]ge)\\s*:?\\s*)?(?<city>[${LETTERS}][${LETTERS}-]{2,40}(?: [${LETTERS}-]{2,20}){0,2})(?:\\s\\((?<dept>\\d{2,3})\\)|,\\s*(?<country>France|Suisse|Switzerland|Belgique|Belgium))$`,
  'gimu',
);
/**
 * "Propriétaire : Artisanad – 903 309 680 00010 – Toulon": the town a legal notice's owner line
 * ends with, after the SIREN or SIRET (checked) and a dash.
 */
const TOWN_AFTER_ID = new HintedPattern(
  /\d{3} ?\d{3} ?\d{3}/,
  /(?<!\d)(?<id>\d{3} ?\d{3} ?\d{3}(?: ?\d{5})?) ?[–—-] ?(?<city>\p{Lu}\p{Ll}+(?:[ -](?:(?:sur|sous|en|le|la|les|de|du|des|lès)[ -])?\p{Lu}\p{Ll}+){0,3})$/gmu,
);

const SWISS = /\b(?:suisse|switzerland|schweiz|svizzera)\b|(?:^|\s)CH-\d{4}/i;
const BELGIAN = /\b(?:belgique|belgium|belgi[eë]|belgien)\b|(?:^|\s)B-\d{4}/i;

/** "LYON" → "Lyon", "SAINT-ÉTIENNE" → "Saint-Étienne"; mixed case is kept as printed. */
export function cityCase(city: string): string {
  const trimmed = clean(city).replace(/[.\s-]+$/, '');
  if (trimmed !== trimmed.toUpperCase()) return trimmed;
  return trimmed
    .toLowerCase()
    .replace(/(^|[\s'’-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

function fourDigitCountry(context: string, region: string): string | undefined {
  if (SWISS.test(context)) return 'CH';
  if (BELGIAN.test(context)) return 'BE';
  return region === 'CH' || region === 'BE' || region === 'LU' ? region : undefined;
}

export interface FoundAddress {
  address: PostalAddress;
  index: number;
  raw: string;
}

/** Postal addresses written in a text, in order of appearance. */
export function findAddresses(text: string, region: string): FoundAddress[] {
  const out: FoundAddress[] = [];
  if (
    region === 'FR' ||
    region === 'MC' ||
    !['BE', 'CH', 'LU'].includes(region) ||
    /\d{5}/.test(text)
  ) {
    for (const m of take(text.matchAll(FR_ADDRESS), 30)) {
      const g = m.groups!;
      out.push({
        address: {
          street: clean(g.street)
            .replace(/,$/, '')
            .replace(/^(\d+\s?(?:bis|ter|[a-d])?),\s*/i, '$1 '),
          postalCode: g.cp!.replace(/\s/g, ''),
          city: cityCase(g.city!),
          country: region === 'MC' && g.cp!.startsWith('980') ? 'MC' : 'FR',
        },
        index: m.index ?? 0,
        raw: m[0],
      });
    }
  }
  for (const m of take(text.matchAll(FOUR_DIGIT_ADDRESS), 30)) {
    const g = m.groups!;
    const context = text.slice(m.index ?? 0, (m.index ?? 0) + m[0].length + 30);
    const country = g.prefix?.startsWith('CH')
      ? 'CH'
      : g.prefix
        ? 'BE'
        : fourDigitCountry(context, region);
    if (!country) continue;
    out.push({
      address: { street: clean(g.street), postalCode: g.cp!, city: cityCase(g.city!), country },
      index: m.index ?? 0,
      raw: m[0],
    });
  }
  if (region === 'US' || region === 'CA')
    for (const m of take(text.matchAll(NORTH_AMERICAN), 30)) {
      const g = m.groups!;
      out.push({
        address: {
          street: clean(g.street),
          ...(g.cp ? { postalCode: g.cp.toUpperCase() } : {}),
          city: cityCase(g.city!),
          country: g.province ? 'CA' : 'US',
        },
        index: m.index ?? 0,
        raw: m[0],
      });
    }
  return out.sort((a, b) => a.index - b.index);
}

/** An <address> block: try it as one line, then as street line + "69001 Lyon" line. */
function fromAddressElement(text: string, region: string): FoundAddress | undefined {
  const joined = text.split('\n').join(', ');
  const [found] = findAddresses(joined, region);
  if (found) return found;
  const lines = text.split('\n');
  for (let i = 1; i < lines.length; i++) {
    const m = FR_POSTCODE_CITY.exec(lines[i]!.trim());
    const street = lines[i - 1]!.trim();
    if (m && /\d/.test(street) && street.length < 100)
      return {
        address: {
          street,
          postalCode: m.groups!.cp,
          city: cityCase(m.groups!.city!),
          country: 'FR',
        },
        index: 0,
        raw: `${street}, ${lines[i]}`,
      };
  }
  return undefined;
}

/** Addresses in <address> elements and in the page's own text (not the host's or agency's). */
export const address: Extractor = {
  id: 'address',
  extract(page) {
    const out: Candidate[] = [];
    for (const el of page.found.addresses) {
      const found = fromAddressElement(visibleText(el, 1000).text, page.region);
      if (found)
        out.push({
          field: 'address',
          value: found.address,
          source: 'text',
          confidence: 0.7,
          snippet: snippet(found.raw),
        });
    }
    const found = findAddresses(page.text, page.region);
    if (!found.length) out.push(...townOnly(page.text));
    found.forEach((found, i) => {
      out.push({
        field: 'address',
        value: found.address,
        source: 'text',
        // The first address printed is usually the organisation's; later ones often branches.
        confidence: i === 0 ? 0.6 : 0.45,
        snippet: snippet(found.raw),
      });
    });
    return out;
  },
};

/**
 * A town without street or postcode, the last resort: with its country, with its department
 * number next to the contact lines ("Fresnay-le-Long (76)" above a phone), or after the
 * organisation's identifier.
 */
function townOnly(text: string): Candidate[] {
  for (const m of [...take(text.matchAll(TOWN_ONLY), 10), ...TOWN_AFTER_ID.matchAll(text, 10)]) {
    const g = m.groups!;
    if (g.id && !checkSiren(g.id.replace(/ /g, '').slice(0, 9)).valid) continue;
    const at = m.index ?? 0;
    const near = text.slice(Math.max(0, at - 120), at + m[0].length + 120);
    if (g.dept && !/@|\d(?:[\s.]?\d){7}/.test(near)) continue;
    const country = /suisse|switzerland/i.test(g.country ?? '')
      ? 'CH'
      : /belgi/i.test(g.country ?? '')
        ? 'BE'
        : 'FR';
    const address = { city: cityCase(g.city!), country };
    return [
      { field: 'address', value: address, source: 'text', confidence: 0.3, snippet: snippet(m[0]) },
    ];
  }
  return [];
}

/** Fixture pages where this source finds these fields (checked by tests/unit/extract). */
export const testCases: TestCase[] = [
  { page: 'sites/agence-temoignages/index.html', fields: ['address'] },
  { page: 'sites/brasserie-liege/index.html', fields: ['address'] },
];
