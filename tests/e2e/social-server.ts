/**
 * LinkedIn and Viadeo as the extension sees them, offline: an https server on 127.0.0.1 with a
 * self-signed certificate for www.linkedin.com and fr.viadeo.com (tests/e2e/certs, test-only),
 * reached through Chromium's --host-resolver-rules, so the pages have their real addresses.
 * Every LinkedIn or Viadeo address answers with the app shell below; the test then renders the
 * fixture pages of tests/fixtures/social into it as the sites' single-page apps do.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';

const CERTS = resolve(import.meta.dirname, 'certs');
const FIXTURES = resolve(import.meta.dirname, '../fixtures/social');

export interface SocialServer {
  port: number;
  /** Flags that send www.linkedin.com and fr.viadeo.com to this server. */
  chromiumArgs: string[];
  close(): Promise<void>;
}

/** The authored page of a fixture case, served at its real address on first load. */
export function fixtureHtml(name: string): string {
  return readFileSync(resolve(FIXTURES, name, 'index.html'), 'utf8');
}

export async function startSocialServer(routes: Record<string, string>): Promise<SocialServer> {
  const server: Server = createServer(
    {
      key: readFileSync(resolve(CERTS, 'social-key.pem')),
      cert: readFileSync(resolve(CERTS, 'social-cert.pem')),
    },
    (req, res) => {
      const host = (req.headers.host ?? '').split(':')[0];
      const path = new URL(req.url ?? '/', `https://${host}`).pathname;
      const fixture = routes[`${host}${path}`];
      if (!fixture) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(fixtureHtml(fixture));
    },
  );
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    chromiumArgs: [
      `--host-resolver-rules=MAP www.linkedin.com 127.0.0.1:${port}, MAP fr.viadeo.com 127.0.0.1:${port}`,
      '--ignore-certificate-errors',
    ],
    close: () => new Promise((done) => server.close(() => done())),
  };
}
