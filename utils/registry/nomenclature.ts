/**
 * The public nomenclatures the directory's codes refer to, as the annuaire-entreprises search-api
 * repository keeps them (MIT). Large (≈ 60 kB): imported only by the background, the options page
 * and the CLI, never by the popup or a content script.
 *
 * Labels are French only: INSEE publishes the NAF and the legal categories in French, and no
 * English version ships offline, so an English UI shows the French label beside the code.
 */
import NAF from './tables/naf.fr.json';
import LEGAL_FORMS from './tables/legal-forms.fr.json';

const naf: Readonly<Record<string, string>> = NAF;
const legalForms: Readonly<Record<string, string>> = LEGAL_FORMS;

export const nafLabel = (code: string): string | undefined => naf[code];
export const legalFormLabel = (code: string): string | undefined => legalForms[code];

/** INSEE's headcount bands (tranches d'effectif salarié): French label and bounds in people. */
const HEADCOUNT: Record<string, [label: string, min: number, max?: number]> = {
  NN: [
    "Unité non employeuse (pas de salarié au cours de l'année de référence et pas d'effectif au 31/12)",
    0,
    0,
  ],
  '00': [
    "0 salarié (n'ayant pas d'effectif au 31/12 mais ayant employé des salariés au cours de l'année de référence)",
    0,
    0,
  ],
  '01': ['1 ou 2 salariés', 1, 2],
  '02': ['3 à 5 salariés', 3, 5],
  '03': ['6 à 9 salariés', 6, 9],
  '11': ['10 à 19 salariés', 10, 19],
  '12': ['20 à 49 salariés', 20, 49],
  '21': ['50 à 99 salariés', 50, 99],
  '22': ['100 à 199 salariés', 100, 199],
  '31': ['200 à 249 salariés', 200, 249],
  '32': ['250 à 499 salariés', 250, 499],
  '41': ['500 à 999 salariés', 500, 999],
  '42': ['1 000 à 1 999 salariés', 1000, 1999],
  '51': ['2 000 à 4 999 salariés', 2000, 4999],
  '52': ['5 000 à 9 999 salariés', 5000, 9999],
  '53': ['10 000 salariés et plus', 10000],
};

export function headcountBand(code: string) {
  const band = HEADCOUNT[code];
  if (!band) return undefined;
  const [label, min, max] = band;
  return { label, min, ...(max === undefined ? {} : { max }) };
}
