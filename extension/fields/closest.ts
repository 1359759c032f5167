/*
 * `el.closest(selector)` asked for every candidate of a page: the fields of a form share most of their ancestors,
 * so each element is matched once per discovery and the answer kept. Matching a selector list costs far more than
 * one simple selector in Chromium (a list of a dozen classes, about 0.7 µs an element), so a cheap necessary
 * condition (`mayMatch`) rules out most elements before the browser matches them.
 */
export class SharedClosest {
  private readonly found = new Map<Element, Element | null>();

  constructor(
    private readonly selector: string,
    /** False only for elements that cannot match the selector. */
    private readonly mayMatch: (el: Element) => boolean,
  ) {}

  of(el: Element): Element | null {
    const path: Element[] = [];
    let hit: Element | null = null;
    for (let at: Element | null = el; at !== null; at = at.parentElement) {
      const known = this.found.get(at);
      if (known !== undefined) {
        hit = known;
        break;
      }
      path.push(at);
      if (this.mayMatch(at) && at.matches(this.selector)) {
        hit = at;
        break;
      }
    }
    for (const at of path) this.found.set(at, hit);
    return hit;
  }
}
