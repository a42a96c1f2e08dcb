import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { extractOrganisation } from '../../utils/extract';
import { pageText } from '../../utils/extract/core/page-text';
import { PersonaSchema, type Criterion } from '../../utils/model/persona';
import { compilePersona, qualify } from '../../utils/scoring';
import { quantile, timeRuns, type Benchmark } from './measure';

const FIXTURES = 'tests/fixtures/qualify';
const PAGE_CHARS = 200_000;
const CRITERIA = 60;

/** The example persona grown to 60 criteria by adding phrases in its style. */
function bigPersona() {
  const base = PersonaSchema.parse(
    JSON.parse(readFileSync('public/personas/ux-designer.fr.json', 'utf8')),
  );
  const count = () =>
    base.profile.sectors.length + base.values.length + base.redFlags.length + base.helpWith.length;
  const extra: Criterion[] = [];
  for (let i = 0; count() + extra.length < CRITERIA; i++) {
    extra.push({
      id: `extra-${i}`,
      label: `Critère ${i}`,
      terms: [
        `projet collectif numéro ${i}`,
        `démarche participative ${i}`,
        `atelier ${i} citoyen`,
      ],
      weight: (i % 5) + 1,
      disqualifier: false,
    });
  }
  return { ...base, values: [...base.values, ...extra] };
}

/** 200 KB of real organisation pages, one after the other. */
function bigPage() {
  const pages = readdirSync(FIXTURES).map((name) => {
    const { document } = parseHTML(readFileSync(join(FIXTURES, name, 'index.html'), 'utf8'));
    return pageText(document as unknown as Document).text;
  });
  let text = '';
  for (let i = 0; text.length < PAGE_CHARS; i++) text += pages[i % pages.length] + ' ';
  return text.slice(0, PAGE_CHARS);
}

/** Qualifying a 200 KB page against a 60-criterion persona, compiled once as the popup does. */
const bench: Benchmark = async () => {
  const persona = compilePersona(bigPersona());
  const text = bigPage();
  const { document } = parseHTML(
    readFileSync(join(FIXTURES, 'mjc-les-tilleuls/index.html'), 'utf8'),
  );
  const draft = extractOrganisation(document as unknown as Document, 'https://mjc.example/');
  const times = await timeRuns(() => qualify(draft, text, persona), 50, 5);
  // CPU time as well: on a shared machine, wall time also counts waiting for a core.
  const cpu: number[] = [];
  for (let i = 0; i < 50; i++) {
    const start = process.cpuUsage();
    qualify(draft, text, persona);
    const { user, system } = process.cpuUsage(start);
    cpu.push((user + system) / 1000);
  }
  cpu.sort((a, b) => a - b);
  return [
    {
      metric: 'qualify.200kb-60criteria',
      value: Math.round(quantile(times, 0.5) * 100) / 100,
      note: `median of ${times.length}; min ${times[0]!.toFixed(2)}, p95 ${quantile(times, 0.95).toFixed(2)} ms; CPU median ${quantile(cpu, 0.5).toFixed(2)} ms`,
    },
  ];
};
export default bench;
