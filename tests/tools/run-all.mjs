/**
 * `npm test`: check (typecheck, lint, format) → unit tests → production build → e2e in Chromium
 * → the shared user flows in Firefox (MV2 and MV3 builds).
 * Stops at the first red stage, and ends with one plain line "tests: N passed, N failed".
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';

const stages = [
  ['check', 'npm run --silent check'],
  [
    'unit',
    'npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/unit.json',
  ],
  ['build', 'npm run --silent build:all && npm run --silent lint:store'],
  ['e2e', 'npx playwright test --project=chromium --reporter=list,json'],
  [
    'firefox',
    'npx playwright test --project=firefox-mv2 --project=firefox-mv3 --reporter=list,json',
  ],
];

rmSync('test-results', { recursive: true, force: true });
let passed = 0;
let failed = 0;
const flaky = [];
const timings = [];
for (const [name, command] of stages) {
  const start = Date.now();
  console.log(`\n▶ ${name}: ${command}`);
  const env = { ...process.env, PLAYWRIGHT_JSON_OUTPUT_NAME: `test-results/${name}.json` };
  const result = spawnSync(command, { shell: true, stdio: 'inherit', env });
  timings.push(`${name} ${((Date.now() - start) / 1000).toFixed(1)} s`);
  if (name === 'unit') count('test-results/unit.json', (r) => [r.numPassedTests, r.numFailedTests]);
  if (name === 'e2e' || name === 'firefox') {
    count(`test-results/${name}.json`, (r) => [
      r.stats.expected + r.stats.flaky,
      r.stats.unexpected,
    ]);
    flaky.push(...flakyTests(`test-results/${name}.json`));
  }
  if (result.status !== 0) {
    if (name === 'check' || name === 'build') failed += 1;
    console.error(`\n✖ ${name} failed`);
    break;
  }
}
console.log(`\n${timings.join(' · ')}`);
for (const title of flaky) console.log(`passed only when tried again: ${title}`);
console.log(
  `tests: ${passed} passed, ${failed} failed${flaky.length ? `, ${flaky.length} flaky` : ''}`,
);
process.exit(failed > 0 ? 1 : 0);

function count(file, pick) {
  try {
    const [p, f] = pick(JSON.parse(readFileSync(file, 'utf8')));
    passed += p;
    failed += f;
  } catch {
    failed += 1; // no report means the runner itself failed
  }
}

/** The tests that failed and then passed on their retry, "project › title". */
function flakyTests(file) {
  const found = [];
  const walk = (suite, path) => {
    for (const spec of suite.specs ?? [])
      for (const test of spec.tests ?? [])
        if (test.status === 'flaky')
          found.push(`[${test.projectName}] ${[...path, spec.title].join(' › ')}`);
    for (const child of suite.suites ?? []) walk(child, [...path, child.title]);
  };
  try {
    for (const suite of JSON.parse(readFileSync(file, 'utf8')).suites ?? []) walk(suite, []);
  } catch {
    // counted as a failure by count()
  }
  return found;
}
