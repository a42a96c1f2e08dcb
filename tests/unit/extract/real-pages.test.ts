import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { beforeAll, describe, expect, it } from 'vitest';
import { scoreField, slots, type Expected } from '@/utils/cli/compare';
import type { PlainDraft } from '@/utils/cli/plain';
import { floorFailures, siteFloorFailures } from '@/utils/cli/real-floors';
import {
  corpusDir,
  CorpusMissing,
  forbiddenValues,
  realReport,
  type RealReport,
} from '@/utils/cli/real-pages';

/** Scoring 51 pages takes seconds on a loaded machine: correctness, not timing, is tested. */
const CORPUS_TIMEOUT = 120_000;

const draft = (values: Partial<PlainDraft>) => values as PlainDraft;

describe('real-page scoring', () => {
  it('accepts any listed spelling of one value, and maybe values without requiring them', () => {
    const expected: Expected = {
      url: 'https://x.fr/',
      name: ['Atelier Lumen', 'Lumen'],
      phones: ['+33100000000'],
      maybe: { phones: ['+33200000000'] },
    };
    expect(slots('name', expected.name)).toEqual([['atelier lumen', 'lumen']]);
    expect(scoreField('name', expected, draft({ name: 'Lumen' }))).toMatchObject({
      tp: 1,
      fp: 0,
      fn: 0,
    });
    expect(
      scoreField('phones', expected, draft({ phones: ['+33200000000', '+33300000000'] })),
    ).toEqual({ tp: 0, fp: 1, fn: 1, wrong: ['+33300000000'], missing: ['+33100000000'] });
  });

  it('counts a profile extracted twice once right and once wrong', () => {
    const socials = [{ network: 'facebook', url: 'https://www.facebook.com/lumen' }];
    const s = scoreField(
      'socials',
      { url: 'https://x.fr/', socials },
      draft({ socials: [...socials, ...socials] as PlainDraft['socials'] }),
    );
    expect(s).toMatchObject({ tp: 1, fp: 1, fn: 0 });
  });

  it('finds third-party values: phones exactly, other text inside any value', () => {
    const expected: Expected = {
      url: 'https://x.fr/',
      mustNotContain: ['+33444446040', 'OVH', '+3248970217'],
    };
    const found = forbiddenValues(
      expected,
      draft({
        phones: ['+33444446040', '+32489702177'],
        address: {
          street: '2 rue Kellermann',
          city: 'Roubaix',
          postalCode: '59100',
          country: 'FR',
        },
        emails: ['support@ovh.com'],
      }),
    );
    expect(found.map((f) => `${f.field}:${f.value}`)).toEqual([
      'phones:+33444446040',
      'emails:support@ovh.com',
    ]);
  });

  it('states every floor not met', () => {
    const failures = floorFailures({
      corpus: '/c',
      pages: [
        {
          page: 'pages/a/index.html',
          fields: { emails: { tp: 9, fp: 1, fn: 0, wrong: ['x@agency.fr'], missing: [] } },
          forbidden: [{ field: 'emails', value: 'x@agency.fr', rule: 'agency' }],
        },
      ],
      cards: [
        {
          page: 'pages/li/p.html',
          kind: 'person',
          right: ['name', 'kind'],
          wrong: [],
          missing: ['currentCompany'],
        },
      ],
      unmatched: [],
    });
    expect(failures).toEqual([
      'emails precision 0.900 < 0.95',
      '1 third-party values extracted',
      'pages/li/p.html: currentCompany not read right',
    ]);
  });
});

describe('the real-page corpus', () => {
  let report: RealReport;
  beforeAll(async () => {
    report = await realReport(corpusDir());
  }, CORPUS_TIMEOUT);

  it('is found, and every page in it has hand-written expected values', () => {
    expect(report.unmatched).toEqual([]);
    expect(report.pages.length).toBeGreaterThanOrEqual(42);
    expect(report.cards.length).toBeGreaterThanOrEqual(9);
  });

  it('yields no value of a host, agency or vendor on any site page', () => {
    expect(
      report.pages.flatMap((p) => p.forbidden.map((f) => `${p.page} ${f.field}: ${f.value}`)),
    ).toEqual([]);
  });

  it('meets the site-page floors: precision on contacts and identifiers, F1 per field', () => {
    expect(siteFloorFailures(report)).toEqual([]);
  });

  it('is reported missing loudly, never skipped', { timeout: CORPUS_TIMEOUT }, () => {
    const missing = join(tmpdir(), 'no-such-corpus');
    expect(() => corpusDir(missing)).toThrow(CorpusMissing);
    const run = spawnSync('node', ['--import', 'tsx', 'utils/cli/extract-report.ts', '--real'], {
      encoding: 'utf8',
      env: { ...process.env, GLANEUR_CORPUS: missing },
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`real-page corpus not found at ${missing}`);
  });
});
