import type { ComponentChildren } from 'preact';
import { t, uiLanguage, type MessageKey } from '@/utils/i18n';
import type { SocialProfile } from '@/utils/model/social-profile';

const safeLink = (href: string) => (/^https?:\/\//i.test(href) ? href : undefined);

function Row({ term, children }: { term: MessageKey; children: ComponentChildren }) {
  return (
    <>
      <dt>{t(term)}</dt>
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
            {card.tagline && <Row term="cardTagline">{card.tagline}</Row>}
            {card.industry && <Row term="cardIndustry">{card.industry}</Row>}
            {card.size && <Row term="cardSize">{card.size}</Row>}
            {card.headquarters && <Row term="cardHeadquarters">{card.headquarters}</Row>}
            {card.website && (
              <Row term="cardWebsite">
                <Link href={card.website} />
              </Row>
            )}
            {card.followers !== undefined && (
              <Row term="cardFollowers">{card.followers.toLocaleString(uiLanguage())}</Row>
            )}
          </>
        ) : (
          <>
            {card.headline && <Row term="cardHeadline">{card.headline}</Row>}
            {card.jobTitle && <Row term="cardJobTitle">{card.jobTitle}</Row>}
            {card.currentCompany && (
              <Row term="cardCurrentCompany">
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
            {card.location && <Row term="cardLocation">{card.location}</Row>}
            <Row term="cardProfileUrl">
              <Link href={card.url} />
            </Row>
          </>
        )}
      </dl>
      {card.partial && <p class="notice warn">{t('panelPartial')}</p>}
    </section>
  );
}
