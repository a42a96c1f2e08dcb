import { endLeftovers } from './drivers/firefox-pids';

/** After every run, passed or failed: no browser the suite started is left running. */
export default function globalTeardown(): void {
  endLeftovers();
}
