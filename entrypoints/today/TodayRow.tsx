import { Component } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { onDay, outcomeKey } from '@/components/ActivityLog';
import { BAND_KEYS, criterionLabel } from '@/components/ScoreBreakdown';
import { localDay } from '@/utils/day';
import { t } from '@/utils/i18n';
import { OUTCOMES, type Outcome } from '@/utils/model/activity';
import type { TodayRow as RowData } from '@/utils/today';
import { DayPrompt } from './DayPrompt';

export interface Logged {
  outcome: Outcome;
  followUpAt?: string;
  /** Sent, not yet written by the background. */
  saving?: boolean;
}

/** The same for every row, for the whole page's life. */
export interface RowHandlers {
  onFocus(index: number): void;
  onChoose(index: number, outcome: Outcome): void;
  onDay(index: number, outcome: Outcome, day: string): void;
  onCancel(): void;
}

interface Props {
  index: number;
  row: RowData;
  roles: string[];
  today: string;
  active: boolean;
  /** The dated outcome waiting for its day, on the active row. */
  asking: Outcome | null;
  logged?: Logged;
  handlers: RowHandlers;
}

const person = (p: RowData['people'][number]) => (p.role ? `${p.name} (${p.role})` : p.name);

/** Whom to ask for: her target roles' people, else the roles themselves, else anyone known. */
function askFor(row: RowData, roles: string[]): string | undefined {
  const matching = row.people.filter((p) => p.matches);
  if (matching.length) return t('todayAskFor', matching.map(person).join(', '));
  if (roles.length) return t('todayAskFor', roles.join(', '));
  return row.people.length ? t('todayContacts', row.people.map(person).join(', ')) : undefined;
}

/** One organisation to call: its number, whom to ask for, its score, the outcome keys. */
function Row(props: Props) {
  const { index, row, roles, today, active, asking, logged, handlers } = props;
  const item = useRef<HTMLLIElement>(null);
  // Before the frame is drawn: the next call shows focused in the same frame.
  useLayoutEffect(() => {
    if (active && !asking) item.current?.focus();
  }, [active, asking]);
  const ask = askFor(row, roles);
  return (
    <li
      ref={item}
      class={`today-row${active ? ' active' : ''}${logged ? ' logged' : ''}`}
      tabIndex={active ? 0 : -1}
      aria-labelledby={`name-${row.id}`}
      aria-current={active ? 'true' : undefined}
      data-testid="today-row"
      onFocusIn={() => handlers.onFocus(index)}
    >
      <h3 id={`name-${row.id}`}>{row.name}</h3>
      <p class="call">
        {row.phone ? (
          <a href={`tel:${row.phone.tel}`} data-testid="today-phone">
            {row.phone.display}
          </a>
        ) : (
          t('todayNoPhone')
        )}
        {ask && <span data-testid="today-ask"> · {ask}</span>}
      </p>
      {row.score !== undefined && (
        <p class="fit" data-testid="today-score">
          {t('scoreOutOf', row.score)} {row.band && t(BAND_KEYS[row.band])}
          {row.reason &&
            ` · ${row.reason.flag ? t('reasonRedFlag') : t('reasonMatched')} ${criterionLabel(row.reason.label)}`}
        </p>
      )}
      {(row.followUpAt || row.last) && (
        <p class="history">
          {row.followUpAt &&
            t(row.followUpAt < today ? 'todayOverdue' : 'todayDueToday', onDay(row.followUpAt))}
          {row.last &&
            ` ${t('todayLastCall', t(outcomeKey(row.last.outcome)), onDay(localDay(new Date(row.last.at))))}`}
        </p>
      )}
      {logged ? (
        <p class="done" data-testid="today-logged" aria-busy={logged.saving ? 'true' : undefined}>
          {t(outcomeKey(logged.outcome))}
          {!logged.saving &&
            ` · ${logged.followUpAt ? t('activityLogged', onDay(logged.followUpAt)) : t('activityLoggedNoFollowUp')}`}
        </p>
      ) : (
        <div class="outcomes" role="group" aria-label={t('activityOutcome')}>
          {OUTCOMES.map((o, i) => (
            <button
              key={o}
              type="button"
              aria-keyshortcuts={String(i + 1)}
              onClick={() => handlers.onChoose(index, o)}
            >
              <kbd>{i + 1}</kbd> {t(outcomeKey(o))}
            </button>
          ))}
        </div>
      )}
      {active && asking && (
        <DayPrompt
          id={row.id}
          outcome={asking}
          today={today}
          onDay={(day) => handlers.onDay(index, asking, day)}
          onCancel={handlers.onCancel}
        />
      )}
    </li>
  );
}

/** A row is drawn again only when one of its own props changes: a call redraws two rows. */
export class TodayRow extends Component<Props> {
  override shouldComponentUpdate(next: Props) {
    return (Object.keys(next) as (keyof Props)[]).some((key) => next[key] !== this.props[key]);
  }

  override render() {
    return <Row {...this.props} />;
  }
}
