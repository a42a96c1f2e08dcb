/**
 * Just enough extension API for the list's components in Node (message names stand for their
 * text). Imported first, before any module that reads `browser` when it loads.
 */
const api = {
  runtime: { id: 'bench' },
  i18n: { getMessage: (key: string) => key, getUILanguage: () => 'fr' },
};
Object.assign(globalThis, { chrome: api, browser: api });
