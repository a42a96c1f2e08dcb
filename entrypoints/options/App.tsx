import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { errorMessage } from '@/utils/error-message';
import { t, type MessageKey } from '@/utils/i18n';
import { send } from '@/utils/messaging';
import { emptyPersona, PersonaSchema, type Persona } from '@/utils/model/persona';
import {
  parsePersonaFile,
  personaFile,
  withNewId,
  type PersonaFileResult,
} from '@/utils/persona-file';
import { PersonaEditor } from './PersonaEditor';
import { PersonaToolbar } from './PersonaToolbar';
import { RegistryAccess } from './RegistryAccess';
import { FollowUpPlan } from './FollowUpPlan';
import { MailSettings } from './MailSettings';
import { BestOfPersonas } from './BestOfPersonas';
import { NoticeLine, type Notice } from '@/components/NoticeLine';

const newId = () => crypto.randomUUID();

const IMPORT_ERRORS: Record<Extract<PersonaFileResult, { ok: false }>['reason'], MessageKey> = {
  tooLarge: 'optionsImportTooLarge',
  notJson: 'optionsImportNotJson',
  notPersona: 'optionsImportNotPersona',
};

/** The persona editor: several personas, one active, each edited and saved as a whole. */
export function App() {
  const [personas, setPersonas] = useState<Persona[]>([]);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [draft, setDraft] = useState<Persona | null>(null);
  const [dirty, setDirty] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);

  async function reload(select?: string) {
    const list = await send('persona.list', {});
    setPersonas(list.personas);
    setActiveId(list.activeId);
    const chosen =
      list.personas.find((p) => p.id === (select ?? draft?.id)) ??
      list.personas.find((p) => p.id === list.activeId) ??
      list.personas[0] ??
      null;
    setDraft(chosen);
    setDirty(false);
  }

  const act = async (work: () => Promise<string | undefined>) => {
    try {
      const text = await work();
      if (text) setNotice({ kind: 'info', text });
    } catch (error) {
      setNotice({ kind: 'error', text: errorMessage(error) });
    }
  };

  useEffect(() => void act(async () => (await reload(), undefined)), []);

  const add = (persona: Persona, message: string) =>
    act(async () => {
      await send('persona.save', { persona });
      await reload(persona.id);
      return message;
    });

  const actions = {
    select: (id: string) => {
      if (dirty && !confirm(t('optionsDiscardChanges'))) return;
      setDraft(personas.find((p) => p.id === id) ?? null);
      setDirty(false);
    },
    create: () => add(emptyPersona(newId(), t('optionsNewPersonaName')), t('optionsCreated')),
    duplicate: () =>
      draft &&
      add(withNewId(draft, newId(), t('optionsCopyOf', draft.name)), t('optionsDuplicated')),
    remove: () =>
      draft &&
      confirm(t('optionsConfirmDelete', draft.name)) &&
      act(async () => {
        await send('persona.delete', { id: draft.id });
        await reload('');
        return t('optionsDeleted');
      }),
    activate: () =>
      draft &&
      act(async () => {
        const { activeId } = await send('persona.setActive', { id: draft.id });
        setActiveId(activeId);
        return t('optionsActivated', draft.name);
      }),
    exportFile: () => {
      if (!draft) return;
      const { filename, text } = personaFile(draft);
      const a = document.createElement('a');
      a.href = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
      a.download = filename;
      a.click();
      URL.revokeObjectURL(a.href);
    },
    importFile: async (file: File) => {
      const result = parsePersonaFile(await file.text());
      if (!result.ok) {
        const why = t(IMPORT_ERRORS[result.reason]);
        setNotice({ kind: 'error', text: t('optionsImportFailed', file.name, why) });
        return;
      }
      await add(withNewId(result.persona, newId()), t('optionsImported', result.persona.name));
    },
    template: (lang: 'fr' | 'en') =>
      act(async () => {
        const url = browser.runtime.getURL(`/personas/ux-designer.${lang}.json`);
        const persona = PersonaSchema.parse(await (await fetch(url)).json());
        await add(withNewId(persona, newId()), t('optionsTemplateAdded'));
        return undefined;
      }),
  };

  async function save(e: Event) {
    e.preventDefault();
    if (!draft) return;
    const parsed = PersonaSchema.safeParse(draft);
    if (!parsed.success) {
      setNotice({ kind: 'error', text: t('optionsInvalid') });
      return;
    }
    await act(async () => {
      await send('persona.save', { persona: parsed.data });
      await reload(parsed.data.id);
      return t('optionsSaved');
    });
  }

  return (
    <main>
      <h1>{t('optionsHeading')}</h1>
      <p class="intro">{t('optionsIntro')}</p>
      <PersonaToolbar
        personas={personas}
        activeId={activeId}
        selectedId={draft?.id ?? null}
        actions={actions}
      />
      <NoticeLine notice={notice} />
      {draft ? (
        <form onSubmit={save} aria-labelledby="persona-heading">
          <PersonaEditor
            persona={draft}
            active={draft.id === activeId}
            onChange={(p) => {
              setDraft(p);
              setDirty(true);
            }}
          />
          <div class="actions sticky">
            <button type="submit">{t('optionsSave')}</button>
            {dirty && <span class="dirty">{t('optionsUnsaved')}</span>}
          </div>
        </form>
      ) : (
        <p>{t('optionsNoPersona')}</p>
      )}
      <BestOfPersonas />
      <RegistryAccess />
      <FollowUpPlan />
      <MailSettings />
    </main>
  );
}
