// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { describeField } from './describe';
import { discover, render } from './test-page';

afterEach(() => {
  document.body.innerHTML = '';
});

const helpText = (text: string) => {
  (document.querySelector('.help') as HTMLElement).textContent = text;
};

describe("a field's description (help and counters)", () => {
  it('is read when first asked for, not by discovery, and then kept', () => {
    render(`<div><label for="a">What will change?</label><textarea id="a"></textarea>
      <p class="help">Be brief.</p><div class="counter">0 / 500 characters</div></div>`);
    const [field] = discover().fields;
    helpText('Be specific.');
    expect(field?.help).toBe('Be specific.');
    helpText('Changed again.');
    expect([field?.help, field?.counterText]).toEqual(['Be specific.', '0 / 500 characters']);
  });

  it('is read at once by describeField', () => {
    render(
      `<div><label for="a">What will change?</label><textarea id="a"></textarea><p class="help">Be brief.</p></div>`,
    );
    const [field] = discover().fields;
    describeField(field!);
    helpText('Changed.');
    expect(field?.help).toBe('Be brief.');
  });

  it('is read by discovery for a field with no label of its own, whose question the same walk finds', () => {
    render(`<div><p>What will change?</p><textarea></textarea><p class="help">Be brief.</p></div>`);
    const [field] = discover().fields;
    helpText('Changed.');
    expect([field?.label, field?.help]).toEqual(['What will change?', 'Be brief.']);
  });
});
