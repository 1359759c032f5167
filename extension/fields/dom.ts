/*
 * Helpers that work across realms: elements in a same-origin iframe belong to another window, so `instanceof
 * HTMLElement` is false for them. Everything here goes by nodeType and localName instead.
 */

export function isElement(node: Node | null | undefined): node is Element {
  return node != null && node.nodeType === 1;
}

/** The iframe element a document is shown in, when the parent is same-origin; null for the top page. */
export function frameElementOf(doc: Document): Element | null {
  try {
    return doc.defaultView?.frameElement ?? null;
  } catch {
    return null;
  }
}

export function isShadowRoot(node: Node): node is ShadowRoot {
  return node.nodeType === 11 && 'host' in node;
}

/** contenteditable="" | "true" | "plaintext-only" make an element editable; "false" and junk values do not. */
export function editableValue(value: string | null): boolean {
  if (value === null) return false;
  const v = value.toLowerCase();
  return v === '' || v === 'true' || v === 'plaintext-only';
}

/**
 * Editable, and the top of its editable region: no editable ancestor, even past a contenteditable="false" island
 * (a widget's caption inside an editor is part of that editor, not a field).
 */
export function isEditableRoot(el: Element): boolean {
  if (!editableValue(el.getAttribute('contenteditable'))) return false;
  for (let up = el.parentElement; up !== null; up = up.parentElement) {
    if (editableValue(up.getAttribute('contenteditable'))) return false;
  }
  return true;
}

export function classAndId(el: Element): string {
  return `${el.getAttribute('class') ?? ''} ${el.id}`;
}

const SPACE = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g;
/** What SPACE would change: any space other than a lone " ". */
const IRREGULAR_SPACE = /[^\S ]|[\u200b]| {2}/;

export function collapseSpace(text: string): string {
  // Most labels and help texts are already single-spaced: testing is cheaper than rebuilding them (rebuilding every
  // text took 7% of discovery's time on the 200-field benchmark page).
  return (IRREGULAR_SPACE.test(text) ? text.replace(SPACE, ' ') : text).trim();
}

/**
 * Whether an element or one of its ancestors passes `test`, remembered per element: the fields of a page share most
 * of their ancestors, so each is tested once.
 */
export function closestPassing(test: (el: Element) => boolean): (el: Element) => boolean {
  const known = new Map<Element, boolean>();
  const passes = (el: Element): boolean => {
    let found = known.get(el);
    if (found === undefined) {
      const parent = el.parentElement;
      found = test(el) || (parent !== null && passes(parent));
      known.set(el, found);
    }
    return found;
  };
  return passes;
}
