import { t } from '@/utils/i18n';
import type { Criterion } from '@/utils/model/persona';
import { looksConversational } from '@/utils/scoring/conversation';

interface Props {
  id: string;
  criterion: Criterion;
  onChange(checkable: boolean): void;
}

/**
 * Whether a criterion can be read on a site or must be asked during the call, with the kind
 * proposed as she types a label that speaks of the relationship.
 */
export function CheckableField({ id, criterion: c, onChange }: Props) {
  // Words she gave are what a site may show: only a bare label is proposed for the call.
  const propose = c.checkable === undefined && c.terms.length === 0 && looksConversational(c.label);
  return (
    <div class="field check checkable">
      <input
        id={`${id}-conversation`}
        type="checkbox"
        checked={c.checkable === false}
        onChange={(e) => onChange(!(e.currentTarget as HTMLInputElement).checked)}
      />
      <label for={`${id}-conversation`}>{t('criterionConversation')}</label>
      <small class="hint" data-testid="checkable-kind">
        {t(c.checkable === false ? 'criterionAskedHint' : 'criterionReadHint')}
      </small>
      {propose && (
        <p aria-live="polite" class="proposal" data-testid="conversation-proposal">
          {t('criterionConversationProposal')}{' '}
          <button type="button" onClick={() => onChange(false)}>
            {t('criterionConversationAccept')}
          </button>{' '}
          <button type="button" onClick={() => onChange(true)}>
            {t('criterionConversationRefuse')}
          </button>
        </p>
      )}
    </div>
  );
}
