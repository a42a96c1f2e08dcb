import { startRun } from './drivers/firefox-pids';

/** Before every run: a place of its own for the ids of the browsers it starts. */
export default function globalSetup(): void {
  startRun();
}
