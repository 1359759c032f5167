import { PageSession } from '../content/session';
import { type Handlers, notifyPanels, receiver, sendToBackground } from '../lib/channel';
import { CONTENT_SCHEMAS, type ContentMessages } from '../messaging';

// The test build (npm run build:e2e) is declared for local test pages; the store build registers itself at run
// time, only for sites the user turned on (entrypoints/background.ts).
const E2E = import.meta.env.WXT_IMPACT_E2E === 'true';

export default defineContentScript({
  matches: E2E ? ['http://127.0.0.1/*'] : ['https://*/*'],
  registration: E2E ? 'manifest' : 'runtime',
  runAt: 'document_idle',
  main(ctx) {
    const controller = new AbortController();
    ctx.onInvalidated(() => controller.abort());
    const chromeDom = (globalThis as { chrome?: typeof chrome }).chrome?.dom;
    const reportChanged = () => notifyPanels({ type: 'impact/report-changed' });
    const session = new PageSession({
      document,
      storage: browser.storage.local,
      signal: controller.signal,
      openOrClosedShadowRoot: chromeDom
        ? (element) => chromeDom.openOrClosedShadowRoot(element as HTMLElement)
        : undefined,
      openSidePanel: () => void sendToBackground({ type: 'impact/open-panel' }).catch(() => false),
      check: (fields) => sendToBackground({ type: 'impact/check', fields }),
      reportChanged,
    });
    void session.start();
    const onStorage = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local') session.draftsChanged(changes);
    };
    browser.storage.onChanged.addListener(onStorage);
    ctx.onInvalidated(() => browser.storage.onChanged.removeListener(onStorage));

    const handlers: Handlers<ContentMessages> = {
      'impact/report': () =>
        controller.signal.aborted ? { url: location.href, fields: [] } : session.report(),
      'impact/stop': () => {
        // The site was turned off: badges go, listeners go, nothing more is read or saved on this page.
        controller.abort();
        reportChanged();
        return true;
      },
      'impact/focus-field': (message) => session.focusField(message.key),
      'impact/apply-text': (message) => session.applyText(message.key, message.text, message.mode),
      'impact/refresh': () => session.refresh().then(() => true),
    };
    const listener = receiver(CONTENT_SCHEMAS, handlers);
    browser.runtime.onMessage.addListener(listener);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
  },
});
