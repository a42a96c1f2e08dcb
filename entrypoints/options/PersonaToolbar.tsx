import { t } from '@/utils/i18n';
import type { Persona } from '@/utils/model/persona';

export interface ToolbarActions {
  select(id: string): void;
  create(): void;
  duplicate(): void;
  remove(): void;
  activate(): void;
  exportFile(): void;
  importFile(file: File): void;
  template(lang: 'fr' | 'en'): void;
}

interface Props {
  personas: Persona[];
  activeId: string | null;
  selectedId: string | null;
  actions: ToolbarActions;
}

/** Which persona is edited, which is active, and what can be done with them. */
export function PersonaToolbar({ personas, activeId, selectedId, actions }: Props) {
  const selected = personas.find((p) => p.id === selectedId);
  return (
    <section class="toolbar" aria-label={t('optionsPersonas')}>
      <div class="field inline">
        <label for="persona-select">{t('optionsPersonaSelect')}</label>
        <select
          id="persona-select"
          value={selectedId ?? ''}
          onChange={(e) => actions.select((e.currentTarget as HTMLSelectElement).value)}
        >
          {personas.map((p) => (
            <option key={p.id} value={p.id}>
              {p.id === activeId ? t('optionsActiveMark', p.name) : p.name}
            </option>
          ))}
        </select>
        {selected && (
          <span class="badge" data-testid="active-state">
            {selected.id === activeId ? t('optionsIsActive') : t('optionsIsInactive')}
          </span>
        )}
      </div>
      <div class="actions wrap">
        <button
          type="button"
          onClick={actions.activate}
          disabled={!selected || selected.id === activeId}
        >
          {t('optionsActivate')}
        </button>
        <button type="button" onClick={actions.create}>
          {t('optionsNew')}
        </button>
        <button type="button" onClick={actions.duplicate} disabled={!selected}>
          {t('optionsDuplicate')}
        </button>
        <button type="button" onClick={actions.remove} disabled={!selected}>
          {t('optionsDelete')}
        </button>
        <button type="button" onClick={actions.exportFile} disabled={!selected}>
          {t('optionsExport')}
        </button>
        <label class="button">
          {t('optionsImport')}
          <input
            type="file"
            accept="application/json,.json"
            class="visually-hidden"
            onChange={(e) => {
              const input = e.currentTarget as HTMLInputElement;
              const file = input.files?.[0];
              input.value = '';
              if (file) actions.importFile(file);
            }}
          />
        </label>
        <button type="button" onClick={() => actions.template('fr')}>
          {t('optionsTemplateFr')}
        </button>
        <button type="button" onClick={() => actions.template('en')}>
          {t('optionsTemplateEn')}
        </button>
      </div>
    </section>
  );
}
