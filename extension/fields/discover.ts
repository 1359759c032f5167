import { questionLimit } from '../../core/questions/question-limit';
import { frameElementOf, isEditableRoot } from './dom';
import { EDITOR_UI, editorOf, editorParts, NOT_PROSE_EDITABLE } from './editors';
import { localKey, scopeStep, uniqueKeys } from './key';
import { describedBy, explicitLabel, type LabelContext, LabelIndex } from './label';
import {
  attributeSkip,
  isControlInput,
  isMoneyInput,
  isPersonalInput,
  isProseInput,
  isTextInput,
  labelPaymentSkip,
} from './skip';
import { surroundings, WalkCache } from './surroundings';
import type { DiscoverOptions, EditorType, Field, SkipReason } from './types';
import { Visibility } from './visibility';

/*
 * One pass over the page: every element of the document, and of each open (or injected closed) shadow root and
 * same-origin / about:blank iframe where it sits, in page order. The pass only reads tag names and attributes and
 * collects the controls; labels, help and visibility are then read for the candidates alone, with no DOM writes in
 * between, so the browser computes style and layout once.
 */

/** Where a tree sits: the shadow host or iframe it hangs from, and that one's scope (null at the top page). */
interface Scope {
  parent: Scope | null;
  el: Element;
}

interface Candidate {
  element: HTMLElement;
  editor: EditorType;
  scope: Scope | null;
}

interface Resolved extends Candidate {
  /** The source textarea the editor replaced, or null. */
  source: Element | null;
  /** The editor's container (for an iframe editor, in the parent document); the element itself otherwise. */
  container: Element;
}

const FRAME_TAGS = new Set(['iframe', 'frame']);

class Pass {
  readonly candidates: Candidate[] = [];
  readonly controls = new Set<Element>();
  /** Controls per tree (document or shadow root), not counting nested trees. */
  readonly controlsPerTree = new Map<Node, number>();
  /** The iframe element each scanned frame document is shown in. */
  readonly frames = new Map<Document, Element>();

  constructor(
    private readonly options: DiscoverOptions,
    private readonly visibility: Visibility,
  ) {}

  /** Walks one tree (document or shadow root); returns whether it holds any control. */
  scan(tree: Document | ShadowRoot, scope: Scope | null): boolean {
    let own = 0;
    const all = tree.querySelectorAll('*');
    const closed = this.options.openOrClosedShadowRoot;
    for (let i = 0; i < all.length; i++) {
      const el = all[i] as HTMLElement;
      const tag = el.localName;
      const known = this.controls.size;
      if (tag === 'textarea') {
        this.controls.add(el);
        if (el.closest(EDITOR_UI) === null) this.candidates.push({ element: el, editor: 'textarea', scope });
      } else if (tag === 'input') {
        if (isControlInput(el)) {
          this.controls.add(el);
          if (isTextInput(el) && el.closest(EDITOR_UI) === null)
            this.candidates.push({ element: el, editor: 'input', scope });
          else if (!isTextInput(el))
            this.skipped(
              el,
              (el.getAttribute('type') ?? '').toLowerCase() === 'password' ? 'password' : 'not-text',
            );
        }
      } else if (tag === 'select') {
        this.controls.add(el);
      } else if (FRAME_TAGS.has(tag)) {
        this.controls.add(el);
        this.scanFrame(el as HTMLIFrameElement, scope);
      }
      if (
        el.hasAttribute('contenteditable') &&
        isEditableRoot(el) &&
        el.closest(NOT_PROSE_EDITABLE) === null
      ) {
        this.controls.add(el);
        this.candidates.push({ element: el, editor: editorOf(el), scope });
      }
      if (this.controls.size > known) own++;
      let shadow = el.shadowRoot;
      if (shadow === null && closed !== undefined && tag.includes('-')) {
        try {
          shadow = closed(el);
        } catch {
          shadow = null;
        }
      }
      if (shadow !== null && this.scan(shadow, { parent: scope, el })) {
        this.controls.add(el);
        own++;
      }
    }
    this.controlsPerTree.set(tree, own);
    return own > 0;
  }

  private scanFrame(frame: HTMLIFrameElement, scope: Scope | null): void {
    let doc: Document | null = null;
    try {
      doc = frame.contentDocument;
    } catch {
      doc = null;
    }
    if (doc === null || doc.documentElement === null) return;
    if (this.visibility.isHidden(frame)) return;
    this.frames.set(doc, frame);
    const inner: Scope = { parent: scope, el: frame };
    this.scan(doc, inner);
    const body = doc.body;
    if (body && doc.designMode === 'on' && !body.hasAttribute('contenteditable')) {
      this.controls.add(body);
      this.candidates.push({ element: body, editor: editorOf(body), scope: inner });
    }
  }

  skipped(el: Element, reason: SkipReason): void {
    this.options.onSkip?.(el, reason);
  }
}

/** Every prose field of the page, in page order. */
export function discoverFields(root: Document, options: DiscoverOptions = {}): Field[] {
  const visibility = new Visibility();
  const pass = new Pass(options, visibility);
  pass.scan(root, null);

  // Editors: find each one's source and container. A source is not a field or a control of its own.
  const frameOf = (doc: Document): Element | null => pass.frames.get(doc) ?? frameElementOf(doc);
  const resolved: Resolved[] = [];
  const sources = new Set<Element>();
  for (const candidate of pass.candidates) {
    if (candidate.editor === 'textarea' || candidate.editor === 'input') {
      resolved.push({ ...candidate, source: null, container: candidate.element });
      continue;
    }
    const parts = editorParts(candidate.element, candidate.editor, frameOf);
    if (parts.source) {
      sources.add(parts.source);
      pass.controls.delete(parts.source);
    }
    resolved.push({ ...candidate, ...parts });
  }

  // How many controls each element holds: the group of a field is the wrapper that holds no other.
  const counts = new Map<Element, number>();
  for (const control of pass.controls) {
    for (let up = control.parentElement; up !== null; up = up.parentElement)
      counts.set(up, (counts.get(up) ?? 0) + 1);
  }
  const fieldsIn = (el: Element) => counts.get(el) ?? 0;
  const groupOf = (el: Element): Element => {
    let group = el;
    for (let level = 0; level < 4; level++) {
      const parent = group.parentElement;
      if (parent === null || fieldsIn(parent) > 1) break;
      const tag = parent.localName;
      if (
        tag === 'form' ||
        tag === 'body' ||
        tag === 'html' ||
        tag === 'main' ||
        parent.getAttribute('role') === 'form'
      )
        break;
      group = parent;
    }
    return group;
  };
  const walkContext = {
    isControl: (el: Element) => pass.controls.has(el),
    groupOf,
    controlsIn: (tree: Node) => pass.controlsPerTree.get(tree) ?? 0,
    frameOf,
    cache: new WalkCache(),
  };
  const cache = walkContext.cache;
  const labelContext: LabelContext = { index: new LabelIndex(), fieldsIn, textOf: (el) => cache.textOf(el) };
  const topUrl = root.location ? `${root.location.origin}${root.location.pathname}` : '';

  const fields: Field[] = [];
  const keys: string[] = [];
  const positions = new Map<string, number>();
  const scopes = new ScopeNames();
  for (const c of resolved) {
    const el = c.element;
    if (sources.has(el)) {
      pass.skipped(el, 'hidden');
      continue;
    }
    const related = [c.source, c.container].filter((x): x is Element => x !== null && x !== el);
    const early = attributeSkip(el, related);
    if (early) {
      pass.skipped(el, early);
      continue;
    }
    if (visibility.isHidden(el)) {
      pass.skipped(el, 'hidden');
      continue;
    }
    const labelTargets = c.source ? [c.source, el] : c.container !== el ? [el, c.container] : [el];
    const explicit = explicitLabel(labelTargets, labelContext);
    const anchor = c.source ?? c.container;
    const around = surroundings(anchor, c.container, new Set(explicit?.from ?? []), walkContext);
    const label = explicit?.text ?? around.question;
    const described = describedBy(labelTargets, labelContext.textOf);
    const help = dedupe([...described.texts, ...around.help]);
    const maxSource = (c.source ?? el) as HTMLTextAreaElement;
    const maxLength =
      (maxSource.localName === 'textarea' || maxSource.localName === 'input') && maxSource.maxLength > 0
        ? maxSource.maxLength
        : null;
    const counterText = around.counters.join('\n');
    const helpText = help.join('\n');

    if (labelPaymentSkip(label)) {
      pass.skipped(el, 'payment');
      continue;
    }
    if (c.editor === 'input') {
      // Whether a single-line box takes prose turns on the limit the form states for it (maxlength aside); the
      // question as a whole is described with the checks, from what the field carries.
      const stated = questionLimit({ label, help: helpText, counterText });
      if (isPersonalInput(el, label)) {
        pass.skipped(el, 'personal');
        continue;
      }
      if (isMoneyInput(el, label, stated)) {
        pass.skipped(el, 'money');
        continue;
      }
      if (!isProseInput(el as HTMLInputElement, stated)) {
        pass.skipped(el, 'not-prose');
        continue;
      }
    }

    const keyTarget = c.source ?? el;
    // An editor in an iframe is keyed by its source in the parent page: its scope loses the iframe's step.
    const scope = scopes.of(
      c.source && c.source.ownerDocument !== el.ownerDocument ? (c.scope?.parent ?? null) : c.scope,
    );
    let local = localKey(keyTarget, label);
    if (local === null) {
      const n = (positions.get(scope) ?? 0) + 1;
      positions.set(scope, n);
      local = `${c.editor}:${n}`;
    }
    keys.push(`${topUrl}#${scope}${local}`);
    fields.push({ key: '', element: el, editor: c.editor, label, help: helpText, maxLength, counterText });
  }
  const unique = uniqueKeys(keys);
  for (let i = 0; i < fields.length; i++) (fields[i] as Field).key = unique[i] ?? '';
  return fields;
}

/** Scope paths as key text ("c-grant-application:1>lightning-textarea:2>"), named only for scopes that hold a field. */
class ScopeNames {
  private readonly names = new Map<Scope, string>();

  of(scope: Scope | null): string {
    if (scope === null) return '';
    let name = this.names.get(scope);
    if (name === undefined) {
      name = `${this.of(scope.parent)}${scopeStep(scope.el)}>`;
      this.names.set(scope, name);
    }
    return name;
  }
}

function dedupe(texts: readonly string[]): string[] {
  const out: string[] = [];
  for (const text of texts) {
    if (out.some((kept) => kept.includes(text))) continue;
    for (let i = out.length - 1; i >= 0; i--) if (text.includes(out[i] ?? '')) out.splice(i, 1);
    out.push(text);
  }
  return out;
}
