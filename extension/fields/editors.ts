import type { EditorType } from './types';

/*
 * The rich-text editors portals use, recognised by the markup each one renders, and the parts of each that matter
 * for a field: the container that holds its toolbar and editing area, and the source textarea it replaced (whose
 * label is the field's label).
 */

/** The editor of an editable root, from the classes and attributes it gives the root. */
export function editorOf(el: Element): EditorType {
  const cls = el.classList;
  if (cls.contains('ql-editor')) return 'quill';
  if (cls.contains('ProseMirror')) return 'prosemirror';
  if (el.getAttribute('data-lexical-editor') === 'true') return 'lexical';
  if (cls.contains('public-DraftEditor-content') || el.closest('.DraftEditor-root')) return 'draftjs';
  if (cls.contains('ck-editor__editable')) return 'ckeditor5';
  if (cls.contains('cke_editable')) return 'ckeditor4';
  if (cls.contains('mce-content-body') || (el.localName === 'body' && el.id === 'tinymce')) return 'tinymce';
  return 'contenteditable';
}

export interface EditorParts {
  /** The editor's outermost element in the page that shows it (for an iframe editor, in the parent document). */
  container: Element;
  /** The hidden textarea (or element) the editor replaced, or null. */
  source: Element | null;
}

/**
 * Container and source of an editable root of the given editor. `frameOf` gives the iframe element that shows a
 * document (discovery records it while scanning frames).
 */
export function editorParts(
  el: Element,
  editor: EditorType,
  frameOf: (doc: Document) => Element | null,
): EditorParts {
  const doc = el.ownerDocument;
  const frame = el === doc.body || el === doc.documentElement ? frameOf(doc) : null;
  if (frame) {
    const parentDoc = frame.ownerDocument;
    if (editor === 'tinymce') {
      const container = frame.closest('.tox-tinymce, .mce-tinymce, .tox') ?? frame;
      const id = el.getAttribute('data-id');
      const byId = id ? parentDoc.getElementById(id) : null;
      return { container, source: byId ?? hiddenSourceBefore(container) };
    }
    if (editor === 'ckeditor4') {
      const container = frame.closest('.cke') ?? frame;
      const name = container.id.startsWith('cke_') ? container.id.slice(4) : '';
      const byName = name
        ? (parentDoc.getElementById(name) ?? parentDoc.getElementsByName(name).item(0) ?? null)
        : null;
      return { container, source: byName ?? hiddenSourceBefore(container) };
    }
    return { container: frame, source: hiddenSourceBefore(frame) };
  }
  switch (editor) {
    case 'ckeditor5': {
      const container = el.closest('.ck-editor');
      return container
        ? { container, source: hiddenSourceBefore(container, true) }
        : { container: el, source: null };
    }
    case 'ckeditor4': {
      const container = el.closest('.cke');
      return container
        ? { container, source: hiddenSourceBefore(container) }
        : { container: el, source: null };
    }
    case 'quill':
      return { container: el.closest('.ql-container') ?? el, source: null };
    case 'prosemirror':
      return { container: el.closest('.ProseMirror-menubar-wrapper') ?? el, source: null };
    case 'draftjs':
      return { container: el.closest('.DraftEditor-root') ?? el, source: null };
    default:
      return { container: el, source: hiddenSourceBefore(el) };
  }
}

/**
 * Classic editors insert their container (or iframe) right after the source element and hide the source: TinyMCE,
 * CKEditor, and the older iframe and contenteditable editors built the same way.
 */
function hiddenSourceBefore(container: Element, orDiv = false): Element | null {
  const before = container.previousElementSibling;
  if (!before) return null;
  const style = before.getAttribute('style') ?? '';
  const hidden =
    before.hasAttribute('hidden') ||
    before.getAttribute('aria-hidden') === 'true' ||
    /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
  return hidden && (before.localName === 'textarea' || (orDiv && before.localName === 'div')) ? before : null;
}

/**
 * Labels an editor writes for itself: they name the editor, not the question, so they never win.
 * TinyMCE: "Rich Text Area" (and "... Press ALT-0 for help"); CKEditor 5: "Rich Text Editor. Editing area: main";
 * CKEditor 4: "Rich Text Editor, editor1"; its voice label "Rich Text Editor".
 */
const EDITOR_GENERATED =
  /^(?:rich[ -]text (?:area|editor)|wysiwyg|editor(?: toolbar| editing area)?$)|editing area\s*:|press alt\s*\+?\s*-?\s*0 for help/i;

export function isEditorGeneratedLabel(text: string): boolean {
  return EDITOR_GENERATED.test(text.trim());
}

/**
 * Inputs and textareas inside these belong to an editor's own user interface (link dialogs, source view), or to a
 * code editor. Checked by class and role in plain code rather than with a selector list: matching this list against
 * each ancestor of each box (`closest`) took a tenth of discovery's time on the 200-field benchmark page.
 */
const EDITOR_UI_CLASSES = new Set([
  'tox',
  'ck',
  'cke',
  'cke_dialog',
  'ql-toolbar',
  'ql-tooltip',
  'ql-clipboard',
  'ProseMirror-menubar',
  'ProseMirror-prompt',
  'CodeMirror',
  'cm-editor',
  'ace_editor',
  'monaco-editor',
]);

/** The element itself is an editor's user interface or a code editor (its ancestors are the caller's to ask). */
export function isEditorUi(el: Element): boolean {
  const classes = el.classList;
  for (let i = 0; i < classes.length; i++) if (EDITOR_UI_CLASSES.has(classes[i] ?? '')) return true;
  return el.getAttribute('role') === 'toolbar';
}

/** Editable elements that are not prose fields: clipboard catchers and code editors. */
export const NOT_PROSE_EDITABLE = '.ql-clipboard, .CodeMirror, .cm-editor, .ace_editor, .monaco-editor';

/*
 * Parts of the page whose text is never a question or help: editor chrome, placeholders, assistive-only text.
 * Controls are not among them: walks must meet controls to stop there. Checked by tag, class and attribute in
 * plain code rather than with a selector list, as walks ask it of every element they pass.
 */
const NOT_TEXT_TAGS = new Set(['script', 'style', 'template', 'noscript', 'svg', 'option', 'button']);
const NOT_TEXT_CLASSES = new Set([
  'tox-editor-header',
  'tox-statusbar',
  'ck-editor__top',
  'ck-voice-label',
  'ck-body-wrapper',
  'ql-toolbar',
  'ql-tooltip',
  'ql-clipboard',
  'ProseMirror-menubar',
  'cke_top',
  'cke_bottom',
  'public-DraftEditorPlaceholder-root',
  'sr-only',
  'visually-hidden',
  'slds-assistive-text',
  'assistive-text',
]);

/**
 * True for an element whose text is not question or help text. With `decorative`, also for text hidden from
 * assistive technology (aria-hidden): walks skip it, but a label's own text keeps its decorative "*".
 */
export function notQuestionText(el: Element, decorative: boolean): boolean {
  if (NOT_TEXT_TAGS.has(el.localName) || el.hasAttribute('hidden')) return true;
  if (decorative && el.getAttribute('aria-hidden') === 'true') return true;
  if (el.getAttribute('role') === 'toolbar') return true;
  const classes = el.classList;
  for (let i = 0; i < classes.length; i++) if (NOT_TEXT_CLASSES.has(classes[i] ?? '')) return true;
  return false;
}
