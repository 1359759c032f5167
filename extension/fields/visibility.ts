/*
 * Is a field hidden from the person filling in the form? The rule, in order:
 *
 * 1. the `hidden` attribute on the element or an ancestor (a browser draws it as display:none, so rule 2 covers it
 *    there; without layout it is checked as an attribute);
 * 2. display:none on the element or an ancestor, or inside content-visibility:hidden (`checkVisibility`, one
 *    native call; a computed-style walk where the browser lacks it), or visibility:hidden/collapse (its computed
 *    style);
 * 3. where the document has layout: a box under 2 px wide or high, or one entirely above or left of the page
 *    (the "off-screen" way of hiding).
 *
 * Rule 3 needs a layout engine. Whether a document has one is asked once per document (its root element has width
 * in a browser, none in happy-dom), so unit tests exercise rules 1 and 2 as they are and rule 3 by giving elements
 * a size. Reading sizes never follows a write, so the browser lays the page out once for the whole discovery.
 */

type Visible = Element & {
  checkVisibility?: () => boolean;
};

/** What one document's layout says to every field in it. */
interface Layout {
  /** Laid out (a browser), or not (happy-dom, a display:none frame). */
  laidOut: boolean;
  /** The page's scroll offsets, read once when first needed: nothing scrolls while discovery runs. */
  scroll: { x: number; y: number } | null;
}

export class Visibility {
  private readonly layouts = new Map<Document, Layout>();
  /** The last element whose style was read, and its style: the rules that read it ask one after another. */
  private styled: Element | null = null;
  private style: CSSStyleDeclaration | null = null;

  /** True when the document is laid out (a browser), false without layout (happy-dom, a display:none frame). */
  hasLayout(doc: Document): boolean {
    return this.layoutOf(doc).laidOut;
  }

  /**
   * The element's computed style, got once per element: this rule and the masking rule (skip.ts) both read it, one
   * after the other, and getting it is a large share of what discovery asks of the browser per field.
   */
  styleOf(el: Element): CSSStyleDeclaration | null {
    if (this.styled !== el) {
      this.styled = el;
      this.style = el.ownerDocument.defaultView?.getComputedStyle(el) ?? null;
    }
    return this.style;
  }

  isHidden(el: Element): boolean {
    const doc = el.ownerDocument;
    const layout = this.layoutOf(doc);
    if (!layout.laidOut) return hiddenAttribute(el) || this.styleHidden(el);
    // display:none here or above leaves no box: the size rule answers first, with no style read.
    const box = el.getBoundingClientRect();
    if (box.width < 2 || box.height < 2) return true;
    if (this.styleHidden(el)) return true;
    const scroll = scrollOf(doc, layout);
    return box.right + scroll.x <= 0 || box.bottom + scroll.y <= 0;
  }

  private styleHidden(el: Element): boolean {
    const own = this.styleOf(el);
    if (own !== null && (own.visibility === 'hidden' || own.visibility === 'collapse')) return true;
    // No box, or inside a content-visibility:hidden subtree (hidden="until-found"): asked without options, as the
    // visibility property is read above from the style already read.
    const visible = el as Visible;
    if (typeof visible.checkVisibility === 'function') return !visible.checkVisibility();
    const view = el.ownerDocument.defaultView;
    if (!view) return false;
    for (let node: Element | null = el; node !== null; node = node.parentElement) {
      if (view.getComputedStyle(node).display === 'none') return true;
    }
    return false;
  }

  private layoutOf(doc: Document): Layout {
    let layout = this.layouts.get(doc);
    if (layout === undefined) {
      const root = doc.documentElement;
      layout = { laidOut: root !== null && root.getBoundingClientRect().width > 0, scroll: null };
      this.layouts.set(doc, layout);
    }
    return layout;
  }
}

/**
 * Read once per document: the browser brings layout up to date before it answers scrollX or scrollY, and reading
 * them for every field took 7% of discovery's time on the 200-field benchmark page.
 */
function scrollOf(doc: Document, layout: Layout): { x: number; y: number } {
  if (layout.scroll === null) {
    const view = doc.defaultView;
    layout.scroll = { x: view?.scrollX ?? 0, y: view?.scrollY ?? 0 };
  }
  return layout.scroll;
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
