import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePersonaFile, personaFile, withNewId } from '@/utils/persona-file';

const example = readFileSync('public/personas/ux-designer.fr.json', 'utf8');

describe('persona files', () => {
  it('reads an exported persona and writes it back the same', () => {
    const read = parsePersonaFile(example);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const { filename, text } = personaFile(read.persona);
    expect(filename).toMatch(/^designer-ux-graphique-structures-[a-z-]+\.persona\.json$/);
    expect(filename.length).toBeLessThanOrEqual(60 + '.persona.json'.length);
    expect(parsePersonaFile(text)).toEqual(read);
  });

  it('says why a bad file is refused', () => {
    expect(parsePersonaFile('{ nope')).toMatchObject({ ok: false, reason: 'notJson' });
    expect(parsePersonaFile('{"schemaVersion":1,"id":"x"}')).toMatchObject({
      ok: false,
      reason: 'notPersona',
      detail: expect.stringContaining('name'),
    });
    expect(parsePersonaFile(' '.repeat(1_000_001))).toMatchObject({
      ok: false,
      reason: 'tooLarge',
    });
  });

  it('copies under a new id without sharing criteria', () => {
    const read = parsePersonaFile(example);
    if (!read.ok) throw new Error('example must parse');
    const copy = withNewId(read.persona, 'new', 'Copie');
    expect(copy).toMatchObject({ id: 'new', name: 'Copie' });
    copy.values[0]!.weight = 1;
    expect(read.persona.values[0]!.weight).toBe(5);
  });
});
