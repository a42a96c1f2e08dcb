import { t } from './i18n';
import { send } from './messaging/send';
import type { OrganisationDraft } from './model/organisation';

/**
 * After a failed save (the worker stopped, the disk is full…), say which way it went: a save is
 * one transaction, so the prospect is either wholly saved or untouched. Asks the background
 * again (a stopped worker restarts on the next message).
 */
export async function saveOutcome(draft: OrganisationDraft, startedAt: string): Promise<string> {
  try {
    const { prospect } = await send('prospect.lookup', { draft });
    return prospect && prospect.updatedAt >= startedAt
      ? t('saveOutcomeSaved')
      : t('saveOutcomeNotSaved');
  } catch {
    return '';
  }
}
