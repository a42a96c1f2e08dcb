import { t, type MessageKey } from '@/utils/i18n';
import type { Contact } from '@/utils/model/prospect';

const FIELDS: {
  key: keyof Contact;
  label: MessageKey;
  mode: 'text' | 'email' | 'tel';
  max: number;
}[] = [
  { key: 'name', label: 'contactName', mode: 'text', max: 120 },
  { key: 'role', label: 'contactRole', mode: 'text', max: 200 },
  { key: 'email', label: 'contactEmail', mode: 'email', max: 254 },
  { key: 'phone', label: 'contactPhone', mode: 'tel', max: 40 },
];

/** The people to talk to at the organisation. */
export function ContactsEditor({
  value,
  onChange,
}: {
  value: Contact[];
  onChange(contacts: Contact[]): void;
}) {
  const update = (i: number, key: keyof Contact, text: string) =>
    onChange(
      value.map((c, j) =>
        j === i ? { ...c, [key]: key === 'name' ? text : text || undefined } : c,
      ),
    );
  return (
    <fieldset class="contacts">
      <legend>{t('contactsHeading')}</legend>
      {value.map((contact, i) => (
        <div class="contact" key={i}>
          {FIELDS.map(({ key, label, mode, max }) => (
            <div class="field" key={key}>
              <label for={`contact-${i}-${key}`}>{t(label)}</label>
              <input
                id={`contact-${i}-${key}`}
                inputMode={mode}
                maxLength={max}
                value={contact[key] ?? ''}
                onInput={(e) => update(i, key, (e.currentTarget as HTMLInputElement).value)}
              />
            </div>
          ))}
          <button
            type="button"
            aria-label={t('contactRemoveNamed', contact.name || String(i + 1))}
            onClick={() => onChange(value.filter((_, j) => j !== i))}
          >
            {t('contactRemove')}
          </button>
        </div>
      ))}
      {value.length < 100 && (
        <button type="button" onClick={() => onChange([...value, { name: '' }])}>
          {t('contactAdd')}
        </button>
      )}
    </fieldset>
  );
}
