import { collapseSpace } from './dom';

/*
 * A field's key must name the same question after a re-render and after a reload: drafts and a user's corrections
 * of a question's kind are stored under it. Ids that frameworks generate afresh (React's ":r3:", TinyMCE's "mce_12",
 * Salesforce's "input-37", Google Forms' "i5", hashes) are not used; in order, a key is made from:
 *
 *   1. the name attribute (what the form posts: the most stable thing a field has), unless it looks generated;
 *   2. the id, unless it looks generated;
 *   3. the label text;
 *   4. the field's position among the fields of its scope.
 *
 * A scope is the chain of shadow hosts and iframes the field sits in, each named the same way (stable id, name, or
 * position among elements of its tag in its own tree). Fields that would share a key get "~2", "~3" in page order.
 */

const GENERATED = [
  /[:«»]/, // React useId: ":r3:", "«r3»"
  /^_r_[\da-z]+_$/i, // React 19.2 useId
  /^(?:mce|cke|ext-gen|ember|yui|ui-id|react-select|headlessui|radix|mui|downshift|rc|j_id|jsx|gen|tmp|auto|uid|ng|sf|aura|lwc)[-_]?[\da-z]*\d/i,
  /(?:^|[-_])(?:input|textarea|text-area|field|control|editor|element|component|widget|item|el|ui|id)[-_]?\d+$/i,
  /^[a-z]{1,2}\d+$/i, // Google Forms "i5"
  /\d{10,}/, // timestamps
  /(?=[\da-f]*\d)(?=[\da-f]*[a-f])[\da-f]{8,}/i, // hashes and uuids
];

/** An id a framework generated (and will generate differently next time). */
export function looksGenerated(value: string): boolean {
  return GENERATED.some((pattern) => pattern.test(value));
}

const GENERATED_NAME = [
  /[:«»]/,
  /^(?:mce|cke|ext-gen|ember|yui)[-_]?\d/i,
  /(?=[\da-f]*\d)(?=[\da-f]*[a-f])[\da-f]{8,}-[\da-f]{4}/i, // uuids
];

/** A name attribute a framework generated: names are what the form posts, so far fewer are ("entry.1187332510" is not). */
export function looksGeneratedName(value: string): boolean {
  return GENERATED_NAME.some((pattern) => pattern.test(value));
}

/** The part of a key that names a field inside its scope, or null when only its position is left. */
export function localKey(target: Element, label: string): string | null {
  const name = target.getAttribute('name');
  if (name && !looksGeneratedName(name)) return `name=${name}`;
  if (target.id && !looksGenerated(target.id)) return `id=${target.id}`;
  const text = collapseSpace(label).toLowerCase().slice(0, 120);
  return text ? `label=${text}` : null;
}

/** One step of a scope: a shadow host or an iframe, named within its own tree. */
export function scopeStep(el: Element): string {
  const tag = el.localName;
  if (el.id && !looksGenerated(el.id)) return `${tag}#${el.id}`;
  const name = el.getAttribute('name');
  if (name && !looksGeneratedName(name)) return `${tag}[name=${name}]`;
  const tree = el.getRootNode() as Document | ShadowRoot;
  const same = tree.querySelectorAll(tag);
  let index = 0;
  for (const other of same) {
    index++;
    if (other === el) break;
  }
  return `${tag}:${index}`;
}

/** Makes keys unique in page order: the second "label=other" becomes "label=other~2". */
export function uniqueKeys(keys: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return keys.map((key) => {
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return n === 1 ? key : `${key}~${n}`;
  });
}
