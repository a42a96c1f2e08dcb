import { t } from '@/utils/i18n';
import type { OrganisationDraft } from '@/utils/model/organisation';
import { nationalPhone, telHref } from '@/utils/phone-display';

/** Only a plain address becomes a mailto: link (no "?" that would add headers to the mail). */
const MAILABLE = /^[^\s?&#<>"@]+@[^\s?&#<>"@]+$/;

/** The number to call and the address to write to: the card's first phone and e-mail, as links. */
export function ReachLine({ draft }: { draft: OrganisationDraft }) {
  const phone = draft.phones[0];
  const email = draft.emails[0]?.value;
  if (!phone && !email) return null;
  const tel = phone && telHref(phone.value);
  return (
    <dl class="reach">
      {phone && (
        <div>
          <dt>{t('reachPhone')}</dt>
          <dd>
            {tel ? (
              <a href={tel} data-testid="reach-phone">
                {nationalPhone(phone)}
              </a>
            ) : (
              <span data-testid="reach-phone">{nationalPhone(phone)}</span>
            )}
          </dd>
        </div>
      )}
      {email && (
        <div>
          <dt>{t('reachEmail')}</dt>
          <dd>
            {MAILABLE.test(email) ? (
              <a href={`mailto:${email}`} data-testid="reach-email">
                {email}
              </a>
            ) : (
              <span data-testid="reach-email">{email}</span>
            )}
          </dd>
        </div>
      )}
    </dl>
  );
}
