import { StatusSelect } from '@/components/StatusSelect';
import { t } from '@/utils/i18n';
import type { ProspectEdits } from '@/utils/model/prospect';

/** Status, notes and next follow-up: what the user adds to what the page shows. */
export function EditsForm({
  edits,
  onChange,
}: {
  edits: ProspectEdits;
  onChange(edits: ProspectEdits): void;
}) {
  return (
    <>
      <StatusSelect value={edits.status} onChange={(status) => onChange({ ...edits, status })} />
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
