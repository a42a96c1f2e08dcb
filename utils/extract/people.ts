import { clean } from '../text';
import { snippet, type Candidate, type Extractor, type TestCase } from './core/candidate';
import { HintedPattern } from './core/hinted';

const ROLE =
  '(?:(?:[Cc]o-?)?[Gg][ée]rante?|(?:[Dd]irecteur|[Dd]irectrice|[Rr]esponsable|[Dd]irection) (?:de (?:la )?)?(?:[Pp]ublication|publicaci[óo]n|r[ée]daction)|[Rr]esponsable l[ée]gale?|(?:[Cc]o-?)?[Ff]ondat(?:eur|rice)|[Pp]r[ée]sidente?|[Vv]ice-pr[ée]sidente?|[Tt]r[ée]sori[eè]re?|[Ss]ecr[ée]taire(?: g[ée]n[ée]ral(?:e)?)?|[Dd]irecteur g[ée]n[ée]ral|[Dd]irectrice g[ée]n[ée]rale|[Dd]irecteur|[Dd]irectrice|DG|PDG|CEO|COO|CTO|(?:[Cc]o-?)?[Ff]ounder|[Mm]anaging [Dd]irector|[Dd]irector|[Oo]wner|[Cc]hair(?:man|woman|person)?|[Ee]ditor|[Pp]ublisher|[Pp]ublication [Dd]irector)';
/** A word that each of ROLE's alternatives contains. */
const ROLE_HINT =
  /[Gg][ée]rant|[Dd]irect|[Rr]esponsable|[Ff]ondat|[Pp]r[ée]sident|[Tt]r[ée]sori|[Ss]ecr[ée]taire|DG|CEO|COO|CTO|[Ff]ounder|[Oo]wner|[Cc]hair|[Ee]ditor|[Pp]ublisher|[Pp]ublication/;
const TITLE =
  '(?:(?:M\\.|Mme|Mlle|Mr\\.?|Mrs\\.?|Ms\\.?|Dr\\.?|Me|Ma[îi]tre|Monsieur|Madame)\\s+)?';
const UPPER = 'A-ZÀ-ÖØ-Þ';
const GIVEN = `[${UPPER}][a-zß-ÿ'’]+(?:-[${UPPER}][a-zß-ÿ'’]+)?`;
/** "Camille Martin", "Virginie LEY", or the surname first in capitals: "BARON Pierre-Yves". */
const NAME = `(?:${GIVEN}(?:[ \\u00a0](?:de |du |van |von |le |la )?[${UPPER}][${UPPER}a-zß-ÿ'’-]+){1,2}|[${UPPER}]{2,}[ \\u00a0]${GIVEN})`;

/** "Directrice de la publication : Camille Martin", "Gérant : M. Paul Durand". */
const ROLE_THEN_NAME = new HintedPattern(
  ROLE_HINT,
  new RegExp(`(?<![\\p{L}])(${ROLE})\\s*(?:[:：]|[-–—]\\s)\\s*${TITLE}(${NAME})`, 'gu'),
);
/**
 * "Le responsable de la publication du site est Virginie LEY", "la direction de la publication
 * … sont assurées par Christelle Couchoux", and a role and a name alone on a line.
 */
const ROLE_IS_NAME = new HintedPattern(
  ROLE_HINT,
  new RegExp(
    `(?<![\\p{L}])(${ROLE})(?:(?:[^.\\n:]|\\.(?=\\S)){0,80}?\\s(?:est|is|es|(?:est|sont) assur[ée]e?s? par)\\s+${TITLE}(${NAME})|\\s+(${NAME})$)`,
    'gmu',
  ),
);
/** "Camille Martin, co-gérante", "Paul Durand (fondateur)". */
const NAME_THEN_ROLE = new HintedPattern(
  ROLE_HINT,
  new RegExp(`(?<![\\p{L}])${TITLE}(${NAME})\\s*(?:,|[-–—]|\\()\\s*(${ROLE})(?![\\p{L}])`, 'gu'),
);
/** Words that look like names in this position but are not people. */
const NOT_A_NAME =
  /\b(?:Monsieur|Madame|Maire|Pr[ée]fet|SARL|SAS|SA|SCOP|Association|Mairie|Ville|Commune|Conseil|Soci[ée]t[ée]|Atelier|Studio|Agence|Cabinet|Groupe|Rue|Avenue|France|Contact|Mentions|Accueil|IT|Architects?|Consulting|Solutions?|Services|Technolog\w*|Informatique|Digital|Design|Productions?|Agency|Group|Partners|Traduction)\b/;

const roleCase = (role: string) => clean(role, 200).replace(/^./, (c) => c.toLowerCase());

/** People named with their role in the page's own text (legal notice, team, about). */
export const people: Extractor = {
  id: 'people',
  extract(page) {
    const out: Candidate[] = [];
    const push = (name: string, role: string, at: string, index: number) => {
      const n = clean(name, 120);
      if (NOT_A_NAME.test(n)) return;
      // A quoted line is a testimonial: its author is a client, not the organisation's people.
      const line = page.text.slice(
        page.text.lastIndexOf('\n', index) + 1,
        page.text.indexOf('\n', index) >>> 0,
      );
      if (/[«»“”„]|"[^"]{10,}"/.test(line)) return;
      out.push({
        field: 'person',
        value: { name: n, role: roleCase(role) },
        source: 'text',
        confidence: 0.6,
        snippet: snippet(at),
      });
    };
    for (const m of ROLE_THEN_NAME.matchAll(page.text, 30)) push(m[2]!, m[1]!, m[0], m.index ?? 0);
    for (const m of ROLE_IS_NAME.matchAll(page.text, 30))
      push(m[2] ?? m[3]!, m[1]!, m[0], m.index ?? 0);
    for (const m of NAME_THEN_ROLE.matchAll(page.text, 30)) push(m[1]!, m[2]!, m[0], m.index ?? 0);
    return out.slice(0, 30);
  },
};

/** Fixture pages where this source finds these fields (checked by tests/unit/extract). */
export const testCases: TestCase[] = [
  { page: 'sites/agence-temoignages/index.html', fields: ['person'] },
];
