import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { SOCIAL_HOSTS } from './utils/social-hosts';

export default defineConfig({
  // Explicit imports everywhere: the same utils/ run in Node (CLIs, tests) without WXT's globals.
  imports: false,
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'fr',
    // storage: storage.session relays what the social content script sees to the side panel.
    permissions: ['activeTab', 'scripting', 'downloads', 'storage', 'contextMenus'],
    // The shortcut grants activeTab like a toolbar click; the side panel then reads the tab.
    commands: {
      'show-in-side-panel': {
        suggested_key: { default: 'Alt+Shift+G' },
        description: '__MSG_commandShowInPanel__',
      },
    },
    // MV2 drops optional_host_permissions silently: Firefox's MV2 build lists them here instead.
    ...(manifestVersion === 3
      ? { optional_host_permissions: SOCIAL_HOSTS }
      : { optional_permissions: SOCIAL_HOSTS }),
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
});
