import { isElement } from './dom';
import type { Field } from './types';

/*
 * The text of a field as a person sees it.
 *
 * - textarea and input: the value, as typed (a textarea keeps the person's own line breaks).
 * - editors and contenteditable: paragraphs are separated by one blank line ("\n\n"); a line break inside a
 *   paragraph (<br>, Shift+Enter, or a "\n" in an editor that sets white-space: pre-wrap) is "\n". Every block (paragraph, heading, list item, table cell, quote) is a
 *   paragraph; empty paragraphs are dropped, each paragraph is trimmed, non-breaking spaces read as spaces, and the
 *   invisible characters editors keep for the caret (zero-width spaces, word joiners, BOMs) are left out, as are
 *   editor-only elements (TinyMCE's bogus nodes, CKEditor's widget handles).
 *
 * The same convention is what writeText takes: "\n\n" starts a new paragraph, a single "\n" a line break.
 */

const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

const SKIP_TAGS = new Set(['script', 'style', 'template', 'noscript', 'head', 'title', 'meta', 'link']);
const EDITOR_ONLY = '[data-mce-bogus="all"], .ck-widget__type-around, .ck-fake-selection-container, [hidden]';
const INVISIBLE = /[\u200b\u2060\ufeff]/g;

export function readText(field: Field): string {
  const el = field.element;
  if (field.editor === 'textarea' || field.editor === 'input') return (el as HTMLTextAreaElement).value;
  return editableText(el, preservesLineBreaks(el));
}

/** Editors that set white-space: pre-wrap (Quill, ProseMirror, Lexical) show a "\n" in a text node as a line break. */
function preservesLineBreaks(el: Element): boolean {
  const view = el.ownerDocument.defaultView;
  if (!view) return false;
  return /^(?:pre|pre-wrap|pre-line|break-spaces)$/.test(view.getComputedStyle(el).whiteSpace);
}

/** The paragraphs of an editable element, joined by "\n\n" (see above). */
export function editableText(root: Element, preserveLineBreaks = false): string {
  const paragraphs: string[] = [];
  let line = '';
  const flush = (): void => {
    const text = line
      .replace(INVISIBLE, '')
      .replace(/\u00a0/g, ' ')
      .replace(/ *\n */g, '\n')
      .replace(/^[ \n]+|[ \n]+$/g, '');
    if (text !== '') paragraphs.push(text);
    line = '';
  };
  const visit = (node: Node, pre: boolean): void => {
    for (let child = node.firstChild; child !== null; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const value = child.nodeValue ?? '';
        line += pre ? value : value.replace(/[\t\n\r\f]+/g, ' ');
        continue;
      }
      if (!isElement(child)) continue;
      const tag = child.localName;
      if (SKIP_TAGS.has(tag) || child.matches(EDITOR_ONLY)) continue;
      if (tag === 'br') {
        line += '\n';
        continue;
      }
      if (BLOCK_TAGS.has(tag)) {
        flush();
        visit(child, pre || tag === 'pre');
        flush();
      } else {
        visit(child, pre);
      }
    }
  };
  visit(root, preserveLineBreaks);
  flush();
  return paragraphs.join('\n\n');
}
