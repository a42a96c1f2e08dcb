import { statusKey, t, uiLanguage } from '@/utils/i18n';
import type { Prospect, ProspectEdits } from '@/utils/model/prospect';

export const formatDay = (iso: string) =>
  new Date(iso.length === 10 ? `${iso}T12:00:00` : iso).toLocaleDateString(uiLanguage(), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });

/** "Already saved on <date> — <status>" and the next follow-up. */
export function savedLines(prospect: Prospect): [string, string] {
  return [
    t('popupAlreadySaved', formatDay(prospect.createdAt), t(statusKey(prospect.status))),
    prospect.followUpAt ? t('panelFollowUp', formatDay(prospect.followUpAt)) : t('panelNoFollowUp'),
  ];
}

/** The user's part of a saved prospect, to edit it further. */
export const editsOf = (p: Prospect): ProspectEdits => ({
  status: p.status,
  notes: p.notes,
  followUpAt: p.followUpAt,
  tags: p.tags,
  contacts: p.contacts,
  bandOverride: p.bandOverride,
  doNotContact: p.doNotContact,
});
