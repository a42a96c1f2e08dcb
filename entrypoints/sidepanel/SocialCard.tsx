import type { ComponentChildren } from 'preact';
import { t, uiLanguage, type MessageKey } from '@/utils/i18n';
import type { SocialProfile } from '@/utils/model/social-profile';

const safeLink = (href: string) => (/^https?:\/\//i.test(href) ? href : undefined);

function Row({ label, children }: { label: MessageKey; children: ComponentChildren }) {
  return (
    <>
      <dt>{t(label)}</dt>
      <dd>{children}</dd>
    </>
  );
}

function Link({ href }: { href: string }) {
  const safe = safeLink(href);
  return safe ? (
    <a href={safe} target="_blank" rel="noreferrer noopener">
      {href}
    </a>
  ) : (
    <>{href}</>
  );
}

/** The company or person on screen, as read from the page (read-only: the page is the source). */
export function SocialCard({ card }: { card: SocialProfile }) {
  return (
    <section
      class="card"
      data-testid="social-card"
      data-kind={card.kind}
      aria-labelledby="card-name"
    >
      <p class="kind">{t(card.kind === 'company' ? 'cardKind_company' : 'cardKind_person')}</p>
      <h1 id="card-name" data-testid="card-name">
        {card.name}
      </h1>
      <dl>
        {card.kind === 'company' ? (
          <>
            {card.tagline && <Row label="cardTagline">{card.tagline}</Row>}
            {card.industry && <Row label="cardIndustry">{card.industry}</Row>}
            {card.size && <Row label="cardSize">{card.size}</Row>}
            {card.headquarters && <Row label="cardHeadquarters">{card.headquarters}</Row>}
            {card.website && (
              <Row label="cardWebsite">
                <Link href={card.website} />
              </Row>
            )}
            {card.followers !== undefined && (
              <Row label="cardFollowers">{card.followers.toLocaleString(uiLanguage())}</Row>
            )}
          </>
        ) : (
          <>
            {card.headline && <Row label="cardHeadline">{card.headline}</Row>}
            {card.currentCompany && (
              <Row label="cardCurrentCompany">
                {card.currentCompanyUrl ? (
                  <a
                    href={safeLink(card.currentCompanyUrl)}
                    target="_blank"
                    rel="noreferrer noopener"
                  >
                    {card.currentCompany}
                  </a>
                ) : (
                  card.currentCompany
                )}
              </Row>
            )}
            {card.location && <Row label="cardLocation">{card.location}</Row>}
            <Row label="cardProfileUrl">
              <Link href={card.url} />
            </Row>
          </>
        )}
      </dl>
      {card.partial && <p class="notice warn">{t('panelPartial')}</p>}
    </section>
  );
}
