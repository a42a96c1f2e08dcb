import { clean } from '../text';
import { snippet, take, type Candidate, type Extractor, type TestCase } from './core/candidate';
import { HintedPattern } from './core/hinted';
import { checkSiren, checkSiret, checkVat } from './core/identifiers';

const D3 = '\\d{3}';
const SEP = '[\\s.\\u00a0]?';
const SIREN_DIGITS = `${D3}${SEP}${D3}${SEP}${D3}`;
/** 123 456 789 00012, 123 456 789 00 012, 123 456 789 000 12. */
const SIRET_DIGITS = `${SIREN_DIGITS}${SEP}(?:\\d{2}${SEP}\\d{3}|\\d{3}${SEP}\\d{2}|\\d{5})`;
const LABEL_TAIL = `\\s*(?:\\(?[a-zé ]{0,12}\\)?)?\\s*(?:n[°o]\\.?|num[ée]ro|number|no\\.?)?\\s*[:：]?\\s*`;

const SIRET = new RegExp(`\\bSIRET${LABEL_TAIL}(${SIRET_DIGITS})(?!\\d)`, 'gi');
/** Without its label ("Artisanad – 90330968000010 – Toulon"): taken only when both checks pass. */
const BARE_SIRET = new HintedPattern(
  new RegExp(`${SIREN_DIGITS}${SEP}\\d{2}`),
  new RegExp(`(?<![\\d\\p{L}/.:=_-])(${SIRET_DIGITS})(?![\\d/.=_-]?\\w)`, 'gu'),
);
const SIREN = new RegExp(`\\bSIREN${LABEL_TAIL}(${SIREN_DIGITS})(?![\\d])`, 'gi');
/** "RCS Lyon B 732 829 320", "immatriculée au RCS de Lyon sous le numéro 732 829 320". */
const RCS = new HintedPattern(
  /R\.?\s?C\.?\s?S|Registre du [Cc]ommerce/,
  new RegExp(
    `(?:\\bR\\.?\\s?C\\.?\\s?S\\.?|Registre du [Cc]ommerce et des [Ss]oci[ée]t[ée]s)\\s*[:\\s]\\s*(?:de\\s+|d'|d’|du\\s+)?((?:[A-ZÉÈÂÎ][\\p{L}'’-]+)(?:[\\s-](?:sur|en|de|la|le|l'|[A-ZÉÈ][\\p{L}'’-]+)){0,3})(?:\\s*[,:]?\\s*(?:[AB]\\s*)?(?:sous le (?:n[°o]|num[ée]ro)\\s*|n[°o]\\s*)?(${SIREN_DIGITS})(?![\\d]))?`,
    'gu',
  ),
);
const VAT =
  /\b(FR\s?[0-9A-HJ-NP-Z]{2}\s?\d{3}\s?\d{3}\s?\d{3}|BE\s?0?\d{3}[\s.]?\d{3}[\s.]?\d{3}|CHE[-\s]?\d{3}[.\s]?\d{3}[.\s]?\d{3}(?:\s?(?:TVA|MWST|IVA))?|LU\s?\d{8})\b/g;
const VAT_LABEL = /(?:tva|vat|intracom|mwst|btw|uid|ide)[^\n]{0,40}$/i;
const NAF =
  /\b(?:code\s+)?(?:NAF|APE)(?:\s*\/\s*(?:NAF|APE))?(?:\s+code)?\s*(?:n[°o])?\s*[:：]?\s*(\d{2})[.\s]?(\d{2})\s?([A-Z])\b/gi;
const NOT_CITY = /^(?:sous|num[ée]ro|n°|B|A|et|de|du|le|la)$/i;

/** French legal identifiers from the page's own text (not its host's). */
export const legal: Extractor = {
  id: 'legal',
  extract(page) {
    const text = page.text;
    const out: Candidate[] = [];
    const around = (i: number, len: number) =>
      snippet(text.slice(Math.max(0, i - 20), i + len + 10));
    for (const m of take(text.matchAll(SIRET), 30)) {
      const c = checkSiret(m[1]!);
      out.push({
        field: 'siret',
        ...c,
        source: 'text',
        confidence: 0.8,
        snippet: around(m.index ?? 0, m[0].length),
      });
      const siren = checkSiren(c.value.slice(0, 9));
      if (c.valid)
        out.push({
          field: 'siren',
          ...siren,
          source: 'text',
          confidence: 0.7,
          snippet: around(m.index ?? 0, m[0].length),
        });
    }
    for (const m of BARE_SIRET.matchAll(text, 30)) {
      const c = checkSiret(m[1]!);
      if (!c.valid) continue;
      const evidence = { source: 'text' as const, snippet: around(m.index ?? 0, m[0].length) };
      out.push({ field: 'siret', ...c, confidence: 0.6, ...evidence });
      out.push({
        field: 'siren',
        ...checkSiren(c.value.slice(0, 9)),
        confidence: 0.55,
        ...evidence,
      });
    }
    for (const m of take(text.matchAll(SIREN), 30)) {
      out.push({
        field: 'siren',
        ...checkSiren(m[1]!),
        source: 'text',
        confidence: 0.8,
        snippet: around(m.index ?? 0, m[0].length),
      });
    }
    for (const m of RCS.matchAll(text, 30)) {
      const city = clean(m[1], 120).replace(/\s+(?:sous|num[ée]ro|n°|B|A)$/i, '');
      if (city && !NOT_CITY.test(city))
        out.push({
          field: 'rcs',
          value: city,
          source: 'text',
          confidence: 0.8,
          snippet: around(m.index ?? 0, m[0].length),
        });
      if (m[2])
        out.push({
          field: 'siren',
          ...checkSiren(m[2]),
          source: 'text',
          confidence: 0.8,
          snippet: around(m.index ?? 0, m[0].length),
        });
    }
    for (const m of take(text.matchAll(VAT), 30)) {
      const before = text.slice(Math.max(0, (m.index ?? 0) - 60), m.index);
      const labelled = VAT_LABEL.test(before);
      const c = checkVat(m[1]!);
      // A Swiss UID is a VAT number only with its MWST/TVA/IVA suffix or label.
      if (c.value.startsWith('CHE') && !labelled && !/(?:TVA|MWST|IVA)$/.test(m[1]!)) continue;
      // An unlabelled look-alike that fails its check is more likely something else.
      if (!labelled && !c.valid) continue;
      out.push({
        field: 'vat',
        ...c,
        source: 'text',
        confidence: labelled ? 0.8 : 0.6,
        snippet: around(m.index ?? 0, m[0].length),
      });
    }
    for (const m of take(text.matchAll(NAF), 30)) {
      out.push({
        field: 'naf',
        value: `${m[1]}.${m[2]}${m[3]!.toUpperCase()}`,
        source: 'text',
        confidence: 0.8,
        snippet: around(m.index ?? 0, m[0].length),
      });
    }
    return out;
  },
};

/** Fixture pages where this source finds these fields (checked by tests/unit/extract). */
export const testCases: TestCase[] = [
  {
    page: 'sites/atelier-lumen/mentions-legales.html',
    fields: ['naf', 'rcs', 'siren', 'siret', 'vat'],
  },
];
