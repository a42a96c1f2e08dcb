import { useState } from 'preact/hooks';
import { COLUMNS, type ColumnId, type Format } from '@/utils/csv/columns';
import type { ImportChoice } from '@/utils/csv/ids';
import type { FieldChange, PlanItem } from '@/utils/csv/plan';
import { localeLabel } from '@/utils/csv/status-labels';
import { t, type MessageKey } from '@/utils/i18n';
import { STATUSES, type Status } from '@/utils/model/prospect';

/** Rows per page: a file of thousands of rows shows a page at a time. */
export const PAGE_SIZE = 50;

const OTHER_FIELDS: Record<string, MessageKey> = {
  address: 'importFieldAddress',
  aliases: 'importFieldAliases',
  socials: 'importFieldSocials',
  contacts: 'importFieldContacts',
  logo: 'fieldLogo',
  language: 'fieldLanguage',
  rcs: 'importFieldRcs',
  naf: 'importFieldNaf',
};

const fieldLabel = (field: string, lang: Format['lang']) =>
  field in COLUMNS
    ? COLUMNS[field as ColumnId][lang]
    : t(OTHER_FIELDS[field] ?? 'importFieldOther');

/** A value as she reads it: status and kind in her language, a day as she writes it. */
function valueText(field: string, value: string, format: Format): string {
  if (!value) return t('importEmpty');
  if (field === 'status' && STATUSES.includes(value as Status))
    return localeLabel('status', value, format.lang);
  if (field === 'kind') return localeLabel('kind', value, format.lang);
  if (field === 'followUpAt') return format.day(value);
  return value;
}

const changeText = (c: FieldChange, key: MessageKey, format: Format) =>
  t(
    key,
    fieldLabel(c.field, format.lang),
    valueText(c.field, c.before, format),
    valueText(c.field, c.after, format),
  );

export type Shown = 'all' | PlanItem['kind'];
const SHOWN: Record<Shown, MessageKey> = {
  all: 'importShowAll',
  merge: 'importShowMerge',
  duplicate: 'importShowDuplicate',
  new: 'importShowNew',
};
const CHOICES: Record<ImportChoice, MessageKey> = {
  merge: 'importChoiceMerge',
  separate: 'importChoiceSeparate',
  skip: 'importChoiceSkip',
};
/** A new prospect is created or skipped. */
const NEW_CHOICES: Partial<Record<ImportChoice, MessageKey>> = {
  separate: 'importChoiceCreate',
  skip: 'importChoiceSkip',
};

/** A select of `labels`' keys, each shown as its message. */
function Choose<T extends string>({
  value,
  labels,
  onPick,
  ...rest
}: {
  value: T;
  labels: Partial<Record<T, MessageKey>>;
  onPick(value: T): void;
  'aria-label'?: string;
  'data-testid'?: string;
}) {
  return (
    <select
      {...rest}
      value={value}
      onChange={(e) => onPick((e.currentTarget as HTMLSelectElement).value as T)}
    >
      {(Object.keys(labels) as T[]).map((v) => (
        <option key={v} value={v}>
          {t(labels[v]!)}
        </option>
      ))}
    </select>
  );
}

interface Props {
  plan: readonly PlanItem[];
  format: Format;
  /** The choices made by hand, by spreadsheet row; `fallback` for every other row. */
  choices: ReadonlyMap<number, ImportChoice>;
  fallback: ImportChoice;
  onChoose(record: number, choice: ImportChoice): void;
  onFallback(choice: ImportChoice): void;
}

/**
 * Every row of the file and what confirming will do with it: a new prospect, a merge with a
 * saved one (field by field what changes and what stays hers), or a repeat of an earlier row;
 * a choice per row and one for every row not chosen by hand.
 */
export function ImportPreview({ plan, format, choices, fallback, onChoose, onFallback }: Props) {
  const [shown, setShown] = useState<Shown>('all');
  const [page, setPage] = useState(0);
  const items = shown === 'all' ? plan : plan.filter((i) => i.kind === shown);
  const pages = Math.max(1, Math.ceil(items.length / PAGE_SIZE));
  const at = Math.min(page, pages - 1);
  const visible = items.slice(at * PAGE_SIZE, (at + 1) * PAGE_SIZE);
  const count = (kind: PlanItem['kind']) => plan.filter((i) => i.kind === kind).length;
  const choiceOf = (item: PlanItem) => {
    const choice = choices.get(item.row.record) ?? fallback;
    return item.kind === 'new' && choice !== 'skip' ? 'separate' : choice;
  };

  return (
    <div class="plan" data-testid="import-plan">
      <p role="status" data-testid="import-plan-counts">
        {t('importPlanCounts', count('new'), count('merge'), count('duplicate'))}
      </p>
      <div class="plan-controls">
        <label>
          {t('importDefault')}
          <Choose
            data-testid="import-default"
            value={fallback}
            labels={CHOICES}
            onPick={onFallback}
          />
        </label>
        <label>
          {t('importShow')}
          <Choose
            value={shown}
            labels={SHOWN}
            onPick={(v) => {
              setShown(v);
              setPage(0);
            }}
          />
        </label>
      </div>
      <table class="plan-rows">
        <caption>{t('importPlanCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('importColRow')}</th>
            <th scope="col">{t('importColName')}</th>
            <th scope="col">{t('importColWhat')}</th>
            <th scope="col">{t('importColChoice')}</th>
          </tr>
        </thead>
        <tbody>
          {visible.map((item) => (
            <tr key={item.row.record} data-testid="import-plan-row" class={item.kind}>
              <th scope="row">{item.row.record}</th>
              <td>{item.row.name}</td>
              <td>
                <p class="what">
                  {item.kind === 'new'
                    ? t('importKindNew')
                    : item.kind === 'merge'
                      ? t('importKindMerge', item.prospect!.name)
                      : t('importKindDuplicate', item.of!)}
                </p>
                {item.kind !== 'new' && (
                  <ul class="changes" aria-label={t('importChangesOf', item.row.record)}>
                    {item.changes.map((c) => (
                      <li key={c.field}>{changeText(c, 'importChange', format)}</li>
                    ))}
                    {item.kept.map((c) => (
                      <li key={`kept-${c.field}`} class="kept">
                        {changeText(c, 'importKept', format)}
                      </li>
                    ))}
                    {item.changes.length + item.kept.length === 0 && <li>{t('importNoChange')}</li>}
                  </ul>
                )}
              </td>
              <td>
                <Choose
                  aria-label={t('importChoiceFor', item.row.record, item.row.name)}
                  data-testid="import-choice"
                  value={choiceOf(item)}
                  labels={item.kind === 'new' ? NEW_CHOICES : CHOICES}
                  onPick={(choice) => onChoose(item.row.record, choice)}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {pages > 1 && (
        <nav class="pages" aria-label={t('importPages')}>
          <button type="button" disabled={at === 0} onClick={() => setPage(at - 1)}>
            {t('importPrevious')}
          </button>
          <span>
            {t(
              'importPage',
              at * PAGE_SIZE + 1,
              Math.min(items.length, (at + 1) * PAGE_SIZE),
              items.length,
            )}
          </span>
          <button type="button" disabled={at === pages - 1} onClick={() => setPage(at + 1)}>
            {t('importNext')}
          </button>
        </nav>
      )}
    </div>
  );
}
