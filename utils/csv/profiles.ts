import type { Prospect } from '../model/prospect';
import { COLUMNS, DEFAULT_COLUMNS, type ColumnId } from './columns';
import { PROFILE_IDS, type ProfileId } from './ids';
import type { CsvProfile, PresetColumn } from './profile';
import { PROFILES } from './presets';

export { PROFILE_IDS, PROFILES, type CsvProfile, type ProfileId };

/** The header and the value of each output column of a profile. */
export function profileColumns(
  profile: CsvProfile,
  chosen: readonly ColumnId[] = DEFAULT_COLUMNS,
): [header: string, value: (p: Prospect) => string, column?: ColumnId][] {
  const columns: PresetColumn[] =
    profile.preset ?? chosen.map((c) => [COLUMNS[c][profile.lang], c]);
  return columns.map(([header, c]) => {
    if (typeof c === 'function') return [header, c];
    const { value } = COLUMNS[c];
    return [header, (p) => value(p, profile), c];
  });
}
