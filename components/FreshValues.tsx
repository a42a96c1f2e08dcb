import { FIELD_LABELS } from '@/components/FieldEditor';
import { KIND_KEYS } from '@/components/OrganisationDetails';
import { t, type MessageKey } from '@/utils/i18n';
import type { FreshField, FreshValue } from '@/utils/fresh-values';

const LABELS: Record<FreshField, MessageKey> = {
  ...FIELD_LABELS,
  address: 'detailsAddress',
  siren: 'detailsSiren',
  siret: 'detailsSiret',
  vat: 'detailsVat',
  rcs: 'detailsRcs',
  naf: 'detailsNaf',
  kind: 'detailsKind',
  phones: 'detailsPhones',
  emails: 'detailsEmails',
  socials: 'detailsSocials',
  people: 'detailsPeople',
};

const shown = (field: FreshField, text: string) =>
  field === 'kind' && KIND_KEYS[text] ? t(KIND_KEYS[text]) : text;

/**
 * "The page shows something new": folded, then field by field what was saved, what the page
 * says now, and a button that takes the page's value into the card (saved on Save).
 */
export function FreshValues({
  changes,
  onTake,
}: {
  changes: FreshValue[];
  onTake(field: FreshField): void;
}) {
  if (changes.length === 0) return null;
  return (
    <details class="fresh" data-testid="fresh-values">
      <summary>{t('freshSummary', changes.length)}</summary>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('freshField')}</th>
            <th scope="col">{t('freshSaved')}</th>
            <th scope="col">{t('freshOnPage')}</th>
            <td />
          </tr>
        </thead>
        <tbody>
          {changes.map((c) => (
            <tr key={c.field}>
              <th scope="row">{t(LABELS[c.field])}</th>
              <td>{shown(c.field, c.saved) || '—'}</td>
              <td>{shown(c.field, c.fresh)}</td>
              <td>
                <button
                  type="button"
                  aria-label={t('freshTakeNamed', t(LABELS[c.field]))}
                  onClick={() => onTake(c.field)}
                >
                  {t('freshTake')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
