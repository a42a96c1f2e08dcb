import { COLUMN_IDS, COLUMNS, type ColumnId, type Format } from '@/utils/csv/columns';
import { PROFILE_IDS, PROFILES, type ProfileId } from '@/utils/csv/profiles';
import { t } from '@/utils/i18n';

/** Which columns the table (and a spreadsheet export) shows, the CSV preset, and "export". */
export function ExportBar({
  columns,
  lang,
  profile,
  onColumns,
  onProfile,
  onExport,
  onExportXlsx,
}: {
  columns: readonly ColumnId[];
  lang: Format['lang'];
  profile: ProfileId;
  onColumns(columns: ColumnId[]): void;
  onProfile(profile: ProfileId): void;
  onExport(): void;
  onExportXlsx?(): void;
}) {
  return (
    <div class="toolbar">
      <details class="columns">
        <summary>{t('columnsButton')}</summary>
        <fieldset>
          <legend>{t('columnsButton')}</legend>
          {COLUMN_IDS.map((c) => (
            <label key={c} class="check">
              <input
                type="checkbox"
                checked={columns.includes(c)}
                onChange={() =>
                  onColumns(
                    columns.includes(c)
                      ? columns.filter((x) => x !== c)
                      : COLUMN_IDS.filter((x) => x === c || columns.includes(x)),
                  )
                }
              />
              {COLUMNS[c][lang]}
            </label>
          ))}
        </fieldset>
      </details>
      <label>
        {t('exportProfile')}
        <select
          value={profile}
          onChange={(e) => onProfile((e.currentTarget as HTMLSelectElement).value as ProfileId)}
          data-testid="export-profile"
        >
          {PROFILE_IDS.map((p) => (
            <option key={p} value={p}>
              {t(PROFILES[p].label)}
            </option>
          ))}
        </select>
      </label>
      <button type="button" onClick={onExport} data-testid="export-list">
        {t('exportList')}
      </button>
      {onExportXlsx && (
        <button type="button" onClick={onExportXlsx} data-testid="export-xlsx">
          {t('exportXlsx')}
        </button>
      )}
    </div>
  );
}
