/**
 * The parts of the Recherche d'entreprises `/search` response that Glaneur uses, written from the
 * API's OpenAPI description. Unknown fields are dropped (the API adds fields over time); the
 * fields read are checked strictly, so a change of shape is an error, never a wrong value.
 */
import { z } from '../zod';
import { RegistryError } from './errors';

const text = (max = 300) => z.string().max(max).nullish();
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}/)
  .nullish();
const flag = z.boolean().nullish();

export const SiegeSchema = z.object({
  siret: z.string().regex(/^\d{14}$/),
  etat_administratif: text(1),
  activite_principale: text(10),
  adresse: text(500),
  complement_adresse: text(),
  numero_voie: text(10),
  indice_repetition: text(10),
  type_voie: text(40),
  libelle_voie: text(),
  distribution_speciale: text(),
  code_postal: text(10),
  libelle_commune: text(120),
  libelle_commune_etranger: text(120),
  code_pays_etranger: text(10),
  libelle_pays_etranger: text(120),
  date_fermeture: day,
});
export type Siege = z.infer<typeof SiegeSchema>;

export const DirigeantSchema = z.object({
  type_dirigeant: text(40),
  nom: text(200),
  prenoms: text(200),
  qualite: text(200),
  siren: text(9),
  denomination: text(),
});

export const ComplementsSchema = z.object({
  collectivite_territoriale: z.object({ code: text(20), niveau: text(60) }).nullish(),
  est_ess: flag,
  est_association: flag,
  est_administration: flag,
  est_societe_mission: flag,
  est_entrepreneur_individuel: flag,
  est_qualiopi: flag,
  est_rge: flag,
  est_organisme_formation: flag,
  est_bio: flag,
  est_siae: flag,
  est_patrimoine_vivant: flag,
  est_achats_responsables: flag,
  est_entrepreneur_spectacle: flag,
  est_finess: flag,
  est_uai: flag,
});
export type Complements = z.infer<typeof ComplementsSchema>;

export const ResultSchema = z.object({
  siren: z.string().regex(/^\d{9}$/),
  nom_complet: text(500),
  nom_raison_sociale: text(500),
  sigle: text(100),
  siege: SiegeSchema.nullish(),
  activite_principale: text(10),
  nature_juridique: text(4),
  tranche_effectif_salarie: text(2),
  annee_tranche_effectif_salarie: text(4),
  date_creation: day,
  date_fermeture: day,
  etat_administratif: z.enum(['A', 'C']),
  date_mise_a_jour: day,
  date_mise_a_jour_insee: day,
  date_mise_a_jour_rne: day,
  dirigeants: z.array(DirigeantSchema).max(500).nullish(),
  matching_etablissements: z
    .array(z.object({ siret: z.string().regex(/^\d{14}$/) }))
    .max(100)
    .nullish(),
  complements: ComplementsSchema.nullish(),
});
export type RegistryResult = z.infer<typeof ResultSchema>;

export const PayloadSchema = z.object({
  results: z.array(ResultSchema).max(100),
  total_results: z.number().int().min(0),
});
export type Payload = z.infer<typeof PayloadSchema>;

/** A body the API sent, as JSON text: parsed, then checked against the schema. */
export function parsePayload(body: string): Payload {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw new RegistryError('malformed', 'the directory answered with malformed JSON');
  }
  const parsed = PayloadSchema.safeParse(json);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const where = issue.path.join('.') || 'the response';
  throw new RegistryError(
    'schema',
    `the directory's answer changed shape: ${where}: ${issue.message}`,
  );
}
