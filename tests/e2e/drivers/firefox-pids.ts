/**
 * Every Firefox the e2e suite starts, by process id, so that none outlives the run: each test
 * closes its own, and the global teardown ends any left (a worker killed mid-test). The ids are
 * kept per run (a directory made by the global setup), so that a run's teardown never ends the
 * Firefox of another run on the same machine.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const VARIABLE = 'GLANEUR_E2E_FIREFOX_PIDS';

/** This run's directory (the global setup's environment reaches every worker). */
function runDir(): string {
  const dir = process.env[VARIABLE];
  if (!dir) throw new Error(`${VARIABLE} is unset: the e2e config must run global-setup.ts`);
  return dir;
}

/** Called once per run, in the global setup. */
export function startRun(): void {
  process.env[VARIABLE] = mkdtempSync(join(tmpdir(), 'glaneur-e2e-firefox-'));
}

export function remember(pid: number): void {
  mkdirSync(runDir(), { recursive: true });
  writeFileSync(join(runDir(), String(pid)), '');
}

/** Ends Firefox's process group (Puppeteer starts it in its own), children included. */
export function end(pid: number): void {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // already gone
  }
  rmSync(join(runDir(), String(pid)), { force: true });
}

/** Ends this run's Firefoxes still running, then forgets the run. */
export function endLeftovers(): void {
  let pids: string[] = [];
  try {
    pids = readdirSync(runDir());
  } catch {
    return;
  }
  for (const pid of pids) end(Number(pid));
  rmSync(runDir(), { recursive: true, force: true });
}
