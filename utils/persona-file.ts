import { z } from './zod';
import { PersonaSchema, type Persona } from './model/persona';
import { collapse } from './text';

/** Largest persona file accepted: a persona is a few KB. */
export const MAX_PERSONA_FILE = 1_000_000;

export type PersonaFileResult =
  | { ok: true; persona: Persona }
  | { ok: false; reason: 'tooLarge' | 'notJson' | 'notPersona'; detail: string };

/** Read an exported persona file. Pure, so that import can be tested and nothing is half-applied. */
export function parsePersonaFile(text: string): PersonaFileResult {
  if (text.length > MAX_PERSONA_FILE) return { ok: false, reason: 'tooLarge', detail: '' };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: 'notJson', detail: String(error).slice(0, 300) };
  }
  const parsed = PersonaSchema.safeParse(raw);
  if (!parsed.success) {
    return { ok: false, reason: 'notPersona', detail: z.prettifyError(parsed.error).slice(0, 500) };
  }
  return { ok: true, persona: parsed.data };
}

/** The export format is the persona itself, as the examples in public/personas. */
export function personaFile(persona: Persona): { filename: string; text: string } {
  const slug = collapse(persona.name).replace(/ /g, '-').slice(0, 60) || 'persona';
  return { filename: `${slug}.persona.json`, text: JSON.stringify(persona, null, 2) + '\n' };
}

/** A copy with a new id (duplicate, import, template) so that it never overwrites another. */
export function withNewId(persona: Persona, id: string, name = persona.name): Persona {
  return { ...structuredClone(persona), id, name };
}
