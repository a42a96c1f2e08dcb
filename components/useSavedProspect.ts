import { useEffect, useState } from 'preact/hooks';
import { errorMessage } from '@/utils/error-message';
import { t } from '@/utils/i18n';
import { send, type RequestOf } from '@/utils/messaging';
import type { OrganisationDraft } from '@/utils/model/organisation';
import { DEFAULT_EDITS, type Prospect, type ProspectEdits } from '@/utils/model/prospect';
import type { Notice } from './NoticeLine';
import { editsOf } from './saved';

/**
 * The side panel card's prospect: looked up again whenever `lookup` changes (its edits loaded
 * when it is already saved), then saved with the user's edits, saying how it went.
 */
export function useSavedProspect(lookup: OrganisationDraft) {
  const [saved, setSaved] = useState<Prospect | null>(null);
  const [edits, setEdits] = useState<ProspectEdits>(DEFAULT_EDITS);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    send('prospect.lookup', { draft: lookup })
      .then(({ prospect }) => {
        setSaved(prospect);
        if (prospect) setEdits(editsOf(prospect));
      })
      .catch((error: unknown) => setNotice({ kind: 'error', text: errorMessage(error) }));
  }, [lookup]);

  async function save(request: Omit<RequestOf<'prospect.save'>, 'edits'>) {
    setBusy(true);
    try {
      const { prospect, created } = await send('prospect.save', { ...request, edits });
      setSaved(prospect);
      setNotice({ kind: 'info', text: created ? t('popupSaved') : t('popupUpdated') });
    } catch (error) {
      setNotice({ kind: 'error', text: errorMessage(error) });
    } finally {
      setBusy(false);
    }
  }

  return { saved, edits, setEdits, notice, setNotice, busy, save };
}
