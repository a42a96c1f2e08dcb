/**
 * Developer CLI for checking the national directory lookup against answers nobody tuned for:
 *   npm run --silent registry -- lookup SIREN_OR_SIRET
 *   npm run --silent registry -- search "NAME" [--postcode 69001]
 * GLANEUR_REGISTRY_URL sets the API's base URL (default: the real one). Prints one JSON object.
 */
import { createClient, DEFAULT_BASE_URL } from '../registry/client';
import { lookup, type RegistryQuery } from '../registry/lookup';
import { plainOutcome } from '../registry/plain';

function usage(message: string): never {
  process.stderr.write(
    `${message}\nusage: registry lookup SIREN_OR_SIRET | registry search "NAME" [--postcode 69001]\n`,
  );
  process.exit(2);
}

function query(args: string[]): RegistryQuery {
  const [command, subject, ...rest] = args;
  if (!subject) usage('missing argument');
  if (command === 'lookup') return { id: subject };
  if (command !== 'search') usage(`unknown command ${command ?? ''}`);
  const at = rest.indexOf('--postcode');
  if (at >= 0 && !rest[at + 1]) usage('missing postcode');
  return { name: subject, ...(at >= 0 ? { postcode: rest[at + 1]! } : {}) };
}

const client = createClient({ baseUrl: process.env.GLANEUR_REGISTRY_URL || DEFAULT_BASE_URL });
const outcome = await lookup(
  client,
  query(process.argv.slice(2)),
  new Date().toISOString().slice(0, 10),
);
process.stdout.write(JSON.stringify(plainOutcome(outcome), null, 2) + '\n');
if (outcome.status === 'error') process.exitCode = 1;
