import { t, type MessageKey } from '@/utils/i18n';
import { ORGANISATION_KINDS, type OrganisationKind } from '@/utils/model/organisation';
import type { Persona, Profile } from '@/utils/model/persona';
import { CommonGround } from './CommonGround';
import { CriterionList, splitTerms } from './CriterionList';
import { TargetRolesField } from './TargetRolesField';
import { TradeField } from './TradeField';
import { useLearnt } from './useLearnt';
import { WeightSelect } from './WeightSelect';

const KIND_LABELS: Record<OrganisationKind, MessageKey> = {
  company: 'kind_company',
  association: 'kind_association',
  'public-body': 'kind_public_body',
  cooperative: 'kind_cooperative',
  independent: 'kind_independent',
};

const optionalInt = (value: string) =>
  value.trim() === '' ? undefined : Math.max(0, Math.trunc(Number(value)));

interface Props {
  persona: Persona;
  active: boolean;
  onChange(persona: Persona): void;
}

/** The four sections of an ideal-client workshop note, plus name and threshold. */
export function PersonaEditor({ persona, active, onChange }: Props) {
  const set = (change: Partial<Persona>) => onChange({ ...persona, ...change });
  const setProfile = (change: Partial<Profile>) =>
    set({ profile: { ...persona.profile, ...change } });
  const { kinds, size, territory } = persona.profile;
  const learn = useLearnt(persona.id);
  const suggested = learn.state.kind === 'ready' ? learn.state.learnt.criterionTerms : undefined;
  return (
    <>
      <h2 id="persona-heading">
        {persona.name} {active && <small>({t('optionsIsActive')})</small>}
      </h2>
      <div class="row">
        <div class="field grow">
          <label for="persona-name">{t('personaName')}</label>
          <input
            id="persona-name"
            required
            maxLength={200}
            value={persona.name}
            onInput={(e) => set({ name: (e.currentTarget as HTMLInputElement).value })}
          />
        </div>
        <div class="field">
          <label for="persona-threshold">{t('personaThreshold')}</label>
          <input
            id="persona-threshold"
            type="number"
            min={1}
            max={100}
            value={persona.threshold}
            aria-describedby="persona-threshold-hint"
            onInput={(e) =>
              set({ threshold: Number((e.currentTarget as HTMLInputElement).value) || 60 })
            }
          />
        </div>
      </div>
      <p id="persona-threshold-hint" class="hint">
        {t('personaThresholdHint')}
      </p>
      <TradeField trade={persona.trade} onChange={(trade) => set({ trade })} />
      <TargetRolesField
        roles={persona.targetRoles}
        onChange={(targetRoles) => set({ targetRoles })}
      />

      <fieldset>
        <legend>{t('sectionProfile')}</legend>
        <CriterionList
          idPrefix="sectors"
          legend={t('profileSectors')}
          hint={t('profileSectorsHint')}
          criteria={persona.profile.sectors}
          suggested={suggested}
          onChange={(sectors) => setProfile({ sectors })}
        />
        <fieldset>
          <legend>{t('profileKinds')}</legend>
          <div class="row wrap">
            {ORGANISATION_KINDS.map((kind) => (
              <div class="field check" key={kind}>
                <input
                  id={`kind-${kind}`}
                  type="checkbox"
                  checked={kinds.values.includes(kind)}
                  onChange={(e) => {
                    const on = (e.currentTarget as HTMLInputElement).checked;
                    const values = ORGANISATION_KINDS.filter((k) =>
                      k === kind ? on : kinds.values.includes(k),
                    );
                    setProfile({ kinds: { ...kinds, values } });
                  }}
                />
                <label for={`kind-${kind}`}>{t(KIND_LABELS[kind])}</label>
              </div>
            ))}
            <WeightSelect
              id="kinds-weight"
              value={kinds.weight}
              onChange={(weight) => setProfile({ kinds: { ...kinds, weight } })}
            />
          </div>
        </fieldset>
        <fieldset>
          <legend>{t('profileSize')}</legend>
          <div class="row">
            <div class="field">
              <label for="size-min">{t('profileSizeMin')}</label>
              <input
                id="size-min"
                type="number"
                min={0}
                value={size.min ?? ''}
                onInput={(e) =>
                  setProfile({
                    size: {
                      ...size,
                      min: optionalInt((e.currentTarget as HTMLInputElement).value),
                    },
                  })
                }
              />
            </div>
            <div class="field">
              <label for="size-max">{t('profileSizeMax')}</label>
              <input
                id="size-max"
                type="number"
                min={0}
                value={size.max ?? ''}
                onInput={(e) =>
                  setProfile({
                    size: {
                      ...size,
                      max: optionalInt((e.currentTarget as HTMLInputElement).value),
                    },
                  })
                }
              />
            </div>
            <WeightSelect
              id="size-weight"
              value={size.weight}
              onChange={(weight) => setProfile({ size: { ...size, weight } })}
            />
          </div>
        </fieldset>
        <fieldset>
          <legend>{t('profileTerritory')}</legend>
          <div class="row wrap">
            <div class="field grow">
              <label for="territory-places">{t('profileTerritoryPlaces')}</label>
              <input
                id="territory-places"
                value={territory.places.join(', ')}
                aria-describedby="territory-hint"
                onChange={(e) => {
                  const places = splitTerms((e.currentTarget as HTMLInputElement).value);
                  setProfile({ territory: { ...territory, places } });
                }}
              />
            </div>
            <div class="field check">
              <input
                id="territory-remote"
                type="checkbox"
                checked={territory.remoteFriendly}
                onChange={(e) =>
                  setProfile({
                    territory: {
                      ...territory,
                      remoteFriendly: (e.currentTarget as HTMLInputElement).checked,
                    },
                  })
                }
              />
              <label for="territory-remote">{t('profileRemoteFriendly')}</label>
            </div>
            <WeightSelect
              id="territory-weight"
              value={territory.weight}
              onChange={(weight) => setProfile({ territory: { ...territory, weight } })}
            />
          </div>
          <p id="territory-hint" class="hint">
            {t('profileTerritoryHint')}
          </p>
        </fieldset>
      </fieldset>

      <CriterionList
        idPrefix="values"
        legend={t('sectionValues')}
        hint={t('sectionValuesHint')}
        criteria={persona.values}
        suggested={suggested}
        onChange={(values) => set({ values })}
      />
      <CriterionList
        idPrefix="redFlags"
        legend={t('sectionRedFlags')}
        hint={t('sectionRedFlagsHint')}
        criteria={persona.redFlags}
        suggested={suggested}
        canDisqualify
        onChange={(redFlags) => set({ redFlags })}
      />
      <CriterionList
        idPrefix="helpWith"
        legend={t('sectionHelpWith')}
        hint={t('sectionHelpWithHint')}
        criteria={persona.helpWith}
        suggested={suggested}
        onChange={(helpWith) => set({ helpWith })}
      />
      <CommonGround persona={persona} learn={learn} onChange={onChange} />
    </>
  );
}
