import type { Finding, Severity } from '../../core/checks/finding';
import { SEVERITY_WORD, severityIcon } from './icons';
import { OVERLAY_CSS } from './styles';

/**
 * What the overlay needs to know about a field: where it is, and what was found in the answer alone. Never a finding
 * that used the organisation's data (docs/privacy.md): the page can read and measure whatever is drawn into it.
 */
export interface OverlayField {
  key: string;
  label: string;
  element: HTMLElement;
  findings: readonly Pick<Finding, 'checkId' | 'severity' | 'message' | 'suggestion'>[];
}

/** How a save to the library went: all the popover says of it. */
export type SaveOutcome = 'saved' | 'empty' | 'failed';

export interface OverlayActions {
  openSidePanel(): void;
  /**
   * Keeps the field's answer, as it stands, in the library. Answers only how that went: the page can measure whatever
   * the popover shows, so it is never told what the library holds.
   */
  saveToLibrary(key: string): Promise<SaveOutcome>;
}

/** The popover's confirmation: the same few words whatever the library holds. */
export const SAVE_SAID: Record<SaveOutcome, string> = {
  saved: 'Saved to your library.',
  empty: 'Nothing to save: this field is empty.',
  failed: 'Not saved. Try again, or use Save to library in the side panel.',
};

/** The keyboard shortcut that opens the findings of the focused field (documented in docs/extension.md). */
export const SHORTCUT = { altKey: true, shiftKey: true, code: 'KeyI', label: 'Alt+Shift+I' } as const;

/** A person's Alt+Shift+I: the page's scripts can dispatch the same keys, and must not open the findings. */
function isShortcut(event: KeyboardEvent): boolean {
  return (
    event.isTrusted &&
    event.altKey === SHORTCUT.altKey &&
    event.shiftKey === SHORTCUT.shiftKey &&
    event.code === SHORTCUT.code
  );
}

/** The overlay's element in the page: the one thing of Impact Lens a page's scripts can see. */
const HOST_TAG = 'impact-lens-overlay';

const ORDER: Severity[] = ['error', 'warning', 'info'];

function worst(findings: OverlayField['findings']): Severity | 'ok' {
  for (const s of ORDER) if (findings.some((f) => f.severity === s)) return s;
  return 'ok';
}

/**
 * The word after the badge's count: "2 warnings" when every finding is a warning, "3 issues" when they are mixed
 * (the icon and colour show the worst), so that the badge never reads "6 warning" for five warnings and a note.
 */
function badgeWord(findings: OverlayField['findings']): string {
  if (findings.length === 0) return 'OK';
  const first = findings[0]!.severity;
  const word = findings.every((f) => f.severity === first) ? SEVERITY_WORD[first] : 'issue';
  return findings.length === 1 ? word : `${word}s`;
}

/** What a badge shows (and says to a screen reader): drawn again only when this changes. */
function badgeLook(field: OverlayField): string {
  return JSON.stringify([field.label, field.findings.map((f) => f.severity)]);
}

/** What the popover shows of the findings. */
function popoverLook(field: OverlayField): string {
  return JSON.stringify(field.findings.map((f) => [f.checkId, f.message, f.suggestion]));
}

/** Sets a style property only when it changes: the browser lays out again after a write, even of the same value. */
function setStyle(element: HTMLElement, property: 'left' | 'top' | 'display', value: string): void {
  if (element.style[property] !== value) element.style[property] = value;
}

/** The element's box in the top document's page coordinates, through same-origin iframes. */
function pageBox(element: HTMLElement): DOMRect {
  const rect = element.getBoundingClientRect();
  let x = rect.left;
  let y = rect.top;
  let view: Window | null = element.ownerDocument.defaultView;
  while (view && view !== window.top && view.frameElement) {
    const frame = view.frameElement.getBoundingClientRect();
    x += frame.left + (view.frameElement as HTMLElement).clientLeft;
    y += frame.top + (view.frameElement as HTMLElement).clientTop;
    view = view.parent;
  }
  return new DOMRect(x + window.scrollX, y + window.scrollY, rect.width, rect.height);
}

/**
 * One badge per field, out of the page's flow (nothing moves), styled in a closed shadow root, not in the tab order:
 * the form keeps its own. The popover opens from a badge or with the shortcut, and closes with Escape, returning
 * focus to the field.
 */
export class Overlay {
  private readonly host: HTMLElement;
  private readonly layer: HTMLDivElement;
  private readonly badges = new Map<string, HTMLButtonElement>();
  private readonly drawn = new WeakMap<HTMLButtonElement, string>();
  private fields = new Map<string, OverlayField>();
  private popover:
    | {
        key: string;
        element: HTMLDivElement;
        shown: string;
        /** The confirmation of the last save from this popover, kept when it is drawn again. */
        said?: string;
        saving?: boolean;
      }
    | undefined;
  private readonly root: ShadowRoot;
  private frame = 0;
  private noticeElement: HTMLDivElement | undefined;
  /** Impact Lens was cut off from the page: the notice stays when everything else goes. */
  private retired = false;

  constructor(
    private readonly document: Document,
    private readonly actions: OverlayActions,
    signal: AbortSignal,
    /** Closed in the extension, so the page cannot reach in; open only for tests that audit the overlay. */
    shadowMode: ShadowRootMode = 'closed',
    /** Reads a closed shadow root (chrome.dom.openOrClosedShadowRoot), to find the field focused inside one. */
    private readonly openShadow?: (element: Element) => ShadowRoot | null,
  ) {
    // One overlay a page: a copy cut off from the extension leaves its notice until a fresh copy takes over.
    for (const stale of document.querySelectorAll(HOST_TAG)) stale.remove();
    this.host = document.createElement(HOST_TAG);
    this.host.style.cssText =
      'position:absolute;top:0;left:0;width:0;height:0;z-index:2147483646;pointer-events:none;';
    const root = this.host.attachShadow({ mode: shadowMode });
    this.root = root;
    const style = document.createElement('style');
    style.textContent = OVERLAY_CSS;
    this.layer = document.createElement('div');
    this.layer.className = 'layer';
    root.append(style, this.layer);
    document.documentElement.append(this.host);
    const schedule = () => this.schedulePosition();
    const win = document.defaultView!;
    win.addEventListener('scroll', schedule, { passive: true, capture: true, signal });
    win.addEventListener('resize', schedule, { passive: true, signal });
    document.addEventListener('keydown', (e) => this.onKeydown(e), { capture: true, signal });
    // A field that grows as it is typed in moves the fields below it, and the page's height with them.
    const resized = new ResizeObserver(schedule);
    resized.observe(document.documentElement);
    signal.addEventListener('abort', () => {
      resized.disconnect();
      cancelAnimationFrame(this.frame);
      if (!this.retired) this.host.remove();
    });
  }

  /**
   * A notice in the corner of the window, announced to screen readers, or none. It lets clicks through and takes no
   * focus: it tells, it does not stand in the way.
   */
  notice(notice: { title: string; text: string } | undefined): void {
    this.noticeElement?.remove();
    this.noticeElement = undefined;
    if (!notice) return;
    const element = this.document.createElement('div');
    element.className = 'notice';
    element.setAttribute('role', 'alert');
    const title = this.document.createElement('strong');
    title.textContent = notice.title;
    element.append(title, notice.text);
    this.layer.append(element);
    this.noticeElement = element;
  }

  /**
   * Impact Lens was cut off from the page: the badges and findings go, as they would no longer change, and the
   * notice says so until the page is left or a fresh copy takes over.
   */
  retire(notice: { title: string; text: string }): void {
    this.retired = true;
    this.closePopover(false);
    for (const badge of this.badges.values()) badge.remove();
    this.badges.clear();
    this.fields.clear();
    this.notice(notice);
  }

  /** Draws the badges for the fields given, removing those of fields that are gone. */
  update(fields: readonly OverlayField[]): void {
    this.fields = new Map(fields.map((f) => [f.key, f]));
    for (const [key, badge] of this.badges) {
      if (!this.fields.has(key)) {
        badge.remove();
        this.badges.delete(key);
      }
    }
    for (const field of fields) this.drawBadge(field);
    const open = this.popover && this.fields.get(this.popover.key);
    if (open) this.refreshPopover(open);
    else this.closePopover(false);
    this.schedulePosition();
  }

  /** One field's new findings: its badge, and its popover if open, are drawn again if they show something else. */
  setFindings(key: string, findings: OverlayField['findings']): void {
    const known = this.fields.get(key);
    if (!known) return;
    const field = { ...known, findings };
    this.fields.set(key, field);
    this.drawBadge(field);
    if (this.popover?.key === key) this.refreshPopover(field);
  }

  /** Redraws the open popover if it shows something else, and keeps the keyboard where it was in it. */
  private refreshPopover(field: OverlayField): void {
    if (!this.popover) return;
    const shown = popoverLook(field);
    if (shown === this.popover.shown) return;
    const focused = [...this.popover.element.querySelectorAll('button')].indexOf(
      this.root.activeElement as HTMLButtonElement,
    );
    this.fillPopover(field, this.popover.element);
    this.popover.shown = shown;
    const buttons = this.popover.element.querySelectorAll('button');
    (buttons[focused] ?? this.popover.element).focus();
  }

  openFor(key: string): void {
    const field = this.fields.get(key);
    if (!field) return;
    this.closePopover(false);
    const element = this.document.createElement('div');
    element.className = 'popover';
    element.setAttribute('role', 'dialog');
    element.setAttribute('aria-modal', 'false');
    element.setAttribute('aria-label', `Impact Lens: ${field.label}`);
    element.tabIndex = -1;
    element.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') {
        e.stopPropagation();
        this.closePopover(true);
      }
    });
    this.popover = { key, element, shown: popoverLook(field) };
    this.fillPopover(field, element);
    this.layer.append(element);
    this.position();
    (element.querySelector('button') ?? element).focus();
  }

  private drawBadge(field: OverlayField): void {
    let badge = this.badges.get(field.key);
    if (!badge) {
      badge = this.document.createElement('button');
      badge.type = 'button';
      badge.tabIndex = -1; // reachable with the shortcut, never in the form's tab order
      badge.style.transform = 'translateX(-100%)';
      badge.addEventListener('click', () => this.openFor(field.key));
      this.layer.append(badge);
      this.badges.set(field.key, badge);
    }
    const look = badgeLook(field);
    if (this.drawn.get(badge) === look) return;
    this.drawn.set(badge, look);
    const level = worst(field.findings);
    const count = field.findings.length;
    badge.className = `badge ${level}`;
    badge.replaceChildren(
      severityIcon(this.document, level),
      this.span('count', count === 0 ? '' : String(count)),
      this.span('word', badgeWord(field.findings)),
    );
    badge.setAttribute(
      'aria-label',
      count === 0
        ? `Impact Lens: no issues in "${field.label}"`
        : `Impact Lens: ${count} finding${count === 1 ? '' : 's'} in "${field.label}", the worst ${level === 'error' ? 'an' : 'a'} ${SEVERITY_WORD[level]}. Press ${SHORTCUT.label} in the field to read them.`,
    );
  }

  private span(className: string, text: string): HTMLSpanElement {
    const span = this.document.createElement('span');
    span.className = className;
    span.textContent = text;
    return span;
  }

  private fillPopover(field: OverlayField, element: HTMLDivElement): void {
    element.textContent = '';
    const heading = this.document.createElement('h2');
    heading.textContent = field.findings.length ? `${field.findings.length} to look at` : 'No issues found';
    const list = this.document.createElement('ul');
    for (const f of field.findings) {
      const item = this.document.createElement('li');
      item.className = f.severity;
      const sev = this.document.createElement('span');
      sev.className = 'sev';
      sev.textContent = `${SEVERITY_WORD[f.severity]}: `;
      const message = this.document.createElement('span');
      message.textContent = f.message;
      item.append(sev, message);
      if (f.suggestion) {
        const suggestion = this.document.createElement('div');
        suggestion.className = 'suggestion';
        suggestion.textContent = `Try: ${f.suggestion}`;
        item.append(suggestion);
      }
      list.append(item);
    }
    const actions = this.document.createElement('div');
    actions.className = 'actions';
    const open = this.document.createElement('button');
    open.type = 'button';
    open.className = 'primary';
    open.textContent = 'Open side panel';
    open.addEventListener('click', () => this.actions.openSidePanel());
    const save = this.document.createElement('button');
    save.type = 'button';
    save.textContent = 'Save to library';
    save.addEventListener('click', () => void this.save(field.key));
    const close = this.document.createElement('button');
    close.type = 'button';
    close.textContent = 'Close';
    close.addEventListener('click', () => this.closePopover(true));
    actions.append(open, save, close);
    const said = this.document.createElement('p');
    said.className = 'said';
    said.setAttribute('role', 'status');
    said.textContent = this.popover?.key === field.key ? (this.popover.said ?? '') : '';
    const hint = this.document.createElement('p');
    hint.className = 'hint';
    hint.textContent = `${SHORTCUT.label} opens this from the field; Escape closes it. Findings that use your own data are shown only in the side panel.`;
    element.append(heading, list, actions, said, hint);
  }

  /**
   * Saves the field's answer and says how that went, in the popover if it is still open on that field. The button
   * stays enabled (disabling it would drop the keyboard's focus out of the popover); a second press while a save is
   * under way is ignored.
   */
  private async save(key: string): Promise<void> {
    const popover = this.popover;
    if (!popover || popover.key !== key || popover.saving) return;
    popover.saving = true;
    let outcome: SaveOutcome;
    try {
      outcome = await this.actions.saveToLibrary(key);
    } catch {
      outcome = 'failed';
    }
    popover.saving = false;
    if (this.popover !== popover) return;
    popover.said = SAVE_SAID[outcome];
    const said = popover.element.querySelector('.said');
    if (said) said.textContent = popover.said;
  }

  private closePopover(returnFocus: boolean): void {
    if (!this.popover) return;
    const field = this.fields.get(this.popover.key);
    this.popover.element.remove();
    this.popover = undefined;
    if (returnFocus) field?.element.focus();
  }

  private onKeydown(event: KeyboardEvent): void {
    if (!isShortcut(event)) return;
    const active = this.deepActiveElement();
    // Only the field being typed in: with nothing focused (the body), the page keeps its own shortcut.
    if (!active || active === this.document.body || active === this.document.documentElement) return;
    const field = [...this.fields.values()].find((f) => f.element === active || f.element.contains(active));
    if (!field) return;
    event.preventDefault();
    event.stopPropagation();
    this.openFor(field.key);
  }

  /** Whether a node is part of the overlay (events from it are not the page's). */
  owns(target: EventTarget | null): boolean {
    return target === this.host;
  }

  /** The focused element, followed down through shadow roots (closed ones too, where the browser lets us). */
  private deepActiveElement(): Element | null {
    let active: Element | null = this.document.activeElement;
    for (let depth = 0; active && depth < 20; depth++) {
      const root = active.shadowRoot ?? this.openShadow?.(active) ?? null;
      if (!root?.activeElement) break;
      active = root.activeElement;
    }
    return active;
  }

  /** Shortcuts typed inside a field in an iframe arrive at that frame's document. */
  listenForShortcut(doc: Document, signal: AbortSignal): void {
    if (doc === this.document) return;
    doc.addEventListener(
      'keydown',
      (event) => {
        if (isShortcut(event)) {
          const field = [...this.fields.values()].find(
            (f) => f.element.ownerDocument === doc && f.element.contains(doc.activeElement),
          );
          if (field) {
            event.preventDefault();
            this.openFor(field.key);
          }
        }
      },
      { capture: true, signal },
    );
  }

  private schedulePosition(): void {
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => this.position());
  }

  /** Reads every box first, then writes every position: one layout, however many fields. */
  private position(): void {
    const boxes = new Map<string, DOMRect>();
    for (const [key, field] of this.fields) {
      if (field.element.isConnected) boxes.set(key, pageBox(field.element));
    }
    for (const [key, badge] of this.badges) {
      const box = boxes.get(key);
      if (!box || box.width === 0) {
        setStyle(badge, 'display', 'none');
        continue;
      }
      setStyle(badge, 'display', '');
      setStyle(badge, 'left', `${Math.max(0, box.right - 8)}px`);
      setStyle(badge, 'top', `${Math.max(0, box.top - 10)}px`);
    }
    if (this.popover) {
      const box = boxes.get(this.popover.key);
      if (box) {
        this.popover.element.style.left = `${Math.max(8, box.right - 340)}px`;
        this.popover.element.style.top = `${box.top + 16}px`;
      }
    }
  }
}
