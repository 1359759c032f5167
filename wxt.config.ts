import { resolve } from 'node:path';
import { defineConfig } from 'wxt';

// The extension's source lives in extension/ (docs/architecture.md); the build goes to .output/.
// `npm run build:e2e` sets WXT_IMPACT_E2E: the test build runs on http://127.0.0.1 pages without asking, and goes to
// .output/e2e/ (Chrome) or .output/e2e-firefox/ so that it never mixes with the store build, and the Chromium and
// Firefox suites can build at the same time.
const E2E = process.env.WXT_IMPACT_E2E === 'true';

// The sources archive Firefox's reviewers rebuild the extension from (`wxt zip -b firefox`): what the extension is
// made of, the locked dependencies, and the instructions (docs/store-listing.md, "Notes to reviewers").
const REVIEW_SOURCES = [
  'extension/**',
  'core/**',
  'package.json',
  'package-lock.json',
  'wxt.config.ts',
  'tsconfig.base.json',
  'README.md',
  'docs/store-listing.md',
  'docs/privacy.md',
];

export default defineConfig({
  hooks: {
    // WXT grants a runtime-registered content script's matches at install; Impact Lens asks for each site when the
    // user turns it on (optional_host_permissions), so the store build keeps no host permission at all.
    'build:manifestGenerated': (_wxt, manifest) => {
      if (!E2E) delete manifest.host_permissions;
    },
    'config:resolved': (wxt) => {
      if (E2E && wxt.config.browser !== 'chrome')
        wxt.config.outDir = resolve(wxt.config.outBaseDir, `e2e-${wxt.config.browser}`);
    },
  },
  srcDir: 'extension',
  ...(E2E ? { outDirTemplate: 'e2e' } : {}),
  publicDir: 'extension/public',
  modules: ['@wxt-dev/module-react'],
  zip: { includeSources: REVIEW_SOURCES },
  manifest: ({ browser }) => ({
    name: 'Impact Lens',
    // The Chrome Web Store refuses a description over 132 characters.
    description:
      "Checks grant applications as you write them against your organisation's theory of change and data. Nothing leaves your computer.",
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
            // addons.mozilla.org requires data_collection_permissions, which Firefox knows from 140 (the ESR line) and
            // Firefox for Android from 142: the minimums say so, rather than claim versions that ignore the key.
            gecko: {
              id: 'impact-lens@impactlens.org',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
