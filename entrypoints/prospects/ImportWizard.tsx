import { useMemo, useRef, useState } from 'preact/hooks';
import { COLUMN_IDS, COLUMNS, IMPORTABLE, type ColumnId, type Format } from '@/utils/csv/columns';
import { decodeCsv } from '@/utils/csv/decode';
import {
  parseProspectCsv,
  type CellNote,
  type ImportError,
  type ImportPreview,
  type ImportRow,
} from '@/utils/csv/import';
import type { ImportChoice } from '@/utils/csv/ids';
import { planImport } from '@/utils/csv/plan';
import { t, type MessageKey } from '@/utils/i18n';
import { send } from '@/utils/messaging';
import type { Prospect } from '@/utils/model/prospect';
import { openGlaneurDB } from '@/utils/storage/db';
import { ImportPreview as PlanPreview } from './ImportPreview';
import { attempt, type Notice } from './notice';

const reasonOf = (code: string) => t(`reason_${code.replaceAll('-', '_')}` as MessageKey);
const reasonText = (e: ImportError) => {
  const text = reasonOf(e.code);
  return e.column ? t('importColumnReason', e.column, text) : text;
};
const noteText = (row: ImportRow, n: CellNote) =>
  t(
    'importRowNote',
    row.record,
    row.name,
    n.column,
    n.cell,
    n.kept ? t('importKeptInNotes', reasonOf(n.code)) : reasonOf(n.code),
  );

/** The saved prospects, read straight from IndexedDB like the list (the background writes it). */
async function readSaved(): Promise<Prospect[]> {
  const db = await openGlaneurDB();
  const all = await db.getAll('prospects');
  db.close();
  return all;
}

/**
 * Choose a file, check the preview (column mapping, rejected lines and why, what each row will
 * do and a choice per row), then confirm: nothing is written before the confirmation.
 */
export function ImportWizard({ format, notify }: { format: Format; notify(n: Notice): void }) {
  const [file, setFile] = useState<{ text: string; name: string } | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [saved, setSaved] = useState<Prospect[]>([]);
  const [choices, setChoices] = useState<ReadonlyMap<number, ImportChoice>>(new Map());
  const [fallback, setFallback] = useState<ImportChoice>('merge');
  const [busy, setBusy] = useState(false);
  const chooser = useRef<HTMLInputElement>(null);
  const plan = useMemo(() => (preview ? planImport(preview.rows, saved) : []), [preview, saved]);
  const imported = plan.filter((i) => (choices.get(i.row.record) ?? fallback) !== 'skip').length;

  async function choose(e: Event) {
    const input = e.currentTarget as HTMLInputElement;
    const chosen = input.files?.[0];
    if (!chosen) return;
    const bytes = new Uint8Array(await chosen.arrayBuffer());
    // The same file chosen again after a cancel still opens its preview.
    input.value = '';
    setSaved(await readSaved());
    setChoices(new Map());
    setFallback('merge');
    setFile({ text: decodeCsv(bytes).text, name: chosen.name });
    setPreview(parseProspectCsv(bytes));
  }

  function close() {
    setFile(null);
    setPreview(null);
    // The buttons go with the preview: keyboard focus goes back to the file chooser.
    chooser.current?.focus();
  }

  function remap(index: number, column: ColumnId | null) {
    if (!file || !preview) return;
    const mapping = preview.mapping.map((m, i) => (i === index ? column : m === column ? null : m));
    setPreview({ ...parseProspectCsv(file.text, mapping), encoding: preview.encoding });
  }

  async function confirmImport() {
    if (!file || !preview) return;
    setBusy(true);
    await attempt(
      notify,
      () =>
        send('csv.import', {
          text: file.text,
          mapping: preview.mapping,
          choices: Object.fromEntries([...choices].map(([row, c]) => [String(row), c])),
          fallback,
        }),
      (r) => ({ kind: 'info', text: t('importDone', r.created, r.merged) }),
    );
    setBusy(false);
    close();
  }

  return (
    <section class="import" aria-labelledby="import-title">
      <label class="file">
        {t('importButton')}
        <input
          ref={chooser}
          type="file"
          accept=".csv,text/csv,text/plain"
          onChange={choose}
          data-testid="import-file"
        />
      </label>
      {preview && (
        <div class="preview" data-testid="import-preview">
          <h3 id="import-title">{t('importPreviewTitle')}</h3>
          <p role="status">
            {t(
              'importSummary',
              preview.rows.length,
              preview.errors.length,
              preview.encoding,
              preview.delimiter === '\t' ? 'TAB' : preview.delimiter,
            )}
          </p>
          <div class="mapping">
            {preview.headers.map((header, i) => (
              <label key={i}>
                {t('importMapping', header)}
                <select
                  value={preview.mapping[i] ?? ''}
                  onChange={(e) =>
                    remap(
                      i,
                      ((e.currentTarget as HTMLSelectElement).value || null) as ColumnId | null,
                    )
                  }
                >
                  <option value="">{t('importIgnore')}</option>
                  {COLUMN_IDS.filter((c) => IMPORTABLE.has(c)).map((c) => (
                    <option key={c} value={c}>
                      {COLUMNS[c][format.lang]}
                    </option>
                  ))}
                </select>
              </label>
            ))}
          </div>
          {preview.errors.length > 0 && (
            <>
              <h4>{t('importRejected')}</h4>
              <ul class="rejected" data-testid="import-errors">
                {preview.errors.map((e, i) => (
                  <li key={i}>{t('importLine', e.record, reasonText(e))}</li>
                ))}
              </ul>
            </>
          )}
          {preview.rows.some((r) => r.notes.length) && (
            <>
              <h4>{t('importNotesTitle')}</h4>
              <ul class="notes" data-testid="import-notes">
                {preview.rows.flatMap((r) =>
                  r.notes.map((n) => <li key={`${r.record}-${n.field}`}>{noteText(r, n)}</li>),
                )}
              </ul>
            </>
          )}
          <PlanPreview
            plan={plan}
            format={format}
            choices={choices}
            fallback={fallback}
            onChoose={(row, choice) => setChoices(new Map(choices).set(row, choice))}
            onFallback={setFallback}
          />
          <div class="actions">
            <button type="button" disabled={busy || imported === 0} onClick={confirmImport}>
              {t('importConfirm', imported)}
            </button>
            <button type="button" onClick={close}>
              {t('buttonCancel')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
