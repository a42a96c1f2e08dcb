import { browser } from 'wxt/browser';
import { MessageError, type Handlers } from '../messaging';
import {
  PersonaSchema,
  PersonaStoreSchema,
  type Persona,
  type PersonaStore,
} from '../model/persona';

/**
 * Personas and the active persona id live in browser.storage.local under one key, in a shape
 * that carries its schemaVersion (1 today): a later version adds its migration in readStore.
 */
export const PERSONAS_KEY = 'personas';

export const personaItem = {
  async getValue(): Promise<unknown> {
    const stored = await browser.storage.local.get(PERSONAS_KEY);
    return stored[PERSONAS_KEY] ?? null;
  },
  setValue: (value: unknown) => browser.storage.local.set({ [PERSONAS_KEY]: value }),
};

/** The example persona in the browser's language, shipped in public/personas. */
export async function exampleTemplate(): Promise<Persona> {
  const lang = browser.i18n.getUILanguage().toLowerCase().startsWith('fr') ? 'fr' : 'en';
  const response = await fetch(browser.runtime.getURL(`/personas/ux-designer.${lang}.json`));
  return PersonaSchema.parse(await response.json());
}

/**
 * What is stored, validated. Nothing stored yet: the example persona, stored and active. A damaged store
 * keeps every persona that is still valid rather than losing them all.
 */
export async function readStore(seed: () => Promise<Persona>): Promise<PersonaStore> {
  const raw = await personaItem.getValue();
  if (raw === null) {
    // Kept at once, so the starting persona does not change with the browser's language.
    const example = await seed();
    const store: PersonaStore = { schemaVersion: 1, personas: [example], activeId: example.id };
    await personaItem.setValue(store);
    return store;
  }
  const parsed = PersonaStoreSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const list = (raw as { personas?: unknown })?.personas;
  const personas = (Array.isArray(list) ? list : []).flatMap((p) => {
    const one = PersonaSchema.safeParse(p);
    return one.success ? [one.data] : [];
  });
  const activeId = (raw as { activeId?: unknown })?.activeId;
  return {
    schemaVersion: 1,
    personas,
    activeId: personas.some((p) => p.id === activeId) ? (activeId as string) : null,
  };
}

type PersonaHandlers = Pick<
  Handlers,
  'persona.list' | 'persona.active' | 'persona.save' | 'persona.delete' | 'persona.setActive'
>;

/** The background's persona messages; `seed` gives the persona a new profile starts with. */
export function createPersonaHandlers(seed = exampleTemplate): PersonaHandlers {
  // One write at a time, so that two quick edits cannot overwrite each other.
  let queue: Promise<unknown> = Promise.resolve();
  const update = <T>(change: (store: PersonaStore) => T): Promise<T> => {
    const run = queue.then(async () => {
      const store = await readStore(seed);
      const result = change(store);
      await personaItem.setValue(PersonaStoreSchema.parse(store));
      return result;
    });
    queue = run.catch(() => undefined);
    return run;
  };

  return {
    'persona.list': async () => {
      const { personas, activeId } = await readStore(seed);
      return { personas, activeId };
    },
    'persona.active': async () => {
      const { personas, activeId } = await readStore(seed);
      return { persona: personas.find((p) => p.id === activeId) ?? null };
    },
    'persona.save': ({ persona }) =>
      update((store) => {
        const at = store.personas.findIndex((p) => p.id === persona.id);
        if (at >= 0) store.personas[at] = persona;
        else store.personas.push(persona);
        store.activeId ??= persona.id;
        return { persona, activeId: store.activeId };
      }),
    'persona.delete': ({ id }) =>
      update((store) => {
        const before = store.personas.length;
        store.personas = store.personas.filter((p) => p.id !== id);
        if (store.activeId === id) store.activeId = store.personas[0]?.id ?? null;
        return { deleted: store.personas.length < before, activeId: store.activeId };
      }),
    'persona.setActive': ({ id }) =>
      update((store) => {
        if (!store.personas.some((p) => p.id === id)) throw new MessageError('errorNotFound', id);
        store.activeId = id;
        return { activeId: id };
      }),
  };
}
