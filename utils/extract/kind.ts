import type { OrganisationKind } from '../model/organisation';
import { snippet, type Candidate, type Extractor, type TestCase } from './core/candidate';
import { HintedPattern } from './core/hinted';

/**
 * The kind of organisation from the words that decide it in law or in practice. Each rule is
 * written to match a statement about the organisation itself ("association loi 1901",
 * "SCOP SARL"), not a mention of its clients ("nous accompagnons les associations").
 * Confidence orders the kinds when several match: a SCOP is also a SARL.
 */
const RULES: [OrganisationKind, number, RegExp | HintedPattern][] = [
  [
    'public-body',
    0.85,
    /\b(?:mairie|h[ôo]tel de ville|commune|ville|conseil (?:d[ée]partemental|r[ée]gional|municipal)|communaut[ée] (?:de communes|d'agglom[ée]ration|urbaine)|m[ée]tropole|pr[ée]fecture|syndicat (?:mixte|intercommunal))\b[^\n]{0,40}\b(?:directeur|directrice|responsable) de (?:la )?publication|(?:directeur|directrice|responsable) de (?:la )?publication\s*[:：]?\s*(?:(?:m\.|mme|monsieur|madame)\s+)?(?:le|la) (?:maire|pr[ée]sident(?:e)? du conseil|pr[ée]fet|pr[ée]fète)/i,
  ],
  [
    'public-body',
    0.8,
    /\b(?:[ée]tablissement public (?:administratif|à caractère|de coop[ée]ration|local|national)|collectivit[ée] territoriale de|service public de l'[ée]tat|minist[èe]re de)\b/i,
  ],
  [
    'association',
    0.85,
    new HintedPattern(
      /association|\bRNA/i,
      /(?:^|est une |sommes une |[,(–—:-]\s*|\n)association (?:syndicale (?:libre|autoris[ée]e)|(?:de )?loi (?:du 1er juillet )?1901|d[ée]clar[ée]e|r[ée]gie par la loi|reconnue d'utilit[ée] publique|loi 1908)|\bRNA\s*(?:n[°o])?\s*[:：]?\s*W\d{9}\b|\bassociation loi 1901\b(?! (?:et|ou) )(?=[^\n]{0,60}(?:siret|rna|d[ée]clar[ée]e|pr[ée]fecture|si[èe]ge))/i,
    ),
  ],
  [
    'association',
    0.8,
    new HintedPattern(
      /association|profit|charity/i,
      /(?:^|\n)\s*Association (?:loi 1901|d[ée]clar[ée]e|[Ss]yndicale [Ll]ibre)\b|\b(?:non-profit|nonprofit|not-for-profit) (?:organi[sz]ation|association)\b[^\n]{0,40}\b(?:registered|charity)|\bregistered charity\b/i,
    ),
  ],
  ['association', 0.8, /\b(?:ASBL|asbl|VZW|vzw)\b|\bassociation sans but lucratif\b/],
  [
    'cooperative',
    0.8,
    /\b(?:SCOP|SCIC|Scop|Scic)\b(?:\s+(?:SARL|SAS|SA)\b)?|\bsoci[ée]t[ée] coop[ée]rative\b|\bcoop[ée]rative d'activit[ée]s et d'emploi\b|\b(?:worker|workers') co-?operative\b/,
  ],
  [
    'independent',
    0.75,
    /\b(?:micro-?entreprise|micro-?entrepreneur|auto-?entrepreneur|entrepreneure? individuel(?:le)?|entreprise individuelle|exploitante? individuel(?:le)?|EIRL)\b|\bexerc[ée]e? à titre individuel\b|\baffaire personnelle\b|TVA non applicable,? art(?:icle|\.)? 293 ?B|\b(?:je suis|I am|I'm) (?:un |une |an? )?(?:freelance|ind[ée]pendante?|self-employed|sole trader)|\bsole trader\b|\bprofession lib[ée]rale\b/i,
  ],
  // "Virginie Ley EI": a first and last name, then the sole trader's legal form.
  [
    'independent',
    0.7,
    new HintedPattern(/ EI\b/, /\b[A-ZÀ-Ý][a-zà-ÿ'’-]+ [A-ZÀ-Ý][\p{L}'’-]+ EI\b/u),
  ],
  [
    'company',
    0.7,
    /\b(?:SARL|SAS|SASU|EURL|SNC|SELARL|SELAS|SCI|Ltd|Limited|LLC|Inc\.|GmbH|PLC|S\.A\.|SA|SRL|SPRL|BV|NV|Sàrl)\b(?=[^\n]{0,80}\b(?:capital|RCS|SIREN|SIRET|au capital|registered|company number|Handelsregister|BCE|KBO|registre du commerce|commercial register|IDE|UID|CHE-))|\bau capital (?:social )?(?:variable )?de\b|\bcompany (?:number|registration|no\.?)\b|\bregistered in England\b/,
  ],
];

const NAME_RULES: [OrganisationKind, number, RegExp][] = [
  [
    'public-body',
    0.85,
    /^(?:mairie|ville|commune) d[e'’]|^(?:conseil (?:d[ée]partemental|r[ée]gional)|communaut[ée] (?:de communes|d'agglom[ée]ration)|d[ée]partement|r[ée]gion|m[ée]tropole|pr[ée]fecture)\b|^(?:city|town|county|borough) (?:of|council)\b/i,
  ],
  ['association', 0.75, /^association\b|\bassociation$/i],
  // A trade sold as an agency is a business ("Vermont Web Design Agency", "agence web à Lyon").
  [
    'company',
    0.55,
    /\b(?:web|digital|design|marketing|creative|advertising|branding|communications?)(?: design)? agency\b|\bagence (?:web|digitale|de (?:communication|design|publicit[ée]|voyages?)|cr[ée]ative|marketing|immobili[èe]re)\b/i,
  ],
];

export const kind: Extractor = {
  id: 'kind',
  extract(page) {
    const out: Candidate[] = [];
    const host = page.url.hostname;
    if (
      /(?:^|\.)gouv\.fr$|(?:^|\.)gov(?:\.[a-z]{2})?$|(?:^|\.)(?:mairie|ville)-[a-z-]+\.fr$|\.(?:admin\.ch|belgium\.be)$/.test(
        host,
      )
    )
      out.push({
        field: 'kind',
        value: 'public-body',
        source: 'url',
        confidence: 0.9,
        snippet: host,
      });
    if (/\.asso\.fr$/.test(host))
      out.push({
        field: 'kind',
        value: 'association',
        source: 'url',
        confidence: 0.8,
        snippet: host,
      });
    for (const [value, confidence, re] of RULES) {
      const m = re.exec(page.text);
      if (m)
        out.push({
          field: 'kind',
          value,
          source: 'text',
          confidence,
          snippet: snippet(page.text.slice(Math.max(0, m.index - 30), m.index + m[0].length + 30)),
        });
    }
    const title = page.found.title;
    for (const [value, confidence, re] of NAME_RULES) {
      const name = page.found.meta.get('og:site_name')?.[0] ?? '';
      const m = re.exec(name) ?? re.exec(title);
      if (m)
        out.push({
          field: 'kind',
          value,
          source: name && re.test(name) ? 'opengraph' : 'title',
          confidence,
          snippet: snippet(name || title),
        });
    }
    return out;
  },
};

/** Fixture pages where this source finds these fields (checked by tests/unit/extract). */
export const testCases: TestCase[] = [
  { page: 'sites/mairie-saint-julien/index.html', fields: ['kind'] },
];
