import { clean } from '../text';
import { snippet, type Candidate, type Extractor, type TestCase } from './core/candidate';
import { HintedPattern } from './core/hinted';
import { LEGAL_FORM } from './copyright';

/**
 * "Ce site est édité par Ébénisterie Morel SARL", "Raison sociale : …", "Dénomination : …", "Le
 * site est la propriété de SCM Cap VLB": the legal notice names the organisation that publishes
 * the site (its hosts' blocks are left out of page.text). A last resort for the name, like the
 * footer's ©; a stronger one for the legal name when it carries a legal form.
 */
const PUBLISHER = new HintedPattern(
  /dit[ée]|ropri[ée]t|aison sociale|[ée]nomination/,
  /(?<!\p{L})(?:[ÉEée]dit[ée]e? par|est la propri[ée]t[ée] (?:exclusive )?de|[ÉEée]diteur(?: du site)?\s*:|[Rr]aison sociale\s*:|[Pp]ropri[ée]taire(?: du site)?\s*:|[Dd][ée]nomination(?: sociale)?\s*:)\s*(?:la soci[ée]t[ée]\s+|l['’]association\s+|l['’]entreprise\s+)?([\p{Lu}\d][^,;:()\n]{1,80}?)(?=\s*(?:[,;(\n]|\.(?:\s|$)|$|[–—-]\s|au capital|immatricul|dont le si[èe]ge|SIRE[NT]|RCS))/u,
);
/** French company forms a legal notice writes beside the publisher's name. */
const FORMS = 'SARL|SASU|SAS|EURL|SCI|SCM|SCP|SNC|SELARL|SELAS';
/** "SCM Cap VLB": the legal form before the name. */
const FORM_BEFORE = new RegExp(`^(?:${FORMS})\\s+(?=\\S{2})`);
/** "IP Bureautique – SARL 880…": the legal form after a dash. */
const FORM_AFTER = new RegExp(`^\\s*[–—-]\\s*(${FORMS}|SA)\\b`);

export const publisher: Extractor = {
  id: 'publisher',
  extract(page) {
    const m = PUBLISHER.exec(page.text);
    if (!m) return [];
    const form = FORM_AFTER.exec(page.text.slice(m.index + m[0].length))?.[1];
    const full = clean(form ? `${m[1]} ${form}` : m[1], 300);
    const name = full.replace(LEGAL_FORM, '').replace(FORM_BEFORE, '');
    if (name.length < 2) return [];
    const evidence = { source: 'text' as const, snippet: snippet(m[0]) };
    const out: Candidate[] = [{ field: 'name', value: name, confidence: 0.3, ...evidence }];
    if (name !== full) out.push({ field: 'legalName', value: full, confidence: 0.6, ...evidence });
    return out;
  },
};

/** Fixture pages where this source finds these fields (checked by tests/unit/extract). */
export const testCases: TestCase[] = [
  { page: 'sites/ebenisterie-morel/mentions-legales.html', fields: ['legalName', 'name'] },
];
