import { useEffect, useState } from 'preact/hooks';
import { localeLabel } from '@/utils/csv/status-labels';
import { t, uiLanguage, type MessageKey } from '@/utils/i18n';
import { send } from '@/utils/messaging';
import { OUTCOMES } from '@/utils/model/activity';
import { summaryItem } from '@/utils/storage/local';
import { reviewTotal, type BandFigures, type WeekReview as Review } from '@/utils/week-review';
import { listLang } from './DetailFields';

const outcomeKey = (o: string) => `outcome_${o.replaceAll('-', '_')}` as MessageKey;
const bandName = (band: BandFigures['band']) =>
  band === 'unscored' ? t('reviewUnscored') : localeLabel('band', band, listLang());
const BAR = 16;
const LABEL = 130;
const WIDTH = 420;

/** Calls and yeses per band as bars; the table beside it gives the same figures in words. */
function Chart({ bands }: { bands: BandFigures[] }) {
  const most = Math.max(1, ...bands.map((f) => f.calls));
  const scale = (n: number) => Math.round(((WIDTH - LABEL - 40) * n) / most);
  const height = bands.length * (2 * BAR + 12) + 24;
  return (
    <svg
      class="review-chart"
      viewBox={`0 0 ${WIDTH} ${height}`}
      width={WIDTH}
      height={height}
      aria-hidden="true"
    >
      {bands.map((f, i) => {
        const y = i * (2 * BAR + 12);
        return (
          <g key={f.band}>
            <text x={0} y={y + BAR + 4}>
              {bandName(f.band)}
            </text>
            <rect class="calls" x={LABEL} y={y} width={scale(f.calls)} height={BAR} />
            <text x={LABEL + scale(f.calls) + 4} y={y + BAR - 3}>
              {f.calls}
            </text>
            <rect class="yes" x={LABEL} y={y + BAR + 2} width={scale(f.yes)} height={BAR} />
            <text x={LABEL + scale(f.yes) + 4} y={y + 2 * BAR - 1}>
              {f.yes}
            </text>
          </g>
        );
      })}
      <g transform={`translate(${LABEL}, ${height - 8})`}>
        <rect class="calls" width={10} height={10} y={-9} />
        <text x={14}>{t('reviewCalls')}</text>
        <rect class="yes" x={120} width={10} height={10} y={-9} />
        <text x={134}>{t('reviewYes')}</text>
      </g>
    </svg>
  );
}

function Figures({ label, f }: { label: string; f: Omit<BandFigures, 'band'> }) {
  const rate = f.called
    ? new Intl.NumberFormat(uiLanguage(), { style: 'percent' }).format(f.yes / f.called)
    : '—';
  return (
    <tr>
      <th scope="row">{label}</th>
      {[f.called, f.calls, ...OUTCOMES.map((o) => f.outcomes[o]), f.meetings, f.yes, rate].map(
        (n, i) => (
          <td key={i}>{n}</td>
        ),
      )}
    </tr>
  );
}

/**
 * The week in review, asked of the background when she opens it and again after every change
 * while it is open: the figures come worked out, the page never reads the prospects for them.
 */
export function WeekReview() {
  const [open, setOpen] = useState(false);
  const [review, setReview] = useState<Review | null>(null);
  useEffect(() => {
    if (!open) return;
    const load = () => void send('review.week', {}).then(setReview, () => setReview(null));
    load();
    return summaryItem.watch(load);
  }, [open]);
  const bands = review?.bands ?? [];
  return (
    <details
      class="week-review"
      data-testid="week-review"
      onToggle={(e) => setOpen((e.currentTarget as HTMLElement).hasAttribute('open'))}
    >
      <summary>{t('reviewTitle')}</summary>
      <p>{t('reviewIntro')}</p>
      {!review ? (
        <p role="status">{t('listLoading')}</p>
      ) : bands.length === 0 ? (
        <p role="status">{t('reviewEmpty')}</p>
      ) : (
        <div class="review-body">
          <Chart bands={bands} />
          <table data-testid="week-review-table">
            <caption>{t('reviewCaption')}</caption>
            <thead>
              <tr>
                {[
                  t('reviewBand'),
                  t('reviewCalled'),
                  t('reviewCalls'),
                  ...OUTCOMES.map((o) => t(outcomeKey(o))),
                  t('reviewMeetings'),
                  t('reviewYes'),
                  t('reviewYesRate'),
                ].map((h) => (
                  <th key={h} scope="col">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {bands.map((f) => (
                <Figures key={f.band} label={bandName(f.band)} f={f} />
              ))}
            </tbody>
            <tfoot>
              <Figures label={t('reviewTotal')} f={reviewTotal(bands)} />
            </tfoot>
          </table>
        </div>
      )}
    </details>
  );
}
