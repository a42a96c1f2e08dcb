import { useEffect, useState } from 'preact/hooks';
import { t, type MessageKey } from '@/utils/i18n';
import { PlanDefaultsSchema, type PlanDefaults } from '@/utils/plan';
import { planItem } from '@/utils/storage/local';

const FIELDS: { key: keyof PlanDefaults; label: MessageKey; min: number; max: number }[] = [
  { key: 'noAnswerWorkingDays', label: 'planNoAnswer', min: 1, max: 30 },
  { key: 'sendInformationDays', label: 'planSendInformation', min: 1, max: 90 },
  { key: 'meetingReminderWorkingDays', label: 'planMeetingReminder', min: 0, max: 10 },
];

/** How many days each call outcome puts before the follow-up; saved as soon as it is valid. */
export function FollowUpPlan() {
  const [plan, setPlan] = useState<PlanDefaults | null>(null);
  useEffect(() => {
    void planItem.read().then(setPlan);
    return planItem.watch(setPlan);
  }, []);
  if (!plan) return null;
  const change = (key: keyof PlanDefaults, value: number) => {
    const next = PlanDefaultsSchema.safeParse({ ...plan, [key]: value });
    if (next.success) void planItem.write(next.data);
  };
  return (
    <section aria-labelledby="plan-heading">
      <h2 id="plan-heading">{t('planHeading')}</h2>
      <p>{t('planIntro')}</p>
      {FIELDS.map(({ key, label, min, max }) => (
        <label key={key} class="plan-field">
          {t(label)}{' '}
          <input
            type="number"
            min={min}
            max={max}
            value={plan[key]}
            onChange={(e) => change(key, e.currentTarget.valueAsNumber)}
          />
        </label>
      ))}
    </section>
  );
}
