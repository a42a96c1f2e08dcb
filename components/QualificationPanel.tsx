import { browser } from 'wxt/browser';
import { BandOverride } from '@/components/BandOverride';
import { PartnerToggle } from '@/components/PartnerToggle';
import { ScoreBreakdown } from '@/components/ScoreBreakdown';
import { t } from '@/utils/i18n';
import type { Prospect } from '@/utils/model/prospect';
import type { Band, Qualification } from '@/utils/model/qualification';
import type { PersonaState } from '@/components/useQualification';

interface Props {
  persona: PersonaState;
  qualification?: Qualification;
  bandOverride?: Band;
  onBandOverride(band?: Band): void;
  /** The saved prospect, if any: a peer can be marked as a partner. */
  saved?: Prospect | null;
  onSaved?(p: Prospect): void;
}

/** The fit with the active persona, or how to set one up. */
export function QualificationPanel({
  persona,
  qualification,
  bandOverride,
  onBandOverride,
  saved,
  onSaved,
}: Props) {
  if (persona.kind === 'loading') return null;
  if (persona.kind === 'error') return <p class="notice error">{persona.message}</p>;
  if (persona.kind === 'none' || !qualification) {
    return (
      <p class="notice warn">
        {t('scoreNoPersona')}{' '}
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('scoreOpenOptions')}
        </button>
      </p>
    );
  }
  return (
    <>
      <ScoreBreakdown qualification={qualification} bandOverride={bandOverride} />
      {saved && onSaved && (
        <PartnerToggle prospect={saved} peer={qualification.peer?.matched} onChange={onSaved} />
      )}
      <BandOverride value={bandOverride} onChange={onBandOverride} />
    </>
  );
}
