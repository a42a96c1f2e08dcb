/**
 * `npm run new -- csv-preset NAME`: a new CSV preset in one step. Writes
 * utils/csv/presets/NAME.ts from a template, registers it (PROFILE_IDS, the presets index, its
 * menu label in both locales) and adds its golden file's skeleton. Then edit the preset file and
 * write its golden file with `npx vitest run tests/unit/csv/export.test.ts -u`.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const PRESETS = 'utils/csv/presets';
const IDS = 'utils/csv/ids.ts';
const INDEX = `${PRESETS}/index.ts`;
const GOLDEN = 'tests/fixtures/csv/golden';
const LOCALES = ['public/_locales/en/messages.json', 'public/_locales/fr/messages.json'];
const LIST = /export const PROFILE_IDS = \[\n([\s\S]*?)\] as const;/;

const labelKey = (name: string) => `profile_${name.replaceAll('-', '_')}`;
const camel = (name: string) => name.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());

const HEADERS = ['Name', 'Website', 'Email', 'Phone', 'Street', 'Postal code', 'City', 'Country'];
const COLUMNS = ['name', 'website', 'emails', 'phones', 'street', 'postalCode', 'city', 'country'];

const template = (name: string) => `import { dialFromFrance } from '../phone-format';
import { CRM_CSV, type CsvProfile } from '../profile';

/**
 * ${name}: the headers and value formats its importer documents. Cite that page here.
 */
export default {
  id: '${name}',
  label: '${labelKey(name)}',
  ...CRM_CSV,
  phone: dialFromFrance,
  preset: [
${HEADERS.map((h, i) => `    ['${h}', '${COLUMNS[i]}'],`).join('\n')}
  ],
} satisfies CsvProfile;
`;

/** The ids PROFILE_IDS lists, in order (repeats kept, so that a test can see them). */
export function registeredIds(root: string): string[] {
  const list = LIST.exec(readFileSync(join(root, IDS), 'utf8'))?.[1] ?? '';
  return [...list.matchAll(/'([^']+)'/g)].map((m) => m[1]!);
}

/** The preset files, by name. */
export function presetFiles(root: string): string[] {
  return readdirSync(join(root, PRESETS))
    .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
    .map((f) => f.slice(0, -3))
    .sort();
}

/** What is wrong with the presets room: a file not registered, registered twice, or missing. */
export function layoutProblems(root: string): string[] {
  const ids = registeredIds(root);
  const files = presetFiles(root);
  const index = readFileSync(join(root, INDEX), 'utf8');
  const locales = LOCALES.map((l) => JSON.parse(readFileSync(join(root, l), 'utf8')) as object);
  const problems: string[] = [];
  for (const id of new Set([...ids, ...files])) {
    const times = ids.filter((x) => x === id).length;
    if (times !== 1) problems.push(`${id}: listed ${times} times in PROFILE_IDS`);
    if (!files.includes(id)) problems.push(`${id}: no file ${PRESETS}/${id}.ts`);
    const imports = index.split(`from './${id}';`).length - 1;
    if (imports !== 1) problems.push(`${id}: imported ${imports} times by ${INDEX}`);
    if (!existsSync(join(root, GOLDEN, `${id}.csv`))) problems.push(`${id}: no golden file`);
    locales.forEach((messages, i) => {
      if (!(labelKey(id) in messages)) problems.push(`${id}: no ${labelKey(id)} in ${LOCALES[i]}`);
    });
  }
  return problems;
}

function insertBefore(text: string, marker: string, addition: string): string {
  const at = text.lastIndexOf(marker);
  if (at < 0) throw new Error(`${marker.trim()} not found`);
  return text.slice(0, at) + addition + text.slice(at);
}

/** Writes and registers the preset; returns the paths it wrote or changed, relative to root. */
export function scaffold(name: string, root: string): string[] {
  if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(name)) {
    throw new Error(`"${name}": a preset name is lower-case words joined by "-" (zoho-leads)`);
  }
  if (registeredIds(root).includes(name) || presetFiles(root).includes(name)) {
    throw new Error(`the preset ${name} already exists`);
  }
  const file = `${PRESETS}/${name}.ts`;
  writeFileSync(join(root, file), template(name));

  const ids = readFileSync(join(root, IDS), 'utf8');
  writeFileSync(
    join(root, IDS),
    ids.replace(LIST, (all, list: string) => all.replace(list, `${list}  '${name}',\n`)),
  );

  let index = readFileSync(join(root, INDEX), 'utf8');
  index = insertBefore(
    index,
    '\nexport const PROFILES',
    `import ${camel(name)} from './${name}';\n`,
  );
  const entry = name.includes('-') ? `'${name}': ${camel(name)}` : name;
  index = insertBefore(index, '};', `  ${entry},\n`);
  writeFileSync(join(root, INDEX), index);

  for (const locale of LOCALES) {
    const messages = JSON.parse(readFileSync(join(root, locale), 'utf8')) as Record<
      string,
      unknown
    >;
    messages[labelKey(name)] = { message: name };
    writeFileSync(join(root, locale), JSON.stringify(messages, null, 2) + '\n');
  }

  const golden = `${GOLDEN}/${name}.csv`;
  writeFileSync(join(root, golden), `${HEADERS.join(',')}\r\n`);
  return [file, IDS, INDEX, ...LOCALES, golden];
}
