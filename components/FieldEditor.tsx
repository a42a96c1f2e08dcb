import type { Evidence } from '@/utils/model/evidence';
import { sourceKey, t, type MessageKey } from '@/utils/i18n';
import {
  SINGLE_TEXT_FIELDS,
  type OrganisationDraft,
  type SingleTextField,
} from '@/utils/model/organisation';

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

/** The card's editable fields (name, website, description, logo, language) of a draft. */
export function DraftFields({
  draft,
  edited,
  onInput,
  fields = SINGLE_TEXT_FIELDS,
}: {
  draft: OrganisationDraft;
  edited: ReadonlySet<SingleTextField>;
  onInput(field: SingleTextField, value: string): void;
  fields?: readonly SingleTextField[];
}) {
  return (
    <>
      {fields.map((field) => (
        <FieldEditor
          key={field}
          id={`field-${field}`}
          label={t(FIELD_LABELS[field])}
          value={draft[field]?.value ?? ''}
          evidence={draft[field]}
          edited={edited.has(field)}
          multiline={field === 'description'}
          type={field === 'website' || field === 'logo' ? 'url' : 'text'}
          onInput={(value) => onInput(field, value)}
        />
      ))}
    </>
  );
}
