import { t } from '@/utils/i18n';
import { parseTags } from '@/utils/text';

/** Tags as one line, separated by commas or semicolons. */
export function TagsInput({
  value,
  onChange,
  id = 'tags',
}: {
  value: string[];
  onChange(tags: string[]): void;
  id?: string;
}) {
  return (
    <div class="field">
      <label for={id}>{t('fieldTags')}</label>
      <input
        id={id}
        value={value.join(', ')}
        aria-describedby={`${id}-hint`}
        onChange={(e) =>
          onChange(
            parseTags((e.currentTarget as HTMLInputElement).value)
              .map((tag) => tag.slice(0, 60))
              .slice(0, 50),
          )
        }
      />
      <small id={`${id}-hint`} class="source">
        {t('fieldTagsHint')}
      </small>
    </div>
  );
}
