import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRegistryServer, type RegistryServer } from '../../tools/registry-server';

const run = promisify(execFile);
let server: RegistryServer;
beforeAll(async () => {
  server = await startRegistryServer();
});
afterAll(() => server.close());

/** The CLI as `npm run --silent registry -- …` runs it, against the fake directory. */
async function registry(...args: string[]) {
  const env = { ...process.env, GLANEUR_REGISTRY_URL: server.url };
  try {
    const { stdout } = await run('node', ['--import', 'tsx', 'utils/cli/registry.ts', ...args], {
      env,
    });
    return { code: 0, out: JSON.parse(stdout) };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout ? JSON.parse(e.stdout) : undefined, stderr: e.stderr };
  }
}

// Each case starts Node and tsx, slow on a busy machine.
describe('npm run registry', { timeout: 60_000 }, () => {
  it('lookup SIREN prints the contract: status, sourced organisation, flags, active', async () => {
    const { code, out } = await registry('lookup', '912345675');
    expect(code).toBe(0);
    expect(Object.keys(out)).toEqual(['status', 'organisation', 'candidates', 'flags', 'active']);
    expect(out).toMatchObject({
      status: 'found',
      candidates: [],
      active: true,
      flags: {
        ess: true,
        association: false,
        administration: false,
        localAuthority: false,
        missionLed: true,
        individual: false,
      },
      organisation: {
        legalName: 'ATELIER DES COMMUNS',
        siren: '912345675',
        siret: '91234567500017',
        vat: 'FR65912345675',
        naf: '70.22Z',
        activity: {
          code: '70.22Z',
          label: 'Conseil pour les affaires et autres conseils de gestion',
          language: 'fr',
        },
        legalForm: { code: '5710', language: 'fr' },
        headcount: { code: '03', min: 6, max: 9 },
        kind: 'company',
        people: [{ name: 'Claire MARTIN', role: 'Président de SAS' }],
        asOf: '2025-01-14',
      },
    });
    for (const key of ['legalName', 'siren', 'vat', 'address', 'activity', 'people']) {
      expect(out.organisation.sources[key], key).toBe('Sirene / RNE, as of 2025-01-14');
    }
  });

  it('a ceased company is inactive with its date; a SIRET finds its company', async () => {
    const ceased = await registry('lookup', '53012345400015');
    expect(ceased.out).toMatchObject({
      status: 'found',
      active: false,
      organisation: { ceasedOn: '2021-06-30' },
    });
  });

  it('search by name and postcode: several matches are candidates, never a pick', async () => {
    const { out } = await registry('search', 'Boulangerie du Pont', '--postcode', '69001');
    expect(out).toMatchObject({
      status: 'ambiguous',
      organisation: null,
      flags: null,
      active: null,
    });
    expect(out.candidates.map((c: { siren: string }) => c.siren)).toEqual([
      '421234568',
      '421234576',
    ]);
    const one = await registry('search', 'Boulangerie du Pont', '--postcode', '75011');
    expect(one.out).toMatchObject({ status: 'found', organisation: { siren: '421234584' } });
  });

  it('not in the public directory, and a bad answer, are said so', async () => {
    expect((await registry('lookup', '732829320')).out).toEqual({
      status: 'not-found',
      organisation: null,
      candidates: [],
      flags: null,
      active: null,
    });
    server.fail('malformed');
    const bad = await registry('lookup', '912345675');
    expect(bad.code).toBe(1);
    expect(bad.out).toMatchObject({
      status: 'error',
      code: 'malformed',
      error: expect.stringMatching(/malformed/),
    });
  });

  it('a wrong command is a usage error', async () => {
    const { code, stderr } = await registry('find', 'x');
    expect(code).toBe(2);
    expect(stderr).toMatch(/usage: registry lookup/);
  });
});
