// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { looksGenerated, looksGeneratedName } from './key';
import { discover, PAGE_URL, render } from './test-page';

afterEach(() => {
  document.body.innerHTML = '';
});

/** A React-like form: every render gives its boxes new generated ids; names and labels stay. */
function reactForm(prefix: string): string {
  const id = (n: number) => `:${prefix}${n}:`;
  return `<form>
    <div><label for="${id(1)}">What difference will your project make?</label>
      <textarea id="${id(1)}" name="formFields[8412302].value"></textarea></div>
    <div><label for="${id(2)}">Why is your project needed?</label><textarea id="${id(2)}"></textarea></div>
    <div><label for="mce_${prefix.length + 11}">Who will benefit?</label><textarea id="mce_${prefix.length + 11}"></textarea></div>
    <div><textarea id="input-${prefix.length * 37}"></textarea></div>
    <div><textarea id="${prefix}-e3b0c44298fc"></textarea></div>
  </form>`;
}

function keys(html: string): string[] {
  render(html);
  return discover().fields.map((f) => f.key);
}

describe('keys', () => {
  it('survive a re-render with different generated ids', () => {
    const first = keys(reactForm('r'));
    const again = keys(reactForm('rab4f'));
    expect(again).toEqual(first);
    expect(new Set(first).size).toBe(first.length);
  });

  it('are origin + pathname + a structural path: name, then a stable id, then the label, then position', () => {
    const origin = new URL(PAGE_URL);
    const base = `${origin.origin}${origin.pathname}#`;
    expect(
      keys(`<form>
        <label for="a">Question A</label><textarea id="a" name="q_48212"></textarea>
        <label for="outcomes">Question B</label><textarea id="outcomes"></textarea>
        <label for="i5">Question C</label><textarea id="i5"></textarea>
        <textarea></textarea><p>unlabelled</p><input type="text" maxlength="500" />
      </form>`),
    ).toEqual([
      `${base}name=q_48212`,
      `${base}id=outcomes`,
      `${base}label=question c`,
      `${base}textarea:1`,
      `${base}label=unlabelled`,
    ]);
  });

  it('leave the query and fragment out (the same form at ?step=2 keeps its keys)', () => {
    render('<label for="a">Q</label><textarea id="a" name="q1"></textarea>', `${PAGE_URL}?step=2#top`);
    expect(discover().fields[0]?.key).toBe(`${PAGE_URL}#name=q1`);
  });

  it('number repeats in page order ("Other" twice)', () => {
    expect(
      keys(`<div><p>Other</p><textarea></textarea></div><div><p>Other</p><textarea></textarea></div>`).map(
        (k) => k.slice(k.indexOf('#')),
      ),
    ).toEqual(['#label=other', '#label=other~2']);
  });

  it('key an editor that replaced a textarea by its source', () => {
    const key =
      keys(`<label for="outcomes">Outcomes</label><textarea id="outcomes" name="answers[outcomes]" style="display:none"></textarea>
      <div class="ck ck-editor"><div class="ck-editor__main"><div class="ck-editor__editable ck-content" contenteditable="true"><p></p></div></div></div>`);
    expect(key.map((k) => k.slice(k.indexOf('#')))).toEqual(['#name=answers[outcomes]']);
  });
});

describe('looksGenerated (ids)', () => {
  it.each([
    ':r3:',
    ':R1a2:',
    '«r5»',
    '_r_1f_',
    'mce_12',
    'mce_0_ifr',
    'cke_editor1',
    'ember482',
    'ext-gen1234',
    'yui_3_18_1_1_1695',
    'ui-id-3',
    'react-select-2-input',
    'input-37',
    'textarea-734',
    'field_12',
    'i5',
    'a1b2c3d4e5f6',
    '3f2504e0-4f89-11d3-9a0c-0305e82c3301',
    'q_1695049503123',
  ])('"%s" is generated', (id) => {
    expect(looksGenerated(id)).toBe(true);
  });

  it.each([
    'id_q_48212',
    'q_48212',
    'project_summary',
    'outcomes',
    'formFields[8412302].value',
    'request[project_summary]',
    'lex-outcomes',
    'question-3',
  ])('"%s" is stable', (id) => {
    expect(looksGenerated(id)).toBe(false);
  });
});

describe('looksGeneratedName (names are what the form posts: generated far less often)', () => {
  it.each([':r3:', 'mce_12', '3f2504e0-4f89-11d3-9a0c-0305e82c3301'])('"%s" is generated', (name) => {
    expect(looksGeneratedName(name)).toBe(true);
  });
  it.each(['q1', 'entry.1187332510', 'q_48212', 'formFields[8412302].value', 'answer'])(
    '"%s" is stable',
    (name) => {
      expect(looksGeneratedName(name)).toBe(false);
    },
  );
});
