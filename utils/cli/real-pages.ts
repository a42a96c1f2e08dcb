/**
 * The real-page set: pages nobody wrote for Glaneur, kept outside the project (the corpus
 * folder, `../shared/corpus` or $GLANEUR_CORPUS), and their hand-written expected values in
 * tests/fixtures/real/<site>/<file>.expected.json (`page`: the page's path in the corpus).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Field } from './compare';
import { FIELDS, keys, loose, scoreField, type Expected, type FieldResult } from './compare';
import { plainDraft, type PlainDraft } from './plain';
import { readSite } from './read-site';
import { CompanyCardSchema, PersonCardSchema } from '../model/social-profile';
import { readSocial } from './read-social';

export const REAL_FIXTURES = 'tests/fixtures/real';

/** Description, logo and keywords have no single right answer on a real page: not scored. */
export const REAL_FIELDS = FIELDS.filter(
  (f) => !['description', 'logo', 'keywords', 'invalid'].includes(f),
);

export class CorpusMissing extends Error {}

/** The corpus folder, or a loud error saying where it was looked for. */
export function corpusDir(dir = process.env.GLANEUR_CORPUS ?? '../shared/corpus'): string {
  const abs = resolve(dir);
  if (!existsSync(join(abs, 'manifest.jsonl')))
    throw new CorpusMissing(
      `real-page corpus not found at ${abs} (no manifest.jsonl): the real-page scores cannot be computed. Put the corpus there or set GLANEUR_CORPUS.`,
    );
  return abs;
}

interface ManifestEntry {
  file: string;
  kind: 'site' | 'linkedin-person' | 'linkedin-company';
}

export type RealExpected = Expected & { page: string; note?: string };
export type CardExpected = {
  page: string;
  url: string;
  card: Record<string, unknown>;
  unknown?: string[];
};

/** Every expected file, keyed by the corpus page it describes. */
function expectedFiles(): Map<string, RealExpected | CardExpected> {
  const found = new Map<string, RealExpected | CardExpected>();
  for (const site of readdirSync(REAL_FIXTURES, { withFileTypes: true })) {
    if (!site.isDirectory()) continue;
    for (const f of readdirSync(join(REAL_FIXTURES, site.name)))
      if (f.endsWith('.expected.json')) {
        const e = JSON.parse(readFileSync(join(REAL_FIXTURES, site.name, f), 'utf8')) as
          RealExpected | CardExpected;
        found.set(e.page, e);
      }
  }
  return found;
}

export interface PageResult {
  page: string;
  fields: Partial<Record<Field, FieldResult>>;
  /** Extracted values matching a value the page's organisation does not own. */
  forbidden: { field: Field; value: string; rule: string }[];
}

export interface CardResult {
  page: string;
  kind: string;
  right: string[];
  wrong: { field: string; got: unknown; want: unknown }[];
  missing: string[];
}

export interface RealReport {
  corpus: string;
  pages: PageResult[];
  cards: CardResult[];
  /** Corpus pages without an expected file, and expected files without their page. */
  unmatched: string[];
}

/** Extracted values that belong to someone else, as the page's `mustNotContain` lists them. */
export function forbiddenValues(expected: Expected, actual: PlainDraft) {
  const found: PageResult['forbidden'] = [];
  for (const rule of expected.mustNotContain ?? []) {
    const phone = /^\+\d+$/.test(rule);
    for (const field of phone ? (['phones'] as const) : REAL_FIELDS)
      for (const value of keys(field, actual[field]))
        if (
          (phone ? value === rule : value.includes(loose(rule))) &&
          !found.some((f) => f.field === field && f.value === value)
        )
          found.push({ field, value, rule });
  }
  return found;
}

async function scorePage(dir: string, e: RealExpected): Promise<PageResult> {
  // The page alone, as a person reads it: its neighbours are scored on their own.
  const draft = await readSite(join(dir, e.page), e.url, { enrich: false, now: new Date(0) });
  const actual = plainDraft(draft);
  const fields: PageResult['fields'] = {};
  for (const field of REAL_FIELDS)
    if (!e.unknown?.includes(field)) fields[field] = scoreField(field, e, actual);
  return { page: e.page, fields, forbidden: forbiddenValues(e, actual) };
}

const CARD_URLS = new Set(['url', 'currentCompanyUrl', 'website']);
const cardKey = (field: string, v: unknown) =>
  CARD_URLS.has(field)
    ? loose(v)
        .replace(/^https?:\/\/(www\.)?/, '')
        .replace(/[?#].*$/, '')
        .replace(/\/+$/, '')
    : loose(v);

function scoreCard(dir: string, e: CardExpected): CardResult {
  const card = readSocial(join(dir, e.page), e.url) as Record<string, unknown>;
  const result: CardResult = {
    page: e.page,
    kind: String(e.card.kind),
    right: [],
    wrong: [],
    missing: [],
  };
  for (const [field, want] of Object.entries(e.card)) {
    if (e.unknown?.includes(field)) continue;
    const accepted = (Array.isArray(want) ? want : [want]).map((w) => cardKey(field, w));
    const got = card[field];
    if (got === undefined || got === null) result.missing.push(field);
    else if (accepted.includes(cardKey(field, got))) result.right.push(field);
    else result.wrong.push({ field, got, want });
  }
  return result;
}

const SITE_KEYS = new Set<string>([
  ...REAL_FIELDS,
  ...['page', 'url', 'unknown', 'maybe', 'mustNotContain', 'note'],
]);
const CARD_KEYS = new Set(['page', 'url', 'card', 'unknown', 'note']);
/** The cards' fields, and the job title persons are to gain. */
const CARD_FIELDS = new Set([
  ...Object.keys(PersonCardSchema.shape),
  ...Object.keys(CompanyCardSchema.shape),
  'jobTitle',
]);

/** Keys an expected file should not hold (a typo would silently mean "nothing expected"). */
function misspelt(e: RealExpected | CardExpected): string[] {
  const card = 'card' in e;
  const fields = card ? CARD_FIELDS : SITE_KEYS;
  const wrong = [
    ...Object.keys(e).filter((k) => !(card ? CARD_KEYS : SITE_KEYS).has(k)),
    ...Object.keys(card ? e.card : (e.maybe ?? {})).filter((k) => !fields.has(k)),
    ...(e.unknown ?? []).filter((k) => !fields.has(k)),
  ];
  return wrong.map((k) => `${e.page}: unexpected key "${k}"`);
}

function manifest(dir: string): { page: string; kind: ManifestEntry['kind'] }[] {
  return readFileSync(join(dir, 'manifest.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as ManifestEntry)
    .map((m) => ({ page: `pages/${m.file}`, kind: m.kind }));
}

/** Score every real page against its expected values. Throws CorpusMissing without the corpus. */
export async function realReport(dir = corpusDir()): Promise<RealReport> {
  const expected = expectedFiles();
  const misspelling = [...expected.values()].flatMap(misspelt);
  const report: RealReport = { corpus: dir, pages: [], cards: [], unmatched: [] };
  for (const { page } of manifest(dir)) {
    const e = expected.get(page);
    expected.delete(page);
    if (!e) report.unmatched.push(`${page}: no expected values`);
    else if ('card' in e) report.cards.push(scoreCard(dir, e));
    else report.pages.push(await scorePage(dir, e));
  }
  for (const page of expected.keys()) report.unmatched.push(`${page}: not in the corpus`);
  report.unmatched.push(...misspelling);
  return report;
}

/** The LinkedIn part alone: every profile and company page of the corpus scored. */
export function cardReport(dir = corpusDir()): RealReport {
  const expected = expectedFiles();
  const report: RealReport = { corpus: dir, pages: [], cards: [], unmatched: [] };
  for (const { page, kind } of manifest(dir)) {
    if (kind === 'site') continue;
    const e = expected.get(page);
    if (e && 'card' in e) report.cards.push(scoreCard(dir, e));
    else report.unmatched.push(`${page}: no expected card`);
  }
  return report;
}
