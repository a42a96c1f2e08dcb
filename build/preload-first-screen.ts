import type { Plugin } from 'vite';

/**
 * For pages whose entry script starts work at once and imports the rest of the page dynamically
 * (the popup reads the tab while its code loads): lists that rest as modulepreload links in the
 * page, so that it is fetched and compiled while the entry runs rather than after. The chunks the
 * rest itself imports dynamically (what the first screen does not need) are left out.
 */
export function preloadFirstScreen(pages: readonly string[]): Plugin {
  return {
    name: 'glaneur:preload-first-screen',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { filename, bundle, chunk }) {
        const page = filename.split('/').at(-2);
        if (!bundle || !chunk || !page || !pages.includes(page)) return;
        const files = new Set<string>();
        const visit = (name: string) => {
          const found = bundle[name];
          if (files.has(name) || found?.type !== 'chunk') return;
          files.add(name);
          found.imports.forEach(visit);
        };
        chunk.dynamicImports.forEach(visit);
        [chunk.fileName, ...chunk.imports].forEach((name) => files.delete(name));
        return [...files].map((name) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `/${name}` },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}
