import { useEffect, useMemo, useState } from 'preact/hooks';
import { errorMessage } from '@/utils/error-message';
import { statusKey, t } from '@/utils/i18n';
import { send } from '@/utils/messaging';
import { DEFAULT_EDITS, type Prospect, type ProspectEdits } from '@/utils/model/prospect';
import type { PersonCard, SocialProfile } from '@/utils/model/social-profile';
import { cardDraft, contactOf, employerDraft, enrich } from '@/utils/sites/to-draft';
import { QualificationPanel } from '@/components/QualificationPanel';
import { useQualification } from '@/components/useQualification';
import { EditsForm } from '@/components/EditsForm';
import { SocialCard } from './SocialCard';
import { useSavedProspect } from '@/components/useSavedProspect';
import { editsOf, savedLines } from '@/components/saved';
import { NoticeLine, type Notice } from '@/components/NoticeLine';

/** For a person: their company's prospect, and the button that adds them as its contact. */
function ContactOfCompany({ card, onNotice }: { card: PersonCard; onNotice(n: Notice): void }) {
  const draft = useMemo(() => employerDraft(card), [card]);
  const [company, setCompany] = useState<Prospect | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    setCompany(null);
    if (!draft) return;
    send('prospect.lookup', { draft })
      .then(({ prospect }) => setCompany(prospect))
      .catch((error: unknown) => onNotice({ kind: 'error', text: errorMessage(error) }));
  }, [draft]);

  if (!card.currentCompany) return null;
  if (!draft) return <p class="notice warn">{t('panelNoCompanyPage')}</p>;
  const companyName = company?.organisation.name?.value ?? card.currentCompany;
  const isContact = company?.contacts.some((c) => c.name === card.name) ?? false;
  if (company && isContact) {
    return (
      <p class="notice saved" data-testid="contact-saved">
        {t('panelIsContact', card.name, companyName, t(statusKey(company.status)))}
      </p>
    );
  }

  async function add() {
    if (!draft) return;
    setBusy(true);
    try {
      const edits: ProspectEdits = company ? editsOf(company) : DEFAULT_EDITS;
      const { prospect } = await send('prospect.save', {
        // An existing prospect keeps what it knew; a new one starts from the profile's link.
        draft: company ? enrich(company.organisation, draft) : draft,
        edits: { ...edits, contacts: [...edits.contacts, contactOf(card)].slice(0, 100) },
        userEdited: company?.userEdited ?? [],
      });
      setCompany(prospect);
      onNotice({ kind: 'info', text: t('panelContactAdded', card.name, companyName) });
    } catch (error) {
      onNotice({ kind: 'error', text: errorMessage(error) });
    } finally {
      setBusy(false);
    }
  }
  return (
    <p>
      <button type="button" data-testid="add-contact" disabled={busy} onClick={add}>
        {t('panelAddContact', companyName)}
      </button>
    </p>
  );
}

/** The card on screen, whether it is already saved, and how to save or update it. */
export function SocialProspect({ card, text }: { card: SocialProfile; text: string }) {
  const draft = useMemo(() => cardDraft(card), [card]);
  const { persona, qualification } = useQualification(draft, text);
  const { saved, edits, setEdits, notice, setNotice, busy, save } = useSavedProspect(draft);

  function submit(e: Event) {
    e.preventDefault();
    void save({
      draft: saved ? enrich(saved.organisation, draft) : draft,
      userEdited: saved?.userEdited ?? [],
      ...(qualification ? { qualification } : {}),
    });
  }

  const saveLabel = saved
    ? t('buttonUpdate')
    : card.kind === 'person'
      ? t('panelSaveIndependent')
      : t('buttonSave');
  return (
    <>
      <SocialCard card={card} />
      {saved && (
        <p class="notice saved" data-testid="already-saved">
          {savedLines(saved).join(' ')}
        </p>
      )}
      <QualificationPanel
        persona={persona}
        qualification={qualification}
        bandOverride={edits.bandOverride}
        onBandOverride={(bandOverride) => setEdits({ ...edits, bandOverride })}
      />
      {card.kind === 'person' && <ContactOfCompany card={card} onNotice={setNotice} />}
      <form onSubmit={submit}>
        <EditsForm edits={edits} onChange={setEdits} />
        <NoticeLine notice={notice} />
        <div class="actions">
          <button type="submit" data-testid="save" disabled={busy}>
            {saveLabel}
          </button>
        </div>
      </form>
    </>
  );
}
