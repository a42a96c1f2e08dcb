import { z } from 'zod';
import { cappedString } from './evidence';

/** Placeholder persona: the persona issue gives it its sections and criteria. */
export const PersonaSchema = z.object({
  schemaVersion: z.literal(1),
  id: cappedString(100),
  name: cappedString(200),
});
export type Persona = z.infer<typeof PersonaSchema>;
