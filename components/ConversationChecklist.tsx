import { t } from '@/utils/i18n';
import type { Prospect } from '@/utils/model/prospect';
import { useMark } from './useMark';

interface Props {
  prospect: Prospect;
  onChange(p: Prospect): void;
}

/** The criteria only a conversation tells, as a checklist she ticks after the call. */
export function ConversationChecklist({ prospect, onChange }: Props) {
  const { mark, error } = useMark(prospect, onChange);
  const q = prospect.qualification;
  const toAsk = [...(q?.criteria ?? []), ...(q?.redFlags ?? [])].filter(
    (c) => c.checkable === false,
  );
  if (!toAsk.length) return null;
  const checked = new Set(prospect.checked ?? []);
  const toggle = (id: string, on: boolean) => {
    const next = toAsk.map((c) => c.id).filter((c) => (c === id ? on : checked.has(c)));
    void mark({ checked: next });
  };
  return (
    <fieldset class="checklist" data-testid="conversation-checklist">
      <legend>{t('checklistHeading')}</legend>
      <p class="hint">{t('checklistHint')}</p>
      {toAsk.map((c) => (
        <div class="field check" key={c.id}>
          <input
            id={`check-${prospect.id}-${c.id}`}
            type="checkbox"
            checked={checked.has(c.id)}
            onChange={(e) => toggle(c.id, (e.currentTarget as HTMLInputElement).checked)}
          />
          <label for={`check-${prospect.id}-${c.id}`}>{c.label}</label>
        </div>
      ))}
      {error && <p class="notice error">{error}</p>}
    </fieldset>
  );
}
