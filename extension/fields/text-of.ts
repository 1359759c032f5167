import { collapseSpace, isElement } from './dom';
import { notQuestionText } from './editors';

/** Elements that do not break a line: text on either side of them runs on. */
export const INLINE_TAGS = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'code',
  'data',
  'dfn',
  'em',
  'font',
  'i',
  'kbd',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
]);

const NOT_TEXT_TAGS = new Set(['input', 'textarea', 'select', 'iframe']);

/**
 * The text a person reads in a label, heading or help element, on one line: controls, editor chrome and
 * assistive-only text left out (decorative aria-hidden text such as a required "*" stays: cleanLabel removes it),
 * block boundaries and line breaks read as spaces.
 */
export function textOf(el: Element): string {
  // Most labels and help texts are one text node: read it as it is.
  const only = el.firstChild;
  if (only !== null && only === el.lastChild && only.nodeType === 3)
    return collapseSpace(only.nodeValue ?? '');
  let out = '';
  const visit = (node: Node): void => {
    for (let child = node.firstChild; child !== null; child = child.nextSibling) {
      if (child.nodeType === 3) {
        out += child.nodeValue ?? '';
      } else if (isElement(child)) {
        if (NOT_TEXT_TAGS.has(child.localName) || child.hasAttribute('contenteditable')) continue;
        if (notQuestionText(child, false)) continue;
        if (child.localName === 'br') {
          out += ' ';
          continue;
        }
        const block = !INLINE_TAGS.has(child.localName);
        if (block) out += ' ';
        visit(child);
        if (block) out += ' ';
      }
    }
  };
  visit(el);
  return collapseSpace(out);
}

const REQUIRED_MARK = /^\s*\*\s*|\s*(?:\*|\((?:required|mandatory)\)|\[(?:required|mandatory)\])\s*$/gi;

/** Whether a trimmed label could hold a marker REQUIRED_MARK removes: one at either end, told from its end characters. */
function mayHaveMarker(label: string): boolean {
  const last = label.charAt(label.length - 1);
  return label.charAt(0) === '*' || last === '*' || last === ')' || last === ']';
}

/** A label without its required markers: "What difference will it make? *" → "What difference will it make?". */
export function cleanLabel(text: string): string {
  let label = collapseSpace(text);
  // Most labels have none: they are returned as they are, with no replacing.
  if (!mayHaveMarker(label)) return label;
  for (let i = 0; i < 3; i++) {
    const next = label.replace(REQUIRED_MARK, '');
    if (next === label) break;
    label = next;
  }
  return label.trim();
}

/** Text worth reading as a question or help: at least one letter or digit. */
export function meaningful(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}

/** True when the element holds text of its own (not only inside child elements). */
export function hasOwnText(el: Element): boolean {
  for (let child = el.firstChild; child !== null; child = child.nextSibling) {
    if (child.nodeType === 3 && /\S/.test(child.nodeValue ?? '')) return true;
  }
  return false;
}
