import type { Finding } from '../../core/checks/define';
import { evidenceContext } from '../../core/checks/evidence-context';
import { CheckEngine } from '../../core/checks/run-checks';
import type { Workbook } from '../../core/model/schema';
import { questionKind } from '../../core/questions';
import type { QuestionKind } from '../../core/questions/types';
import { countText } from '../../core/text/count';
import { todayIso } from '../../core/toc/run';
import { DraftSaver, type KeyValueStore } from '../drafts/draft-store';
import { discoverFields, type Field, readText, writeText } from '../fields';
import { checkConfig, KEYS, type KindCorrections, readSettings, type Settings } from '../lib/settings';
import type { Report } from '../messaging';
import { Overlay } from '../overlay/overlay';

export interface SessionEnvironment {
  document: Document;
  storage: KeyValueStore;
  signal: AbortSignal;
  openOrClosedShadowRoot?: (element: Element) => ShadowRoot | null;
  openSidePanel(): void;
}

interface Tracked {
  field: Field;
  kind: QuestionKind;
  text: string;
  findings: Finding[];
}

/** How long the page may stay quiet after a change before fields are looked for again. */
const REDISCOVER_MS = 300;

/**
 * Impact Lens on one page: finds the fields, checks what is typed as it is typed, keeps every draft and draws the
 * badges. Everything it starts is tied to `signal`, so nothing outlives the content script.
 */
export class PageSession {
  private tracked = new Map<string, Tracked>();
  private engine = new CheckEngine();
  private settings: Settings = readSettings(undefined);
  private kinds: KindCorrections = {};
  private workbook: Workbook | undefined;
  private readonly saver: DraftSaver;
  private readonly overlay: Overlay;
  private readonly listening = new WeakSet<EventTarget>();
  private pendingCheck = new Set<string>();
  private checkFrame = 0;
  private rediscoverTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly env: SessionEnvironment) {
    this.saver = new DraftSaver(env.storage);
    this.overlay = new Overlay(env.document, { openSidePanel: () => env.openSidePanel() }, env.signal);
  }

  async start(): Promise<void> {
    await this.loadPreferences();
    this.discover();
    const { document, signal } = this.env;
    const win = document.defaultView!;
    // Save at once when the page is hidden or left: a reload straight after typing loses nothing.
    win.addEventListener('pagehide', () => void this.saver.flush(), { signal });
    document.addEventListener('visibilitychange', () => void this.saver.flush(), { signal });
    document.addEventListener('focusin', () => this.scheduleRediscovery(), { capture: true, signal });
    const observer = new MutationObserver(() => this.scheduleRediscovery());
    observer.observe(document.documentElement, { childList: true, subtree: true });
    signal.addEventListener('abort', () => {
      observer.disconnect();
      clearTimeout(this.rediscoverTimer);
      cancelAnimationFrame(this.checkFrame);
      void this.saver.flush();
    });
  }

  /** Re-reads settings, corrections and the workbook, and checks every field again. */
  async refresh(): Promise<void> {
    await this.loadPreferences();
    for (const t of this.tracked.values()) t.kind = this.kindOf(t.field);
    this.engine = this.newEngine();
    this.checkAll();
  }

  report(): Report {
    return {
      url: this.env.document.location.href,
      fields: [...this.tracked.values()].map((t) => {
        const counts = countText(t.text, { lineBreak: this.settings.lineBreak });
        return {
          key: t.field.key,
          label: t.field.label,
          kind: t.kind,
          limit: t.field.limit,
          words: counts.words,
          characters: counts.characters,
          findings: t.findings.map(({ checkId, severity, message, evidence, suggestion }) => ({
            checkId,
            severity,
            message,
            ...(evidence ? { evidence } : {}),
            ...(suggestion ? { suggestion } : {}),
          })),
        };
      }),
    };
  }

  focusField(key: string): boolean {
    const t = this.tracked.get(key);
    if (!t) return false;
    t.field.element.scrollIntoView({ block: 'center' });
    t.field.element.focus();
    return true;
  }

  /** Puts text into a field through its editor's own input path, so the portal's form state sees it. */
  applyText(key: string, text: string, mode: 'replace' | 'insert'): boolean {
    const t = this.tracked.get(key);
    if (!t) return false;
    const next =
      mode === 'replace'
        ? text
        : `${readText(t.field).replace(/\s+$/, '')}${t.text.trim() ? '\n\n' : ''}${text}`;
    writeText(t.field, next);
    this.onInput(t.field.key);
    return true;
  }

  private async loadPreferences(): Promise<void> {
    const stored = await this.env.storage.get([KEYS.settings, KEYS.kinds, KEYS.workbook]);
    this.settings = readSettings(stored[KEYS.settings]);
    const kinds = stored[KEYS.kinds];
    this.kinds = typeof kinds === 'object' && kinds !== null ? (kinds as KindCorrections) : {};
    this.workbook = (stored[KEYS.workbook] as Workbook | undefined) ?? undefined;
    this.engine = this.newEngine();
  }

  private newEngine(): CheckEngine {
    let evidence: ReturnType<typeof evidenceContext> | undefined;
    if (this.workbook) {
      try {
        evidence = evidenceContext(this.workbook, todayIso());
      } catch (error) {
        // A workbook that cannot be summarised must not stop the text checks.
        console.error('Impact Lens: the imported workbook could not be read', error);
      }
    }
    return new CheckEngine({ config: checkConfig(this.settings), ...(evidence ? { evidence } : {}) });
  }

  private kindOf(field: Field): QuestionKind {
    return this.kinds[field.key] ?? questionKind(field.label, field.help);
  }

  private scheduleRediscovery(): void {
    clearTimeout(this.rediscoverTimer);
    this.rediscoverTimer = setTimeout(() => this.discover(), REDISCOVER_MS);
  }

  private discover(): void {
    const found = discoverFields(this.env.document, {
      openOrClosedShadowRoot: this.env.openOrClosedShadowRoot,
    });
    const next = new Map<string, Tracked>();
    for (const field of found) {
      const old = this.tracked.get(field.key);
      const text = readText(field);
      next.set(
        field.key,
        old && old.field.element === field.element
          ? old
          : { field, kind: this.kindOf(field), text, findings: [] },
      );
      this.listen(field);
    }
    // Answers on pages of the form that are hidden now stay in the engine: they are still part of the application,
    // and page-level checks (the same figure given twice) compare every answer of it.
    this.tracked = next;
    void this.saver.prefetch([...next.keys()]);
    this.checkAll();
  }

  private listen(field: Field): void {
    const { signal } = this.env;
    if (!this.listening.has(field.element)) {
      this.listening.add(field.element);
      field.element.addEventListener('input', () => this.onInput(field.key), { signal });
    }
    const doc = field.element.ownerDocument;
    if (doc !== this.env.document && !this.listening.has(doc)) {
      this.listening.add(doc);
      this.overlay.listenForShortcut(doc, signal);
      doc.defaultView?.addEventListener('pagehide', () => void this.saver.flush(), { signal });
    }
  }

  /** A keystroke: read the field, save its draft, and check it in the next frame (many keystrokes, one check). */
  private onInput(key: string): void {
    const t = this.tracked.get(key);
    if (!t) return;
    t.text = readText(t.field);
    this.saver.save({ key, url: this.env.document.location.href, label: t.field.label }, t.text);
    this.pendingCheck.add(key);
    cancelAnimationFrame(this.checkFrame);
    this.checkFrame = requestAnimationFrame(() => this.checkPending());
  }

  private checkPending(): void {
    const keys = [...this.pendingCheck];
    this.pendingCheck.clear();
    for (const key of keys) {
      const t = this.tracked.get(key);
      if (t) this.engine.update(this.answerOf(t));
    }
    // Page-level checks compare answers, so every field's findings are refreshed from the cache (cheap).
    for (const t of this.tracked.values()) t.findings = this.engine.findingsFor(t.field.key);
    this.draw();
  }

  private checkAll(): void {
    // update, not updatePage: answers seen earlier on hidden pages of the form stay in for page-level checks.
    for (const t of this.tracked.values()) this.engine.update(this.answerOf(t));
    for (const t of this.tracked.values()) t.findings = this.engine.findingsFor(t.field.key);
    this.draw();
  }

  private answerOf(t: Tracked) {
    return {
      key: t.field.key,
      text: t.text,
      question: { kind: t.kind, label: t.field.label, limit: t.field.limit },
    };
  }

  private draw(): void {
    this.overlay.update(
      [...this.tracked.values()].map((t) => ({
        key: t.field.key,
        label: t.field.label,
        element: t.field.element,
        findings: t.findings,
      })),
    );
  }
}
