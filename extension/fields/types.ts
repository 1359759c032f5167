export interface FieldLimit {
  max: number;
  unit: 'words' | 'characters';
}

export type FieldKind =
  | 'textarea'
  | 'input'
  | 'contenteditable'
  | 'tinymce'
  | 'ckeditor4'
  | 'ckeditor5'
  | 'quill'
  | 'prosemirror'
  | 'draftjs'
  | 'lexical';

export interface Field {
  /** origin + pathname + '#' + a structural path that survives re-renders and reloads (see key.ts). */
  key: string;
  /** The element a person types in: never an editor's hidden source textarea. */
  element: HTMLElement;
  kind: FieldKind;
  /** The question, as the page shows it (required markers removed). */
  label: string;
  /** Help and description text near the field, one piece a line. */
  help: string;
  limit: FieldLimit | null;
}

/** Why a control that could hold text is not a field (reported through `DiscoverOptions.onSkip`). */
export type SkipReason =
  | 'opt-out'
  | 'disabled'
  | 'read-only'
  | 'hidden'
  | 'password'
  | 'payment'
  | 'personal'
  | 'money'
  | 'not-prose'
  | 'not-text';

export interface DiscoverOptions {
  /**
   * Opens closed shadow roots: the content script passes `chrome.dom.openOrClosedShadowRoot`. It is asked about
   * custom elements only (tag names with a hyphen), where web-component frameworks put closed roots, so that a page
   * of thousands of elements is not thousands of calls into the browser. Open roots are found without it.
   */
  openOrClosedShadowRoot?: (element: HTMLElement) => ShadowRoot | null;
  /** Told about every control that could hold text but is not a field, and why (for tests and diagnostics). */
  onSkip?: (element: Element, reason: SkipReason) => void;
}
