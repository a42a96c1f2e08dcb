import { clean } from '../text';
import { snippet, type Candidate, type Extractor, type TestCase } from './core/candidate';

const COPYRIGHT =
  /(?:©|\(c\)|copyright)(?:\s*copyright)?\s*(?:(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?\s*)?[,\-–—]?\s*([^|•\n–—©]{2,80})/i;
const TAIL =
  /\s*(?:[.,-]\s*)?(?:tous droits r[ée]serv[ée]s|all rights reserved|droits r[ée]serv[ée]s)\b.*$/i;
export const LEGAL_FORM =
  /\s+(?:SARL|SAS|SASU|SA|EURL|SCOP|SCIC|SNC|SELARL|Ltd\.?|LLC|Inc\.?|GmbH)(?:\s+(?:SARL|SAS|SA))?\.?$/;

/** The organisation's name from the footer's "© 2026 Atelier Lumen SCOP SARL", last resort. */
export const copyright: Extractor = {
  id: 'copyright',
  extract(page) {
    for (let i = page.blocks.length - 1; i >= Math.max(0, page.blocks.length - 40); i--) {
      const block = page.blocks[i]!;
      if (block.foreign) continue;
      const m = COPYRIGHT.exec(block.text);
      if (!m) continue;
      const full = clean(m[1]!.replace(TAIL, ''), 300).replace(/[.,;\s]+$/, '');
      if (full.length < 2 || /^\d+$/.test(full)) continue;
      const name = full.replace(LEGAL_FORM, '');
      const out: Candidate[] = [
        {
          field: 'name',
          value: name,
          source: 'footer' as const,
          confidence: 0.35,
          snippet: snippet(m[0]),
        },
      ];
      if (name !== full)
        out.push({
          field: 'legalName' as const,
          value: full,
          source: 'footer' as const,
          confidence: 0.4,
          snippet: snippet(m[0]),
        });
      return out;
    }
    return [];
  },
};

/** Fixture pages where this source finds these fields (checked by tests/unit/extract). */
export const testCases: TestCase[] = [
  { page: 'sites/atelier-lumen/index.html', fields: ['legalName', 'name'] },
];
