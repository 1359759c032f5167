import { defineConfig } from 'wxt';

// The extension's source lives in extension/ (DESIGN.md); the build goes to .output/.
export default defineConfig({
  srcDir: 'extension',
  publicDir: 'extension/public',
  modules: ['@wxt-dev/module-react'],
  manifest: ({ browser }) => ({
    name: 'Impact Lens',
    description:
      "Checks grant applications as you write them against your organisation's own theory of change and outcome data. Nothing leaves your computer.",
    // Least privilege: storage for settings, the workbook and drafts; nothing on any site until the user turns a site on.
    permissions: ['storage'],
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
