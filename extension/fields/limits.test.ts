// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { Limit } from '../../core/questions/types';
import { discover, limitOf, onlyField, render } from './test-page';

afterEach(() => {
  document.body.innerHTML = '';
});

const words = (max: number): Limit => ({ max, unit: 'words' });
const characters = (max: number): Limit => ({ max, unit: 'characters' });

describe('limits', () => {
  it.each([
    [
      'maxlength',
      `<label for="a">Describe your project</label><textarea id="a" maxlength="1500"></textarea>`,
      characters(1500),
    ],
    [
      'the label text',
      `<label for="a">What difference will your project make? (max 250 words)</label><textarea id="a"></textarea>`,
      words(250),
    ],
    [
      'help by aria-describedby',
      `<label for="a">Why is it needed?</label><p id="h">Word limit: 300.</p><textarea id="a" aria-describedby="h"></textarea>`,
      words(300),
    ],
    [
      'a hint element beside the box',
      `<div class="q"><label for="a">Why is it needed?</label><textarea id="a"></textarea>
        <span class="hint">Maximum 2,000 characters.</span></div>`,
      characters(2000),
    ],
    [
      'a live counter under the box',
      `<div class="q"><label for="a">Describe your project</label><textarea id="a"></textarea>
        <div class="counter">0 / 4,600 characters</div></div>`,
      characters(4600),
    ],
    [
      'a countdown counter',
      `<div class="q"><label for="a">Project summary</label><textarea id="a"></textarea>
        <div class="char-counter">Characters remaining: <span>1000</span></div></div>`,
      characters(1000),
    ],
    [
      'a word counter with a unit before it',
      `<div class="q"><label for="a">Track record</label><textarea id="a"></textarea><p class="word-count">Word count: 0/300</p></div>`,
      words(300),
    ],
    [
      'a counter in the flat layout (no wrapper), just after the box',
      `<form><label for="a">Project summary</label><textarea id="a"></textarea><span class="character-count">0 / 500</span>
        <label for="b">Next question</label><textarea id="b"></textarea></form>`,
      characters(500),
    ],
    [
      'a stated word limit over a larger maxlength',
      `<label for="a">Outcomes (max 250 words)</label><textarea id="a" maxlength="2000"></textarea>`,
      words(250),
    ],
  ])('from %s', (_source, html, limit) => {
    render(html);
    expect(limitOf(discover().fields[0])).toEqual(limit);
  });

  it.each([
    [
      'a page-wide limit',
      `<p>Your application should be no more than four pages in total.</p><label for="a">Describe your project</label><textarea id="a"></textarea>`,
    ],
    [
      'a page limit in help',
      `<label for="a">Describe your project</label><p class="help">2 pages maximum.</p><textarea id="a"></textarea>`,
    ],
    ['marks', `<label for="a">Describe the need (20 points)</label><textarea id="a"></textarea>`],
    [
      'dates',
      `<label for="a">What will you do between 1 April 2025 and 31/03/2026?</label><p class="help">Deadline 30 June 2025.</p><textarea id="a"></textarea>`,
    ],
    ['money', `<label for="a">How will you spend the £10,000 grant?</label><textarea id="a"></textarea>`],
    [
      'a words count so far',
      `<div><label for="a">Your story</label><textarea id="a"></textarea><div class="counter">12 words</div></div>`,
    ],
    [
      'a storage ceiling maxlength (Salesforce long text area)',
      `<label for="a">Describe your project</label><textarea id="a" maxlength="32768"></textarea>`,
    ],
    [
      'a page indicator after the last field',
      `<form><div class="q"><label for="a">Last question</label><textarea id="a"></textarea></div></form>
        <nav><span class="step-count">Step 3 of 4</span><span class="progress">Page 2 of 5</span></nav>`,
    ],
    [
      "the previous field's counter",
      `<form><div><label for="a">First</label><textarea id="a"></textarea></div><div class="counter">0 / 500 characters</div>
        <div><label for="b">Second</label><textarea id="b"></textarea></div></form>`,
    ],
  ])('none from %s', (_decoy, html) => {
    render(html);
    const fields = discover().fields;
    expect(limitOf(fields.at(-1))).toBeNull();
  });

  it("keeps a field's limit beside page-wide decoys in its own label", () => {
    expect(
      limitOf(
        onlyField(
          `<label for="a">Outcomes (max 200 words) - four pages in total, 20 points</label><textarea id="a"></textarea>`,
        ),
      ),
    ).toEqual(words(200));
  });

  it('reads help and counters of each field, not its neighbours', () => {
    render(`<form>
      <div class="form-group"><label for="a">First (max 100 words)</label><textarea id="a"></textarea></div>
      <div class="form-group"><label for="b">Second</label><p class="help-block">Up to 1,000 characters.</p>
        <textarea id="b"></textarea><p class="word-count">0 / 1,000</p></div>
      <div class="form-group"><label for="c">Third</label><textarea id="c"></textarea></div>
    </form>`);
    expect(discover().fields.map((f) => [f.label, limitOf(f), f.help])).toEqual([
      ['First (max 100 words)', words(100), ''],
      ['Second', characters(1000), 'Up to 1,000 characters.'],
      ['Third', null, ''],
    ]);
  });
});
