import { clean, snippet, type Candidate, type Extractor } from './candidate';

const ROLE =
  '(?:(?:co-?)?g[ée]rante?|(?:directeur|directrice|responsable) (?:de (?:la )?)?(?:publication|r[ée]daction)|(?:co-?)?fondat(?:eur|rice)|pr[ée]sidente?|vice-pr[ée]sidente?|tr[ée]sori[eè]re?|secr[ée]taire(?: g[ée]n[ée]ral(?:e)?)?|directeur g[ée]n[ée]ral|directrice g[ée]n[ée]rale|directeur|directrice|DG|PDG|CEO|COO|CTO|(?:co-?)?founder|managing director|director|owner|chair(?:man|woman|person)?|editor|publisher|publication director)';
const TITLE = '(?:(?:M\\.|Mme|Mlle|Mr\\.?|Mrs\\.?|Ms\\.?|Dr\\.?|Me|Monsieur|Madame)\\s+)?';
const UPPER = 'A-ZÀ-ÖØ-Þ';
const NAME = `[${UPPER}][a-zß-ÿ'’]+(?:-[${UPPER}][a-zß-ÿ'’]+)?(?:\\s(?:de |du |van |von |le |la )?[${UPPER}][${UPPER}a-zß-ÿ'’-]+){1,2}`;

/** "Directrice de la publication : Camille Martin", "Gérant : M. Paul Durand". */
const ROLE_THEN_NAME = new RegExp(
  `(?<![\\p{L}])(${ROLE})\\s*(?:[:：]|[-–—]\\s)\\s*${TITLE}(${NAME})`,
  'giu',
);
/** "Camille Martin, co-gérante", "Paul Durand (fondateur)". */
const NAME_THEN_ROLE = new RegExp(
  `(?<![\\p{L}])${TITLE}(${NAME})\\s*(?:,|[-–—]|\\()\\s*(${ROLE})(?![\\p{L}])`,
  'gu',
);
/** Words that look like names in this position but are not people. */
const NOT_A_NAME =
  /\b(?:SARL|SAS|SA|SCOP|Association|Mairie|Ville|Conseil|Soci[ée]t[ée]|Atelier|Studio|Agence|Cabinet|Groupe|Rue|Avenue|France|Lyon|Paris|Contact|Mentions|Accueil)\b/;

const roleCase = (role: string) => clean(role, 200).replace(/^./, (c) => c.toLowerCase());

/** People named with their role in the page's own text (legal notice, team, about). */
export const people: Extractor = {
  id: 'people',
  extract(page) {
    const out: Candidate[] = [];
    const push = (name: string, role: string, at: string) => {
      const n = clean(name, 120);
      if (NOT_A_NAME.test(n)) return;
      out.push({
        field: 'person',
        value: { name: n, role: roleCase(role) },
        source: 'text',
        confidence: 0.6,
        snippet: snippet(at),
      });
    };
    for (const m of page.text.matchAll(ROLE_THEN_NAME)) push(m[2]!, m[1]!, m[0]);
    for (const m of page.text.matchAll(NAME_THEN_ROLE)) push(m[1]!, m[2]!, m[0]);
    return out.slice(0, 30);
  },
};
