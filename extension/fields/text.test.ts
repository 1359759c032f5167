// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readText, writeText } from './index';
import { editableText } from './read-text';
import { onlyField } from './test-page';
import type { Field } from './types';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('readText: the text as a person sees it, paragraphs separated by a blank line', () => {
  const html = (inner: string) => {
    const div = document.createElement('div');
    div.innerHTML = inner;
    return editableText(div);
  };

  it.each([
    ['paragraphs', '<p>One.</p><p>Two.</p>', 'One.\n\nTwo.'],
    ['div blocks (Draft.js, plain contenteditable)', '<div>One.</div><div>Two.</div>', 'One.\n\nTwo.'],
    ['a line break inside a paragraph', '<p>One<br>two</p>', 'One\ntwo'],
    [
      "an editor's trailing placeholder break",
      '<p>One.<br></p><p><br class="ProseMirror-trailingBreak"></p>',
      'One.',
    ],
    ['empty paragraphs dropped', '<p>One.</p><p><br></p><p></p><p>Two.</p>', 'One.\n\nTwo.'],
    ['inline formatting', '<p>We <strong>will</strong> <em>measure</em> it.</p>', 'We will measure it.'],
    [
      'list items as paragraphs',
      '<ul><li>Mentoring</li><li>Work placements</li></ul>',
      'Mentoring\n\nWork placements',
    ],
    ['headings', '<h2>Aim</h2><p>Jobs.</p>', 'Aim\n\nJobs.'],
    ['non-breaking spaces', '<p>120&nbsp;young&nbsp;people</p>', '120 young people'],
    ['caret characters editors keep', '<p>\u200bOne\u2060\u2060 two\ufeff</p>', 'One two'],
    ['source formatting between blocks', '\n  <p>\n    One.\n  </p>\n  <p>Two.</p>\n', 'One.\n\nTwo.'],
    ["TinyMCE's bogus nodes", '<p>One.</p><div data-mce-bogus="all">resize</div>', 'One.'],
    ['an empty editor', '<p><br></p>', ''],
  ])('%s', (_case, inner, text) => {
    expect(html(inner)).toBe(text);
  });

  it('keeps a "\\n" in a text node of a pre-wrap editor (Quill, ProseMirror, Lexical) as a line break', () => {
    const div = document.createElement('div');
    div.innerHTML = '<p>One\ntwo</p>';
    expect(editableText(div, true)).toBe('One\ntwo');
    expect(editableText(div, false)).toBe('One two');
  });

  it('reads a textarea and an input by their value, as typed', () => {
    const area = onlyField('<textarea aria-label="Q"></textarea>');
    (area.element as HTMLTextAreaElement).value = 'Line one\nline two';
    expect(readText(area)).toBe('Line one\nline two');
  });
});

describe('writeText', () => {
  it('uses the prototype value setter, so a React-controlled box sees the change', () => {
    const field = onlyField('<textarea aria-label="Q"></textarea>');
    const el = field.element as HTMLTextAreaElement;
    // React's inputValueTracking: an instance-level value property that remembers the last value React saw.
    const native = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(el), 'value') as PropertyDescriptor;
    let tracked = '';
    Object.defineProperty(el, 'value', {
      configurable: true,
      get() {
        return native.get?.call(this);
      },
      set(v: string) {
        tracked = v;
        native.set?.call(this, v);
      },
    });
    const seen: string[] = [];
    el.addEventListener('input', () => {
      const now = native.get?.call(el) as string;
      if (now !== tracked) seen.push(now); // React ignores an input whose value equals the tracked one
    });
    const changes = vi.fn();
    el.addEventListener('change', changes);
    writeText(field, 'Our answer.');
    expect(seen).toEqual(['Our answer.']);
    expect(changes).toHaveBeenCalledOnce();
    expect(readText(field)).toBe('Our answer.');
  });

  it('fires an input event that bubbles (for counters and form libraries listening on the form)', () => {
    const field = onlyField('<form><textarea aria-label="Q"></textarea></form>');
    const inputs: string[] = [];
    document
      .querySelector('form')
      ?.addEventListener('input', (e) => inputs.push((e as InputEvent).inputType));
    writeText(field, 'Text');
    expect(inputs).toEqual(['insertReplacementText']);
  });

  it('writes paragraphs into an input on one line', () => {
    const field = onlyField('<input type="text" maxlength="500" aria-label="One-line summary">');
    writeText(field, 'One.\n\nTwo.');
    expect(readText(field)).toBe('One. Two.');
  });

  /** A minimal editor that, like CKEditor 5 or Lexical, applies beforeinput to its own model and renders it. */
  function modelEditor(): { field: Field; model: string[]; events: string[] } {
    const field = onlyField(
      '<div class="q"><p class="question-label">Q</p><div contenteditable="true" id="ed"></div></div>',
    );
    const el = field.element;
    const model: string[] = [''];
    const events: string[] = [];
    const render = () => {
      el.innerHTML = model.map((p) => `<p>${p || '<br>'}</p>`).join('');
    };
    el.addEventListener('beforeinput', (event) => {
      const e = event as InputEvent;
      events.push(e.inputType);
      e.preventDefault();
      if (e.inputType === 'insertText' && events.filter((t) => t === 'insertText').length === 1)
        model.splice(0);
      if (e.inputType === 'insertText') {
        if (model.length === 0) model.push('');
        model[model.length - 1] += e.data ?? '';
      } else if (e.inputType === 'insertParagraph') model.push('');
      else if (e.inputType === 'insertLineBreak') model[model.length - 1] += '<br>';
      else if (e.inputType === 'deleteContentBackward') model.splice(0, model.length, '');
      render();
    });
    render();
    return { field, model, events };
  }

  it("goes through an editor's beforeinput handling, one step per paragraph", () => {
    const { field, model, events } = modelEditor();
    writeText(field, 'Young people gain skills.\n\nBy March 2026, 120 in work.\nMost stay.');
    expect(events).toEqual(['insertText', 'insertParagraph', 'insertText', 'insertLineBreak', 'insertText']);
    expect(model).toEqual(['Young people gain skills.', 'By March 2026, 120 in work.<br>Most stay.']);
    expect(readText(field)).toBe('Young people gain skills.\n\nBy March 2026, 120 in work.\nMost stay.');
  });

  it('empties an editor with a delete step', () => {
    const { field, model, events } = modelEditor();
    writeText(field, 'Something');
    writeText(field, '');
    expect(events.at(-1)).toBe('deleteContentBackward');
    expect(model).toEqual(['']);
  });

  it('throws rather than write around an editor that takes neither beforeinput nor execCommand', () => {
    const field = onlyField('<div contenteditable="true" aria-label="Q"><p>Before</p></div>');
    expect(() => writeText(field, 'After')).toThrow(/neither beforeinput nor execCommand/);
    expect(readText(field)).toBe('Before');
  });
});
