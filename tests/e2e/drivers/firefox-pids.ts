/**
 * Every Firefox the e2e suite starts, by process id, so that none outlives the run: each test
 * closes its own, and the global teardown ends any left (a worker killed mid-test).
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const DIR = join(tmpdir(), 'glaneur-e2e-firefox');

export function remember(pid: number): void {
  mkdirSync(DIR, { recursive: true });
  writeFileSync(join(DIR, String(pid)), '');
}

/** Ends Firefox's process group (Puppeteer starts it in its own), children included. */
export function end(pid: number): void {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // already gone
  }
  rmSync(join(DIR, String(pid)), { force: true });
}

export function endLeftovers(): void {
  let pids: string[] = [];
  try {
    pids = readdirSync(DIR);
  } catch {
    return;
  }
  for (const pid of pids) end(Number(pid));
}
