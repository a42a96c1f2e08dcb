import type { Evidence } from '@/utils/model/evidence';
import { sourceKey, t, type MessageKey } from '@/utils/i18n';
import type { SingleTextField } from '@/utils/model/organisation';

/** The label of each editable field of the card. */
export const FIELD_LABELS: Record<SingleTextField, MessageKey> = {
  name: 'fieldName',
  website: 'fieldWebsite',
  description: 'fieldDescription',
  logo: 'fieldLogo',
  language: 'fieldLanguage',
};

interface Props {
  id: string;
  label: string;
  value: string;
  evidence?: Evidence;
  edited: boolean;
  multiline?: boolean;
  type?: 'text' | 'url';
  onInput(value: string): void;
}

/** One editable field of the card, with where its value came from. */
export function FieldEditor({
  id,
  label,
  value,
  evidence,
  edited,
  multiline,
  type,
  onInput,
}: Props) {
  const hintId = `${id}-source`;
  const hint = edited
    ? t('sourceTypedByYou')
    : evidence
      ? t('sourceHint', t(sourceKey(evidence.source)))
      : '';
  const common = {
    id,
    name: id,
    value,
    'aria-describedby': hint ? hintId : undefined,
    onInput: (e: Event) => onInput((e.currentTarget as HTMLInputElement).value),
  };
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {multiline ? (
        <textarea rows={3} {...common} />
      ) : type === 'url' ? (
        <input type="url" {...common} />
      ) : (
        <input type="text" {...common} />
      )}
      {hint && (
        <small id={hintId} class="source" title={evidence?.snippet}>
          {hint}
        </small>
      )}
    </div>
  );
}
