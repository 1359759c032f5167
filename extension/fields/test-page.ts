/*
 * Helpers for the happy-dom unit tests of field discovery (not part of the extension's bundle: index.ts does not
 * import this file). happy-dom has no layout: `withLayout` and `withSize` give the document and elements boxes so
 * that the zero-size and off-screen rules can be tested.
 */
import { questionLimit } from '../../core/questions/question-limit';
import type { Limit } from '../../core/questions/types';
import { discoverFields } from './discover';
import type { DiscoverOptions, Field, SkipReason } from './types';

export const PAGE_URL = 'https://apply.example.org/grants/youth-futures';

/** Puts `html` in the test document's body at PAGE_URL. */
export function render(html: string, url = PAGE_URL): Document {
  (window as unknown as { happyDOM?: { setURL(url: string): void } }).happyDOM?.setURL(url);
  document.body.innerHTML = html;
  return document;
}

export interface Discovery {
  fields: Field[];
  skips: Map<Element, SkipReason>;
}

export function discover(options: DiscoverOptions = {}, root: Document = document): Discovery {
  const skips = new Map<Element, SkipReason>();
  const fields = discoverFields(root, {
    ...options,
    onSkip: (el, reason) => {
      skips.set(el, reason);
      options.onSkip?.(el, reason);
    },
  });
  return { fields, skips };
}

/** Renders and discovers: the fields' labels. */
export function labelsOf(html: string, options: DiscoverOptions = {}): string[] {
  render(html);
  return discover(options).fields.map((f) => f.label);
}

/** The only field of a page. */
export function onlyField(html: string, options: DiscoverOptions = {}): Field {
  render(html);
  const { fields } = discover(options);
  if (fields.length !== 1)
    throw new Error(`expected one field, found ${fields.length}: ${fields.map((f) => f.label)}`);
  return fields[0] as Field;
}

/** Why the element matching `selector` is not a field (or 'found' if it is one, 'not-reported' if never seen). */
export function reasonFor(html: string, selector: string, root: Document = document): string {
  render(html);
  const { fields, skips } = discover({}, root);
  const el = root.querySelector(selector);
  if (!el) throw new Error(`no ${selector}`);
  if (fields.some((f) => f.element === el)) return 'found';
  return skips.get(el) ?? 'not-reported';
}

type Box = { width: number; height: number; x?: number; y?: number };

function rect({ width, height, x = 10, y = 10 }: Box): DOMRect {
  return {
    x,
    y,
    width,
    height,
    left: x,
    top: y,
    right: x + width,
    bottom: y + height,
    toJSON: () => ({}),
  } as DOMRect;
}

const sizes = new Map<Element, Box>();

/** Gives the document layout (its root element a width) and every element a default box; returns an undo. */
export function withLayout(doc: Document = document, fallback: Box = { width: 300, height: 40 }): () => void {
  const elementProto = (doc.defaultView as unknown as { Element: { prototype: Element } }).Element.prototype;
  const original = elementProto.getBoundingClientRect;
  elementProto.getBoundingClientRect = function (this: Element) {
    const own = sizes.get(this);
    if (own) return rect(own);
    return rect(this === doc.documentElement ? { width: 1024, height: 2000, x: 0, y: 0 } : fallback);
  };
  return () => {
    elementProto.getBoundingClientRect = original;
    sizes.clear();
  };
}

/** Gives one element a box (with withLayout on). */
export function withSize(el: Element, box: Box): void {
  sizes.set(el, box);
}

/** Resolves when an iframe's srcdoc has loaded. */
export async function frameLoaded(frame: HTMLIFrameElement): Promise<Document> {
  for (let i = 0; i < 50; i++) {
    const doc = frame.contentDocument;
    if (doc?.body && (doc.body.childNodes.length > 0 || doc.readyState === 'complete')) return doc;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('iframe did not load');
}

/** The limit core reads from what discovery gathered around a field, as the background does before the checks. */
export function limitOf(field: Field | undefined): Limit | null | undefined {
  return field && questionLimit(field);
}
