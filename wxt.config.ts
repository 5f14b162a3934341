import { defineConfig } from 'wxt';

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  zip: { excludeSources: ['tests/e2e/artifacts/**', 'tests/bench/results/**'] },
  manifest: ({ browser }) => ({
    name: 'ExoCheck',
    description:
      'Explains exosome skincare ingredients and claims on the product page you are reading. Nothing leaves your browser.',
    permissions: ['storage', 'activeTab', 'scripting'],
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'exocheck@exocheck.org',
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
});
