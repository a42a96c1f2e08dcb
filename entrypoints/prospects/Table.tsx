import { useMemo } from 'preact/hooks';
import { COLUMNS, type ColumnId, type Format } from '@/utils/csv/columns';
import { dialFromFrance } from '@/utils/csv/phone-format';
import { t } from '@/utils/i18n';
import { cellText, cellTitle, type Row, type Sort } from './list-model';
import { useVirtualRows } from './useVirtualRows';

const ROW_HEIGHT = 36;

interface Props {
  rows: readonly Row[];
  columns: ColumnId[];
  format: Format;
  sort: Sort;
  selected: ReadonlySet<string>;
  onSort(column: ColumnId): void;
  onToggle(id: string): void;
  onToggleAll(): void;
  onOpen(id: string): void;
}

/** The prospects as a virtualized ARIA table: 50,000 rows, a few dozen in the DOM. */
export function Table({
  rows,
  columns,
  format,
  sort,
  selected,
  onSort,
  onToggle,
  onToggleAll,
  onOpen,
}: Props) {
  const { scrollRef, virtualizer } = useVirtualRows(rows.length, ROW_HEIGHT);
  const shown = useMemo(() => ({ ...format, phone: dialFromFrance }), [format]);
  const template = `2.5rem repeat(${columns.length}, minmax(8rem, 1fr))`;
  const allSelected = rows.length > 0 && rows.every((r) => selected.has(r.id));
  return (
    <div class="table" role="table" aria-rowcount={rows.length + 1} data-testid="prospect-table">
      <div role="rowgroup">
        <div
          class="row head"
          role="row"
          aria-rowindex={1}
          style={{ gridTemplateColumns: template }}
        >
          <div role="columnheader">
            <input
              type="checkbox"
              aria-label={t('selectAll')}
              checked={allSelected}
              onChange={onToggleAll}
            />
          </div>
          {columns.map((c) => (
            <div
              key={c}
              role="columnheader"
              aria-sort={
                sort.column === c ? (sort.descending ? 'descending' : 'ascending') : 'none'
              }
            >
              <button
                type="button"
                class="sort"
                title={t('sortBy', COLUMNS[c][format.lang])}
                onClick={() => onSort(c)}
              >
                {COLUMNS[c][format.lang]}
                {sort.column === c ? (sort.descending ? ' ▼' : ' ▲') : ''}
              </button>
            </div>
          ))}
        </div>
      </div>
      <div class="scroll" ref={scrollRef}>
        <div
          role="rowgroup"
          style={{ height: `${virtualizer.getTotalSize()}px`, position: 'relative' }}
        >
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            // Keyed by position: while the user types, the rows in view are updated in place
            // rather than removed and rebuilt on every keystroke.
            return (
              <div
                key={item.index}
                class={`row${selected.has(row.id) ? ' selected' : ''}${row.stale ? ' stale' : ''}`}
                role="row"
                aria-rowindex={item.index + 2}
                data-testid="prospect-row"
                style={{
                  gridTemplateColumns: template,
                  transform: `translateY(${item.start}px)`,
                  height: `${ROW_HEIGHT}px`,
                }}
              >
                <div role="cell">
                  <input
                    type="checkbox"
                    aria-label={t('selectRow', row.name)}
                    checked={selected.has(row.id)}
                    onChange={() => onToggle(row.id)}
                  />
                </div>
                {columns.map((c, i) => {
                  const value = cellText(row.prospect, c, shown);
                  return (
                    <div key={c} role="cell" title={cellTitle(c, row.prospect, value)}>
                      {i === 0 ? (
                        <button
                          type="button"
                          class="link"
                          aria-label={t('openDetail', row.name)}
                          onClick={() => onOpen(row.id)}
                        >
                          {value || row.name || '—'}
                        </button>
                      ) : (
                        value
                      )}
                    </div>
                  );
                })}
              </div>
            );
          })}
        </div>
        {rows.length === 0 && <p class="empty">{t('listEmpty')}</p>}
      </div>
    </div>
  );
}
