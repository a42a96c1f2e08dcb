import type { ComponentChildren } from 'preact';
import { sourceKey, t, type MessageKey } from '@/utils/i18n';
import type { Evidence } from '@/utils/model/evidence';
import { addressLine } from '@/utils/fresh-values';
import type { IdentifierIssue, OrganisationDraft } from '@/utils/model/organisation';

export const KIND_KEYS: Record<string, MessageKey> = {
  company: 'kindCompany',
  association: 'kindAssociation',
  'public-body': 'kindPublicBody',
  cooperative: 'kindCooperative',
  independent: 'kindIndependent',
};

/** Where a value came from, as a tooltip: the source, and the linked page it was read on. */
/** Prospects saved before issues had codes keep only an English reason: a generic wording. */
export const invalidReason = (issue: IdentifierIssue | undefined) =>
  t(`invalidIdentifier_${(issue ?? 'unknown').replaceAll('-', '_')}` as MessageKey);

const from = (e: Evidence) =>
  [t('sourceHint', t(sourceKey(e.source))), e.page, e.snippet].filter(Boolean).join(' — ');

function Row({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

/** Read-only details found on the page and its linked pages: contacts, address, identifiers. */
export function OrganisationDetails({ draft }: { draft: OrganisationDraft }) {
  const a = draft.address?.value;
  const ids = (['siren', 'siret', 'vat'] as const).filter((k) => draft[k]);
  const rows = [
    draft.emails.length > 0 && (
      <Row key="emails" label={t('detailsEmails')}>
        {draft.emails.map((e) => (
          <span key={e.value} title={from(e)}>
            {e.value}{' '}
          </span>
        ))}
      </Row>
    ),
    draft.phones.length > 0 && (
      <Row key="phones" label={t('detailsPhones')}>
        {draft.phones.map((p) => (
          <span key={p.value} title={`${p.value} — ${from(p)}`}>
            {p.display || p.value}{' '}
          </span>
        ))}
      </Row>
    ),
    a && draft.address && (
      <Row key="address" label={t('detailsAddress')}>
        <span title={from(draft.address)}>{addressLine(a)}</span>
      </Row>
    ),
    draft.socials.length > 0 && (
      <Row key="socials" label={t('detailsSocials')}>
        {draft.socials.map((s) => (
          <a
            key={s.value}
            href={/^https:\/\//.test(s.value) ? s.value : undefined}
            target="_blank"
            rel="noopener noreferrer"
            title={from(s)}
          >
            {s.network}{' '}
          </a>
        ))}
      </Row>
    ),
    ...ids.map((k) => {
      const id = draft[k]!;
      return (
        <Row
          key={k}
          label={t(k === 'siren' ? 'detailsSiren' : k === 'siret' ? 'detailsSiret' : 'detailsVat')}
        >
          <span title={from(id)} class={id.valid ? undefined : 'invalid'}>
            {id.value}
            {!id.valid && ` — ${t('detailsInvalid', invalidReason(id.issue))}`}
          </span>
        </Row>
      );
    }),
    draft.rcs && (
      <Row key="rcs" label={t('detailsRcs')}>
        <span title={from(draft.rcs)}>{draft.rcs.value}</span>
      </Row>
    ),
    draft.naf && (
      <Row key="naf" label={t('detailsNaf')}>
        <span title={from(draft.naf)}>{draft.naf.value}</span>
      </Row>
    ),
    draft.kind && (
      <Row key="kind" label={t('detailsKind')}>
        <span title={from(draft.kind)}>{t(KIND_KEYS[draft.kind.value] ?? 'kindCompany')}</span>
      </Row>
    ),
    draft.people.length > 0 && (
      <Row key="people" label={t('detailsPeople')}>
        {draft.people.map((p) => (
          <span key={p.value.name} title={from(p)}>
            {p.value.role ? `${p.value.name} (${p.value.role})` : p.value.name}{' '}
          </span>
        ))}
      </Row>
    ),
  ].filter(Boolean);
  if (rows.length === 0) return null;
  return (
    <section class="details" aria-label={t('detailsTitle')} data-testid="organisation-details">
      <dl>{rows}</dl>
    </section>
  );
}
