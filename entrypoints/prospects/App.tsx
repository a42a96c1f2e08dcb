import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { DEFAULT_COLUMNS, type ColumnId, type Format } from '@/utils/csv/columns';
import { PROFILES, type ProfileId } from '@/utils/csv/profiles';
import { localDay } from '@/utils/day';
import { t, uiLanguage } from '@/utils/i18n';
import { send } from '@/utils/messaging';
import { BulkBar } from './BulkBar';
import { useListing } from './data';
import { Detail } from './Detail';
import { ExportBar } from './ExportBar';
import { FilterBar } from './FilterBar';
import {
  facets,
  NO_FILTERS,
  searchRows,
  type Filters,
  type LastSearch,
  type Row,
  type Sort,
} from './list-model';
import { attempt, type Notice } from './notice';
import { RegistryQueue } from './RegistryQueue';
import { RescoreProgress } from './RescoreProgress';
import { Table } from './Table';
import { Tools } from './Tools';
import { WeekReview } from './WeekReview';
import { NoticeLine } from '@/components/NoticeLine';
import { saveColumns, savedColumns } from '@/components/export-columns';

/** "#/p/<id>" opens a prospect; "#due" and "#stale" set a filter (links from notifications). */
function fromHash(): { open?: string; filters: Filters } {
  const hash = location.hash;
  if (hash.startsWith('#/p/'))
    return { open: decodeURIComponent(hash.slice(4)), filters: NO_FILTERS };
  return { filters: { ...NO_FILTERS, due: hash === '#due', stale: hash === '#stale' } };
}

const NO_ROWS: readonly Row[] = [];

export function App() {
  const initial = useMemo(fromHash, []);
  const [filters, setFilters] = useState<Filters>(initial.filters);
  const [columns, setColumns] = useState<ColumnId[]>(savedColumns);
  const [sort, setSort] = useState<Sort>({ column: null, descending: true });
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [openId, setOpenId] = useState<string | undefined>(initial.open);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [profile, setProfile] = useState<ProfileId>('excel-fr');
  const format: Format = useMemo(() => {
    const lang = uiLanguage().startsWith('fr') ? 'fr' : 'en';
    // One formatter for the page: toLocaleDateString would build one per cell.
    const dates = new Intl.DateTimeFormat(uiLanguage());
    return { lang, day: (d) => dates.format(new Date(`${d}T00:00:00`)) };
  }, []);

  // Every row, in the order shown; patched as prospects change, re-sorted when the sort does.
  const listing = useListing(sort, format);
  const rows = listing?.rows ?? NO_ROWS;
  const lastSearch = useRef<LastSearch | undefined>(undefined);
  const shown = useMemo(() => {
    if (!listing) return NO_ROWS;
    lastSearch.current = searchRows(listing, filters, localDay(), lastSearch.current);
    return lastSearch.current.rows;
  }, [listing, filters]);
  const { personas, tags } = useMemo(() => facets(rows), [rows]);
  const staleCount = useMemo(() => rows.filter((r) => r.stale).length, [rows]);
  const open = openId ? rows.find((r) => r.id === openId)?.prospect : undefined;

  useEffect(() => saveColumns(columns), [columns]);
  useEffect(() => {
    // Forget selected prospects that are gone.
    const ids = new Set(rows.map((r) => r.id));
    if ([...selected].some((id) => !ids.has(id)))
      setSelected(new Set([...selected].filter((id) => ids.has(id))));
  }, [rows]);

  const toggle = (id: string) => {
    const next = new Set(selected);
    if (!next.delete(id)) next.add(id);
    setSelected(next);
  };

  const exportRows = (only?: string[], format?: 'xlsx') =>
    void attempt(
      setNotice,
      () =>
        send('csv.export', {
          profile,
          columns: PROFILES[profile].preset ? undefined : columns,
          ids: only ?? shown.map((r) => r.id),
          ...(format ? { format } : {}),
        }),
      (r) => ({ kind: 'info', text: t('noticeExported', r.rows, r.filename) }),
    );

  const undo = (undoId: string) =>
    void attempt(
      setNotice,
      () => send('prospect.undo', { undoId }),
      () => ({ kind: 'info', text: t('noticeUndone') }),
    );

  if (!listing) {
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
        <a href="/today.html" data-testid="open-today">
          {t('todayOpen')}
        </a>
        <p role="status" data-testid="list-count">
          {t('listCount', shown.length, rows.length)}
        </p>
      </header>

      <FilterBar
        filters={filters}
        personas={personas}
        tags={tags}
        onChange={(patch) => setFilters({ ...filters, ...patch })}
      />

      <ExportBar
        columns={columns}
        lang={format.lang}
        profile={profile}
        onColumns={setColumns}
        onProfile={setProfile}
        onExport={() => exportRows()}
        onExportXlsx={() => exportRows(undefined, 'xlsx')}
      />

      <BulkBar
        ids={[...selected]}
        notify={setNotice}
        onExport={exportRows}
        onGone={() => setSelected(new Set())}
      />

      <RescoreProgress />
      <WeekReview />

      <RegistryQueue nameOf={(id) => rows.find((r) => r.id === id)?.name} notify={setNotice} />

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
