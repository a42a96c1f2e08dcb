import { collapse } from '../text';
import { COLUMNS, IMPORTABLE, type ColumnId } from './columns';
import { PROFILES } from './profiles';

/** Other names people give these columns, in French and English. */
const SYNONYMS: Partial<Record<ColumnId, string[]>> = {
  name: [
    'nom',
    'entreprise',
    'societe',
    'organisation',
    'organization',
    'company',
    'structure',
    'nom de l entreprise',
    'account',
  ],
  legalName: ['raison sociale', 'denomination', 'legal name'],
  website: ['site', 'site internet', 'url', 'web', 'site web', 'website'],
  domain: ['domaine', 'nom de domaine', 'domain name'],
  description: ['activite', 'presentation', 'about'],
  emails: ['email', 'e mail', 'mail', 'courriel', 'adresse e mail', 'adresse mail'],
  phones: ['telephone', 'tel', 'phone', 'numero de telephone', 'portable', 'mobile'],
  street: ['adresse', 'rue', 'address', 'adresse postale'],
  postalCode: ['cp', 'code postal', 'zip', 'zip code', 'postcode'],
  city: ['ville', 'commune', 'localite', 'town'],
  country: ['pays', 'country'],
  siren: ['siren', 'numero siren'],
  siret: ['siret', 'numero siret'],
  vat: ['tva', 'tva intracommunautaire', 'numero de tva', 'vat'],
  linkedin: ['linkedin', 'page linkedin', 'linkedin url'],
  status: ['statut', 'etat', 'etape', 'stage', 'status'],
  tags: ['etiquettes', 'tags', 'mots cles', 'labels', 'categorie'],
  notes: ['note', 'notes', 'commentaire', 'commentaires', 'remarques', 'comments'],
  followUpAt: [
    'relance',
    'date de relance',
    'prochaine relance',
    'rappel',
    'follow up',
    'next follow up',
  ],
  contactName: ['contact', 'nom du contact', 'interlocuteur', 'person', 'contact name'],
  contactEmail: ['email du contact', 'e mail du contact', 'contact email'],
  contactPhone: ['telephone du contact', 'contact phone'],
  source: ['source', 'url source', 'page'],
  capturedAt: ['capture le', 'date de capture', 'captured on', 'date'],
};

const LOOKUP = new Map<string, ColumnId>();
for (const id of IMPORTABLE) {
  for (const name of [COLUMNS[id].fr, COLUMNS[id].en, ...(SYNONYMS[id] ?? [])]) {
    const key = collapse(name);
    if (!LOOKUP.has(key)) LOOKUP.set(key, id);
  }
}
for (const profile of Object.values(PROFILES)) {
  for (const [header, column] of profile.preset ?? []) {
    if (typeof column === 'string' && IMPORTABLE.has(column)) LOOKUP.set(collapse(header), column);
  }
}

/** The column each header fills, or null: the first header wins when two map to one column. */
export function mapHeaders(headers: readonly string[]): (ColumnId | null)[] {
  const used = new Set<ColumnId>();
  return headers.map((h) => {
    const id = LOOKUP.get(collapse(h));
    if (!id || used.has(id)) return null;
    used.add(id);
    return id;
  });
}
