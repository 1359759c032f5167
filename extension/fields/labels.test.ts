// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { discover, frameLoaded, labelsOf, limitOf, onlyField, render } from './test-page';

afterEach(() => {
  document.body.innerHTML = '';
});

const Q = 'What difference will your project make?';

describe('label rules, in their order of precedence', () => {
  it.each([
    ['label[for]', `<label for="a">${Q}</label><textarea id="a"></textarea>`, Q],
    ['a wrapping label', `<label>${Q} <textarea></textarea></label>`, Q],
    [
      'aria-labelledby (several ids, joined)',
      `<span id="n">3.</span><span id="q">${Q}</span><textarea aria-labelledby="n q"></textarea>`,
      `3. ${Q}`,
    ],
    ['aria-label', `<textarea aria-label="${Q}"></textarea>`, Q],
    [
      'the legend of a fieldset holding only this field',
      `<fieldset><legend>${Q}</legend><textarea></textarea></fieldset>`,
      Q,
    ],
    [
      'the nearest question text: a label-like element',
      `<div class="question"><div class="question-title">${Q}</div><textarea></textarea></div>`,
      Q,
    ],
    [
      'the nearest question text: a heading role',
      `<div role="heading">${Q}</div><div><textarea></textarea></div>`,
      Q,
    ],
    [
      'the nearest question text: plain text before the box',
      `<div><p>${Q}</p><textarea></textarea></div>`,
      Q,
    ],
  ])('%s', (_rule, html, label) => {
    expect(labelsOf(html)).toEqual([label]);
  });

  it.each([
    [
      'label[for] beats aria-labelledby',
      `<label for="a">From label</label><span id="l">From labelledby</span><textarea id="a" aria-labelledby="l"></textarea>`,
      'From label',
    ],
    [
      'aria-labelledby beats aria-label',
      `<span id="l">From labelledby</span><textarea aria-labelledby="l" aria-label="From aria-label"></textarea>`,
      'From labelledby',
    ],
    [
      'aria-label beats legend',
      `<fieldset><legend>From legend</legend><textarea aria-label="From aria-label"></textarea></fieldset>`,
      'From aria-label',
    ],
    [
      'legend beats nearby text',
      `<fieldset><legend>From legend</legend><p>Nearby text</p><textarea></textarea></fieldset>`,
      'From legend',
    ],
    [
      'a label[for] elsewhere on the page beats the text just before the box',
      `<label for="a">From label</label><p>Something else</p><div><p>Nearby text</p><textarea id="a"></textarea></div>`,
      'From label',
    ],
  ])('%s', (_rule, html, label) => {
    expect(labelsOf(html)).toEqual([label]);
  });

  it('reads a section legend only as a fallback: a fieldset around several questions is a section', () => {
    const html = `<fieldset><legend>Section B: your project</legend>
      <p class="question-label">Describe your activities</p><textarea></textarea>
      <p class="question-label">Who will benefit?</p><textarea></textarea></fieldset>`;
    expect(labelsOf(html)).toEqual(['Describe your activities', 'Who will benefit?']);
  });

  it('removes required markers and keeps the limit in the label', () => {
    expect(
      labelsOf(`<label for="a">${Q} (max 250 words) <span class="required" aria-hidden="true">*</span>
        <span class="sr-only">(required)</span></label><textarea id="a"></textarea>`),
    ).toEqual([`${Q} (max 250 words)`]);
    expect(
      labelsOf(`<label for="a"><abbr title="required">*</abbr> ${Q}</label><textarea id="a"></textarea>`),
    ).toEqual([Q]);
  });

  it('does not take the text of the field itself into a wrapping label', () => {
    expect(labelsOf(`<label>${Q}<textarea>Draft answer</textarea></label>`)).toEqual([Q]);
  });

  it('labels inside a shadow root resolve against that root', () => {
    render('<x-question></x-question>');
    const host = document.querySelector('x-question') as HTMLElement;
    host.attachShadow({
      mode: 'open',
    }).innerHTML = `<label for="t">${Q}</label><span id="h">Max 200 words.</span><textarea id="t" aria-describedby="h"></textarea>`;
    const { fields } = discover();
    expect(fields.map((f) => [f.label, f.help])).toEqual([[Q, 'Max 200 words.']]);
  });
});

describe('nearest question text', () => {
  it('takes the first text of the question group as the question and the rest as help', () => {
    const field = onlyField(`<form><div class="q"><p>${Q}</p><p>Tell us how you will know (max 250 words).</p>
      <textarea></textarea></div></form>`);
    expect(field.label).toBe(Q);
    expect(field.help).toBe('Tell us how you will know (max 250 words).');
    expect(limitOf(field)).toEqual({ max: 250, unit: 'words' });
  });

  it('keeps help between the label and the box out of the label', () => {
    const field = onlyField(`<div><label>${Q}</label><div class="field-description">Be specific.</div>
      <textarea></textarea></div>`);
    expect(field.label).toBe(Q);
    expect(field.help).toBe('Be specific.');
  });

  it('splits instructions out of a label cell (table layouts)', () => {
    const field =
      onlyField(`<table><tr><td class="label">Outcomes<span class="instructions">Word limit: 500.</span></td>
      <td><textarea></textarea></td></tr></table>`);
    expect(field.label).toBe('Outcomes');
    expect(field.help).toBe('Word limit: 500.');
  });

  it('reads the nearest text when questions are siblings with no wrapper', () => {
    expect(
      labelsOf(`<form><h2>Section 2</h2><p>First question?</p><textarea></textarea>
        <p>Second question?</p><textarea></textarea></form>`),
    ).toEqual(['First question?', 'Second question?']);
  });

  it("never reads a neighbour's question: walks stop at the previous control", () => {
    expect(labelsOf(`<form><p>First question?</p><textarea></textarea><textarea></textarea></form>`)).toEqual(
      ['First question?', ''],
    );
  });

  it('skips editor toolbars, placeholders and aria-hidden decoration on the way', () => {
    const html = `<div><div class="question-label">${Q}</div>
      <div class="ql-toolbar" role="toolbar"><span class="ql-formats"><button>B</button><span>Normal</span></span></div>
      <div class="ql-container"><div class="ql-editor" contenteditable="true"><p><br></p></div></div>
      <div aria-hidden="true">Your answer</div></div>`;
    const field = onlyField(html);
    expect(field.label).toBe(Q);
    expect(field.help).toBe('');
  });
});

describe('editor labels never win', () => {
  it.each([
    'Rich Text Editor. Editing area: main. Press Alt+0 for help.',
    'Rich Text Area. Press ALT-0 for help.',
    'Rich Text Area',
    'Rich Text Editor, editor1',
    'Editor editing area: main',
  ])('"%s" loses to the question text', (generated) => {
    expect(
      labelsOf(
        `<div><p class="question-label">${Q}</p><div contenteditable="true" aria-label="${generated}"></div></div>`,
      ),
    ).toEqual([Q]);
  });

  it('a portal-set aria-label on an editor is a label', () => {
    expect(labelsOf(`<div contenteditable="true" aria-label="${Q}"></div>`)).toEqual([Q]);
  });

  it("CKEditor 5: the source textarea's label beats the voice label and the editable's aria-label", () => {
    const html = `<label for="outcomes">${Q}</label>
      <textarea id="outcomes" name="outcomes" style="display: none;"></textarea>
      <div class="ck ck-reset ck-editor" role="application" aria-labelledby="ck-editor__label_e1f2a3b4c5d6e7f8">
        <label class="ck ck-label ck-voice-label" id="ck-editor__label_e1f2a3b4c5d6e7f8">Rich Text Editor</label>
        <div class="ck ck-editor__top"><div class="ck ck-toolbar" role="toolbar" aria-label="Editor toolbar"></div></div>
        <div class="ck ck-editor__main"><div class="ck ck-content ck-editor__editable" role="textbox"
          aria-label="Rich Text Editor. Editing area: main. Press Alt+0 for help." contenteditable="true"><p><br></p></div></div>
      </div>`;
    const field = onlyField(html);
    expect([field.label, field.editor, field.element.classList.contains('ck-editor__editable')]).toEqual([
      Q,
      'ckeditor5',
      true,
    ]);
  });

  it("TinyMCE: the source textarea's label (found by the body's data-id) beats the iframe's generated labels", async () => {
    render(`<label for="summary">Project summary (max 200 words)</label>
      <textarea id="summary" name="summary" aria-hidden="true" style="display: none;"></textarea>
      <div role="application" class="tox tox-tinymce"><div class="tox-editor-header"><div role="toolbar"></div></div>
        <div class="tox-edit-area"><iframe id="summary_ifr" title="Rich Text Area" class="tox-edit-area__iframe"
          srcdoc='<body id="tinymce" class="mce-content-body" data-id="summary" aria-label="Rich Text Area" contenteditable="true"><p>Draft</p></body>'></iframe></div>
        <div class="tox-statusbar"><button class="tox-statusbar__wordcount">1 word</button></div></div>`);
    const doc = await frameLoaded(document.querySelector('iframe') as HTMLIFrameElement);
    const { fields } = discover();
    expect(fields).toHaveLength(1);
    expect(fields[0]?.element).toBe(doc.body);
    expect([fields[0]?.label, fields[0]?.editor, limitOf(fields[0])]).toEqual([
      'Project summary (max 200 words)',
      'tinymce',
      { max: 200, unit: 'words' },
    ]);
  });

  it("CKEditor 4: the source found from the cke_<name> container labels the iframe's body", async () => {
    render(`<div class="form-group"><label for="editor1">Why is your project needed?</label>
      <textarea name="editor1" id="editor1" style="visibility: hidden; display: none;"></textarea>
      <div id="cke_editor1" class="cke_1 cke cke_reset"><div class="cke_inner"><span class="cke_top" role="presentation">toolbar</span>
        <div class="cke_contents"><iframe class="cke_wysiwyg_frame" title="Rich Text Editor, editor1"
          srcdoc='<body contenteditable="true" class="cke_editable cke_editable_themed"><p>Draft</p></body>'></iframe></div>
      </div></div></div>`);
    await frameLoaded(document.querySelector('iframe') as HTMLIFrameElement);
    const { fields } = discover();
    expect(fields.map((f) => [f.label, f.editor])).toEqual([['Why is your project needed?', 'ckeditor4']]);
  });

  it('Quill: aria-labelledby on the container labels the editable', () => {
    const field = onlyField(`<span id="l">${Q}</span><div class="ql-toolbar" role="toolbar"></div>
      <div class="ql-container" aria-labelledby="l"><div class="ql-editor" contenteditable="true"><p><br></p></div>
      <div class="ql-tooltip ql-hidden"><input type="text" data-link="https://quilljs.com"></div></div>`);
    expect([field.label, field.editor]).toEqual([Q, 'quill']);
  });

  it('Draft.js: the placeholder is not the question', () => {
    const field = onlyField(`<div class="q"><div class="question-label">${Q}</div>
      <div class="DraftEditor-root"><div class="public-DraftEditorPlaceholder-root">Start typing…</div>
      <div class="DraftEditor-editorContainer"><div class="notranslate public-DraftEditor-content" contenteditable="true" role="textbox">
      <div data-contents="true"><div data-block="true"><span data-text="true"></span></div></div></div></div></div></div>`);
    expect([field.label, field.editor]).toEqual([Q, 'draftjs']);
  });
});
