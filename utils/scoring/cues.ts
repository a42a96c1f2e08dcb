import type { OrganisationKind } from '../model/organisation';

/**
 * Words that tell what kind of organisation a page is about, in French and English. Legal forms
 * are strong cues; common nouns are weak ones ("nous accompagnons les associations" is said by
 * companies too), so the kind with the most weight wins.
 */
export const KIND_CUES: Record<OrganisationKind, { strong: string[]; weak: string[] }> = {
  association: {
    strong: ['loi 1901', 'association loi', 'asbl', 'non-profit', 'nonprofit', 'charity'],
    weak: ['association', 'associatif', 'bénévoles', 'adhérents', 'volunteers'],
  },
  cooperative: {
    strong: [
      'SCOP',
      'SCIC',
      'CAE',
      'société coopérative',
      'coopérative d’activité',
      'cooperative society',
      'co-operative society',
      'registered society',
    ],
    weak: ['coopérative', 'cooperative', 'co-op', 'sociétaires'],
  },
  'public-body': {
    strong: [
      'établissement public',
      'collectivité territoriale',
      'conseil départemental',
      'conseil régional',
      'mairie',
      'ministère',
      'public body',
      'city council',
      'local authority',
      'government agency',
    ],
    weak: ['collectivité', 'métropole', 'communauté de communes', 'municipality', 'agglomération'],
  },
  company: {
    strong: ['SARL', 'SAS', 'SASU', 'EURL', 'Ltd', 'Inc', 'GmbH', 'plc', 'LLC'],
    weak: ['entreprise', 'société', 'company', 'startup', 'start-up', 'clients'],
  },
  independent: {
    strong: ['auto-entrepreneur', 'micro-entreprise', 'entrepreneur individuel', 'sole trader'],
    weak: ['freelance', 'indépendant', 'indépendante', 'independent', 'consultant'],
  },
};

export const STRONG_CUE = 3;
export const WEAK_CUE = 1;

/** Phrases saying an organisation works at a distance. */
export const REMOTE_CUES = [
  'à distance',
  'télétravail',
  'en visio',
  'visioconférence',
  'distanciel',
  'remote',
  'remotely',
  'videoconference',
  'partout en France',
];

/** "12 salariés", "a team of 40", "35 employees": the number is the head count. */
export const HEAD_COUNT =
  /(?:(\d{1,6})\s*(?:salarié|employé|employee|permanent|staff|collaborat|people|personnes)|(?:équipe de|team of)\s*(\d{1,6}))/iu;

/** A French postcode followed by a town, as addresses print it. */
export const POSTCODE = /\b(\d{5})\s+\p{Lu}/gu;
