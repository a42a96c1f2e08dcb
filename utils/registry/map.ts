/** A directory entry as Glaneur's draft fields and registry facts, each value sourced. */
import type { Evidence } from '../model/evidence';
import type { OrganisationDraft, OrganisationKind, PostalAddress } from '../model/organisation';
import type { RegistryFacts, RegistryLabel } from '../model/registry-facts';
import { checkSiren, checkSiret, frenchVatKey } from '../extract/core/identifiers';
import { headcountBand, legalFormLabel, nafLabel } from './nomenclature';
import type { Complements, RegistryResult, Siege } from './schema';

/** The draft fields the directory fills or checks. */
export type RegistryFields = Partial<
  Pick<
    OrganisationDraft,
    'name' | 'legalName' | 'siren' | 'siret' | 'vat' | 'address' | 'naf' | 'kind' | 'people'
  >
>;

export interface RegistryMatch {
  fields: RegistryFields;
  facts: RegistryFacts;
}

const EVIDENCE: Evidence = { source: 'registry', confidence: 1 };
const sourced = <T>(value: T) => ({ ...EVIDENCE, value });
const joined = (...parts: (string | null | undefined)[]) =>
  parts
    .map((p) => p?.trim())
    .filter(Boolean)
    .join(' ');

/** The entry's last update: the latest of the dates the directory gives, else `today`. */
function asOf(r: RegistryResult, today: string): string {
  const dates = [r.date_mise_a_jour, r.date_mise_a_jour_insee, r.date_mise_a_jour_rne]
    .filter((d): d is string => !!d)
    .map((d) => d.slice(0, 10));
  return dates.sort().at(-1) ?? today;
}

function address(s: Siege): PostalAddress | undefined {
  const street =
    joined(s.numero_voie, s.indice_repetition, s.type_voie, s.libelle_voie) ||
    joined(s.complement_adresse, s.distribution_speciale);
  const foreign = !!s.code_pays_etranger;
  const out: PostalAddress = {
    ...(street ? { street: street.slice(0, 300) } : {}),
    ...(s.code_postal ? { postalCode: s.code_postal } : {}),
    ...(s.libelle_commune || s.libelle_commune_etranger
      ? { city: (s.libelle_commune || s.libelle_commune_etranger)! }
      : {}),
    country: foreign ? (s.libelle_pays_etranger ?? s.code_pays_etranger!) : 'FR',
  };
  return street || out.city ? out : undefined;
}

/** The legal categories of INSEE: 4 and 7 are public-law bodies, 5 and 6 companies. */
export function kindOf(r: RegistryResult): OrganisationKind | undefined {
  const c = r.complements;
  const form = r.nature_juridique ?? '';
  if (c?.est_administration || c?.collectivite_territoriale || /^[47]/.test(form)) {
    return 'public-body';
  }
  if (c?.est_association) return 'association';
  if (/coop[ée]rati/i.test(legalFormLabel(form) ?? '')) return 'cooperative';
  if (c?.est_entrepreneur_individuel || form === '1000') return 'independent';
  return /^[56]/.test(form) ? 'company' : undefined;
}

const LABELS: [keyof Complements, RegistryLabel][] = [
  ['est_qualiopi', 'qualiopi'],
  ['est_rge', 'rge'],
  ['est_organisme_formation', 'training'],
  ['est_bio', 'bio'],
  ['est_siae', 'siae'],
  ['est_patrimoine_vivant', 'living-heritage'],
  ['est_achats_responsables', 'responsible-purchasing'],
  ['est_entrepreneur_spectacle', 'entertainment'],
  ['est_finess', 'finess'],
  ['est_uai', 'uai'],
];

function flags(r: RegistryResult): RegistryFacts['flags'] {
  const c = r.complements;
  return {
    ess: !!c?.est_ess,
    association: !!c?.est_association,
    administration: !!c?.est_administration,
    localAuthority: !!c?.collectivite_territoriale,
    missionLed: !!c?.est_societe_mission,
    individual: !!c?.est_entrepreneur_individuel || r.nature_juridique === '1000',
  };
}

function facts(r: RegistryResult, today: string): RegistryFacts {
  const naf = r.activite_principale;
  const form = r.nature_juridique;
  const band = r.tranche_effectif_salarie ? headcountBand(r.tranche_effectif_salarie) : undefined;
  const active = r.etat_administratif === 'A';
  return {
    asOf: asOf(r, today),
    active,
    ...(!active && r.date_fermeture ? { ceasedOn: r.date_fermeture.slice(0, 10) } : {}),
    ...(r.date_creation ? { createdOn: r.date_creation.slice(0, 10) } : {}),
    ...(r.siege?.adresse ? { headOffice: r.siege.adresse } : {}),
    ...(r.siege ? { headOfficeSiret: r.siege.siret } : {}),
    ...(naf ? { activity: { code: naf, ...opt('label', nafLabel(naf)) } } : {}),
    ...(form ? { legalForm: { code: form, ...opt('label', legalFormLabel(form)) } } : {}),
    ...(band && r.tranche_effectif_salarie
      ? {
          headcount: {
            code: r.tranche_effectif_salarie,
            ...band,
            ...opt('year', r.annee_tranche_effectif_salarie),
          },
        }
      : {}),
    flags: flags(r),
    labels: LABELS.filter(([key]) => r.complements?.[key] === true).map(([, label]) => label),
  };
}

const opt = <K extends string>(key: K, value: string | null | undefined) =>
  (value ? { [key]: value } : {}) as Partial<Record<K, string>>;

/** `today` (YYYY-MM-DD) dates the facts when the entry carries no update date. */
export function mapResult(r: RegistryResult, today: string): RegistryMatch {
  const legal = r.nom_raison_sociale || r.nom_complet;
  const siege = r.siege ? address(r.siege) : undefined;
  const kind = kindOf(r);
  const people = (r.dirigeants ?? [])
    .filter((d) => d.nom && d.type_dirigeant !== 'personne morale')
    .slice(0, 100)
    .map((d) =>
      sourced({
        name: joined(d.prenoms, d.nom).slice(0, 120),
        ...(d.qualite ? { role: d.qualite } : {}),
      }),
    );
  const fields: RegistryFields = {
    ...(r.nom_complet ? { name: sourced(r.nom_complet.slice(0, 300)) } : {}),
    ...(legal ? { legalName: sourced(legal.slice(0, 300)) } : {}),
    siren: { ...EVIDENCE, ...checkSiren(r.siren) },
    ...(r.siege ? { siret: { ...EVIDENCE, ...checkSiret(r.siege.siret) } } : {}),
    vat: {
      ...EVIDENCE,
      value: `FR${frenchVatKey(r.siren)}${r.siren}`,
      valid: checkSiren(r.siren).valid,
    },
    ...(siege ? { address: sourced(siege) } : {}),
    ...(r.activite_principale ? { naf: sourced(r.activite_principale) } : {}),
    ...(kind ? { kind: sourced(kind) } : {}),
    people,
  };
  return { fields, facts: facts(r, today) };
}
