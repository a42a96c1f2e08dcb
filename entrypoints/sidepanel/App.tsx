import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { z } from '@/utils/zod';
import { readTab } from '@/utils/read-tab';
import { t } from '@/utils/i18n';
import { CapturedPageSchema } from '@/utils/model/captured-page';
import type { OrganisationDraft } from '@/utils/model/organisation';
import { ObservedPageSchema } from '@/utils/model/social-profile';
import { capturedKey, observedKey } from '@/utils/social-hosts';
import { HostAccess } from './HostAccess';
import { PageProspect } from './PageProspect';
import { SocialProspect } from './SocialProspect';
import { useSessionValue } from './use-session';
import { useFollowedTab } from './use-tab';

const stored = { tabId: z.number().int(), at: z.number() };
const ObservedStoredSchema = ObservedPageSchema.extend(stored);
const CapturedStoredSchema = CapturedPageSchema.extend(stored);

/** A page read on the user's request, for the tab it was read in. */
type Read = { tabId?: number; draft: OrganisationDraft; text: string };

/** How to show a page that is not LinkedIn or Viadeo: ask, as activeTab requires. */
function Idle({ tabId, onRead }: { tabId?: number; onRead(page: Read): void }) {
  const [shortcut, setShortcut] = useState('Alt+Shift+G');
  const [cannot, setCannot] = useState(false);
  useEffect(() => {
    void browser.commands
      .getAll()
      .then((all) => all.find((c) => c.name === 'show-in-side-panel')?.shortcut)
      .then((s) => s && setShortcut(s));
  }, []);
  async function read() {
    const result = await readTab(tabId);
    if (result.kind === 'cannot-read') setCannot(true);
    else if (result.kind !== 'social') onRead({ tabId, draft: result.draft, text: result.text }); // a social page reports itself
  }
  return (
    <section data-testid="idle">
      <p>{t('panelWaiting')}</p>
      <p>{t('panelOtherSites', shortcut)}</p>
      <button type="button" onClick={read}>
        {t('panelReadPage')}
      </button>
      {cannot && <p class="notice warn">{t('panelCannotRead')}</p>}
    </section>
  );
}

/** The side panel: follows the active tab and shows the company or person on screen. */
export function App() {
  const tabId = useFollowedTab(location.search);
  const observed = useSessionValue(
    tabId === undefined ? undefined : observedKey(tabId),
    ObservedStoredSchema,
  );
  const captured = useSessionValue(
    tabId === undefined ? undefined : capturedKey(tabId),
    CapturedStoredSchema,
  );
  const [read, setRead] = useState<Read | null>(null);
  const page = captured ?? (read?.tabId === tabId ? read : null);

  return (
    <main>
      {observed?.card ? (
        <SocialProspect key={observed.card.url} card={observed.card} text={observed.text} />
      ) : page ? (
        <PageProspect key={page.draft.capturedAt} initial={page.draft} text={page.text} />
      ) : (
        <Idle tabId={tabId} onRead={setRead} />
      )}
      <HostAccess />
    </main>
  );
}
