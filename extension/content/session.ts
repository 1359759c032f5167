import type { Finding } from '../../core/checks/finding';
import type { Question } from '../../core/questions/types';
import { countText } from '../../core/text/count';
import { DraftSaver, type KeyValueStore } from '../drafts/draft-store';
import { appendText, discoverFields, type Field, readText, writeText } from '../fields';
import { KEYS, readSettings, type Settings } from '../lib/settings';
import type { CheckResult, FieldText, Report } from '../messaging';
import { Overlay } from '../overlay/overlay';

export interface SessionEnvironment {
  document: Document;
  storage: KeyValueStore;
  signal: AbortSignal;
  openOrClosedShadowRoot?: (element: Element) => ShadowRoot | null;
  openSidePanel(): void;
  /** Describes each field's question and runs the checks (in the background). */
  check(fields: FieldText[]): Promise<CheckResult>;
  /** What `report()` returns has changed: tells an open side panel. */
  reportChanged(): void;
}

interface Tracked {
  field: Field;
  /** As the background described it; undefined until the first check of the field comes back. */
  question: Question | undefined;
  text: string;
  findings: Finding[];
}

/** How long the page may stay quiet after a change before fields are looked for again. */
const REDISCOVER_MS = 300;

/** What the user is told when the browser refuses to store a draft. */
export const DRAFTS_NOT_SAVED = {
  title: 'Impact Lens could not save your draft',
  text: 'The browser refused to store it (its storage for extensions may be full). Your text is still in the form: copy anything long somewhere safe, and delete old drafts in the side panel to make room.',
};

/**
 * Impact Lens on one page: finds the fields, checks what is typed as it is typed, keeps every draft and draws the
 * badges. Everything it starts is tied to `signal`, so nothing outlives the content script.
 */
export class PageSession {
  private tracked = new Map<string, Tracked>();
  /** Answers of fields no longer on screen (other pages of the form): still part of the application. */
  private readonly elsewhere = new Map<string, FieldText>();
  private settings: Settings = readSettings(undefined);
  private checking = false;
  private recheck = false;
  /** Settles when no check is under way: a report waits for it, so that every field in it has its question. */
  private checked: Promise<void> = Promise.resolve();
  private readonly saver: DraftSaver;
  private draftsUnsaved = false;
  private readonly overlay: Overlay;
  private readonly listening = new WeakSet<EventTarget>();
  private checkFrame = 0;
  private rediscoverTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly env: SessionEnvironment) {
    this.saver = new DraftSaver(env.storage, Date.now, 500, (error) => this.draftWritten(error));
    this.overlay = new Overlay(
      env.document,
      { openSidePanel: () => env.openSidePanel() },
      env.signal,
      'closed',
      env.openOrClosedShadowRoot,
    );
  }

  async start(): Promise<void> {
    await this.loadPreferences();
    this.discover();
    const { document, signal } = this.env;
    const win = document.defaultView!;
    // Save at once when the page is hidden or left: a reload straight after typing loses nothing.
    win.addEventListener('pagehide', () => void this.saver.flush(), { signal });
    document.addEventListener('visibilitychange', () => void this.saver.flush(), { signal });
    document.addEventListener(
      'focusin',
      (event) => {
        // Focus moving into the overlay's own popover is not the page changing.
        if (!this.overlay.owns(event.target)) this.scheduleRediscovery();
      },
      { capture: true, signal },
    );
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
    await this.runChecks();
  }

  /** Tells the user when drafts stop being saved, and takes the notice away once one is saved again. */
  private draftWritten(error: unknown): void {
    const unsaved = error !== undefined;
    if (unsaved === this.draftsUnsaved || this.env.signal.aborted) return;
    this.draftsUnsaved = unsaved;
    this.overlay.notice(unsaved ? DRAFTS_NOT_SAVED : undefined);
    this.env.reportChanged();
  }

  /** Every field with its question and findings, once the checks under way are done. */
  async report(): Promise<Report> {
    await this.checked;
    return {
      url: this.env.document.location.href,
      ...(this.draftsUnsaved ? { draftsUnsaved: true } : {}),
      fields: [...this.tracked.values()].map((t) => {
        const counts = countText(t.text, { lineBreak: this.settings.lineBreak });
        return {
          key: t.field.key,
          label: t.field.label,
          // The checks could not run: the field is still listed, as a question of no particular kind.
          kind: t.question?.kind ?? 'other',
          limit: t.question?.limit ?? null,
          words: counts.words,
          characters: counts.characters,
          findings: t.findings,
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
    // An insert goes after what is there, leaving the answer (and an editor's formatting) as it was.
    if (mode === 'replace') writeText(t.field, text);
    else appendText(t.field, text);
    this.onInput(t.field.key, true);
    return true;
  }

  private async loadPreferences(): Promise<void> {
    const stored = await this.env.storage.get([KEYS.settings]);
    this.settings = readSettings(stored[KEYS.settings]);
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
    // Focus moves and page mutations are frequent: check again only when a field came, went or changed text
    // without an input event (a portal filling in a saved answer).
    let changed = found.length !== this.tracked.size;
    // Text no input event told us about: typed into a field revealed a moment before it was found, or put there by
    // the portal. It is saved too. In a field just found, it replaces the draft only by keeping that as an earlier
    // version (a portal's copy after a time-out may be older than what the user typed); in a field already known,
    // the usual rule applies (a sharp shrink keeps the old text), so an editor that sends no input events does not
    // fill the version list with every pause.
    const arrived: { t: Tracked; keepPrevious: boolean }[] = [];
    for (const field of found) {
      const old = this.tracked.get(field.key);
      const text = readText(field);
      if (old && old.field.element === field.element) {
        if (old.text !== text) {
          old.text = text;
          changed = true;
          arrived.push({ t: old, keepPrevious: false });
        }
        next.set(field.key, old);
      } else {
        const tracked: Tracked = { field, question: old?.question, text, findings: [] };
        next.set(field.key, tracked);
        changed = true;
        if (text.trim() !== '') arrived.push({ t: tracked, keepPrevious: true });
      }
      this.listen(field);
    }
    // Answers on pages of the form that are hidden now still count for page-level checks (the same figure twice).
    for (const [key, t] of this.tracked) if (!next.has(key)) this.elsewhere.set(key, this.fieldText(t));
    for (const key of next.keys()) this.elsewhere.delete(key);
    this.tracked = next;
    if (!changed) return;
    const { href } = this.env.document.location;
    // After the stored drafts are read, so that what arrived is compared with them, not with nothing.
    void this.saver.prefetch([...next.keys()]).then(
      () => {
        for (const { t, keepPrevious } of arrived) {
          this.saver.save({ key: t.field.key, url: href, label: t.field.label }, t.text, keepPrevious);
        }
      },
      // Storage cannot even be read: nothing that arrived can be saved, and the user is told so.
      (error: unknown) => this.draftWritten(error ?? new Error('storage could not be read')),
    );
    void this.runChecks();
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

  /** Another tab saved, or the user deleted drafts in the side panel. */
  draftsChanged(changes: Record<string, { newValue?: unknown }>): void {
    this.saver.storageChanged(changes);
  }

  /**
   * A keystroke: read the field, save its draft, and check it in the next frame (many keystrokes, one check).
   * `replaced` marks text put in by a restore or an insert: what it replaced is kept as an earlier version.
   */
  private onInput(key: string, replaced = false): void {
    const t = this.tracked.get(key);
    if (!t) return;
    t.text = readText(t.field);
    this.saver.save({ key, url: this.env.document.location.href, label: t.field.label }, t.text, replaced);
    cancelAnimationFrame(this.checkFrame);
    this.checkFrame = requestAnimationFrame(() => void this.runChecks());
  }

  private fieldText(t: Tracked): FieldText {
    const { key, label, help, maxLength, counterText } = t.field;
    return { key, text: t.text, label, help, maxLength, counterText };
  }

  /** One check at a time; keystrokes during a check are folded into one more check after it. */
  private runChecks(): Promise<void> {
    if (this.checking) {
      this.recheck = true;
      return this.checked;
    }
    this.checking = true;
    this.checked = this.checkUntilSettled();
    return this.checked;
  }

  private async checkUntilSettled(): Promise<void> {
    try {
      do {
        this.recheck = false;
        const fields = [
          ...[...this.tracked.values()].map((t) => this.fieldText(t)),
          ...this.elsewhere.values(),
        ];
        const result = await this.env.check(fields);
        for (const t of this.tracked.values()) {
          t.question = result.questions[t.field.key] ?? t.question;
          t.findings = result.findings[t.field.key] ?? [];
        }
        this.draw();
        if (!this.env.signal.aborted) this.env.reportChanged();
      } while (this.recheck);
    } catch (error) {
      console.error('Impact Lens: the checks could not run', error);
    } finally {
      this.checking = false;
    }
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
