import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
  COLUMN_IDS,
  COLUMNS,
  DEFAULT_COLUMNS,
  type ColumnId,
  type Format,
} from '@/utils/csv/columns';
import { PROFILE_IDS, type ProfileId } from '@/utils/csv/profiles';
import { localDay } from '@/utils/background/badge';
import { statusKey, t, uiLanguage, type MessageKey } from '@/utils/i18n';
import { send } from '@/utils/messaging';
import { BANDS } from '@/utils/model/qualification';
import { STATUSES } from '@/utils/model/prospect';
import { useProspects } from './data';
import { Detail } from './Detail';
import {
  facets,
  NO_FILTERS,
  searchRows,
  sortRows,
  toListing,
  toRows,
  type Filters,
  type LastSearch,
  type Sort,
} from './list-model';
import { attempt, type Notice } from './notice';
import { Table } from './Table';
import { Tools } from './Tools';
import { NoticeLine } from '@/components/NoticeLine';

const COLUMNS_KEY = 'glaneur:list-columns';
const profileKey = (p: ProfileId) => `profile_${p.replaceAll('-', '_')}` as MessageKey;

function savedColumns(): ColumnId[] {
  try {
    const saved = JSON.parse(localStorage.getItem(COLUMNS_KEY) ?? 'null') as unknown;
    if (Array.isArray(saved)) return saved.filter((c): c is ColumnId => COLUMN_IDS.includes(c));
  } catch {
    // fall back to the defaults
  }
  return ['name', 'domain', 'city', 'status', 'band', 'tags', 'followUpAt', 'capturedAt'];
}

/** "#/p/<id>" opens a prospect; "#due" and "#stale" set a filter (links from notifications). */
function fromHash(): { open?: string; filters: Filters } {
  const hash = location.hash;
  if (hash.startsWith('#/p/'))
    return { open: decodeURIComponent(hash.slice(4)), filters: NO_FILTERS };
  return { filters: { ...NO_FILTERS, due: hash === '#due', stale: hash === '#stale' } };
}

export function App() {
  const { prospects } = useProspects();
  const initial = useMemo(fromHash, []);
  const [filters, setFilters] = useState<Filters>(initial.filters);
  const [columns, setColumns] = useState<ColumnId[]>(savedColumns);
  const [sort, setSort] = useState<Sort>({ column: null, descending: true });
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [openId, setOpenId] = useState<string | undefined>(initial.open);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [profile, setProfile] = useState<ProfileId>('excel-fr');
  const [tag, setTag] = useState('');
  const format: Format = useMemo(() => {
    const lang = uiLanguage().startsWith('fr') ? 'fr' : 'en';
    // One formatter for the page: toLocaleDateString would build one per cell.
    const dates = new Intl.DateTimeFormat(uiLanguage());
    return { lang, day: (d) => dates.format(new Date(`${d}T00:00:00`)) };
  }, []);

  const rows = useMemo(() => (prospects ? toRows(prospects) : []), [prospects]);
  const listing = useMemo(() => toListing(sortRows(rows, sort, format)), [rows, sort, format]);
  const lastSearch = useRef<LastSearch | undefined>(undefined);
  const shown = useMemo(() => {
    lastSearch.current = searchRows(listing, filters, localDay(), lastSearch.current);
    return lastSearch.current.rows;
  }, [listing, filters]);
  const { personas, tags } = useMemo(() => facets(rows), [rows]);
  const staleCount = useMemo(() => rows.filter((r) => r.stale).length, [rows]);
  const open = openId ? rows.find((r) => r.id === openId)?.prospect : undefined;

  useEffect(() => localStorage.setItem(COLUMNS_KEY, JSON.stringify(columns)), [columns]);
  useEffect(() => {
    // Forget selected prospects that are gone.
    const ids = new Set(rows.map((r) => r.id));
    if ([...selected].some((id) => !ids.has(id)))
      setSelected(new Set([...selected].filter((id) => ids.has(id))));
  }, [rows]);

  const set = (patch: Partial<Filters>) => setFilters({ ...filters, ...patch });
  const toggle = (id: string) => {
    const next = new Set(selected);
    if (!next.delete(id)) next.add(id);
    setSelected(next);
  };
  const ids = [...selected];

  const exportRows = (only?: string[]) =>
    void attempt(
      setNotice,
      () =>
        send('csv.export', {
          profile,
          columns: profile === 'excel-fr' || profile === 'rfc4180' ? columns : undefined,
          ids: only ?? shown.map((r) => r.id),
        }),
      (r) => ({ kind: 'info', text: t('noticeExported', r.rows, r.filename) }),
    );

  const undo = (undoId: string) =>
    void attempt(
      setNotice,
      () => send('prospect.undo', { undoId }),
      () => ({ kind: 'info', text: t('noticeUndone') }),
    );

  if (!prospects) {
    return (
      <main>
        <p role="status">{t('listLoading')}</p>
      </main>
    );
  }

  return (
    <main class={open ? 'with-detail' : ''}>
      <header class="top">
        <h1>{t('listTitle')}</h1>
        <p role="status" data-testid="list-count">
          {t('listCount', shown.length, rows.length)}
        </p>
      </header>

      <form class="filters" onSubmit={(e) => e.preventDefault()} role="search">
        <label>
          {t('listSearch')}
          <input
            type="search"
            value={filters.query}
            placeholder={t('listSearchPlaceholder')}
            onInput={(e) => set({ query: (e.currentTarget as HTMLInputElement).value })}
            data-testid="search"
          />
        </label>
        <label>
          {t('filterStatus')}
          <select
            value={filters.status ?? ''}
            onChange={(e) =>
              set({
                status: ((e.currentTarget as HTMLSelectElement).value ||
                  undefined) as Filters['status'],
              })
            }
            data-testid="filter-status"
          >
            <option value="">{t('filterAny')}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(statusKey(s))}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('filterBand')}
          <select
            value={filters.band ?? ''}
            onChange={(e) =>
              set({
                band: ((e.currentTarget as HTMLSelectElement).value ||
                  undefined) as Filters['band'],
              })
            }
          >
            <option value="">{t('filterAny')}</option>
            {BANDS.map((b) => (
              <option key={b} value={b}>
                {t(`band_${b}` as MessageKey)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('filterPersona')}
          <select
            value={filters.persona ?? ''}
            onChange={(e) =>
              set({ persona: (e.currentTarget as HTMLSelectElement).value || undefined })
            }
          >
            <option value="">{t('filterAny')}</option>
            {personas.map((p) => (
              <option key={p}>{p}</option>
            ))}
          </select>
        </label>
        <label>
          {t('filterTag')}
          <select
            value={filters.tag ?? ''}
            onChange={(e) =>
              set({ tag: (e.currentTarget as HTMLSelectElement).value || undefined })
            }
          >
            <option value="">{t('filterAny')}</option>
            {tags.map((tg) => (
              <option key={tg}>{tg}</option>
            ))}
          </select>
        </label>
        <label>
          {t('filterDays')}
          <input
            type="number"
            min={1}
            value={filters.days ?? ''}
            onInput={(e) => {
              const n = Number((e.currentTarget as HTMLInputElement).value);
              set({ days: n > 0 ? n : undefined });
            }}
          />
        </label>
        <label class="check">
          <input
            type="checkbox"
            checked={filters.due}
            onChange={(e) => set({ due: (e.currentTarget as HTMLInputElement).checked })}
            data-testid="filter-due"
          />
          {t('filterDue')}
        </label>
        <label class="check">
          <input
            type="checkbox"
            checked={filters.stale}
            onChange={(e) => set({ stale: (e.currentTarget as HTMLInputElement).checked })}
          />
          {t('filterStale')}
        </label>
      </form>

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
                    setColumns(
                      columns.includes(c)
                        ? columns.filter((x) => x !== c)
                        : COLUMN_IDS.filter((x) => x === c || columns.includes(x)),
                    )
                  }
                />
                {COLUMNS[c][format.lang]}
              </label>
            ))}
          </fieldset>
        </details>
        <label>
          {t('exportProfile')}
          <select
            value={profile}
            onChange={(e) => setProfile((e.currentTarget as HTMLSelectElement).value as ProfileId)}
            data-testid="export-profile"
          >
            {PROFILE_IDS.map((p) => (
              <option key={p} value={p}>
                {t(profileKey(p))}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => exportRows()} data-testid="export-list">
          {t('exportList')}
        </button>
      </div>

      {selected.size > 0 && (
        <div class="bulk" role="region" aria-label={t('selectedCount', selected.size)}>
          <span>{t('selectedCount', selected.size)}</span>
          <select
            aria-label={t('bulkStatus')}
            value=""
            onChange={(e) => {
              const status = (e.currentTarget as HTMLSelectElement).value as Filters['status'];
              if (status)
                void attempt(
                  setNotice,
                  () => send('prospect.bulkUpdate', { ids, patch: { status } }),
                  (r) => ({ kind: 'info', text: t('noticeUpdated', r.count) }),
                );
            }}
          >
            <option value="">{t('bulkStatus')}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(statusKey(s))}
              </option>
            ))}
          </select>
          <input
            aria-label={t('bulkTagPlaceholder')}
            placeholder={t('bulkTagPlaceholder')}
            value={tag}
            onInput={(e) => setTag((e.currentTarget as HTMLInputElement).value)}
          />
          <button
            type="button"
            disabled={!tag.trim()}
            onClick={() =>
              void attempt(
                setNotice,
                () => send('prospect.bulkUpdate', { ids, patch: { addTags: [tag.trim()] } }),
                (r) => ({ kind: 'info', text: t('noticeUpdated', r.count) }),
              )
            }
          >
            {t('bulkAddTag')}
          </button>
          <button type="button" onClick={() => exportRows(ids)}>
            {t('bulkExport')}
          </button>
          {selected.size === 2 && (
            <button
              type="button"
              onClick={() =>
                void attempt(
                  setNotice,
                  () => send('prospect.merge', { keepId: ids[0]!, otherId: ids[1]! }),
                  (r) => {
                    setSelected(new Set());
                    return { kind: 'info', text: t('noticeMerged'), undoId: r.undoId };
                  },
                )
              }
            >
              {t('bulkMerge')}
            </button>
          )}
          <button
            type="button"
            class="danger"
            onClick={() =>
              void attempt(
                setNotice,
                () => send('prospect.deleteMany', { ids }),
                (r) => {
                  setSelected(new Set());
                  return { kind: 'info', text: t('noticeDeleted', r.count), undoId: r.undoId };
                },
              )
            }
          >
            {t('bulkDelete')}
          </button>
        </div>
      )}

      <NoticeLine notice={notice} testId="notice">
        {' '}
        {notice?.undoId && (
          <button type="button" onClick={() => undo(notice.undoId!)}>
            {t('buttonUndo')}
          </button>
        )}
      </NoticeLine>

      <Table
        rows={shown}
        columns={columns.length ? columns : DEFAULT_COLUMNS.slice(0, 1)}
        format={format}
        sort={sort}
        selected={selected}
        onSort={(column) =>
          setSort({ column, descending: sort.column === column ? !sort.descending : false })
        }
        onToggle={toggle}
        onToggleAll={() =>
          setSelected(
            shown.every((r) => selected.has(r.id)) ? new Set() : new Set(shown.map((r) => r.id)),
          )
        }
        onOpen={setOpenId}
      />

      {open && <Detail prospect={open} notify={setNotice} onClose={() => setOpenId(undefined)} />}

      <Tools staleCount={staleCount} total={rows.length} format={format} notify={setNotice} />
    </main>
  );
}
