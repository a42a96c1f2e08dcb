import { useState } from 'preact/hooks';
import { criterionLabel } from '@/components/ScoreBreakdown';
import { t } from '@/utils/i18n';
import type { Persona } from '@/utils/model/persona';
import type { Target } from './accept';
import type { Learnt } from './useLearnt';

interface Props {
  term: Learnt['terms'][number];
  learnt: Learnt;
  persona: Persona;
  onAccept(term: string, target: Target): void;
  onDismiss(): void;
}

/** One term her clients share: how often, where it was read, and what to do with it. */
export function Suggestion({ term, learnt, persona, onAccept, onDismiss }: Props) {
  const [text, setText] = useState(term.term);
  const [target, setTarget] = useState<Target>('values');
  const id = `learn-${term.key.replaceAll(/[^\p{L}\p{N}]+/gu, '-')}`;
  const existing = [...persona.profile.sectors, ...persona.values, ...persona.helpWith].filter(
    (c) => c.checkable !== false && c.label.trim(),
  );
  return (
    <li class="suggestion" data-testid="learn-suggestion">
      <div class="row wrap">
        <div class="field">
          <label for={`${id}-term`}>{t('learnTerm')}</label>
          <input
            id={`${id}-term`}
            maxLength={120}
            value={text}
            onInput={(e) => setText((e.currentTarget as HTMLInputElement).value)}
          />
        </div>
        <div class="field">
          <label for={`${id}-target`}>{t('learnTarget')}</label>
          <select
            id={`${id}-target`}
            value={target}
            onChange={(e) => setTarget((e.currentTarget as HTMLSelectElement).value as Target)}
          >
            <option value="values">{t('learnNewValue')}</option>
            <option value="sectors">{t('learnNewSector')}</option>
            <option value="helpWith">{t('learnNewHelpWith')}</option>
            {existing.map((c) => (
              <option key={c.id} value={`criterion:${c.id}`}>
                {t('learnAddTo', criterionLabel(c.label))}
              </option>
            ))}
          </select>
        </div>
        <button
          type="button"
          aria-label={t('learnAcceptNamed', text)}
          disabled={!text.trim()}
          onClick={() => onAccept(text.trim(), target)}
        >
          {t('learnAccept')}
        </button>
        <button type="button" aria-label={t('learnDismissNamed', term.term)} onClick={onDismiss}>
          {t('learnDismiss')}
        </button>
      </div>
      <p class="hint">{t('learnCounts', term.count, learnt.clients, term.others, learnt.others)}</p>
      <ul class="quotes">
        {term.quotes.map((q, i) => (
          <li key={i}>
            <q>{q.quote}</q>{' '}
            <small class="source">{t('learnFrom', learnt.names[q.prospectId] ?? '')}</small>
          </li>
        ))}
      </ul>
    </li>
  );
}
