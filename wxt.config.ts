import { defineConfig } from 'wxt';

// The extension's source lives in extension/ (docs/architecture.md); the build goes to .output/.
// `npm run build:e2e` sets WXT_IMPACT_E2E: the test build runs on http://127.0.0.1 pages without asking, and goes to
// .output/e2e/ so that it never mixes with the store build.
const E2E = process.env.WXT_IMPACT_E2E === 'true';

export default defineConfig({
  hooks: {
    // WXT grants a runtime-registered content script's matches at install; Impact Lens asks for each site when the
    // user turns it on (optional_host_permissions), so the store build keeps no host permission at all.
    'build:manifestGenerated': (_wxt, manifest) => {
      if (!E2E) delete manifest.host_permissions;
    },
  },
  srcDir: 'extension',
  ...(E2E ? { outDirTemplate: 'e2e' } : {}),
  publicDir: 'extension/public',
  modules: ['@wxt-dev/module-react'],
  manifest: ({ browser }) => ({
    name: 'Impact Lens',
    description:
      "Checks grant applications as you write them against your organisation's own theory of change and outcome data. Nothing leaves your computer.",
    // Least privilege: storage for settings, the workbook and drafts; scripting to run on the sites the user turns on;
    // activeTab to read the current page's address when the toolbar button is pressed. No site at install.
    permissions: ['storage', 'scripting', 'activeTab'],
    optional_host_permissions: ['https://*/*'],
    // The test build reads local test pages (and their tabs' addresses) without asking.
    ...(E2E ? { host_permissions: ['http://127.0.0.1/*'] } : {}),
    action: { default_title: 'Impact Lens' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'impact-lens@impactlens.org',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
