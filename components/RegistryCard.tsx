import { useEffect, useState } from 'preact/hooks';
import { t, uiLanguage, type MessageKey } from '@/utils/i18n';
import { send, type ResponseOf } from '@/utils/messaging';
import type { OrganisationDraft } from '@/utils/model/organisation';
import type { RegistryFacts, RegistryFlag, RegistryLabel } from '@/utils/model/registry-facts';
import type { RegistryErrorCode } from '@/utils/registry/errors';
import { mergeMatch, queryFor, type RegistryField } from '@/utils/registry/fields';
import { RegistryOffer } from './RegistryOffer';
import type { Candidate, RegistryQuery } from '@/utils/registry/wire';

type Outcome = ResponseOf<'registry.lookup'>['outcome'];

const FLAGS: Record<RegistryFlag, MessageKey> = {
  ess: 'registryFlag_ess',
  association: 'registryFlag_association',
  administration: 'registryFlag_administration',
  localAuthority: 'registryFlag_localAuthority',
  missionLed: 'registryFlag_missionLed',
  individual: 'registryFlag_individual',
};
const LABELS: Record<RegistryLabel, MessageKey> = {
  qualiopi: 'registryLabel_qualiopi',
  rge: 'registryLabel_rge',
  training: 'registryLabel_training',
  bio: 'registryLabel_bio',
  siae: 'registryLabel_siae',
  'living-heritage': 'registryLabel_living_heritage',
  'responsible-purchasing': 'registryLabel_responsible_purchasing',
  entertainment: 'registryLabel_entertainment',
  finess: 'registryLabel_finess',
  uai: 'registryLabel_uai',
};
export const REGISTRY_ERROR_KEYS: Record<RegistryErrorCode, MessageKey> = {
  timeout: 'registryError_timeout',
  network: 'registryError_network',
  'rate-limited': 'registryError_busy',
  server: 'registryError_server',
  http: 'registryError_unreadable',
  malformed: 'registryError_unreadable',
  oversized: 'registryError_unreadable',
  schema: 'registryError_unreadable',
  'bad-query': 'registryError_bad_query',
  cancelled: 'registryError_cancelled',
  'not-saved': 'registryError_not_saved',
  disabled: 'registryError_disabled',
};

const day = (iso: string) =>
  new Date(`${iso}T12:00:00`).toLocaleDateString(uiLanguage(), { dateStyle: 'medium' });
/** INSEE's labels exist in French only: an English UI says so rather than translate them. */
const official = (label: string) => t('registryFrenchLabel', label);

function Facts({ facts }: { facts: RegistryFacts }) {
  const rows: [MessageKey, string][] = [];
  if (facts.legalForm)
    rows.push(['registryLegalForm', official(facts.legalForm.label ?? facts.legalForm.code)]);
  if (facts.activity) {
    const { code, label } = facts.activity;
    rows.push(['registryActivity', label ? `${code} · ${official(label)}` : code]);
  }
  if (facts.headcount)
    rows.push(['registryHeadcount', official(facts.headcount.label ?? facts.headcount.code)]);
  if (facts.createdOn) rows.push(['registryCreated', day(facts.createdOn)]);
  if (facts.headOffice) rows.push(['registryHeadOffice', facts.headOffice]);
  const flags = (Object.keys(FLAGS) as RegistryFlag[]).filter((f) => facts.flags[f]);
  return (
    <>
      <p
        class={facts.active ? 'notice info' : 'notice error'}
        data-testid="registry-state"
        role={facts.active ? undefined : 'alert'}
      >
        {facts.active
          ? t('registryActive')
          : facts.ceasedOn
            ? t('registryCeased', day(facts.ceasedOn))
            : t('registryCeasedNoDate')}
      </p>
      <dl>
        {rows.map(([key, value]) => (
          <div key={key}>
            <dt>{t(key)}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {flags.length + facts.labels.length > 0 && (
        <ul class="registry-flags">
          {flags.map((f) => (
            <li key={f}>{t(FLAGS[f])}</li>
          ))}
          {facts.labels.map((l) => (
            <li key={l}>{t(LABELS[l])}</li>
          ))}
        </ul>
      )}
      <p class="source">{t('registrySource', day(facts.asOf))}</p>
    </>
  );
}

export const candidateLabel = (c: Candidate) =>
  t('registryCandidate', c.name, [c.postalCode, c.city].filter(Boolean).join(' '), c.siren);

interface Props {
  draft: OrganisationDraft;
  /** Fields typed on this card: never replaced. */
  edited: ReadonlySet<string>;
  onMatch(draft: OrganisationDraft): void;
}

/**
 * The national directory on a card: with a SIREN/SIRET, one lookup; with a name and postcode, a
 * search whose several matches the user chooses from. Shown only once the directory is on (the
 * first card with a SIREN offers to turn it on, once).
 */
export function RegistryCard({ draft, edited, onMatch }: Props) {
  const [enabled, setEnabled] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [conflicts, setConflicts] = useState<RegistryField[]>([]);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    send('registry.status', {}).then(
      (s) => setEnabled(s.enabled),
      () => setEnabled(false),
    );
  }, []);

  const query = queryFor(draft);
  if (!enabled)
    return draft.siren?.value || draft.siret?.value ? (
      <RegistryOffer onOn={() => setEnabled(true)} />
    ) : null;
  if (!query && !outcome) return null;

  async function ask(q: RegistryQuery) {
    setBusy(true);
    try {
      const { outcome } = await send('registry.lookup', { query: q });
      setOutcome(outcome);
      if (outcome.status === 'found') {
        const typed = (f: RegistryField) => edited.has(f) || draft[f]?.source === 'user';
        const merged = mergeMatch(draft, outcome.match, typed);
        setConflicts(merged.conflicts);
        onMatch(merged.organisation);
      }
    } catch {
      setOutcome({ status: 'error', code: 'network', error: '' });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section
      class="registry"
      aria-labelledby="registry-title"
      data-testid="registry-card"
      data-status={outcome?.status ?? ''}
    >
      <h2 id="registry-title">{t('registryCardTitle')}</h2>
      {outcome?.status === 'found' && <Facts facts={outcome.match.facts} />}
      {conflicts.length > 0 && (
        <p class="notice warn">{t('registryConflicts', conflicts.length)}</p>
      )}
      {outcome?.status === 'not-found' && <p class="notice warn">{t('registryNotFound')}</p>}
      {outcome?.status === 'error' && (
        <p class="notice error">{t(REGISTRY_ERROR_KEYS[outcome.code])}</p>
      )}
      {outcome?.status === 'ambiguous' && (
        <>
          <p>{t('registryChoose')}</p>
          <ul class="registry-candidates">
            {outcome.candidates.map((c) => (
              <li key={c.siren}>
                <button
                  type="button"
                  class="link"
                  disabled={busy}
                  onClick={() => void ask({ id: c.siren })}
                >
                  {candidateLabel(c)}
                </button>
                {!c.active && <small> {t('registryCeasedNoDate')}</small>}
              </li>
            ))}
          </ul>
        </>
      )}
      {query && outcome?.status !== 'found' && (
        <button
          type="button"
          disabled={busy}
          data-testid="registry-check"
          onClick={() => void ask(query)}
        >
          {busy ? t('registryChecking') : t('registryCheck')}
        </button>
      )}
    </section>
  );
}
