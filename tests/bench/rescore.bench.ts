/**
 * Scoring 10,000 saved prospects again after a change of persona, as the background does: in
 * batches through the repository (fake-indexeddb in Node, slower than a browser's IndexedDB),
 * each from its kept excerpt of a real organisation page.
 */
import 'fake-indexeddb/auto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { Rescorer } from '../../utils/background/rescore';
import { pageText } from '../../utils/extract/core/page-text';
import { PersonaSchema } from '../../utils/model/persona';
import { ownExcerpt } from '../../utils/scoring';
import { openGlaneurDB } from '../../utils/storage/db';
import type { RescoreState } from '../../utils/storage/local';
import { ProspectRepository } from '../../utils/storage/prospects';
import { generateProspects } from './generate-prospects';
import type { Benchmark } from './measure';

const COUNT = 10_000;
const FIXTURES = 'tests/fixtures/qualify';

const persona = (file: string) =>
  PersonaSchema.parse(JSON.parse(readFileSync(`public/personas/${file}`, 'utf8')));

function excerpts(): string[] {
  return readdirSync(FIXTURES, { withFileTypes: true })
    .filter((d) => d.isDirectory() && readdirSync(join(FIXTURES, d.name)).includes('index.html'))
    .map((d) => {
      const html = readFileSync(join(FIXTURES, d.name, 'index.html'), 'utf8');
      const { document } = parseHTML(html);
      return ownExcerpt('https://org.example/', pageText(document as unknown as Document).text);
    });
}

/** Wall and CPU seconds of one run over the whole list. */
async function seconds(bestOf: boolean): Promise<{ wall: number; cpu: number }> {
  const texts = excerpts();
  const prospects = generateProspects(COUNT).map((p, i) => ({
    ...p,
    qualification: { ...p.qualification!, excerpt: texts[i % texts.length]! },
  }));
  const repo = new ProspectRepository(await openGlaneurDB(`bench-rescore-${bestOf}`));
  await repo.restore(prospects, []);
  const personas = [persona('ux-designer.fr.json'), persona('illustrator.fr.json')];
  let state: RescoreState | null = null;
  const rescorer = new Rescorer({
    repo: async () => repo,
    personas: async () => ({ personas, activeId: personas[0]!.id }),
    bestOf: async () => bestOf,
    load: async () => state,
    save: async (s) => void (state = s),
    now: () => new Date().toISOString(),
    newId: () => crypto.randomUUID(),
  });
  const start = performance.now();
  const cpu = process.cpuUsage();
  await rescorer.start();
  await rescorer.run();
  const { user, system } = process.cpuUsage(cpu);
  const wall = (performance.now() - start) / 1000;
  if (state!.done !== COUNT) throw new Error(`scored ${state!.done} of ${COUNT}`);
  return { wall, cpu: (user + system) / 1e6 };
}

const bench: Benchmark = async () => {
  const one = await seconds(false);
  const best = await seconds(true);
  const rate = (s: number) => Math.round(COUNT / s);
  // CPU time: on a shared machine, wall time also counts waiting for a core.
  return [
    {
      metric: 'rescore.10k',
      value: Math.round(one.cpu * 100) / 100,
      note: `${rate(one.cpu)} prospects per CPU second (wall ${one.wall.toFixed(1)} s); best of 2 personas: CPU ${best.cpu.toFixed(1)} s, ${rate(best.cpu)}/s (wall ${best.wall.toFixed(1)} s)`,
    },
  ];
};
export default bench;
