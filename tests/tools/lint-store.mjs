/**
 * `npm run lint:store`: Mozilla's addons-linter (what addons.mozilla.org runs) on the Firefox
 * builds, MV2 (the one we ship) and MV3. Prints every message; fails on any error.
 * The Chrome build has no such linter offline; tests/e2e/manifest.spec.ts checks its manifest.
 */
import { execFileSync } from 'node:child_process';

const builds = ['.output/firefox-mv2', '.output/firefox-mv3'];
let errors = 0;
for (const dir of builds) {
  let out;
  try {
    out = execFileSync('npx', ['addons-linter', '-o', 'json', dir], { encoding: 'utf8' });
  } catch (error) {
    out = error.stdout; // addons-linter exits 1 when it finds errors
  }
  const report = JSON.parse(out);
  console.log(`${dir}: ${report.summary.errors} errors, ${report.summary.warnings} warnings`);
  for (const kind of ['errors', 'warnings']) {
    for (const m of report[kind])
      console.log(`  ${kind.slice(0, -1)} ${m.code} ${m.file ?? ''}: ${m.message}`);
  }
  errors += report.summary.errors;
}
process.exit(errors > 0 ? 1 : 0);
