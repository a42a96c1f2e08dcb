import { describe, expect, it } from 'vitest';
import { applyMatch } from '@/utils/registry/apply';
import { queryFor } from '@/utils/registry/fields';
import { mapResult } from '@/utils/registry/map';
import { parsePayload } from '@/utils/registry/schema';
import { DEFAULT_EDITS, ProspectSchema } from '@/utils/model/prospect';
import { mergeCapture } from '@/utils/storage/merge';
import { body, entry, prospect } from './helpers';

const AT = '2026-12-01T09:00:00.000Z';
const match = (siren = '912345675') =>
  mapResult(parsePayload(body([entry(siren)])).results[0]!, '2026-12-01');
const id = (value: string) => ({ value, source: 'text' as const, confidence: 0.8, valid: true });

describe('applying a directory answer', () => {
  it('fills an empty prospect, with sources, facts and directors, and stays a valid prospect', () => {
    const p = prospect({ name: undefined });
    const { prospect: out, changed, conflicts } = applyMatch(p, match(), AT);
    expect(() => ProspectSchema.parse(out)).not.toThrow();
    expect(out.organisation.legalName).toMatchObject({
      value: 'ATELIER DES COMMUNS',
      source: 'registry',
    });
    expect(out.organisation.name?.value).toBe('atelier des communs (ADC)');
    expect(out.organisation.registry?.asOf).toBe('2025-01-14');
    expect(out.organisation.people.map((x) => x.value.name)).toEqual(['Claire MARTIN']);
    expect(out.identityKeys).toContain('siren:912345675');
    expect(changed).toEqual([
      'legalName',
      'siren',
      'vat',
      'naf',
      'kind',
      'name',
      'siret',
      'address',
    ]);
    expect(conflicts).toEqual([]);
    expect(out.history.at(-1)).toMatchObject({
      kind: 'edited',
      detail: 'Sirene / RNE, as of 2025-01-14',
    });
  });

  it('never replaces what she typed; the disagreement is reported', () => {
    const typed = { value: 'Les Communs SAS', source: 'user' as const, confidence: 1 };
    const p = prospect(
      { legalName: typed, kind: { value: 'cooperative', source: 'user', confidence: 1 } },
      ['legalName', 'kind'],
    );
    const { prospect: out, conflicts } = applyMatch(p, match(), AT);
    expect(out.organisation.legalName).toEqual(typed);
    expect(out.organisation.kind?.value).toBe('cooperative');
    expect(conflicts).toEqual(['legalName', 'kind']);
  });

  it('a field listed as typed is kept even if its source says otherwise; imported values too', () => {
    const p = prospect(
      {
        naf: { value: '62.01Z', source: 'text', confidence: 0.7 },
        vat: { ...id('FR00912345675'), source: 'import' },
      },
      ['naf'],
    );
    const { prospect: out, conflicts } = applyMatch(p, match(), AT);
    expect(out.organisation.naf?.value).toBe('62.01Z');
    expect(out.organisation.vat?.value).toBe('FR00912345675');
    expect(conflicts).toEqual(['vat', 'naf']);
  });

  it('replaces what a page said where the directory is the authority, keeping the old value in the history', () => {
    const p = prospect({
      legalName: { value: 'Atelier des Communs', source: 'footer', confidence: 0.6 },
    });
    const { prospect: out } = applyMatch(p, match(), AT);
    expect(out.organisation.legalName?.value).toBe('ATELIER DES COMMUNS');
    expect(out.history).toContainEqual({
      at: AT,
      kind: 'edited',
      field: 'legalName',
      previous: '"Atelier des Communs"',
    });
  });

  it("keeps a page's trade name, branch SIRET and address", () => {
    const branch = id('91234567500025');
    const address = {
      value: { city: 'Villeurbanne', postalCode: '69100' },
      source: 'jsonld' as const,
      confidence: 0.9,
    };
    const p = prospect({ siret: branch, address });
    const { prospect: out, changed } = applyMatch(p, match(), AT);
    expect(out.organisation.name?.value).toBe('Atelier Lumen');
    expect(out.organisation.siret).toEqual(branch);
    expect(out.organisation.address).toEqual(address);
    expect(out.organisation.registry?.headOffice).toBe('12 RUE DES TANNEURS 69001 LYON');
    expect(changed).not.toContain('siret');
  });

  it('twice is the same as once (a resumed queue may apply an answer again)', () => {
    const once = applyMatch(prospect(), match(), AT).prospect;
    const twice = applyMatch(once, match(), AT);
    expect(twice.prospect.organisation).toEqual(once.organisation);
    expect(twice.changed).toEqual([]);
  });

  it('a card saved again with newer directory facts replaces the older ones', () => {
    const before = applyMatch(prospect(), match('912345675'), AT).prospect;
    const facts = { ...match('912345675').facts, asOf: '2026-11-30', active: false };
    const draft = { ...before.organisation, registry: facts };
    const after = mergeCapture(before, { draft, edits: DEFAULT_EDITS, userEdited: [] }, AT, 'x');
    expect(after.organisation.registry).toEqual(facts);
    const plain = { ...before.organisation, registry: undefined };
    const kept = mergeCapture(
      after,
      { draft: plain, edits: DEFAULT_EDITS, userEdited: [] },
      AT,
      'x',
    );
    expect(kept.organisation.registry).toEqual(facts);
  });

  it('asks by SIRET, else SIREN, else name and postcode, else not at all', () => {
    expect(
      queryFor(prospect({ siret: id('91234567500017'), siren: id('912345675') }).organisation),
    ).toEqual({
      id: '91234567500017',
    });
    expect(queryFor(prospect({ siren: id('912345675') }).organisation)).toEqual({
      id: '912345675',
    });
    expect(
      queryFor(prospect({ siren: { ...id('912345676'), valid: false } }).organisation),
    ).toBeUndefined();
    const address = { value: { postalCode: '69001' }, source: 'text' as const, confidence: 0.5 };
    expect(queryFor(prospect({ address }).organisation)).toEqual({
      name: 'Atelier Lumen',
      postcode: '69001',
    });
    expect(queryFor(prospect().organisation)).toBeUndefined();
  });
});
