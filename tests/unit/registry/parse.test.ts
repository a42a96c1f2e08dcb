import { describe, expect, it } from 'vitest';
import { parsePayload } from '@/utils/registry/schema';
import { mapResult } from '@/utils/registry/map';
import { RegistryError } from '@/utils/registry/errors';
import { OrganisationDraftSchema } from '@/utils/model/organisation';
import { sampleDraft } from '../sample';
import { body, entry } from './helpers';

const TODAY = '2026-12-01';
const mapped = (siren: string) => mapResult(parsePayload(body([entry(siren)])).results[0]!, TODAY);
const NONE = {
  ess: false,
  association: false,
  administration: false,
  localAuthority: false,
  missionLed: false,
  individual: false,
};

function rejects(text: string, code: RegistryError['code'], message?: RegExp) {
  try {
    parsePayload(text);
  } catch (error) {
    expect(error).toBeInstanceOf(RegistryError);
    expect((error as RegistryError).code).toBe(code);
    if (message) expect((error as Error).message).toMatch(message);
    return;
  }
  throw new Error('parsed');
}

describe('directory responses', () => {
  it('an active company: every field the card needs, sourced registry, dated by the entry', () => {
    const { fields, facts } = mapped('912345675');
    expect(fields.legalName).toEqual({
      value: 'ATELIER DES COMMUNS',
      source: 'registry',
      confidence: 1,
    });
    expect(fields.siren).toMatchObject({ value: '912345675', valid: true, source: 'registry' });
    expect(fields.siret).toMatchObject({ value: '91234567500017', valid: true });
    expect(fields.vat).toMatchObject({ value: 'FR65912345675', valid: true });
    expect(fields.address?.value).toEqual({
      street: '12 RUE DES TANNEURS',
      postalCode: '69001',
      city: 'LYON',
      country: 'FR',
    });
    expect(fields.naf?.value).toBe('70.22Z');
    expect(fields.kind?.value).toBe('company');
    // People only, without their year of birth; the company director is not a contact.
    expect(fields.people?.map((p) => p.value)).toEqual([
      { name: 'Claire MARTIN', role: 'Président de SAS' },
    ]);
    expect(facts).toMatchObject({
      asOf: '2025-01-14',
      active: true,
      createdOn: '2022-03-01',
      headOffice: '12 RUE DES TANNEURS 69001 LYON',
      headOfficeSiret: '91234567500017',
      activity: {
        code: '70.22Z',
        label: 'Conseil pour les affaires et autres conseils de gestion',
      },
      legalForm: { code: '5710', label: 'SAS, société par actions simplifiée' },
      headcount: { code: '03', label: '6 à 9 salariés', min: 6, max: 9, year: '2023' },
      flags: { ...NONE, ess: true, missionLed: true },
      labels: ['qualiopi', 'training'],
    });
    expect(facts.ceasedOn).toBeUndefined();
  });

  it('the mapped fields fit the organisation draft schema', () => {
    for (const siren of ['912345675', '775678907', '530123454', '216901231', '887654325']) {
      const { fields, facts } = mapped(siren);
      expect(() =>
        OrganisationDraftSchema.parse({ ...sampleDraft(), ...fields, registry: facts }),
      ).not.toThrow();
    }
  });

  it('an association', () => {
    const { fields, facts } = mapped('775678907');
    expect(fields.kind?.value).toBe('association');
    expect(facts.flags).toEqual({ ...NONE, association: true, ess: true });
    expect(facts.legalForm).toEqual({ code: '9220', label: 'Association déclarée' });
    expect(fields.people?.map((p) => p.value.role)).toEqual(['Présidente', 'Trésorier']);
  });

  it('a ceased company: inactive, with its closing date', () => {
    const { facts } = mapped('530123454');
    expect(facts.active).toBe(false);
    expect(facts.ceasedOn).toBe('2021-06-30');
    expect(facts.headcount).toMatchObject({ code: 'NN', min: 0, max: 0 });
  });

  it('a local authority: a public body, its elected officials are not taken', () => {
    const { fields, facts } = mapped('216901231');
    expect(fields.kind?.value).toBe('public-body');
    expect(facts.flags).toEqual({ ...NONE, localAuthority: true, administration: true });
    expect(facts.legalForm?.label).toBe('Commune et commune nouvelle');
    expect(fields.people).toEqual([]);
  });

  it('an individual entrepreneur: no company name, the person’s name is the legal name', () => {
    const { fields, facts } = mapped('887654325');
    expect(fields.kind?.value).toBe('independent');
    expect(fields.legalName?.value).toBe('CLAIRE DUPONT');
    expect(facts.flags).toEqual({ ...NONE, individual: true });
    expect(facts.legalForm?.label).toBe('Entrepreneur individuel');
  });

  it('a cooperative by its legal form, with the RGE label', () => {
    const { fields, facts } = mapped('833445562');
    expect(fields.kind?.value).toBe('cooperative');
    expect(facts.labels).toEqual(['rge']);
    expect(fields.people?.map((p) => p.value.name)).toEqual(['Inès FAURE']);
  });

  it('several matches and none parse', () => {
    const several = parsePayload(body([entry('421234568'), entry('421234576')]));
    expect(several.results.map((r) => r.siren)).toEqual(['421234568', '421234576']);
    expect(parsePayload(body([])).results).toEqual([]);
  });

  it('unknown fields are ignored, missing optional ones tolerated', () => {
    const lean = { siren: '912345675', etat_administratif: 'A', brand_new_field: { x: 1 } };
    const r = parsePayload(body([lean], { another: true })).results[0]!;
    expect(r).toEqual({ siren: '912345675', etat_administratif: 'A' });
    const { fields, facts } = mapResult(r, TODAY);
    expect(facts.asOf).toBe(TODAY);
    expect(fields.siren?.value).toBe('912345675');
  });

  it('a change of shape is a clear error, not a wrong value', () => {
    rejects(body([{ ...entry('912345675'), siren: 912345675 }]), 'schema', /results\.0\.siren/);
    rejects(
      body([{ ...entry('912345675'), etat_administratif: 'X' }]),
      'schema',
      /etat_administratif/,
    );
    rejects(JSON.stringify({ resultats: [] }), 'schema', /results/);
    rejects('{"results": [', 'malformed');
    rejects('<html>502</html>', 'malformed');
  });
});
