import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

const SOCIAL_HOSTS = ['https://www.linkedin.com/*', 'https://*.viadeo.com/*'];

export default defineConfig({
  // Explicit imports everywhere: the same utils/ run in Node (CLIs, tests) without WXT's globals.
  imports: false,
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'fr',
    permissions: ['activeTab', 'scripting', 'downloads', 'storage'],
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
