import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from '../../utils/cli/read-site';
import { extractOrganisation } from '../../utils/extract';
import { quantile, timeRuns, type Benchmark } from './measure';

const SITES = 'tests/fixtures/sites';
const now = new Date(0);

/** A 5 MB page made of realistic blocks: the text cap must keep extraction bounded. */
function bigPage(bytes = 5 * 1024 * 1024): string {
  const block = `<section><h2>Actualité</h2><p>Atelier de gravure le 12/03/2026 à 18h00, 25 € par personne. Inscription au 04 78 12 34 56 ou à atelier@exemple-culture.fr. <a href="/agenda">Agenda</a> <a href="https://www.facebook.com/sharer/sharer.php?u=x">Partager</a></p><ul><li>12 rue des Tanneurs, 69001 Lyon</li><li>SIRET 732 829 320 00074</li></ul></section>\n`;
  const head = `<!doctype html><html lang="fr"><head><title>Grosse page - Atelier Lumen</title></head><body>`;
  return head + block.repeat(Math.ceil(bytes / block.length)) + '</body></html>';
}

/**
 * Extraction time per page in Node (linkedom), parsing excluded: what the content script does
 * on a page the browser has already parsed. Every HTML page of every fixture site counts.
 */
const bench: Benchmark = async () => {
  const pages = readdirSync(SITES).flatMap((site) =>
    readdirSync(join(SITES, site))
      .filter((f) => f.endsWith('.html') && statSync(join(SITES, site, f)).size <= 200 * 1024)
      .map((f) => parseDocument(readFileSync(join(SITES, site, f), 'utf8'))),
  );
  const perPage: number[] = [];
  for (const doc of pages) {
    const times = await timeRuns(
      () => extractOrganisation(doc, 'https://www.fixture.test/', now),
      15,
    );
    perPage.push(quantile(times, 0.5));
  }
  perPage.sort((a, b) => a - b);
  const big = parseDocument(bigPage());
  const bigTimes = await timeRuns(
    () => extractOrganisation(big, 'https://www.fixture.test/', now),
    5,
    1,
  );
  return [
    { metric: 'extract.page.median', value: quantile(perPage, 0.5), note: `${pages.length} pages` },
    { metric: 'extract.page.p95', value: quantile(perPage, 0.95), note: `${pages.length} pages` },
    { metric: 'extract.page.5mb', value: quantile(bigTimes, 0.5), note: 'median of 5 runs' },
  ];
};
export default bench;
