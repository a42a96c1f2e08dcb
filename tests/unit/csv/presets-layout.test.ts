import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PROFILE_IDS, PROFILES } from '@/utils/csv/profiles';
import { layoutProblems, registeredIds, scaffold } from '../../tools/new/csv-preset';

const ROOM = [
  'utils/csv/ids.ts',
  'utils/csv/presets',
  'public/_locales',
  'tests/fixtures/csv/golden',
];
let copies: string[] = [];
function copyOfRoom(): string {
  const root = mkdtempSync(join(tmpdir(), 'glaneur-preset-'));
  for (const path of ROOM) cpSync(path, join(root, path), { recursive: true });
  copies.push(root);
  return root;
}
afterEach(() => {
  copies.forEach((root) => rmSync(root, { recursive: true, force: true }));
  copies = [];
});

describe('CSV presets room', () => {
  it('every preset file is registered exactly once, with its label and golden file', () => {
    expect(layoutProblems('.')).toEqual([]);
    for (const id of PROFILE_IDS) expect(PROFILES[id].id).toBe(id);
  });

  it('the layout check sees a file registered twice or not at all', () => {
    const root = copyOfRoom();
    cpSync(join(root, 'utils/csv/presets/hubspot.ts'), join(root, 'utils/csv/presets/zoho.ts'));
    expect(layoutProblems(root)).toEqual([
      'zoho: listed 0 times in PROFILE_IDS',
      'zoho: imported 0 times by utils/csv/presets/index.ts',
      'zoho: no golden file',
      'zoho: no profile_zoho in public/_locales/en/messages.json',
      'zoho: no profile_zoho in public/_locales/fr/messages.json',
    ]);
    const twice = copyOfRoom();
    scaffold('zoho', twice);
    const ids = join(twice, 'utils/csv/ids.ts');
    const text = readFileSync(ids, 'utf8');
    const doubled = text.replace("  'zoho',\n", "  'zoho',\n  'zoho',\n");
    writeFileSync(ids, doubled);
    expect(layoutProblems(twice)).toEqual(['zoho: listed 2 times in PROFILE_IDS']);
  });

  it('scaffold writes the preset, registers it once and adds its golden skeleton', () => {
    const root = copyOfRoom();
    const written = scaffold('zoho-leads', root);
    expect(written).toEqual([
      'utils/csv/presets/zoho-leads.ts',
      'utils/csv/ids.ts',
      'utils/csv/presets/index.ts',
      'public/_locales/en/messages.json',
      'public/_locales/fr/messages.json',
      'tests/fixtures/csv/golden/zoho-leads.csv',
    ]);
    expect(layoutProblems(root)).toEqual([]);
    expect(registeredIds(root)).toEqual([...PROFILE_IDS, 'zoho-leads']);
    const index = readFileSync(join(root, 'utils/csv/presets/index.ts'), 'utf8');
    expect(index).toContain("import zohoLeads from './zoho-leads';");
    expect(index).toContain("  'zoho-leads': zohoLeads,\n};");
    expect(readFileSync(join(root, 'utils/csv/presets/zoho-leads.ts'), 'utf8')).toContain(
      "label: 'profile_zoho_leads',",
    );
    expect(() => scaffold('zoho-leads', root)).toThrow('already exists');
    expect(() => scaffold('Zoho', root)).toThrow('lower-case');
  });
});
