import type { QuestionInput } from '../../core/questions/types';

/** Which editor a field is: how its text is read and written. */
export type EditorType =
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

/**
 * A prose field and what the page says about its question. What the question asks and how long its answer may be are
 * core's to work out from these (`describeQuestion`), in the background with the checks. `help` and `counterText`
 * are the field's description: discovery does not read them, the first use of either does (once, for both; see
 * describe.ts).
 */
export interface Field extends QuestionInput {
  /** origin + pathname + '#' + a structural path that survives re-renders and reloads (see key.ts). */
  key: string;
  /** The element a person types in: never an editor's hidden source textarea. */
  element: HTMLElement;
  editor: EditorType;
  /** The question, as the page shows it (required markers removed). */
  label: string;
  /** Help and description text near the field, one piece a line. */
  readonly help: string;
  /** The maxlength of the field (or of the source an editor replaced), when it has one. */
  maxLength: number | null;
  /** Live counters near the field ("0 / 500 words"), one a line. */
  readonly counterText: string;
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
