/*
 * Is a field hidden from the person filling in the form? The rule, in order:
 *
 * 1. the `hidden` attribute on the element or an ancestor (a browser draws it as display:none, so rule 2 covers it
 *    there; without layout it is checked as an attribute);
 * 2. display:none on the element or an ancestor, or visibility:hidden/collapse (`checkVisibility`, one native
 *    call; a computed-style walk where the browser lacks it);
 * 3. where the document has layout: a box under 2 px wide or high, or one entirely above or left of the page
 *    (the "off-screen" way of hiding).
 *
 * Rule 3 needs a layout engine. Whether a document has one is asked once per document (its root element has width
 * in a browser, none in happy-dom), so unit tests exercise rules 1 and 2 as they are and rule 3 by giving elements
 * a size. Reading sizes never follows a write, so the browser lays the page out once for the whole discovery.
 */

type Visible = Element & {
  checkVisibility?: (options?: Record<string, boolean>) => boolean;
};

export class Visibility {
  private readonly layout = new Map<Document, boolean>();

  /** True when the document is laid out (a browser), false without layout (happy-dom, a display:none frame). */
  hasLayout(doc: Document): boolean {
    let known = this.layout.get(doc);
    if (known === undefined) {
      const root = doc.documentElement;
      known = root !== null && root.getBoundingClientRect().width > 0;
      this.layout.set(doc, known);
    }
    return known;
  }

  isHidden(el: Element): boolean {
    const doc = el.ownerDocument;
    if (!this.hasLayout(doc)) return hiddenAttribute(el) || styleHidden(el);
    if (styleHidden(el)) return true;
    const box = el.getBoundingClientRect();
    if (box.width < 2 || box.height < 2) return true;
    const view = doc.defaultView;
    const scrollX = view?.scrollX ?? 0;
    const scrollY = view?.scrollY ?? 0;
    return box.right + scrollX <= 0 || box.bottom + scrollY <= 0;
  }
}

/** The hidden attribute on the element or an ancestor, through shadow hosts (a hidden host hides its root). */
function hiddenAttribute(el: Element): boolean {
  for (let at: Element | null = el; at !== null; ) {
    if (at.closest('[hidden]') !== null) return true;
    const root = at.getRootNode() as Node & { host?: Element };
    at = root.nodeType === 11 && root.host ? root.host : null;
  }
  return false;
}

function styleHidden(el: Element): boolean {
  const visible = el as Visible;
  if (typeof visible.checkVisibility === 'function') {
    return !visible.checkVisibility({ visibilityProperty: true, checkVisibilityCSS: true });
  }
  const view = el.ownerDocument.defaultView;
  if (!view) return false;
  const own = view.getComputedStyle(el);
  if (own.visibility === 'hidden' || own.visibility === 'collapse') return true;
  for (let node: Element | null = el; node !== null; node = node.parentElement) {
    if (view.getComputedStyle(node).display === 'none') return true;
  }
  return false;
}
