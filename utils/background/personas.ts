import { browser } from 'wxt/browser';
import { MessageError, type Handlers } from '../messaging';
import { PersonaSchema, type Persona, type PersonaStore } from '../model/persona';
import { personasItem } from '../storage/local';

/** The example persona in the browser's language, shipped in public/personas. */
export async function exampleTemplate(): Promise<Persona> {
  const lang = browser.i18n.getUILanguage().toLowerCase().startsWith('fr') ? 'fr' : 'en';
  const response = await fetch(browser.runtime.getURL(`/personas/ux-designer.${lang}.json`));
  return PersonaSchema.parse(await response.json());
}

/**
 * What is stored, validated (a damaged store keeps its valid personas). Nothing stored yet: the
 * example persona, stored and active.
 */
export async function readStore(seed: () => Promise<Persona>): Promise<PersonaStore> {
  const stored = await personasItem.read();
  if (stored) return stored;
  // Kept at once, so the starting persona does not change with the browser's language.
  const example = await seed();
  const store: PersonaStore = { schemaVersion: 1, personas: [example], activeId: example.id };
  await personasItem.write(store);
  return store;
}

type PersonaHandlers = Pick<
  Handlers,
  'persona.list' | 'persona.active' | 'persona.save' | 'persona.delete' | 'persona.setActive'
>;

/** Told which persona was saved, deleted or made active, once the store is written. */
export type PersonasChanged = (store: PersonaStore, id: string | null) => unknown;

/**
 * The background's persona messages; `seed` gives the persona a new profile starts with,
 * `changed` hears of every change (the scores follow).
 */
export function createPersonaHandlers(
  seed = exampleTemplate,
  changed: PersonasChanged = () => undefined,
): PersonaHandlers {
  // One write at a time, so that two quick edits cannot overwrite each other.
  let queue: Promise<unknown> = Promise.resolve();
  const update = <T>(change: (store: PersonaStore) => T, id: (result: T) => string | null) => {
    const run = queue.then(async () => {
      const store = await readStore(seed);
      const result = change(store);
      await personasItem.write(store);
      void changed(store, id(result));
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
      update(
        (store) => {
          const at = store.personas.findIndex((p) => p.id === persona.id);
          if (at >= 0) store.personas[at] = persona;
          else store.personas.push(persona);
          store.activeId ??= persona.id;
          return { persona, activeId: store.activeId };
        },
        () => persona.id,
      ),
    'persona.delete': ({ id }) =>
      update(
        (store) => {
          const wasActive = store.activeId === id;
          const before = store.personas.length;
          store.personas = store.personas.filter((p) => p.id !== id);
          if (wasActive) store.activeId = store.personas[0]?.id ?? null;
          return { deleted: store.personas.length < before, activeId: store.activeId, wasActive };
        },
        // The active one deleted: the next one is active now.
        (r) => (r.wasActive ? r.activeId : id),
      ).then(({ deleted, activeId }) => ({ deleted, activeId })),
    'persona.setActive': ({ id }) =>
      update(
        (store) => {
          if (!store.personas.some((p) => p.id === id)) throw new MessageError('errorNotFound', id);
          store.activeId = id;
          return { activeId: id };
        },
        () => id,
      ),
  };
}
