import { slug } from '../text';
import { snippet, type Extractor, type TestCase } from './core/candidate';
import { HintedPattern } from './core/hinted';

/**
 * "Brasserie du Perron SRL –", "IP Bureautique – SARL 880…", "Logicus Informatique inc., 31 des
 * Alouettes", "Virginie Ley EI": a name followed by a legal form.
 */
const NAME_WITH_FORM = new HintedPattern(
  / (?:SARL|SASU|SAS|EURL|SRL|Sàrl|GmbH|AG|Ltd|LLC|[Ii]nc|INC|BV|NV|EI)(?=[\s–—,.|•·\d-]|$)/m,
  /\b([A-ZÀ-Ý][\p{L}'’&-]+(?: [\p{L}'’&-]+){0,4})(?: [–—-])? (SARL|SAS|SASU|EURL|SRL|Sàrl|GmbH|AG|Ltd|LLC|[Ii]nc\.?|INC\.?|BV|NV|EI)(?=\s*(?:[–—,.|•·\d]|-\s|$))/gmu,
);

/**
 * The site's own name (its title's, main heading's, og:site_name's or host's) written with its
 * legal form in its text: the legal name, and the kind the form says. Written as a sentence
 * rather than a heading in capitals ("LOGICUS INFORMATIQUE INC") when the page has both.
 */
export const legalForm: Extractor = {
  id: 'legal-form',
  extract(page) {
    const own = [
      page.found.title,
      page.found.h1 ?? '',
      page.found.meta.get('og:site_name')?.[0] ?? '',
      page.url.hostname,
    ].map(slug);
    let found: RegExpMatchArray | undefined;
    for (const m of NAME_WITH_FORM.matchAll(page.text, 20)) {
      const name = slug(m[1]!);
      if (
        name.length < 3 ||
        !own.some((o) => o.includes(name) || (o.length >= 3 && name.includes(o)))
      )
        continue;
      found ??= m;
      if (m[1] !== m[1]!.toUpperCase()) {
        found = m;
        break;
      }
    }
    if (!found) return [];
    const [text, name, form] = [found[0], found[1]!, found[2]!];
    const evidence = { source: 'text' as const, snippet: snippet(text) };
    return [
      // An EI (entreprise individuelle) is one person trading under their own name.
      {
        field: 'kind',
        value: form === 'EI' ? 'independent' : 'company',
        confidence: 0.65,
        ...evidence,
      },
      ...(form === 'EI'
        ? []
        : [
            { field: 'legalName' as const, value: `${name} ${form}`, confidence: 0.5, ...evidence },
          ]),
    ];
  },
};

/** Fixture pages where this source finds these fields (checked by tests/unit/extract). */
export const testCases: TestCase[] = [
  { page: 'sites/agence-temoignages/index.html', fields: ['kind', 'legalName'] },
];
