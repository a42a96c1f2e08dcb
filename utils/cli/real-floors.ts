import { fieldTotals, rates, type Field } from './compare';
import type { RealReport } from './real-pages';

/** The accuracy the extraction must reach on the real pages (not a timing). */
export const REAL_FLOORS = {
  /** A wrong contact or identifier is worse than none. */
  precision: {
    fields: ['emails', 'phones', 'siren', 'siret', 'vat', 'socials'] as Field[],
    min: 0.95,
  },
  /** Every field with at least `minExpected` expected values. */
  f1: { min: 0.9, minExpected: 5 },
  /** No value of a host, agency or vendor. */
  forbidden: 0,
  /** Every LinkedIn card: these fields right; persons also their current company where shown. */
  cardFields: ['name', 'kind'],
  personFields: ['currentCompany'],
};

/** Each floor the site pages fall below (accuracy per field, third-party values), in words. */
export function siteFloorFailures(report: RealReport): string[] {
  const failures: string[] = [];
  const totals = fieldTotals(report.pages.map((p) => p.fields));
  for (const [field, s] of totals) {
    const r = rates(s);
    const precise = REAL_FLOORS.precision;
    if (precise.fields.includes(field) && (r.precision ?? 1) < precise.min)
      failures.push(`${field} precision ${r.precision!.toFixed(3)} < ${precise.min}`);
    if (r.expected >= REAL_FLOORS.f1.minExpected && (r.f1 ?? 0) < REAL_FLOORS.f1.min)
      failures.push(`${field} F1 ${(r.f1 ?? 0).toFixed(3)} < ${REAL_FLOORS.f1.min}`);
  }
  const forbidden = report.pages.reduce((n, p) => n + p.forbidden.length, 0);
  if (forbidden > REAL_FLOORS.forbidden) failures.push(`${forbidden} third-party values extracted`);
  return failures;
}

/** Each LinkedIn card field the readers do not read right, in words. */
export function cardFloorFailures(report: RealReport): string[] {
  const failures: string[] = [];
  for (const c of report.cards) {
    const required = REAL_FLOORS.cardFields.concat(
      c.kind === 'person' ? REAL_FLOORS.personFields : [],
    );
    const expected = required.filter(
      (f) => c.right.includes(f) || c.wrong.some((w) => w.field === f) || c.missing.includes(f),
    );
    const lacking = expected.filter((f) => !c.right.includes(f));
    if (lacking.length) failures.push(`${c.page}: ${lacking.join(', ')} not read right`);
  }
  return failures;
}

/** Each floor the report falls below, in words; empty when all are met. */
export function floorFailures(report: RealReport): string[] {
  return [...siteFloorFailures(report), ...cardFloorFailures(report), ...report.unmatched];
}
