import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { SOCIAL_HOSTS } from './utils/social-hosts';
import { REGISTRY_HOSTS } from './utils/registry/hosts';

export default defineConfig({
  // Explicit imports everywhere: the same utils/ run in Node (CLIs, tests) without WXT's globals.
  imports: false,
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'fr',
    permissions: [
      'activeTab',
      'scripting',
      'downloads',
      // The list (issue 6): storage.local mirror, follow-up alarms and notifications, the
      // toolbar menu's "open the list", and IndexedDB that the browser never evicts.
      'storage',
      'alarms',
      'notifications',
      'contextMenus',
      'unlimitedStorage',
    ],
    // The shortcut grants activeTab like a toolbar click; the side panel then reads the tab.
    // (storage.session also relays what the social content script sees to the side panel.)
    commands: {
      'show-in-side-panel': {
        suggested_key: { default: 'Alt+Shift+G' },
        description: '__MSG_commandShowInPanel__',
      },
    },
    // MV2 drops optional_host_permissions silently: Firefox's MV2 build lists them here instead.
    ...(manifestVersion === 3
      ? { optional_host_permissions: [...SOCIAL_HOSTS, ...REGISTRY_HOSTS] }
      : { optional_permissions: [...SOCIAL_HOSTS, ...REGISTRY_HOSTS] }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'glaneur@glaneur.app',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    // The capture script runs once per click and returns what it read: it is built with WXT's
    // run-once wrapper (that of unlisted scripts) rather than the content-script one, whose
    // context (invalidation, location watching, ~3 KB) it never uses and which posts the
    // extension's id to the page on every capture.
    'vite:build:extendConfig'(entrypoints, config) {
      const [entry] = entrypoints;
      if (entrypoints.length !== 1 || entry?.name !== 'extract' || !config.build?.lib) return;
      config.build.lib.entry = `virtual:wxt-unlisted-script-entrypoint?${entry.inputPath}`;
    },
  },
});
