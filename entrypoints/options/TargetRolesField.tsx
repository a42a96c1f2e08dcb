import { t } from '@/utils/i18n';
import { splitTerms } from './CriterionList';

interface Props {
  roles: string[] | undefined;
  onChange(roles: string[]): void;
}

/** The roles she asks for on the phone ("communication", "RH"), comma-separated. */
export function TargetRolesField({ roles, onChange }: Props) {
  return (
    <div class="field grow">
      <label for="persona-target-roles">{t('personaTargetRoles')}</label>
      <input
        id="persona-target-roles"
        value={(roles ?? []).join(', ')}
        aria-describedby="persona-target-roles-hint"
        data-testid="target-roles"
        onChange={(e) =>
          onChange(
            splitTerms((e.currentTarget as HTMLInputElement).value)
              .map((r) => r.slice(0, 80))
              .slice(0, 20),
          )
        }
      />
      <p id="persona-target-roles-hint" class="hint">
        {t('personaTargetRolesHint')}
      </p>
    </div>
  );
}
