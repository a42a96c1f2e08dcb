import { t } from '@/utils/i18n';

const parse = (text: string) => [
  ...new Set(
    text
      .split(',')
      .map((s) => s.trim().slice(0, 60))
      .filter(Boolean),
  ),
];

/** Tags as a comma-separated line. */
export function TagsInput({
  value,
  onChange,
}: {
  value: string[];
  onChange(tags: string[]): void;
}) {
  return (
    <div class="field">
      <label for="tags">{t('fieldTags')}</label>
      <input
        id="tags"
        value={value.join(', ')}
        aria-describedby="tags-hint"
        onChange={(e) => onChange(parse((e.currentTarget as HTMLInputElement).value).slice(0, 50))}
      />
      <small id="tags-hint" class="source">
        {t('fieldTagsHint')}
      </small>
    </div>
  );
}
