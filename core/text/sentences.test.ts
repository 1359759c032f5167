import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LABELLED_ANSWERS } from '../../tests/fixtures/answers/labelled';
import { sentences } from './sentences';
import { type Match, matchesOf } from './spans';

const texts = (t: string) => sentences(t).map((s) => s.text);

describe('sentences', () => {
  it.each([
    ['One. Two! Three?', ['One.', 'Two!', 'Three?']],
    [
      'We work with schools, e.g. in Leeds. Then we follow up.',
      ['We work with schools, e.g. in Leeds.', 'Then we follow up.'],
    ],
    ['Dr. Smith leads it. She is great.', ['Dr. Smith leads it.', 'She is great.']],
    ['It costs £2.5k. Fine.', ['It costs £2.5k.', 'Fine.']],
    ['A list:\n• first item\n• second item', ['A list:', '• first item', '• second item']],
    ['“Quoted.” Next one.', ['“Quoted.”', 'Next one.']],
    ['Ends without a stop', ['Ends without a stop']],
    ['J. Smith said so. Yes.', ['J. Smith said so.', 'Yes.']],
    ['about 3 p.m. today', ['about 3 p.m. today']],
    ['', []],
    ['   \n\n  ', []],
  ])('splits %j', (text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  it('gives offsets into the original text', () => {
    const text = 'First one.  Second one.';
    for (const s of sentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('ends sentences where the boundary expression and its abbreviation rules say, on the labelled answers', () => {
    for (const { text } of LABELLED_ANSWERS) expect(sentences(text)).toEqual(byExpression(text));
  });

  it('ends sentences where the boundary expression and its abbreviation rules say, on any text of marks', () => {
    const piece = fc.constantFrom(
      ...['.', '..', '!', '?', '…', '"', "'", '”', '’', ')', ']', ' ', '\t', '\n', '\u00a0', '\u2028'],
      ...['a', 'Z', 'e.g', 'approx', 'Dr', 'J', 'é', 'word', 'Eg.', 'i.e.', 'a.b.c.d.e.f', '3', '('],
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        expect(sentences(text)).toEqual(byExpression(text));
      }),
      { numRuns: 2_000 },
    );
  });
});

/** The split as first written: one regular expression for the boundaries, and the abbreviation rules in order. */
function byExpression(text: string): Match[] {
  const abbreviations = new Set(
    'e.g i.e eg ie etc vs approx dr mr mrs ms prof no nos st inc ltd co cf fig est incl jan feb mar apr jun jul aug sep sept oct nov dec'.split(
      ' ',
    ),
  );
  const ends = (dot: number, after: number) => {
    let from = dot;
    while (from > 0 && dot - from < 12 && /[a-zA-Z\u00c0-\u024f.]/.test(text[from - 1]!)) from--;
    const raw = text.slice(from, dot);
    const before = raw.toLowerCase();
    if (abbreviations.has(before) || abbreviations.has(before.replace(/\.$/, ''))) return false;
    if (raw.length === 1 && raw >= 'A' && raw <= 'Z') return false;
    let i = after;
    while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
    return !/[a-z]/.test(text[i] ?? '');
  };
  const found: Match[] = [];
  const trimmed = (from: number, to: number) => {
    const raw = text.slice(from, to);
    const s = from + (raw.length - raw.trimStart().length);
    const e = to - (raw.length - raw.trimEnd().length);
    if (e > s) found.push({ start: s, end: e, text: text.slice(s, e) });
  };
  let start = 0;
  for (const m of matchesOf(/[.!?…]+["'”’)\]]*(?=\s|$)|\n/g, text)) {
    if (m.text === '.' && !ends(m.start, m.end)) continue;
    trimmed(start, m.end);
    start = m.end;
  }
  trimmed(start, text.length);
  return found;
}
