import type { Finding } from '../../core/checks/finding';
import type { Question } from '../../core/questions/types';
import { countText } from '../../core/text/count';
import { type DraftRecord, DraftSaver, type FieldIdentity, type KeyValueStore } from '../drafts/draft-store';
import { appendText, describeField, discoverFields, type Field, readText, writeText } from '../fields';
import { isSecretElement } from '../fields/skip';
import { KEYS, readSettings, type Settings } from '../lib/settings';
import type {
  BackgroundMessages,
  CheckRequest,
  CheckResult,
  FieldText,
  OtherPageAnswer,
  PageFinding,
  Report,
  ReportedField,
  ReportedPage,
} from '../messaging';
import { Overlay, type SaveOutcome } from '../overlay/overlay';

export interface SessionEnvironment {
  document: Document;
  storage: KeyValueStore;
  signal: AbortSignal;
  openOrClosedShadowRoot?: (element: Element) => ShadowRoot | null;
  openSidePanel(): void;
  /** Describes each field's question and runs the checks (in the background). */
  check(request: CheckRequest): Promise<CheckResult>;
  /**
   * The page is going: has the background write these drafts too. It outlives the page, and a storage write the
   * page starts as it unloads may never finish (Firefox drops it).
   */
  keepDrafts(drafts: DraftRecord[]): void;
  /** Keeps an answer in the library (in the background); resolves to whether it was kept. */
  saveAnswer(answer: BackgroundMessages['impact/save-answer']['body']): Promise<boolean>;
  /** What `report()` returns has changed: tells an open side panel. */
  reportChanged(): void;
  /** Whether the extension is still there: not once it was updated, reloaded or turned off under the page. */
  connected(): boolean;
  /** Ends the session: aborts `signal`. */
  stop(): void;
}

interface Tracked {
  field: Field;
  text: string;
}

/** A field's check, as the background last told it: kept by key, for fields gone elsewhere and back too. */
interface Checked {
  question: Question;
  /** Every finding, for the side panel. */
  findings: Finding[];
  /** Those the overlay in the page may show. */
  shown: PageFinding[];
}

/** How long the page may stay quiet after a change before fields are looked for again. */
const QUIET_MS = 300;
/**
 * The longest a change waits for the page to go quiet (a clock that ticks every 200 ms never is): a second, or, on
 * a page slow to search, so long that searching takes at most a twentieth of the page's time.
 */
const MAX_WAIT_MS = 1_000;
const MAX_SHARE_OF_TIME = 20;

/** What the user is told when the extension is cut off from the page. */
export const STOPPED = {
  title: 'Impact Lens has stopped on this page',
  text: 'It was updated, reloaded or turned off while the page was open, so what you type here is no longer checked or saved as a draft. Your text is still in the form. Reload the page to start Impact Lens again (copy anything long first, in case the portal does not keep it).',
};

/** An element a person types text into: focus there is about to be typing. */
function takesText(target: EventTarget | undefined): target is HTMLElement {
  if (!target || !('localName' in target)) return false;
  const element = target as HTMLElement;
  if (element.localName === 'textarea') return true;
  if (element.localName === 'input')
    return ['', 'text', 'search'].includes((element as HTMLInputElement).type);
  return element.isContentEditable;
}

/** What the user is told when the browser refuses to store the drafts of the fields with these labels. */
export function draftsNotSaved(labels: readonly string[]): { title: string; text: string } {
  const one = labels.length === 1;
  const named = labels.map((label) => `“${label || 'Untitled field'}”`).join(', ');
  return {
    title: `Impact Lens could not save your draft${one ? '' : 's'} of ${named}`,
    text: `The browser refused to store ${one ? 'it' : 'them'} (its storage for extensions may be full, or the text too long for the room left). Your text is still in the form: copy anything long somewhere safe, and delete old drafts in the side panel to make room.`,
  };
}

/**
 * Impact Lens on one page: finds the fields, checks what is typed as it is typed, keeps every draft and draws the
 * badges. Everything it starts is tied to `signal`, so nothing outlives the content script.
 */
export class PageSession {
  private tracked = new Map<string, Tracked>();
  /** Answers of fields no longer on screen (other pages of the form): still part of the application. */
  private readonly elsewhere = new Map<string, FieldText>();
  /** Answers on the application's other pages (documents of their own), as the background kept them. */
  private readonly otherPages = new Map<string, OtherPageAnswer>();
  private readonly checks = new Map<string, Checked>();
  /** Names this session to the background, which keeps its answers between checks. */
  private readonly id = Math.random().toString(36).slice(2);
  /** The keys of the fields changed (or gone) since the last check: a keystroke sends its own field alone. */
  private readonly unsent = new Set<string>();
  /** The background needs every field: at the start, and when it lost them or its preferences changed. */
  private sendAll = true;
  /** The fields came or went since the badges were last drawn: all are drawn again, not just those re-checked. */
  private fieldsChanged = true;
  /** The elements of the fields found: a change inside one (a rich editor's paragraphs) brings no new field. */
  private fieldElements = new WeakSet<Node>();
  /** Focused elements that take text but that the last search did not make fields (a name, an e-mail address). */
  private readonly notFields = new WeakSet<Node>();
  /** When the page first changed since fields were last looked for. */
  private changedSince: number | undefined;
  /** How long the last search for fields took, in milliseconds. */
  private searchMs = 0;
  private settings: Settings = readSettings(undefined);
  private checking = false;
  private recheck = false;
  /** Settles when no check is under way: a report waits for it, so that every field in it has its question. */
  private checked: Promise<void> = Promise.resolve();
  private readonly saver: DraftSaver;
  /** The labels of the fields whose drafts storage refused, as the notice names them. */
  private unsavedLabels: readonly string[] = [];
  private readonly overlay: Overlay;
  private readonly listening = new WeakSet<EventTarget>();
  private checkFrame = 0;
  private rediscoverTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly env: SessionEnvironment) {
    this.saver = new DraftSaver(env.storage, Date.now, 500, (unsaved) => this.draftsWritten(unsaved));
    this.overlay = new Overlay(
      env.document,
      { openSidePanel: () => env.openSidePanel(), saveToLibrary: (key) => this.saveToLibrary(key) },
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
    // Save at once when the page is hidden or left: a reload straight after typing loses nothing. On beforeunload
    // too: a tab the user closes is asked first, while it can surely still reach the background, and in Firefox a
    // message sent on a closing tab's pagehide does not always arrive.
    win.addEventListener('beforeunload', () => this.leaving(), { signal });
    win.addEventListener('pagehide', () => this.leaving(), { signal });
    document.addEventListener('visibilitychange', () => void this.saver.flush(), { signal });
    document.addEventListener('focusin', (event) => this.focusMoved(event), { capture: true, signal });
    const observer = new MutationObserver((records) => {
      if (records.some((record) => !this.insideField(record.target))) this.scheduleRediscovery();
    });
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
    this.sendAll = true;
    await this.runChecks();
  }

  /** The extension is gone from under the page: the user is told, and the session ends. */
  private disconnect(): void {
    if (this.env.signal.aborted) return;
    this.overlay.retire(STOPPED);
    this.env.stop();
  }

  /** Tells the user which fields' drafts are not being saved, and takes the notice away once they are. */
  private draftsWritten(unsaved: readonly FieldIdentity[]): void {
    const labels = unsaved.map((f) => f.label);
    if (labels.join('\n') === this.unsavedLabels.join('\n') || this.env.signal.aborted) return;
    this.unsavedLabels = labels;
    this.overlay.notice(labels.length > 0 ? draftsNotSaved(labels) : undefined);
    this.env.reportChanged();
  }

  /** "Save to library" in the popover: the field's answer as it stands, with its question as the checks read it. */
  private async saveToLibrary(key: string): Promise<SaveOutcome> {
    await this.checked;
    const t = this.tracked.get(key);
    if (!t || t.text.trim() === '') return 'empty';
    const question = this.checks.get(key)?.question;
    if (!question) return 'failed';
    const { kind, limit } = question;
    const answer = {
      text: t.text,
      question: { label: t.field.label, help: t.field.help ?? '', kind, limit },
      url: this.env.document.location.href,
    };
    return (await this.env.saveAnswer(answer).catch(() => false)) ? 'saved' : 'failed';
  }

  /** Every field with its question and findings, once the checks under way are done. */
  async report(): Promise<Report> {
    await this.checked;
    const otherPages = this.reportOtherPages();
    return {
      url: this.env.document.location.href,
      ...(this.unsavedLabels.length > 0 ? { draftsUnsaved: true } : {}),
      fields: [...this.tracked.values()].map((t) => this.reported(t.field.key, t.text, t.field.label)),
      ...(otherPages.length > 0 ? { otherPages } : {}),
    };
  }

  /** A field as the side panel lists it; one on another page is named as the background described its question. */
  private reported(key: string, text: string, label?: string): ReportedField {
    const counts = countText(text, { lineBreak: this.settings.lineBreak });
    const checked = this.checks.get(key);
    return {
      key,
      label: label ?? checked?.question.label ?? '',
      // The checks could not run: the field is still listed, as a question of no particular kind.
      kind: checked?.question.kind ?? 'other',
      limit: checked?.question.limit ?? null,
      words: counts.words,
      characters: counts.characters,
      findings: checked?.findings ?? [],
    };
  }

  /** The hidden steps of this document, then each other page of the application in the order first heard of. */
  private reportOtherPages(): ReportedPage[] {
    const { document } = this.env;
    const pages: ReportedPage[] = [];
    if (this.elsewhere.size > 0) {
      pages.push({
        url: document.location.href,
        title: document.title,
        sameDocument: true,
        fields: [...this.elsewhere.values()].map((f) => this.reported(f.key, f.text, f.label)),
      });
    }
    const byUrl = new Map<string, ReportedPage>();
    for (const [key, { page, text }] of this.otherPages) {
      if (this.tracked.has(key) || this.elsewhere.has(key)) continue;
      let group = byUrl.get(page.url);
      if (!group) {
        group = { url: page.url, title: page.title, fields: [] };
        byUrl.set(page.url, group);
      }
      group.fields.push(this.reported(key, text));
    }
    return [...pages, ...byUrl.values()];
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

  /** Looks for fields once the page is quiet, or once the longest wait has passed since it first changed. */
  private scheduleRediscovery(): void {
    const now = performance.now();
    this.changedSince ??= now;
    const deadline = this.changedSince + Math.max(MAX_WAIT_MS, MAX_SHARE_OF_TIME * this.searchMs);
    clearTimeout(this.rediscoverTimer);
    this.rediscoverTimer = setTimeout(() => this.discover(), Math.max(0, Math.min(QUIET_MS, deadline - now)));
  }

  /** Focus moving into a field not known yet is the user about to type in it: it is looked for at once. */
  private focusMoved(event: FocusEvent): void {
    // Focus moving into the overlay's own popover is not the page changing.
    if (this.overlay.owns(event.target)) return;
    const target = event.composedPath()[0];
    if (!takesText(target) || this.insideField(target) || this.notFields.has(target)) {
      this.scheduleRediscovery();
      return;
    }
    this.discover();
    if (!this.insideField(target)) this.notFields.add(target);
  }

  private insideField(node: Node): boolean {
    for (let at: Node | null = node; at !== null; at = at.parentNode)
      if (this.fieldElements.has(at)) return true;
    return false;
  }

  /** Times the search for fields: a page slow to search is searched less often. */
  private findFields(): Field[] {
    const started = performance.now();
    const found = discoverFields(this.env.document, {
      openOrClosedShadowRoot: this.env.openOrClosedShadowRoot,
    });
    this.searchMs = performance.now() - started;
    this.fieldElements = new WeakSet(found.map((f) => f.element));
    return found;
  }

  private discover(): void {
    clearTimeout(this.rediscoverTimer);
    this.changedSince = undefined;
    const found = this.findFields();
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
          this.unsent.add(field.key);
          arrived.push({ t: old, keepPrevious: false });
        }
        next.set(field.key, old);
      } else {
        // Its help and counters are read as it arrives, before anything is typed in it (a field kept from an earlier
        // search keeps the description it had, so a search that finds the same fields reads none).
        describeField(field);
        const tracked: Tracked = { field, text };
        next.set(field.key, tracked);
        changed = true;
        this.fieldsChanged = true;
        this.unsent.add(field.key);
        if (text.trim() !== '') arrived.push({ t: tracked, keepPrevious: true });
      }
      this.listen(field);
    }
    // Answers on pages of the form that are hidden now still count for page-level checks (the same figure twice).
    for (const [key, t] of this.tracked) {
      if (next.has(key)) continue;
      // Gone because it now holds a secret (masked, or made a password input): its drafts go too.
      if (isSecretElement(t.field.element)) void this.saver.forget(key);
      else this.elsewhere.set(key, this.fieldText(t));
    }
    for (const key of next.keys()) this.elsewhere.delete(key);
    // A field neither on screen nor kept elsewhere (it holds a secret now) leaves the checks too.
    for (const key of this.tracked.keys()) {
      if (next.has(key)) continue;
      this.fieldsChanged = true;
      if (!this.elsewhere.has(key)) this.unsent.add(key);
    }
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
      (error: unknown) => {
        console.error('Impact Lens: could not read the saved drafts', error);
        this.draftsWritten(arrived.map(({ t }) => ({ key: t.field.key, url: href, label: t.field.label })));
      },
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
      doc.defaultView?.addEventListener('pagehide', () => this.leaving(), { signal });
    }
  }

  /** The page (or a frame with fields) is going: what is pending is saved now, through the background as well. */
  private leaving(): void {
    void this.saver.flush((drafts) => this.env.keepDrafts(drafts));
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
    if (!this.env.connected()) {
      this.disconnect();
      return;
    }
    if (isSecretElement(t.field.element)) {
      this.forgetSecret(key);
      return;
    }
    this.unsent.add(key);
    t.text = readText(t.field);
    this.saver.save({ key, url: this.env.document.location.href, label: t.field.label }, t.text, replaced);
    cancelAnimationFrame(this.checkFrame);
    this.checkFrame = requestAnimationFrame(() => void this.runChecks());
  }

  /** The page masked the field, or made it a password input: it is no longer read, checked or kept. */
  private forgetSecret(key: string): void {
    this.tracked.delete(key);
    this.unsent.add(key);
    this.fieldsChanged = true;
    void this.saver.forget(key);
    void this.runChecks();
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
        const result = await this.env.check(this.nextRequest());
        if (result.resend) {
          this.sendAll = true;
          this.recheck = true;
          continue;
        }
        this.apply(result);
        if (!this.env.signal.aborted) this.env.reportChanged();
        // A session that ended (a newer copy took over) sends nothing more: it would only unsettle the newer one's.
      } while (this.recheck && !this.env.signal.aborted);
    } catch (error) {
      // What reached the background is not known: the next check sends every field.
      this.sendAll = true;
      if (this.env.connected()) console.error('Impact Lens: the checks could not run', error);
      else this.disconnect();
    } finally {
      this.checking = false;
    }
  }

  /** Every field when the background needs them all; else those changed since the last check, and the keys gone. */
  private nextRequest(): CheckRequest {
    const partial = !this.sendAll;
    const keys = partial ? [...this.unsent] : [...this.tracked.keys(), ...this.elsewhere.keys()];
    this.sendAll = false;
    this.unsent.clear();
    const fields: FieldText[] = [];
    const gone: string[] = [];
    for (const key of keys) {
      const t = this.tracked.get(key);
      const field = t ? this.fieldText(t) : this.elsewhere.get(key);
      if (field) fields.push(field);
      else gone.push(key);
    }
    for (const key of gone) this.checks.delete(key);
    const { document } = this.env;
    return {
      session: this.id,
      partial,
      fields,
      ...(gone.length > 0 ? { gone } : {}),
      page: { url: document.location.href, title: document.title },
    };
  }

  /** Keeps what the background says changed, and redraws those fields' badges alone, unless fields came or went. */
  private apply(result: CheckResult): void {
    for (const [key, answer] of Object.entries(result.elsewhere ?? {})) this.otherPages.set(key, answer);
    for (const [key, question] of Object.entries(result.questions)) {
      const shown = result.shown[key] ?? [];
      this.checks.set(key, { question, findings: result.findings[key] ?? [], shown });
      if (!this.fieldsChanged && this.tracked.has(key)) this.overlay.setFindings(key, shown);
    }
    if (this.fieldsChanged) this.draw();
  }

  private draw(): void {
    this.fieldsChanged = false;
    this.overlay.update(
      [...this.tracked.values()].map((t) => ({
        key: t.field.key,
        label: t.field.label,
        element: t.field.element,
        findings: this.checks.get(t.field.key)?.shown ?? [],
      })),
    );
  }
}
