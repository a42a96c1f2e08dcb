import { outcomeKey } from '@/components/ActivityLog';
import { t } from '@/utils/i18n';
import { OUTCOMES } from '@/utils/model/activity';
import type { Progress as DayProgress } from '@/utils/today';

/** The calls made today and their outcomes so far. */
export function Progress({ progress }: { progress: DayProgress }) {
  const outcomes = OUTCOMES.filter((o) => progress.outcomes[o]);
  return (
    <section class="progress" aria-labelledby="progress-heading" data-testid="today-progress">
      <h2 id="progress-heading">{t('todayProgressHeading')}</h2>
      <p data-testid="today-calls">{t('todayCalls', progress.calls)}</p>
      {outcomes.length > 0 && (
        <ul>
          {outcomes.map((o) => (
            <li key={o} data-testid="today-outcome">
              {t('todayOutcomeCount', t(outcomeKey(o)), progress.outcomes[o]!)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
