/**
 * LinkedIn and Viadeo as the extension sees them, offline: an https server on 127.0.0.1 with a
 * self-signed certificate for www.linkedin.com and fr.viadeo.com (tests/e2e/certs, test-only),
 * reached through Chromium's --host-resolver-rules (Firefox: an HTTP proxy that tunnels to it),
 * so the pages have their real addresses.
 * Every LinkedIn or Viadeo address answers with the app shell below; the test then renders the
 * fixture pages of tests/fixtures/social into it as the sites' single-page apps do.
 */
import { readFileSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { createServer, type Server } from 'node:https';
import { connect, type AddressInfo } from 'node:net';
import { resolve } from 'node:path';

const CERTS = resolve(import.meta.dirname, 'certs');
const FIXTURES = resolve(import.meta.dirname, '../fixtures/social');

export interface SocialServer {
  port: number;
  /** Flags that send the routes' hosts (www.linkedin.com, fr.viadeo.com…) to this server. */
  chromiumArgs: string[];
  /** An HTTP proxy whose CONNECT tunnels reach this server, for the routes' hosts only. */
  proxyPort: number;
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
  const hosts = [...new Set(Object.keys(routes).map((route) => route.split('/')[0]!))];

  const proxy = createHttpServer((_, res) => res.writeHead(405).end());
  const tunnels = new Set<{ destroy(): void }>();
  proxy.on('connect', (req, client, head) => {
    tunnels.add(client);
    if (!hosts.includes((req.url ?? '').split(':')[0]!)) {
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = connect(port, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client).on('error', () => undefined);
      client.pipe(upstream).on('error', () => undefined);
    });
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  await new Promise<void>((done) => proxy.listen(0, '127.0.0.1', done));
  const close = (s: { close(cb: () => void): unknown; closeAllConnections(): void }) =>
    new Promise<void>((done) => {
      s.close(() => done());
      s.closeAllConnections();
    });
  return {
    port,
    proxyPort: (proxy.address() as AddressInfo).port,
    chromiumArgs: [
      `--host-resolver-rules=${hosts.map((h) => `MAP ${h} 127.0.0.1:${port}`).join(', ')}`,
      '--ignore-certificate-errors',
    ],
    close: () => {
      for (const tunnel of tunnels) tunnel.destroy();
      return Promise.all([close(server), close(proxy)]).then(() => undefined);
    },
  };
}
