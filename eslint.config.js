import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '.output/',
      '.wxt/',
      'node_modules/',
      'tests/fixtures/',
      'test-results/',
      'playwright-report/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      // Page text must never become markup.
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Page data is untrusted: use textContent or JSX.' },
        { property: 'outerHTML', message: 'Page data is untrusted: use textContent or JSX.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Never render page data as HTML.',
        },
      ],
    },
  },
  // zod is imported through utils/zod.ts, which sets it up for extension pages (types excepted).
  {
    files: ['entrypoints/**', 'components/**', 'utils/**'],
    // Content scripts may not load zod at all (below).
    ignores: ['utils/zod.ts', 'entrypoints/*.content.{ts,tsx}', 'entrypoints/*.content/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'zod',
              message: 'Import z from utils/zod.ts: it turns off the eval probe that CSP reports.',
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
  // Pages ask the background through messages; they never run its code.
  {
    files: ['entrypoints/{popup,options,prospects,sidepanel}/**', 'components/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)utils/background(/|$)',
              message: 'Pages talk to the background through utils/messaging, not its modules.',
            },
          ],
        },
      ],
    },
  },
  // Content scripts run in every page the user reads: no validation library, no database code.
  {
    files: ['entrypoints/*.content.{ts,tsx}', 'entrypoints/*.content/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^zod(/|$)|(^|/)utils/zod$', message: 'Content scripts stay small: no zod.' },
            {
              regex: '(^|/)utils/storage(/|$)',
              message: 'Content scripts read the page; storage is for the background and pages.',
            },
          ],
        },
      ],
    },
  },
  // Playwright fixtures must destructure their (empty) dependencies.
  { files: ['tests/e2e/**'], rules: { 'no-empty-pattern': 'off' } },
);
