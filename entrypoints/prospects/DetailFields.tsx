import type { ComponentChildren } from 'preact';
import { invalidReason, KIND_KEYS } from '@/components/OrganisationDetails';
import { dialFromFrance } from '@/utils/csv/phone-format';
import { localeLabel } from '@/utils/csv/status-labels';
import { sourceKey, t, uiLanguage, type MessageKey } from '@/utils/i18n';
import type { Evidence } from '@/utils/model/evidence';
import type { PostalAddress } from '@/utils/model/organisation';
import type { Prospect } from '@/utils/model/prospect';
import { SINGLE_FIELDS } from '@/utils/storage/merge';

/** Every organisation field by its name in the user's language. */
const LABELS: Record<string, MessageKey> = {
  name: 'fieldName',
  aliases: 'detailAliases',
  legalName: 'fieldLegalName',
  website: 'fieldWebsite',
  domain: 'fieldDomain',
  description: 'fieldDescription',
  logo: 'fieldLogo',
  language: 'fieldLanguage',
  address: 'detailsAddress',
  emails: 'detailsEmails',
  phones: 'detailsPhones',
  socials: 'detailsSocials',
  siren: 'detailsSiren',
  siret: 'detailsSiret',
  vat: 'detailsVat',
  rcs: 'detailsRcs',
  naf: 'detailsNaf',
  kind: 'detailsKind',
  keywords: 'fieldKeywords',
  people: 'detailsPeople',
};

/** A field's label; a field this list does not know is named generically, never by its id. */
export const fieldLabel = (field: string) => t(LABELS[field] ?? 'detailOtherField');

export const listLang = (): 'fr' | 'en' => (uiLanguage().startsWith('fr') ? 'fr' : 'en');

const displayName = (type: 'language' | 'region', code: string) => {
  try {
    return new Intl.DisplayNames([uiLanguage()], { type }).of(code) ?? code;
  } catch {
    return code; // not a code: the text the page gave
  }
};

const addressText = (a: PostalAddress) =>
  [
    a.street,
    [a.postalCode, a.city].filter(Boolean).join(' '),
    a.country && /^[A-Z]{2}$/.test(a.country) ? displayName('region', a.country) : a.country,
  ]
    .filter(Boolean)
    .join(', ');

/** A value of the organisation as she reads it: kinds, languages and countries named, phones dialled. */
export function valueText(field: string, value: unknown): string {
  if (typeof value !== 'string') return addressText(value as PostalAddress);
  if (field === 'kind') return t(KIND_KEYS[value] ?? 'kindCompany');
  if (field === 'language') return displayName('language', value);
  if (field === 'phones') return dialFromFrance(value);
  if (field === 'socials') return value.replace(/^https?:\/\/(www\.)?/, '');
  return value;
}

function Field({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** Where a value came from, in her words. */
function Source({ typed, evidence }: { typed: boolean; evidence: Evidence }) {
  return (
    <small>
      {' '}
      ({typed ? t('sourceTypedByYou') : t('sourceHint', t(sourceKey(evidence.source)))})
    </small>
  );
}

const LISTS = ['emails', 'phones', 'socials', 'keywords'] as const;

/** The fit: score out of 100 and band in her language, against which persona. */
function Fit({ prospect: p }: { prospect: Prospect }) {
  const q = p.qualification;
  const band = p.bandOverride ?? q?.band;
  if (!band) return null;
  const lang = listLang();
  return (
    <Field label={q ? t('scoreHeading', q.personaName) : t('fieldBandOverride')}>
      <span data-testid="detail-fit">
        {[q ? t('scoreOutOf', q.score) : '', localeLabel('band', band, lang)]
          .filter(Boolean)
          .join(' · ')}
      </span>
      {p.bandOverride && q && (
        <small> {t('bandOverridden', localeLabel('band', q.band, lang))}</small>
      )}
    </Field>
  );
}

/** The organisation's fields, each with where it came from, in the user's language. */
export function DetailFields({ prospect }: { prospect: Prospect }) {
  const org = prospect.organisation;
  const typed = (field: string) => prospect.userEdited.includes(field);
  return (
    <dl class="fields" data-testid="detail-fields">
      <Fit prospect={prospect} />
      {SINGLE_FIELDS.map((field) => {
        const e = org[field];
        if (!e) return null;
        const id = 'valid' in e ? e : undefined;
        return (
          <Field key={field} label={fieldLabel(field)}>
            <span class={field === 'description' ? 'multiline' : undefined}>
              {valueText(field, e.value)}
            </span>
            {id && !id.valid && ` — ${t('detailsInvalid', invalidReason(id.issue))}`}
            <Source typed={typed(field)} evidence={e} />
          </Field>
        );
      })}
      {org.aliases?.length ? (
        <Field label={fieldLabel('aliases')}>{org.aliases.join(', ')}</Field>
      ) : null}
      {LISTS.map((field) =>
        org[field].length ? (
          <Field key={field} label={fieldLabel(field)}>
            <ul class="values">
              {org[field].map((e) => (
                <li key={e.value}>
                  {valueText(field, e.value)}
                  <Source typed={typed(field)} evidence={e} />
                </li>
              ))}
            </ul>
          </Field>
        ) : null,
      )}
    </dl>
  );
}
