import { PageSession } from '../content/session';
import { type Handlers, notifyPanels, receiver, sendToBackground } from '../lib/channel';
import { CONTENT_SCHEMAS, type ContentMessages } from '../messaging';

// The test build (npm run build:e2e) is declared for local test pages; the store build registers itself at run
// time, only for sites the user turned on (entrypoints/background.ts).
const E2E = import.meta.env.WXT_IMPACT_E2E === 'true';

/**
 * Where the copy running in a page leaves its stop, for a newer copy in the same page to call: on the global of the
 * content scripts' own world, which the page's scripts cannot reach.
 */
const RUNNING = Symbol.for('impact-lens.running');

export default defineContentScript({
  matches: E2E ? ['http://127.0.0.1/*'] : ['https://*/*'],
  registration: E2E ? 'manifest' : 'runtime',
  runAt: 'document_idle',
  // WXT would post the script's start to the page's window, with the extension's id in it.
  noScriptStartedPostMessage: true,
  main(ctx) {
    // This copy of the script, which answers the extension's messages: it ends when a newer copy takes over, or when
    // it is cut off from the extension.
    const copy = new AbortController();
    // The session on this page: it ends with the copy, or when the user turns the site off (the copy then answers
    // that the page has no fields).
    const controller = new AbortController();
    const { signal } = controller;
    copy.signal.addEventListener('abort', () => controller.abort());
    const connected = () => browser.runtime?.id !== undefined;
    // A copy already running here (started again from the side panel, or cut off by an update) gives way to this one.
    const world = globalThis as { [RUNNING]?: () => void };
    world[RUNNING]?.();
    world[RUNNING] = () => copy.abort();
    // WXT ends a script when a newer copy announces its start with an event on the document: an event the page can
    // fake, as a store build's id is public. Only a copy cut off from the extension ends then.
    ctx.onInvalidated(() => {
      if (!connected()) copy.abort();
    });
    /** Undoes a registration with the extension when `ended` aborts; cut off from it, there is none to undo. */
    const whenEnded = (ended: AbortSignal, undo: () => void) =>
      ended.addEventListener('abort', () => {
        if (connected()) undo();
      });

    const chromeDom = (globalThis as { chrome?: typeof chrome }).chrome?.dom;
    const reportChanged = () => notifyPanels({ type: 'impact/report-changed' });
    const session = new PageSession({
      document,
      storage: browser.storage.local,
      signal,
      openOrClosedShadowRoot: chromeDom
        ? (element) => chromeDom.openOrClosedShadowRoot(element as HTMLElement)
        : undefined,
      openSidePanel: () => void sendToBackground({ type: 'impact/open-panel' }).catch(() => false),
      check: (request) => sendToBackground({ type: 'impact/check', ...request }),
      saveAnswer: (answer) => sendToBackground({ type: 'impact/save-answer', ...answer }),
      // Sent before the page goes, with no answer awaited: the background writes them whether or not the page lives.
      keepDrafts: (drafts) => {
        if (connected()) void sendToBackground({ type: 'impact/keep-drafts', drafts }).catch(() => false);
      },
      reportChanged,
      connected,
      stop: () => copy.abort(),
    });
    void session.start();
    const onStorage = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local') session.draftsChanged(changes);
    };
    browser.storage.onChanged.addListener(onStorage);
    whenEnded(signal, () => browser.storage.onChanged.removeListener(onStorage));

    const handlers: Handlers<ContentMessages> = {
      'impact/report': () => (signal.aborted ? { url: location.href, fields: [] } : session.report()),
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
    whenEnded(copy.signal, () => browser.runtime.onMessage.removeListener(listener));
  },
});
