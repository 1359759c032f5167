// The pages' shared DOM helpers, inlined by sheets-addon/build.ts where a page says <!-- page helpers -->.
// A property of window, not a top-level const: each page's own script, a separate <script>, reads it.
window.impactPage = {
  /** The status line: its text, its kind (error, ok…) and, while the server works, a spinner. Empty hides it. */
  setStatus(statusEl, text, kind, busy) {
    statusEl.hidden = text === '';
    statusEl.className = `status${kind ? ` ${kind}` : ''}`;
    statusEl.textContent = '';
    if (busy) {
      const spin = document.createElement('span');
      spin.className = 'spinner';
      spin.setAttribute('aria-hidden', 'true');
      statusEl.appendChild(spin);
    }
    statusEl.appendChild(document.createTextNode(text));
  },
  /** An element with its text and class: text only, never HTML. */
  element(tag, text, className) {
    const el = document.createElement(tag);
    if (text !== undefined) el.textContent = text;
    if (className) el.className = className;
    return el;
  },
};
