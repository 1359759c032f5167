// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { discover, limitOf, render } from './test-page';

afterEach(() => {
  document.body.innerHTML = '';
});

const closedRoots = new WeakMap<Element, ShadowRoot>();

/** Attaches a closed root and keeps it where only the injected function (as chrome.dom does) can find it. */
function closed(host: Element, html: string): ShadowRoot {
  const root = host.attachShadow({ mode: 'closed' });
  root.innerHTML = html;
  closedRoots.set(host, root);
  return root;
}

const openOrClosedShadowRoot = (el: Element) => el.shadowRoot ?? closedRoots.get(el) ?? null;

const QUESTION = `<div class="slds-form-element"><label class="slds-form-element__label" for="textarea-12">
  <abbr class="slds-required" title="required">*</abbr>What difference will your project make?</label>
  <div class="slds-form-element__control"><textarea id="textarea-12" class="slds-textarea" maxlength="32768"></textarea></div>
  <div class="slds-form-element__help">Describe the change (max 300 words).</div></div>`;

describe('shadow roots', () => {
  it('finds fields in open shadow roots, where their labels are', () => {
    render('<p>Intro</p><x-question></x-question><textarea aria-label="Light DOM question"></textarea>');
    (document.querySelector('x-question') as Element).attachShadow({ mode: 'open' }).innerHTML = QUESTION;
    const { fields } = discover();
    expect(fields.map((f) => [f.label, limitOf(f)])).toEqual([
      ['What difference will your project make?', { max: 300, unit: 'words' }],
      ['Light DOM question', null],
    ]);
  });

  it('finds fields in closed shadow roots only through the injected function', () => {
    render('<lightning-textarea></lightning-textarea>');
    closed(document.querySelector('lightning-textarea') as Element, QUESTION);
    expect(discover().fields).toEqual([]);
    const { fields } = discover({ openOrClosedShadowRoot });
    expect(fields.map((f) => f.label)).toEqual(['What difference will your project make?']);
  });

  it('goes through closed roots nested in closed roots', () => {
    render('<c-grant-application></c-grant-application>');
    const app = closed(
      document.querySelector('c-grant-application') as Element,
      '<article><lightning-textarea></lightning-textarea><lightning-textarea></lightning-textarea></article>',
    );
    const [first, second] = [...app.querySelectorAll('lightning-textarea')];
    closed(first as Element, QUESTION);
    closed(
      second as Element,
      QUESTION.replace('What difference will your project make?', 'How will you measure it?'),
    );
    const { fields } = discover({ openOrClosedShadowRoot });
    expect(fields.map((f) => f.label)).toEqual([
      'What difference will your project make?',
      'How will you measure it?',
    ]);
    expect(fields.map((f) => f.key.slice(f.key.indexOf('#')))).toEqual([
      '#c-grant-application:1>lightning-textarea:1>label=what difference will your project make?',
      '#c-grant-application:1>lightning-textarea:2>label=how will you measure it?',
    ]);
  });

  it('asks the injected function about custom elements only', () => {
    render('<div><span>text</span><x-a></x-a><section><x-b></x-b></section></div>');
    const ask = vi.fn((_el: Element): ShadowRoot | null => null);
    discover({ openOrClosedShadowRoot: ask });
    expect(ask.mock.calls.map(([el]) => (el as Element).localName).sort()).toEqual(['x-a', 'x-b']);
  });

  it('survives an injected function that throws', () => {
    render('<x-a></x-a><textarea aria-label="Still found"></textarea>');
    const { fields } = discover({
      openOrClosedShadowRoot: () => {
        throw new Error('not an element it can open');
      },
    });
    expect(fields.map((f) => f.label)).toEqual(['Still found']);
  });

  it("reads a component's counter drawn outside the textarea's own root", () => {
    render('<c-limited-textarea></c-limited-textarea>');
    const wrapper = closed(
      document.querySelector('c-limited-textarea') as Element,
      '<lightning-textarea></lightning-textarea><p class="slds-text-body_small char-counter" aria-live="polite">0/2000</p>',
    );
    closed(wrapper.querySelector('lightning-textarea') as Element, QUESTION.replace(' (max 300 words)', ''));
    const { fields } = discover({ openOrClosedShadowRoot });
    expect(fields.map((f) => limitOf(f))).toEqual([{ max: 2000, unit: 'characters' }]);
  });

  it('reads the question from around the host when the component holds only the box', () => {
    render(
      '<div class="q"><h3 class="question-title">Why is your project needed?</h3><x-textarea></x-textarea></div>',
    );
    closed(document.querySelector('x-textarea') as Element, '<textarea></textarea>');
    const { fields } = discover({ openOrClosedShadowRoot });
    expect(fields.map((f) => f.label)).toEqual(['Why is your project needed?']);
  });

  it('skips the fields of a hidden host', () => {
    render('<x-question hidden></x-question>');
    (document.querySelector('x-question') as Element).attachShadow({ mode: 'open' }).innerHTML = QUESTION;
    const { fields, skips } = discover();
    expect(fields).toEqual([]);
    expect([...skips.values()]).toEqual(['hidden']);
  });
});
