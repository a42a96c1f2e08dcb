import { describe, expect, it } from 'vitest';
import { blankDraft } from '@/utils/capture';
import { freshValues, takeFresh } from '@/utils/fresh-values';
import type { OrganisationDraft } from '@/utils/model/organisation';
import { frenchNational, nationalPhone, telHref } from '@/utils/phone-display';

const page = { source: 'jsonld' as const, confidence: 0.9 };
const typed = { source: 'user' as const, confidence: 1 };

const draft = (extra: Partial<OrganisationDraft>): OrganisationDraft => ({
  ...blankDraft('https://atelier-lumen.fr/', new Date('2026-12-01T09:00:00Z')),
  ...extra,
});

const saved = draft({
  name: { value: 'Atelier Lumen (Lyon)', ...typed },
  website: { value: 'https://atelier-lumen.fr/', ...page },
  domain: { value: 'atelier-lumen.fr', ...page },
  phones: [{ value: '+33478000000', display: '04 78 00 00 00', ...page }],
  emails: [{ value: 'contact@atelier-lumen.fr', ...page }],
  address: { value: { street: '3 rue Mercière', postalCode: '69002', city: 'Lyon' }, ...page },
});

describe('what a fresh capture shows that the saved card does not', () => {
  it('is nothing when the page says the same, whatever the whitespace or the e-mail case', () => {
    const same = draft({
      ...saved,
      name: { value: ' Atelier  Lumen (Lyon) ', ...page },
      emails: [{ value: 'Contact@Atelier-Lumen.fr', ...page }],
    });
    expect(freshValues(saved, same)).toEqual([]);
  });

  it('does not count a value the page no longer shows', () => {
    const less = draft({ name: saved.name, phones: [], emails: [] });
    expect(freshValues(saved, less)).toEqual([]);
  });

  it('lists a changed value, a new one, and the list items not yet saved', () => {
    const now = draft({
      ...saved,
      name: { value: 'Atelier Lumen', ...page },
      description: { value: 'Studio de design', ...page },
      address: {
        value: { street: '5 quai Saint-Vincent', postalCode: '69001', city: 'Lyon' },
        ...page,
      },
      phones: [
        { value: '+33478000000', display: '04 78 00 00 00', ...page },
        { value: '+33600000000', display: '06 00 00 00 00', ...page },
      ],
      people: [{ value: { name: 'Camille Roux', role: 'Directrice' }, ...page }],
    });
    expect(freshValues(saved, now)).toEqual([
      { field: 'name', saved: 'Atelier Lumen (Lyon)', fresh: 'Atelier Lumen' },
      { field: 'description', saved: '', fresh: 'Studio de design' },
      {
        field: 'address',
        saved: '3 rue Mercière, 69002 Lyon',
        fresh: '5 quai Saint-Vincent, 69001 Lyon',
      },
      { field: 'phones', saved: '04 78 00 00 00', fresh: '06 00 00 00 00' },
      { field: 'people', saved: '', fresh: 'Camille Roux (Directrice)' },
    ]);
  });

  it('takes one field at a time: a value replaced with its source, list items added', () => {
    const now = draft({
      name: { value: 'Atelier Lumen', ...page },
      website: { value: 'https://www.atelier-lumen.com/', ...page },
      domain: { value: 'atelier-lumen.com', ...page },
      phones: [{ value: '+33600000000', display: '06 00 00 00 00', ...page }],
    });
    const named = takeFresh(saved, now, 'name');
    expect(named.name).toEqual(now.name);
    expect(named.phones).toEqual(saved.phones);
    const moved = takeFresh(named, now, 'website');
    expect([moved.website?.value, moved.domain?.value]).toEqual([
      'https://www.atelier-lumen.com/',
      'atelier-lumen.com',
    ]);
    const called = takeFresh(moved, now, 'phones');
    expect(called.phones.map((p) => p.value)).toEqual(['+33478000000', '+33600000000']);
    expect(freshValues(called, now)).toEqual([]);
  });

  it('keeps a list within the schema’s cap when items are taken', () => {
    const many = (n: number, at: string) =>
      Array.from({ length: n }, (_, i) => ({ value: `${at}${i}@x.fr`, ...page }));
    const full = draft({ emails: many(45, 'a') });
    expect(takeFresh(full, draft({ emails: many(10, 'b') }), 'emails').emails).toHaveLength(50);
  });
});

describe('the number to call', () => {
  it('is in national format when French, as printed otherwise, and dialled in E.164', () => {
    expect(frenchNational('+33478000000')).toBe('04 78 00 00 00');
    expect(frenchNational('+3224125610')).toBeUndefined();
    expect(nationalPhone({ value: '+3224125610', display: '02 412 56 10' })).toBe('02 412 56 10');
    expect(nationalPhone({ value: '+33478000000', display: '+33 (0)4 78 00 00 00' })).toBe(
      '04 78 00 00 00',
    );
    expect(telHref('+33478000000')).toBe('tel:+33478000000');
    expect(telHref('javascript:alert(1)')).toBeUndefined();
  });
});
