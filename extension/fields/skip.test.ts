// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { discover, reasonFor, render, withLayout, withSize } from './test-page';

afterEach(() => {
  document.body.innerHTML = '';
});

const box = (attrs = '', label = 'Describe your project') =>
  `<div class="q"><label for="f">${label}</label><textarea id="f" ${attrs}></textarea></div>`;

describe('the prose-input rule: a single-line input is prose only with a stated limit or maxlength ≥ 300', () => {
  const input = (attrs: string, label = 'One-line summary of your project', after = '') =>
    `<div class="q"><label for="f">${label}</label><input id="f" ${attrs} />${after}</div>`;

  it.each([
    ['maxlength 300', input('type="text" maxlength="300"'), 'found'],
    ['maxlength 500, no type attribute', input('maxlength="500"'), 'found'],
    ['type search, maxlength 1000', input('type="search" maxlength="1000"'), 'found'],
    [
      'a stated word limit',
      input('type="text"', 'In one sentence, what is your project? (max 30 words)'),
      'found',
    ],
    ['a stated character limit', input('type="text"', 'Strapline (up to 150 characters)'), 'found'],
    [
      'a live counter',
      input('type="text"', 'One-line summary', '<span class="counter">0 / 200 characters</span>'),
      'found',
    ],
    ['maxlength 299', input('type="text" maxlength="299"'), 'not-prose'],
    ['no limit at all', input('type="text"'), 'not-prose'],
    [
      'a project title, even with a limit',
      input('type="text" maxlength="500"', 'Project title (max 15 words)'),
      'personal',
    ],
    ['an organisation name', input('type="text" maxlength="400"', 'Organisation name'), 'personal'],
    [
      'a name by its name attribute',
      input('type="text" name="contact_name" maxlength="400"', 'Who to contact'),
      'personal',
    ],
    ['an e-mail in a text input', input('type="text" maxlength="400"', 'Contact e-mail address'), 'personal'],
    ['a phone number in a text input', input('type="text" maxlength="400"', 'Phone'), 'personal'],
    [
      'autocomplete="name"',
      input('type="text" autocomplete="name" maxlength="400"', 'Your details'),
      'personal',
    ],
    [
      'a money cell by inputmode',
      input('type="text" inputmode="decimal" maxlength="400"', 'Staff costs'),
      'money',
    ],
    [
      'a money cell by its currency sign',
      input('type="text" maxlength="400"', 'Amount requested (£)'),
      'money',
    ],
    [
      'a money cell by a "$" before it',
      '<div><span>$</span><input id="f" type="text" maxlength="400" /></div>',
      'money',
    ],
    [
      'a short money label with a large maxlength',
      input('type="text" maxlength="400"', 'Total cost'),
      'money',
    ],
    [
      'money words with a stated word limit: prose',
      input('type="text"', 'Budget justification (max 50 words)'),
      'found',
    ],
    [
      'a long label that uses the word "name"',
      input('type="text"', 'Name the partners you will work with and why (max 40 words)'),
      'found',
    ],
    ['type email', input('type="email" maxlength="400"'), 'not-text'],
    ['type tel', input('type="tel"'), 'not-text'],
    ['type number', input('type="number"'), 'not-text'],
    ['type url', input('type="url" maxlength="400"'), 'not-text'],
    ['type date', input('type="date"'), 'not-text'],
    ['a checkbox', input('type="checkbox"'), 'not-text'],
  ])('%s', (_case, html, expected) => {
    expect(reasonFor(html, '#f')).toBe(expected);
  });

  it('hidden inputs and buttons are not reported at all', () => {
    expect(reasonFor('<input id="f" type="hidden" name="entry.1" value="">', '#f')).toBe('not-reported');
    expect(reasonFor('<input id="f" type="submit" value="Send">', '#f')).toBe('not-reported');
  });
});

describe('skipped fields, one reason each', () => {
  it.each([
    ['disabled', box('disabled'), 'disabled'],
    ['in a disabled fieldset', `<fieldset disabled>${box()}</fieldset>`, 'disabled'],
    ['aria-disabled', box('aria-disabled="true"'), 'disabled'],
    ['read-only', box('readonly'), 'read-only'],
    ['aria-readonly', box('aria-readonly="true"'), 'read-only'],
    ['the hidden attribute on an ancestor', `<div hidden>${box()}</div>`, 'hidden'],
    [
      'display:none by a class',
      `<style>.gone { display: none }</style><div class="gone">${box()}</div>`,
      'hidden',
    ],
    ['display:none inline', box('style="display: none"'), 'hidden'],
    ['visibility:hidden on an ancestor', `<div style="visibility: hidden">${box()}</div>`, 'hidden'],
    ['a password input', '<label for="f">Password</label><input id="f" type="password">', 'password'],
    ['autocomplete="new-password"', box('autocomplete="new-password"'), 'password'],
    ['a card number by autocomplete', box('autocomplete="cc-number"'), 'payment'],
    ['an IBAN by name', box('name="bank_iban"'), 'payment'],
    ['a sort code by name', box('name="sort_code"', 'Bank details'), 'payment'],
    ['a card number by label', box('', 'Card number'), 'payment'],
    ['data-gramm="false"', box('data-gramm="false"'), 'opt-out'],
    ['data-enable-grammarly="false"', box('data-enable-grammarly="false"'), 'opt-out'],
    ['data-impact-lens="off"', box('data-impact-lens="off"'), 'opt-out'],
    ['an opt-out on an ancestor', `<form data-impact-lens="off">${box()}</form>`, 'opt-out'],
    ['an opt-out on an editable', '<div id="f" contenteditable="true" data-gramm="false"></div>', 'opt-out'],
  ])('%s', (_case, html, expected) => {
    expect(reasonFor(html, '#f')).toBe(expected);
  });

  it('finds the same box with none of these', () => {
    expect(reasonFor(box(), '#f')).toBe('found');
  });

  it('is not fooled by contenteditable="false", or by an editable nested in an editor', () => {
    render(`<div contenteditable="false" id="off">Read only</div>
      <div class="ck-editor__editable ck-content" contenteditable="true" id="root"><p>Text</p>
        <figure contenteditable="false"><figcaption contenteditable="true" id="caption">Caption</figcaption></figure></div>`);
    const found = discover().fields.map((f) => f.element.id);
    expect(found).toEqual(['root']);
  });

  it("leaves alone the inputs of an editor's own interface and code editors", () => {
    render(`<div class="ql-container"><div class="ql-editor" contenteditable="true" id="q"><p>x</p></div>
        <div class="ql-tooltip"><input type="text" id="link" maxlength="500"></div></div>
      <div class="tox tox-tinymce-aux"><div role="dialog"><textarea id="tiny-dialog"></textarea></div></div>
      <div class="CodeMirror"><textarea id="cm"></textarea></div><div class="cm-editor"><div class="cm-content" contenteditable="true"></div></div>`);
    expect(discover().fields.map((f) => f.element.id)).toEqual(['q']);
  });
});

describe('zero-size and off-screen fields (where the document has layout)', () => {
  it.each([
    ['zero size', { width: 0, height: 0 }, 'hidden'],
    ['zero height', { width: 300, height: 0 }, 'hidden'],
    ['one pixel (a visually hidden box)', { width: 1, height: 1 }, 'hidden'],
    ['off-screen to the left', { width: 300, height: 60, x: -10_000 }, 'hidden'],
    ['off-screen above', { width: 300, height: 60, y: -10_000 }, 'hidden'],
    ['a normal box', { width: 300, height: 60 }, 'found'],
  ])('%s', (_case, size, expected) => {
    render(box());
    const undo = withLayout();
    try {
      withSize(document.getElementById('f') as Element, size);
      const { fields, skips } = discover();
      const el = document.getElementById('f') as Element;
      expect(fields.some((f) => f.element === el) ? 'found' : skips.get(el)).toBe(expected);
    } finally {
      undo();
    }
  });

  it('has no size rule without layout (happy-dom): every box is 0 × 0 there, and is still found', () => {
    expect(reasonFor(box(), '#f')).toBe('found');
  });
});

/**
 * Makes the browser's computed style say the elements matching `selector` are masked: happy-dom computes no
 * `-webkit-text-security`, which Chromium does (the end-to-end suite shows it there). Returns an undo.
 */
function maskedByStyle(selector: string): () => void {
  const computed = window.getComputedStyle.bind(window);
  const spy = vi.spyOn(window, 'getComputedStyle').mockImplementation((el, pseudo) => {
    const style = computed(el, pseudo);
    if (!el.matches(selector)) return style;
    return new Proxy(style, {
      get(target, property) {
        if (property === 'getPropertyValue')
          return (name: string) =>
            name === '-webkit-text-security' ? 'disc' : target.getPropertyValue(name);
        const value = Reflect.get(target, property, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  });
  return () => spy.mockRestore();
}

describe('secrets and identity numbers: never fields, whatever the page does with them', () => {
  const reasonNow = (selector: string) => {
    const el = document.querySelector(selector)!;
    const { fields, skips } = discover();
    return fields.some((f) => f.element === el) ? 'found' : skips.get(el);
  };

  it('a password input a "Show password" button turned into a text input', () => {
    render(
      '<div class="q"><label for="f">Password (8 to 64 characters)</label><input id="f" type="password"><button type="button">Show</button></div>',
    );
    expect(reasonNow('#f')).toBe('password');
    document.getElementById('f')!.setAttribute('type', 'text');
    expect(reasonNow('#f')).toBe('password');
  });

  it('a masked textarea, and the same one unmasked again', () => {
    render(box('', 'Describe your project (max 100 words)'));
    const undo = maskedByStyle('#f');
    try {
      expect(reasonNow('#f')).toBe('password');
    } finally {
      undo();
    }
    expect(reasonNow('#f')).toBe('password');
  });

  it('a field named for a password or an identity number, whatever its label says', () => {
    render(
      `<div class="q"><label for="a">Your answer (max 300 characters)</label><input id="a" type="text" name="user_password"></div>
       <div class="q"><label for="b">Number</label><textarea id="b" name="niNumber"></textarea></div>
       <div class="q"><label for="c">Reference</label><textarea id="c" name="passport_no"></textarea></div>`,
    );
    expect([reasonNow('#a'), reasonNow('#b'), reasonNow('#c')]).toEqual(['password', 'personal', 'personal']);
  });

  it.each([
    'National Insurance number',
    'Security question answer',
    'Password (8 to 64 characters)',
    'Memorable word',
    'PIN',
    "Mother's maiden name",
    'Social Security Number (SSN)',
    'Passport number',
    'Unique Taxpayer Reference (UTR)',
    'Tax file number',
    'Bank account details',
    'NHS number',
    'Driving licence number',
    'Aadhaar number',
    'If you have one, please give your National Insurance number so that we can confirm who you are',
  ])('a textarea labelled "%s" (reported with payment details, by its label)', (label) => {
    expect(reasonFor(box('', label), '#f')).toBe('payment');
  });

  it.each([
    'How will you keep the personal data of the people you work with secure? (max 300 words)',
    'Describe how you help refugees get passports and open bank accounts (max 250 words)',
    'Staff costs, including employer National Insurance contributions: explain each line',
    'What difference will your project make to young people on low incomes?',
    'Please describe the support you give people applying for a National Insurance number for the first time',
  ])('a prose question that merely mentions such things: "%s"', (label) => {
    expect(reasonFor(box('', label), '#f')).toBe('found');
  });
});
