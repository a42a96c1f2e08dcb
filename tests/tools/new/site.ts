import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * `npm run new -- site NAME`: a new site adapter in utils/sites/NAME.ts, registered in
 * utils/sites/ids.ts and utils/sites/index.ts, with a French company page and an English profile
 * page under tests/fixtures/social/ as its test cases, and its name as a source in both locales.
 * Then edit utils/sites/NAME.ts (hosts, page addresses, identity, labels, reader) and replace the
 * two pages with saved real ones.
 */
export function scaffold(name: string, root: string): string[] {
  if (!/^[a-z][a-z0-9]{1,15}$/.test(name))
    throw new Error(`site name "${name}": 2 to 16 lower-case letters or digits, a letter first`);
  const file = `utils/sites/${name}.ts`;
  if (existsSync(join(root, file))) throw new Error(`${file} exists already`);
  const written: string[] = [];
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
    written.push(path);
  };
  const edit = (path: string, change: (text: string) => string) =>
    write(path, change(readFileSync(join(root, path), 'utf8')));
  const reader = `read${name[0]!.toUpperCase()}${name.slice(1)}`;

  write(file, siteFile(name));
  edit('utils/sites/ids.ts', (text) =>
    replaceList(text, /^(export const SITE_IDS = )\[([^\]]*)\]( as const;)$/m, `'${name}'`, '[]'),
  );
  edit('utils/sites/index.ts', (text) => {
    const imports = [...text.matchAll(/^import \{ read as \w+, site as \w+ \} from '\.\/\w+';$/gm)];
    const last = imports.at(-1);
    if (!last) throw new Error('utils/sites/index.ts: no site import to add to');
    const at = last.index + last[0].length;
    text = `${text.slice(0, at)}\nimport { read as ${reader}, site as ${name} } from './${name}';${text.slice(at)}`;
    text = replaceList(text, /^(const DECLARATIONS: .+? = )\{([^}]*)\}(;)$/m, name, '{}');
    return replaceList(
      text,
      /^(const READERS: .+? = )\{([^}]*)\}(;)$/m,
      `${name}: ${reader}`,
      '{}',
    );
  });
  for (const [page, html, expected] of fixtures(name)) {
    write(`tests/fixtures/social/${page}/index.html`, html);
    write(`tests/fixtures/social/${page}/expected.json`, `${JSON.stringify(expected, null, 2)}\n`);
  }
  for (const lang of ['fr', 'en']) {
    edit(`public/_locales/${lang}/messages.json`, (text) => {
      const messages = JSON.parse(text) as Record<string, unknown>;
      messages[`source_${name}`] = { message: name[0]!.toUpperCase() + name.slice(1) };
      return `${JSON.stringify(messages, null, 2)}\n`;
    });
  }
  // The source's message name becomes a typed key once WXT regenerates .wxt/types/i18n.d.ts.
  if (existsSync(join(root, 'wxt.config.ts')))
    execFileSync('npx', ['wxt', 'prepare'], { cwd: root, stdio: 'ignore' });
  return written;
}

/** Add an item to a one-line or one-item-per-line list, laid out as Prettier would. */
function replaceList(text: string, pattern: RegExp, item: string, brackets: '[]' | '{}'): string {
  const match = pattern.exec(text);
  if (!match) throw new Error(`no list matching ${pattern}`);
  const [whole, before = '', inside = '', after = ''] = match;
  const items = [...inside.split(',').map((s) => s.trim()), item].filter(Boolean);
  const [open, close] = brackets === '[]' ? ['[', ']'] : ['{ ', ' }'];
  const line = `${before}${open}${items.join(', ')}${close}${after}`;
  const list =
    line.length <= 100
      ? line
      : `${before}${open.trim()}\n${items.map((i) => `  ${i},`).join('\n')}\n${close.trim()}${after}`;
  return text.replace(whole, list);
}

function siteFile(name: string): string {
  return `import type { CompanyCard, PersonCard } from '../model/social-profile';
import { finish } from './adapter';
import { definition, definitions, mainOf, nameHeading, visibleText } from './dom';
import type { LabelKey, SiteDeclaration, SiteLabels, SiteReader } from './site';

export const site = {
  id: '${name}',
  hosts: ['https://www.${name}.example/*'],
  domain: '${name}.example',
  host: /^(?:www\\.)?${name}\\.example$/,
  pages: {
    company: /^\\/(?<kind>company)\\/(?<slug>[^/?#]+)/,
    person: /^\\/(?<kind>profile)\\/(?<slug>[^/?#]+)/,
  },
  identity: ['company', 'person'],
} as const satisfies SiteDeclaration;

/** Visible labels of the French and the English interface, compared after \`norm\`. */
export const labels: SiteLabels = {
  fr: { industry: ['secteur'], location: ['localisation'] },
  en: { industry: ['industry'], location: ['location'] },
};

/** The offline pages (tests/fixtures/social/) from which this reader must read a card. */
export const testCases = ['${name}-company-fr', '${name}-person-en'];

export const read: SiteReader = (doc, url) => {
  const heading = nameHeading(doc);
  if (!site.host.test(url.hostname) || !heading) return null;
  const defs = definitions(mainOf(doc) ?? doc.body);
  const text = (key: LabelKey) => {
    const el = definition(defs, labels, key);
    return el ? visibleText(el, 300) : undefined;
  };
  const card = { site: site.id, name: visibleText(heading, 300), partial: false };
  const company = site.pages.company.exec(url.pathname)?.groups;
  if (company?.slug) {
    const canonical = \`https://www.${name}.example/company/\${company.slug.toLowerCase()}\`;
    return finish<CompanyCard>({
      ...card,
      kind: 'company',
      url: canonical,
      industry: text('industry'),
    });
  }
  const person = site.pages.person.exec(url.pathname)?.groups;
  if (person?.slug) {
    const canonical = \`https://www.${name}.example/profile/\${person.slug.toLowerCase()}\`;
    return finish<PersonCard>({
      ...card,
      kind: 'person',
      url: canonical,
      location: text('location'),
    });
  }
  return null;
};
`;
}

type Fixture = [page: string, html: string, expected: { url: string; card: object }];

function fixtures(name: string): Fixture[] {
  const html = (lang: string, title: string, body: string) => `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<title>${title}</title>
</head>
<body>
<main>
  <section>
${body}
  </section>
</main>
</body>
</html>
`;
  const at = (path: string) => `https://www.${name}.example/${path}`;
  return [
    [
      `${name}-company-fr`,
      html(
        'fr',
        'Atelier Lumen',
        '    <h1>Atelier Lumen</h1>\n    <dl><dt>Secteur</dt><dd>Design graphique</dd></dl>',
      ),
      {
        url: at('company/Atelier-Lumen?from=search'),
        card: {
          kind: 'company',
          site: name,
          url: at('company/atelier-lumen'),
          name: 'Atelier Lumen',
          partial: true,
          industry: 'Design graphique',
        },
      },
    ],
    [
      `${name}-person-en`,
      html(
        'en',
        'John Smith',
        '    <h1>John Smith</h1>\n    <dl><dt>Location</dt><dd>Brussels, Belgium</dd></dl>',
      ),
      {
        url: at('profile/john.smith'),
        card: {
          kind: 'person',
          site: name,
          url: at('profile/john.smith'),
          name: 'John Smith',
          partial: true,
          location: 'Brussels, Belgium',
        },
      },
    ],
  ];
}
