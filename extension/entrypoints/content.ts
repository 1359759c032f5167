import { PageSession } from '../content/session';
import { type CheckResult, isMessage, type Message, type ResponseTo, unhandled } from '../messaging';

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
    const session = new PageSession({
      document,
      storage: browser.storage.local,
      signal: controller.signal,
      openOrClosedShadowRoot: chromeDom
        ? (element) => chromeDom.openOrClosedShadowRoot(element as HTMLElement)
        : undefined,
      openSidePanel: () => void browser.runtime.sendMessage({ type: 'impact/open-panel' } satisfies Message),
      check: (fields) =>
        browser.runtime.sendMessage({
          type: 'impact/check',
          fields,
        } satisfies Message) as Promise<CheckResult>,
    });
    void session.start();
    const onStorage = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local') session.draftsChanged(changes);
    };
    browser.storage.onChanged.addListener(onStorage);
    ctx.onInvalidated(() => browser.storage.onChanged.removeListener(onStorage));

    const answer = (message: Message): ResponseTo<Message> | Promise<ResponseTo<Message>> => {
      switch (message.type) {
        case 'impact/report':
          return controller.signal.aborted ? { url: location.href, fields: [] } : session.report();
        case 'impact/stop':
          // The site was turned off: badges go, listeners go, nothing more is read or saved on this page.
          controller.abort();
          return true;
        case 'impact/focus-field':
          return session.focusField(message.key);
        case 'impact/apply-text':
          return session.applyText(message.key, message.text, message.mode);
        case 'impact/refresh':
          return session.refresh().then(() => true);
        case 'impact/open-panel':
        case 'impact/sites-changed':
        case 'impact/check':
          return false; // for the background
        default:
          return unhandled(message);
      }
    };
    const listener = (message: unknown, _sender: unknown, sendResponse: (response: unknown) => void) => {
      if (!isMessage(message)) return false;
      // new Promise, not Promise.resolve(answer()): an error thrown by answer() must reach the catch below.
      new Promise((resolve) => resolve(answer(message))).then(sendResponse, (error: unknown) => {
        console.error('Impact Lens:', error);
        sendResponse(undefined);
      });
      return true;
    };
    browser.runtime.onMessage.addListener(listener);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
  },
});
