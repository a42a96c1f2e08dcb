/**
 * One imported CSV row, validated and normalised by zod. Issue messages are reason codes
 * (see REASONS) so that the CLI prints English and the UI shows the user's language.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { z } from 'zod';
import type { Status } from '../model/prospect';
import { normaliseSiren } from '../storage/identity';
import type { ColumnId } from './ids';
import { parseTags } from '../text';
import { parseStatus } from './status-labels';

export const REASONS = {
  'invalid-email': 'not an e-mail address',
  'invalid-url': 'not a web address',
  'invalid-date': 'not a date (JJ/MM/AAAA or YYYY-MM-DD)',
  'invalid-status': 'unknown status',
  'invalid-siren': 'a SIREN has 9 digits',
  'invalid-siret': 'a SIRET has 14 digits',
  'invalid-phone': 'not a phone number',
  'too-long': 'too long',
  'no-identity': 'nothing identifies an organisation: no name, website, e-mail or identifier',
  'unclosed-quote': 'a quote is opened and never closed',
  'too-many-fields': 'more cells than headers (wrong delimiter or unquoted cell?)',
  'empty-file': 'the file is empty',
  'header-only': 'the file has a header but no rows',
  'no-known-column': 'no column recognised (name, website, SIREN…)',
  'scientific-notation': 'a number mangled by a spreadsheet (digits lost)',
  'lost-leading-zero': 'a spreadsheet dropped its leading zero; put back',
  'date-serial': 'a date written as a spreadsheet serial number; read as a date',
} as const;
export type ReasonCode = keyof typeof REASONS;

const text = (max: number) =>
  z
    .string()
    .max(max, 'too-long')
    .optional()
    .transform((s) => s || undefined);

const splitList = (s: string) =>
  s
    .split(/[,;|\n]/)
    .map((x) => x.trim())
    .filter(Boolean);

const httpUrl = z
  .string()
  .max(2048, 'too-long')
  .transform((s, ctx) => {
    const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(s) ? s : `https://${s}`;
    try {
      const url = new URL(withScheme);
      if ((url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.')) {
        return withScheme;
      }
    } catch {
      // reported below
    }
    ctx.addIssue({ code: 'custom', message: 'invalid-url' });
    return z.NEVER;
  });

/** A two-digit year as spreadsheets read it by default: 1930–2029. */
const fullYear = (y: string) => (y.length === 4 ? y : `${Number(y) < 30 ? 20 : 19}${y}`);

/**
 * JJ/MM/AAAA (French), JJ/MM/AA (what Calc and Excel write back for a French short date),
 * YYYY-MM-DD (ISO) or an ISO date-time → YYYY-MM-DD.
 */
export function parseDay(s: string): string | undefined {
  const fr = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$/.exec(s);
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$/.exec(s);
  const [y, m, d] = fr ? [fullYear(fr[3]!), fr[2], fr[1]] : iso ? [iso[1], iso[2], iso[3]] : [];
  if (!y || !m || !d) return undefined;
  const day = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(day) ? day : undefined;
}

const day = z
  .string()
  .transform(
    (s, ctx) => parseDay(s) ?? (ctx.addIssue({ code: 'custom', message: 'invalid-date' }), z.NEVER),
  );

/** A French number in national format ("04 78 00 00 00", "0478000000"): its E.164 at once. */
const FRENCH_NATIONAL = /^0([1-9])(?:[ .]?(\d\d)){4}$/;

/** E.164 of a French national number, as libphonenumber gives it, without its full parse. */
export function frenchE164(s: string): string | undefined {
  if (!FRENCH_NATIONAL.test(s)) return undefined;
  return `+33${s.slice(1).replace(/[ .]/g, '')}`;
}

const phone = z.string().transform((s, ctx) => {
  // Most imported phones are French and national: the full parse costs a tenth of an import.
  const french = frenchE164(s);
  if (french) return { value: french, display: s.slice(0, 40) };
  const parsed = parsePhoneNumberFromString(s, 'FR');
  if (parsed?.isPossible()) return { value: parsed.number, display: s.slice(0, 40) };
  ctx.addIssue({ code: 'custom', message: 'invalid-phone' });
  return z.NEVER;
});

const optional = <T extends z.ZodType<unknown, string>>(schema: T) =>
  z
    .string()
    .optional()
    .transform((s) => s || undefined)
    .pipe(schema.optional());

/** One schema per importable field: each cell is read on its own, so one bad cell costs only itself. */
export const FIELD_SCHEMAS = {
  name: text(300),
  legalName: text(300),
  website: optional(httpUrl),
  domain: optional(
    z
      .string()
      .toLowerCase()
      .regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/, 'invalid-url'),
  ),
  description: text(2000),
  emails: optional(
    z
      .string()
      .transform(splitList)
      .pipe(z.array(z.email('invalid-email')).max(50, 'too-long')),
  ),
  phones: optional(z.string().transform(splitList).pipe(z.array(phone).max(50, 'too-long'))),
  street: text(300),
  postalCode: text(20),
  city: text(120),
  country: text(60),
  siren: optional(
    z
      .string()
      .transform(
        (s, ctx) =>
          normaliseSiren(s) ??
          (ctx.addIssue({ code: 'custom', message: 'invalid-siren' }), z.NEVER),
      ),
  ),
  siret: optional(
    z
      .string()
      .transform((s) => s.replace(/[\s.\u00a0]/g, ''))
      .pipe(z.string().regex(/^\d{14}$/, 'invalid-siret')),
  ),
  vat: text(40),
  linkedin: optional(httpUrl.refine((u) => /linkedin\.com\//i.test(u), 'invalid-url')),
  status: optional(
    z
      .string()
      .transform(
        (s, ctx): Status =>
          parseStatus(s) ?? (ctx.addIssue({ code: 'custom', message: 'invalid-status' }), z.NEVER),
      ),
  ),
  tags: optional(
    z
      .string()
      .transform(parseTags)
      .pipe(z.array(z.string().max(60, 'too-long')).max(50, 'too-long')),
  ),
  notes: text(10000),
  followUpAt: optional(day),
  contactName: text(120),
  contactEmail: optional(z.email('invalid-email')),
  contactPhone: text(40),
  source: optional(httpUrl),
  capturedAt: optional(day),
} satisfies Partial<Record<ColumnId, z.ZodType>>;
export type ImportField = keyof typeof FIELD_SCHEMAS;
export type ImportValues = {
  [K in ImportField]?: NonNullable<z.output<(typeof FIELD_SCHEMAS)[K]>>;
};

/** Fields that say which organisation a row is: without one of them a row is refused. */
export const IDENTIFYING = [
  'name',
  'legalName',
  'website',
  'domain',
  'emails',
  'siren',
  'siret',
  'vat',
  'linkedin',
] as const satisfies readonly ImportField[];
