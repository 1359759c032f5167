import { questionLimit } from '../../core/questions/question-limit';
import { type Description, describedLater, description } from './describe';
import { closestPassing, frameElementOf, isEditableRoot } from './dom';
import { editorOf, editorParts, isEditorUi, NOT_PROSE_EDITABLE } from './editors';
import { localKey, scopeStep, uniqueKeys } from './key';
import { explicitLabel, type LabelContext, LabelIndex } from './label';
import {
  attributeSkip,
  hasPersonalName,
  isControlInput,
  isMoneyInput,
  isPersonalInput,
  isProseInput,
  isTextInput,
  labelPaymentSkip,
} from './skip';
import { WalkCache } from './surroundings';
import { textOf } from './text-of';
import type { DiscoverOptions, EditorType, Field, SkipReason } from './types';
import { Visibility } from './visibility';

/*
 * One pass over the page: every element of the document, and of each open (or injected closed) shadow root and
 * same-origin / about:blank iframe where it sits, in page order. The pass only reads tag names and attributes and
 * collects the controls; labels and visibility are then read for the candidates alone, with no DOM writes in
 * between, so the browser computes style and layout once. Help and counters are each field's description, read on
 * its first use (describe.ts).
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

class Pass {
  readonly candidates: Candidate[] = [];
  /** Every control met, in page order, each once: a Set is made of them only when a walk asks (`controls`). */
  readonly controlList: Element[] = [];
  /** The sources editors replaced: not controls of their own. */
  readonly sources = new Set<Element>();
  private controlSet: Set<Element> | null = null;
  /** Controls per tree (document or shadow root), not counting nested trees. */
  readonly controlsPerTree = new Map<Node, number>();
  /** The iframe element each scanned frame document is shown in. */
  readonly frames = new Map<Document, Element>();
  /** Inside an editor's own user interface, or a code editor. */
  private readonly inEditorUi = closestPassing(isEditorUi);

  constructor(
    private readonly options: DiscoverOptions,
    private readonly visibility: Visibility,
  ) {}

  /** Walks one tree (document or shadow root); returns whether it holds any control. */
  scan(tree: Document | ShadowRoot, scope: Scope | null): boolean {
    let own = 0;
    const all = tree.querySelectorAll('*');
    const closed = this.options.openOrClosedShadowRoot;
    // Asked once per tree, so that an element is asked about its attributes and ancestors only where they can count.
    const editables = tree.querySelector('[contenteditable]') !== null;
    for (let i = 0; i < all.length; i++) {
      const el = all[i] as HTMLElement;
      const tag = el.localName;
      let control = false;
      if (tag === 'textarea') {
        control = true;
        if (!this.inEditorUi(el)) this.candidates.push({ element: el, editor: 'textarea', scope });
      } else if (tag === 'input') {
        if (isControlInput(el)) {
          control = true;
          if (!isTextInput(el))
            this.skipped(
              el,
              (el.getAttribute('type') ?? '').toLowerCase() === 'password' ? 'password' : 'not-text',
            );
          else if (!this.inEditorUi(el)) this.candidates.push({ element: el, editor: 'input', scope });
        }
      } else if (tag === 'select') {
        control = true;
      } else if (tag === 'iframe' || tag === 'frame') {
        control = true;
        this.scanFrame(el as HTMLIFrameElement, scope);
      }
      if (
        editables &&
        el.hasAttribute('contenteditable') &&
        isEditableRoot(el) &&
        el.closest(NOT_PROSE_EDITABLE) === null
      ) {
        control = true;
        this.candidates.push({ element: el, editor: editorOf(el), scope });
      }
      let shadow = el.shadowRoot;
      if (shadow === null && closed !== undefined && tag.includes('-')) {
        try {
          shadow = closed(el);
        } catch {
          shadow = null;
        }
      }
      if (control) own++;
      // A host counts once more for the controls in its shadow tree.
      if (shadow !== null && this.scan(shadow, { parent: scope, el })) {
        control = true;
        own++;
      }
      if (control) this.controlList.push(el);
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
      this.controlList.push(body);
      this.candidates.push({ element: body, editor: editorOf(body), scope: inner });
    }
  }

  controls(): ReadonlySet<Element> {
    if (this.controlSet === null) {
      this.controlSet = new Set(this.controlList);
      for (const source of this.sources) this.controlSet.delete(source);
    }
    return this.controlSet;
  }

  skipped(el: Element, reason: SkipReason): void {
    this.options.onSkip?.(el, reason);
  }
}

const NONE: readonly Element[] = [];

/** Every prose field of the page, in page order. */
export function discoverFields(root: Document, options: DiscoverOptions = {}): Field[] {
  const visibility = new Visibility();
  const pass = new Pass(options, visibility);
  pass.scan(root, null);

  // Editors: find each one's source and container. A source is not a field or a control of its own.
  const frameOf = (doc: Document): Element | null => pass.frames.get(doc) ?? frameElementOf(doc);
  const resolved: Resolved[] = [];
  const sources = pass.sources;
  for (const candidate of pass.candidates) {
    const { element, editor, scope } = candidate;
    if (editor === 'textarea' || editor === 'input') {
      resolved.push({ element, editor, scope, source: null, container: element });
      continue;
    }
    const { source, container } = editorParts(element, editor, frameOf);
    if (source) sources.add(source);
    resolved.push({ element, editor, scope, source, container });
  }

  // How many controls each element holds: the group of a field is the wrapper that holds no other. Counted when
  // first asked (by a legend's fieldset, or a walk for a field's description).
  let counts: Map<Element, number> | null = null;
  const fieldsIn = (el: Element) => {
    counts ??= controlsPerAncestor(pass.controls());
    return counts.get(el) ?? 0;
  };
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
    isControl: (el: Element) => pass.controls().has(el),
    groupOf,
    controlsIn: (tree: Node) => pass.controlsPerTree.get(tree) ?? 0,
    frameOf,
    cache: new WalkCache(),
  };
  const labelContext: LabelContext = { index: new LabelIndex(), fieldsIn, textOf };
  const topUrl = root.location ? `${root.location.origin}${root.location.pathname}` : '';

  const styleOf = (el: Element) => visibility.styleOf(el);
  const fields: Field[] = [];
  const keys: string[] = [];
  const positions = new Map<string, number>();
  const scopes = new ScopeNames();
  for (const c of resolved) {
    const el = c.element;
    if (sources.size > 0 && sources.has(el)) {
      pass.skipped(el, 'hidden');
      continue;
    }
    const related =
      c.source === null && c.container === el
        ? NONE
        : [c.source, c.container].filter((x): x is Element => x !== null && x !== el);
    const refused = attributeSkip(el, related, styleOf);
    if (refused) {
      pass.skipped(el, refused);
      continue;
    }
    if (visibility.isHidden(el)) {
      pass.skipped(el, 'hidden');
      continue;
    }
    // Told by its attributes, like the checks above: no label or surroundings need be read.
    if (c.editor === 'input' && hasPersonalName(el)) {
      pass.skipped(el, 'personal');
      continue;
    }
    const labelTargets = c.source ? [c.source, el] : c.container !== el ? [el, c.container] : [el];
    const explicit = explicitLabel(labelTargets, labelContext);
    const describe = (): Description =>
      description(c.source ?? c.container, c.container, labelTargets, explicit, walkContext);
    // The walk around the field is its description (help, counters), read on the field's first use. It is read now
    // only when it is needed now: for the question of a field with no label of its own, and for whether a
    // single-line box takes prose at all, which turns on the limit the form states for it.
    const now = explicit === null || c.editor === 'input' ? describe() : null;
    const label = explicit?.text ?? now?.question ?? '';
    const maxSource = (c.source ?? el) as HTMLTextAreaElement;
    const maxLength =
      (maxSource.localName === 'textarea' || maxSource.localName === 'input') && maxSource.maxLength > 0
        ? maxSource.maxLength
        : null;

    if (labelPaymentSkip(label)) {
      pass.skipped(el, 'payment');
      continue;
    }
    if (c.editor === 'input') {
      // Whether a single-line box takes prose turns on the limit the form states for it (maxlength aside); the
      // question as a whole is described with the checks, from what the field carries.
      const stated = questionLimit({ label, help: now?.help ?? '', counterText: now?.counterText ?? '' });
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
    fields.push(
      describedLater({ key: '', element: el, editor: c.editor, label, maxLength }, now ?? describe),
    );
  }
  const unique = uniqueKeys(keys);
  for (let i = 0; i < fields.length; i++) (fields[i] as Field).key = unique[i] ?? '';
  return fields;
}

function controlsPerAncestor(controls: ReadonlySet<Element>): Map<Element, number> {
  const counts = new Map<Element, number>();
  for (const control of controls) {
    for (let up = control.parentElement; up !== null; up = up.parentElement)
      counts.set(up, (counts.get(up) ?? 0) + 1);
  }
  return counts;
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
