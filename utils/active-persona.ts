import { send } from './messaging/send';
import { PersonaStoreSchema, type Persona } from './model/persona';

/**
 * The active persona, from the store as read from storage.local: the background need not wake
 * for it. Nothing stored yet (the background stores the example persona) or a damaged store (it
 * keeps what is valid): the background is asked.
 */
export async function activePersona(stored: Promise<unknown>): Promise<Persona | null> {
  const store = PersonaStoreSchema.safeParse(await stored.catch(() => undefined));
  if (!store.success) return (await send('persona.active', {})).persona;
  const { personas, activeId } = store.data;
  return personas.find((p) => p.id === activeId) ?? null;
}
