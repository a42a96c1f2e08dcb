import { t } from '@/utils/i18n';
import type { Prospect } from '@/utils/model/prospect';
import { useMark } from './useMark';

interface Props {
  prospect: Prospect;
  /** Whether it is a peer; by default, as it was scored when saved. */
  peer?: boolean;
  onChange(p: Prospect): void;
}

/** On a saved peer (same trade), whether she works with it: a partner, not a competitor. */
export function PartnerToggle({
  prospect,
  peer = prospect.qualification?.peer?.matched,
  onChange,
}: Props) {
  const { mark, error } = useMark(prospect, onChange);
  if (!peer) return null;
  const id = `partner-${prospect.id}`;
  return (
    <div class="field check partner" data-testid="partner">
      <input
        id={id}
        type="checkbox"
        checked={prospect.partner === true}
        onChange={(e) => void mark({ partner: (e.currentTarget as HTMLInputElement).checked })}
      />
      <label for={id}>{t('partnerLabel')}</label>
      {error && <p class="notice error">{error}</p>}
    </div>
  );
}
