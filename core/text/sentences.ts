import type { Match } from './spans';

/** Words after which a full stop does not end a sentence. */
const ABBREVIATIONS = new Set([
  'e.g',
  'i.e',
  'eg',
  'ie',
  'etc',
  'vs',
  'approx',
  'dr',
  'mr',
  'mrs',
  'ms',
  'prof',
  'no',
  'nos',
  'st',
  'inc',
  'ltd',
  'co',
  'cf',
  'fig',
  'est',
  'incl',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
]);

// Sentence ends: terminal punctuation (with closing quotes or brackets) before white space, or a line break. A
// regular expression finds them faster than a loop over char codes does.
const BOUNDARY = /[.!?…]+["'”’)\]]*(?=\s|$)|\n/g;

/**
 * Sentences (and list items: each line is its own) in one pass. A full stop after a known abbreviation or a single
 * initial, or followed by a lower-case word, does not end a sentence.
 */
export function sentences(text: string): Match[] {
  const found: Match[] = [];
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m !== null; m = BOUNDARY.exec(text)) {
    const end = m.index + m[0].length;
    if (end === m.index + 1 && text.charCodeAt(m.index) === 46 && !endsSentence(text, m.index, end)) continue;
    push(text, start, end, found);
    start = end;
  }
  push(text, start, text.length, found);
  return found;
}

function isLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 0xc0 && code <= 0x24f);
}

/** The longest abbreviation, with its final full stop ("approx."): a longer word before a stop is none. */
const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((a) => a.length)) + 1;

function endsSentence(text: string, dot: number, after: number): boolean {
  // A lower-case word continues the sentence, whatever comes before the stop: tested first, as it is cheapest.
  let i = after;
  while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  const next = text.charCodeAt(i);
  if (next >= 97 && next <= 122) return false;
  let from = dot;
  while (
    from > 0 &&
    dot - from < 12 &&
    (isLetter(text.charCodeAt(from - 1)) || text.charCodeAt(from - 1) === 46)
  )
    from--;
  const length = dot - from;
  // An initial: "J. Smith".
  if (length === 1) {
    const c = text.charCodeAt(from);
    if (c >= 65 && c <= 90) return false;
  }
  if (length > LONGEST_ABBREVIATION) return true;
  const before = text.slice(from, dot).toLowerCase();
  return !(ABBREVIATIONS.has(before) || (before.endsWith('.') && ABBREVIATIONS.has(before.slice(0, -1))));
}

/**
 * JavaScript's `\s` (white space and line terminators), as a char code test: every sentence is trimmed, and a
 * regular expression per character was a quarter of the cost of splitting an answer, short or long.
 */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

function push(text: string, from: number, to: number, into: Match[]): void {
  let s = from;
  let e = to;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  if (e > s) into.push({ start: s, end: e, text: text.slice(s, e) });
}
