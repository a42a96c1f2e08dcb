/**
 * The cells of a file read without zod, which was a third of the time of an import of 50,000
 * rows. Each reader gives what its FIELD_SCHEMAS entry gives for a cell it is sure the schema
 * accepts, and UNSURE for any other cell: zod then reads it and names the reason.
 */
import { z } from '../zod';
import type { Status } from '../model/prospect';
import { normaliseSiren } from '../storage/identity';
import { parseTags } from '../text';
import {
  DOMAIN,
  isLinkedinUrl,
  LIST_MAX,
  parseDay,
  readPhone,
  splitList,
  TAG_MAX,
  TEXT_MAX,
  URL_MAX,
  webAddress,
  type ImportField,
  type ImportValues,
} from './row-schema';
import { parseStatus } from './status-labels';

export const UNSURE = Symbol('unsure');
type Unsure = typeof UNSURE;
type Readers = { [F in ImportField]: (cell: string) => NonNullable<ImportValues[F]> | Unsure };

/** zod counts code points past `max` code units: a longer cell is left to it. */
const text = (max: number) => (s: string) => (s.length <= max ? s : UNSURE);

const url = (s: string) => (s.length <= URL_MAX ? (webAddress(s) ?? UNSURE) : UNSURE);

/** The pattern z.email() checks against. */
const EMAIL = z.regexes.email;

function emails(s: string): string[] | Unsure {
  const list = splitList(s);
  return list.length <= LIST_MAX && list.every((e) => EMAIL.test(e)) ? list : UNSURE;
}

function phones(s: string): { value: string; display: string }[] | Unsure {
  const list = splitList(s);
  if (list.length > LIST_MAX) return UNSURE;
  const read: { value: string; display: string }[] = [];
  for (const item of list) {
    const phone = readPhone(item);
    if (!phone) return UNSURE;
    read.push(phone);
  }
  return read;
}

function tags(s: string): string[] | Unsure {
  const list = parseTags(s);
  return list.length <= LIST_MAX && list.every((t) => t.length <= TAG_MAX) ? list : UNSURE;
}

/** A file repeats a handful of statuses: each text is looked up once. */
const STATUS_OF = new Map<string, Status | undefined>();
function status(s: string): Status | Unsure {
  let found = STATUS_OF.get(s);
  if (found === undefined && !STATUS_OF.has(s)) {
    found = parseStatus(s);
    if (STATUS_OF.size < 1000) STATUS_OF.set(s, found);
  }
  return found ?? UNSURE;
}

const day = (s: string) => parseDay(s) ?? UNSURE;

export const CELL_READERS: Readers = {
  name: text(TEXT_MAX.name),
  legalName: text(TEXT_MAX.legalName),
  website: url,
  domain: (s) => {
    const lower = s.toLowerCase();
    return DOMAIN.test(lower) ? lower : UNSURE;
  },
  description: text(TEXT_MAX.description),
  emails,
  phones,
  street: text(TEXT_MAX.street),
  postalCode: text(TEXT_MAX.postalCode),
  city: text(TEXT_MAX.city),
  country: text(TEXT_MAX.country),
  siren: (s) => normaliseSiren(s) ?? UNSURE,
  siret: (s) => {
    const digits = s.replace(/[\s.\u00a0]/g, '');
    return /^\d{14}$/.test(digits) ? digits : UNSURE;
  },
  vat: text(TEXT_MAX.vat),
  linkedin: (s) => {
    const read = url(s);
    return read !== UNSURE && isLinkedinUrl(read) ? read : UNSURE;
  },
  status,
  tags,
  notes: text(TEXT_MAX.notes),
  followUpAt: day,
  contactName: text(TEXT_MAX.contactName),
  contactEmail: (s) => (EMAIL.test(s) ? s : UNSURE),
  contactPhone: text(TEXT_MAX.contactPhone),
  source: url,
  capturedAt: day,
};
