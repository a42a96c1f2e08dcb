import { StatusSelect } from '@/components/StatusSelect';
import { t } from '@/utils/i18n';
import type { ProspectEdits } from '@/utils/model/prospect';

interface Props {
  edits: ProspectEdits;
  onChange(edits: ProspectEdits): void;
}

/** Notes and next follow-up. */
export function NotesFields({ edits, onChange }: Props) {
  return (
    <>
      <div class="field">
        <label for="notes">{t('fieldNotes')}</label>
        <textarea
          id="notes"
          rows={3}
          value={edits.notes}
          onInput={(e) =>
            onChange({ ...edits, notes: (e.currentTarget as HTMLTextAreaElement).value })
          }
        />
      </div>
      <div class="field">
        <label for="follow-up">{t('fieldFollowUp')}</label>
        <input
          id="follow-up"
          type="date"
          value={edits.followUpAt ?? ''}
          onInput={(e) => {
            const value = (e.currentTarget as HTMLInputElement).value;
            onChange({ ...edits, followUpAt: value || undefined });
          }}
        />
      </div>
    </>
  );
}

/** Status, notes and next follow-up: what the user adds to what the page shows. */
export function EditsForm({ edits, onChange }: Props) {
  return (
    <>
      <StatusSelect value={edits.status} onChange={(status) => onChange({ ...edits, status })} />
      <NotesFields edits={edits} onChange={onChange} />
    </>
  );
}
