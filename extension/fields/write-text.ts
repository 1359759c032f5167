import type { Field } from './types';

/*
 * Writing into a field, only when the user applies a suggestion or restores a draft, and only through the page's
 * own input path, so that the portal's framework and the editor's model see an edit like any other.
 *
 * textarea and input: the value setter of the element's prototype (a React-controlled input overrides the
 * instance's setter to track its value, and would ignore a plain `el.value = …`), then 'input' and 'change'
 * events that bubble, as typing and leaving the box fire them.
 *
 * Editors and contenteditable: focus, select everything in the editable, then one input step per piece of the
 * text in readText's convention: the first paragraph's text replaces the selection, "\n\n" is a new paragraph
 * (Enter), a single "\n" a line break (Shift+Enter). Each step is offered to the editor first as a cancelable
 * 'beforeinput' event with its target range, the way a keystroke is: CKEditor 5, Lexical, Quill 2 and Slate apply
 * it to their own model (they cancel it, or re-render at once). An editor that does neither (TinyMCE, ProseMirror,
 * Draft.js, a plain contenteditable) gets document.execCommand in its own document, which edits the DOM as typing
 * would and fires the input events those editors read. execCommand alone is not enough: Chromium fires no
 * beforeinput for it, and CKEditor 5 and Lexical undo DOM changes they did not make. The DOM is never written
 * directly; if the editor takes neither path, writeText throws.
 */

export function writeText(field: Field, text: string): void {
  if (field.editor === 'textarea' || field.editor === 'input') {
    writeValue(field.element as HTMLTextAreaElement | HTMLInputElement, text);
    return;
  }
  writeEditable(field.element, text);
}

/**
 * Adds text after what a field already says, as new paragraphs ("\n\n" between them), through the same input path
 * as writeText. Unlike writing the whole text back, it leaves the field's existing content (and an editor's
 * formatting: lists, bold, links) untouched.
 */
export function appendText(field: Field, text: string): void {
  if (field.editor === 'textarea' || field.editor === 'input') {
    const el = field.element as HTMLTextAreaElement | HTMLInputElement;
    const before = el.value.replace(/\s+$/, '');
    writeValue(el, before ? `${before}\n\n${text}` : text);
    return;
  }
  const el = field.element;
  const realm = realmOf(el);
  if (el.textContent?.trim() === '') {
    writeEditable(el, text);
    return;
  }
  el.focus({ preventScroll: true });
  const selection = realm.getSelection();
  const range = el.ownerDocument.createRange();
  range.selectNodeContents(el);
  range.collapse(false);
  selection?.removeAllRanges();
  selection?.addRange(range);
  for (const paragraph of text.replace(/\r\n?/g, '\n').split(/\n{2,}/)) {
    input(el, 'insertParagraph', null, caret(el), 'insertParagraph');
    paragraph.split('\n').forEach((line, j) => {
      if (j > 0) input(el, 'insertLineBreak', null, caret(el), 'insertLineBreak');
      if (line !== '') input(el, 'insertText', line, caret(el), 'insertText');
    });
  }
}

type Realm = Window & typeof globalThis;

function realmOf(el: Element): Realm {
  return (el.ownerDocument.defaultView ?? window) as Realm;
}

function writeValue(el: HTMLTextAreaElement | HTMLInputElement, text: string): void {
  const value = el.localName === 'input' ? text.replace(/[ \t]*(?:\r?\n)+[ \t]*/g, ' ') : text;
  let setter: ((this: unknown, v: string) => void) | undefined;
  for (
    let proto = Object.getPrototypeOf(el);
    proto !== null && !setter;
    proto = Object.getPrototypeOf(proto)
  ) {
    setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  }
  if (setter) setter.call(el, value);
  else el.value = value;
  const realm = realmOf(el);
  el.dispatchEvent(
    new realm.InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: value }),
  );
  el.dispatchEvent(new realm.Event('change', { bubbles: true }));
}

function writeEditable(el: HTMLElement, text: string): void {
  const realm = realmOf(el);
  const doc = el.ownerDocument;
  if (realm !== realm.top) {
    try {
      realm.focus();
    } catch {
      // A frame that cannot take focus still takes the selection below.
    }
  }
  el.focus({ preventScroll: true });
  const selection = realm.getSelection();
  const range = doc.createRange();
  range.selectNodeContents(el);
  selection?.removeAllRanges();
  selection?.addRange(range);

  const paragraphs = text.replace(/\r\n?/g, '\n').split(/\n{2,}/);
  const whole = staticRange(realm, el, 0, el, el.childNodes.length);
  if (paragraphs.every((p) => p === '')) {
    if (el.childNodes.length > 0) input(el, 'deleteContentBackward', null, whole, 'delete', false);
    return;
  }
  let first = true;
  paragraphs.forEach((paragraph, i) => {
    paragraph.split('\n').forEach((line, j) => {
      if (!first && (i > 0 || j > 0))
        input(
          el,
          j === 0 ? 'insertParagraph' : 'insertLineBreak',
          null,
          caret(el),
          j === 0 ? 'insertParagraph' : 'insertLineBreak',
        );
      if (line === '' && !first) return;
      input(el, 'insertText', line, first ? whole : caret(el), 'insertText');
      first = false;
    });
  });
}

/** The current selection as a static range, for the next step's beforeinput. */
function caret(el: Element): StaticRange | null {
  const realm = realmOf(el);
  const selection = realm.getSelection();
  if (!selection || selection.rangeCount === 0) return null;
  const r = selection.getRangeAt(0);
  return staticRange(realm, r.startContainer, r.startOffset, r.endContainer, r.endOffset);
}

function staticRange(
  realm: Realm,
  start: Node,
  startOffset: number,
  end: Node,
  endOffset: number,
): StaticRange | null {
  if (typeof realm.StaticRange !== 'function') return null;
  return new realm.StaticRange({ startContainer: start, startOffset, endContainer: end, endOffset });
}

/** One input step: offered as beforeinput; if the editor neither cancels it nor changes, execCommand does it. */
function input(
  el: HTMLElement,
  inputType: string,
  data: string | null,
  target: StaticRange | null,
  commandName: string,
  required = true,
): void {
  const realm = realmOf(el);
  const observer = new realm.MutationObserver(() => undefined);
  observer.observe(el, { childList: true, subtree: true, characterData: true });
  const event = new realm.InputEvent('beforeinput', {
    bubbles: true,
    cancelable: true,
    composed: true,
    inputType,
    data,
    targetRanges: target ? [target] : [],
  });
  el.dispatchEvent(event);
  const changed = observer.takeRecords().length > 0;
  observer.disconnect();
  if (event.defaultPrevented || changed) return;
  let done = false;
  try {
    const doc = el.ownerDocument;
    done = typeof doc.execCommand === 'function' && doc.execCommand(commandName, false, data ?? undefined);
  } catch {
    done = false;
  }
  if (!done && required)
    throw new Error(`Impact Lens: the editor took neither beforeinput nor execCommand for "${inputType}"`);
}
