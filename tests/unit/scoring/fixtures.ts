import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { z } from 'zod';
import { extractOrganisation } from '@/utils/extract';
import { pageText } from '@/utils/extract/core/page-text';
import { BandSchema, type Qualification } from '@/utils/model/qualification';
import { PersonaSchema, type Persona } from '@/utils/model/persona';
import { qualify } from '@/utils/scoring';

export const FIXTURES = 'tests/fixtures/qualify';

const ExpectedSchema = z.object({
  persona: z.enum(['ux-designer.fr', 'ux-designer.en']),
  url: z.url(),
  band: BandSchema,
  matched: z.array(z.string()),
  notMatched: z.array(z.string()),
  unchecked: z.array(z.string()).optional(),
  redFlags: z.array(z.string()),
  /** Why the expected band is what it is, when it was debatable. */
  note: z.string().optional(),
});
export type Expected = z.infer<typeof ExpectedSchema>;

export function loadPersona(name: string): Persona {
  return PersonaSchema.parse(JSON.parse(readFileSync(`public/personas/${name}.json`, 'utf8')));
}

export const cases = () =>
  readdirSync(FIXTURES)
    .sort()
    .map((name) => ({
      name,
      expected: ExpectedSchema.parse(
        JSON.parse(readFileSync(join(FIXTURES, name, 'expected.json'), 'utf8')),
      ),
    }));

const NOW = new Date('2026-11-25T12:00:00Z');

/** Qualify a fixture page the way the popup does: extraction, page text, scoring. */
export function qualifyFixture(name: string, expected: Expected, persona: Persona): Qualification {
  const { document } = parseHTML(readFileSync(join(FIXTURES, name, 'index.html'), 'utf8'));
  const doc = document as unknown as Document;
  return qualify(extractOrganisation(doc, expected.url, NOW), pageText(doc).text, persona);
}
