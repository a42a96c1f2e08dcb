import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { emptyPersona, PersonaSchema } from '@/utils/model/persona';
import { looksConversational } from '@/utils/scoring/conversation';

const files = readdirSync('public/personas').filter((f) => f.endsWith('.json'));

describe('example personas', () => {
  it('are shipped in French and English', () => {
    expect(files).toEqual(expect.arrayContaining(['ux-designer.fr.json', 'ux-designer.en.json']));
  });

  it.each(files)('%s is a valid persona with all four sections', (file) => {
    const raw: unknown = JSON.parse(readFileSync(`public/personas/${file}`, 'utf8'));
    const persona = PersonaSchema.parse(raw);
    expect(persona.profile.sectors.length).toBeGreaterThan(0);
    expect(persona.values.length).toBeGreaterThan(0);
    expect(persona.redFlags.length).toBeGreaterThan(0);
    expect(persona.helpWith.length).toBeGreaterThan(0);
    // Ids are unique, so each reason points at one criterion.
    const ids = [
      ...persona.profile.sectors,
      ...persona.values,
      ...persona.redFlags,
      ...persona.helpWith,
    ].map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(['ux-designer', 'illustrator'])(
    '%s offers the same criteria in both languages',
    (name) => {
      const [fr, en] = ['fr', 'en'].map((l) =>
        PersonaSchema.parse(JSON.parse(readFileSync(`public/personas/${name}.${l}.json`, 'utf8'))),
      );
      const shape = (p: typeof fr) =>
        [p!.profile.sectors, p!.values, p!.redFlags, p!.helpWith].map((s) =>
          s.map((c) => c.weight),
        );
      expect(shape(en)).toEqual(shape(fr));
      // Her trade, to tell peers apart, and the questions for the call, in both.
      expect(fr!.trade?.terms.length).toBeGreaterThan(0);
      expect(en!.trade?.terms.length).toBeGreaterThan(0);
      const asked = (p: typeof fr) => p!.redFlags.filter((c) => c.checkable === false).length;
      expect(asked(en)).toBe(asked(fr));
    },
  );

  it('proposes asking in conversation what a site cannot show', () => {
    for (const label of ['Me voit comme une paire de mains', 'Paie en retard', 'Pays late'])
      expect(looksConversational(label)).toBe(true);
    for (const label of ['Éducation populaire', 'Identité visuelle', 'Ecology'])
      expect(looksConversational(label)).toBe(false);
  });
});

describe('PersonaSchema', () => {
  it('fills sensible defaults', () => {
    const p = emptyPersona('id', 'Mon client idéal');
    expect(p).toMatchObject({ threshold: 60, values: [], redFlags: [], helpWith: [] });
    expect(p.profile.territory).toEqual({ places: [], remoteFriendly: false, weight: 2 });
    const c = PersonaSchema.parse({ ...p, values: [{ id: 'a', label: 'A' }] }).values[0];
    expect(c).toEqual({ id: 'a', label: 'A', terms: [], weight: 3, disqualifier: false });
  });

  it('refuses weights outside 1–5 and unknown versions', () => {
    const p = emptyPersona('id', 'x');
    expect(
      PersonaSchema.safeParse({ ...p, values: [{ id: 'a', label: 'A', weight: 9 }] }).success,
    ).toBe(false);
    expect(PersonaSchema.safeParse({ ...p, schemaVersion: 2 }).success).toBe(false);
  });
});
