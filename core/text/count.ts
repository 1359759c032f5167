/**
 * Counting as portals count. Words: runs of non-space characters, which is what Word, Google Docs and most portal
 * counters do ("long-term" is one word, "£3,000" is one word, a lone "–" is one). Characters: UTF-16 code units, as
 * a textarea's maxlength counts them; a line break is one character in the browser but two (CR LF) in many
 * server-side counters, so it is a setting.
 */
export interface CountRule {
  lineBreak: 1 | 2;
}

export const BROWSER_COUNT_RULE: CountRule = { lineBreak: 1 };

export interface TextCounts {
  words: number;
  characters: number;
  charactersWithoutSpaces: number;
}

/**
 * What separates words: JavaScript's `\s` (which is what portals' `split(/\s+/)` uses) and the zero-width space
 * that pasted text carries. A character test rather than a regular expression: counting runs every keystroke,
 * and a loop over char codes costs a tenth of a match per word.
 */
function separatesWords(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200b) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** A space for "characters without spaces": the separators a reader sees as a gap. */
function isSpace(c: number): boolean {
  return (
    c === 32 ||
    c === 9 ||
    c === 10 ||
    c === 0xa0 ||
    c === 0x202f ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x3000
  );
}

export function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const word = !separatesWords(text.charCodeAt(i));
    if (word && !inWord) n++;
    inWord = word;
  }
  return n;
}

/**
 * The offset in `text` where word number `n` (counting from 1, as countWords counts) starts, or `text.length` if
 * the text has fewer than `n` words. Stops at that word: it does not count the rest of a long text.
 */
export function wordStart(text: string, n: number): number {
  if (n <= 0) return 0;
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const word = !separatesWords(text.charCodeAt(i));
    if (word && !inWord && ++count === n) return i;
    inWord = word;
  }
  return text.length;
}

/**
 * The offset in `text` just after the first `n` characters as countText counts them (a CR LF or lone CR is one
 * line break, worth `rule.lineBreak`), so `text.slice(charactersEnd(...))` is what is beyond `n` characters. A line
 * break that would straddle `n` is beyond it.
 */
export function charactersEnd(text: string, n: number, rule: CountRule = BROWSER_COUNT_RULE): number {
  let counted = 0;
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    let width = 1;
    let next = i + 1;
    if (c === 13) {
      width = rule.lineBreak;
      if (text.charCodeAt(next) === 10) next++;
    } else if (c === 10) {
      width = rule.lineBreak;
    }
    if (counted + width > n) return i;
    counted += width;
    i = next;
  }
  return text.length;
}

/** With `charactersOnly`, words and characters without spaces are left at 0 (the caller counts them elsewhere). */
export function countText(
  text: string,
  rule: CountRule = BROWSER_COUNT_RULE,
  charactersOnly = false,
): TextCounts {
  // A pasted Windows line break (CR LF) is one line break, as the browser normalises it.
  const normalised = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
  if (charactersOnly) {
    let breaks = 0;
    for (let at = normalised.indexOf('\n'); at !== -1; at = normalised.indexOf('\n', at + 1)) breaks++;
    return {
      words: 0,
      characters: normalised.length + (rule.lineBreak === 2 ? breaks : 0),
      charactersWithoutSpaces: 0,
    };
  }
  // One loop for all three counts: most characters are neither spaces nor separators and take the first branch.
  let lineBreaks = 0;
  let spaces = 0;
  let words = 0;
  let inWord = false;
  for (let i = 0; i < normalised.length; i++) {
    const c = normalised.charCodeAt(i);
    if (c > 32 && c < 0xa0) {
      if (!inWord) words++;
      inWord = true;
      continue;
    }
    if (c === 10) lineBreaks++;
    if (isSpace(c)) spaces++;
    const word = !separatesWords(c);
    if (word && !inWord) words++;
    inWord = word;
  }
  const characters = normalised.length + (rule.lineBreak === 2 ? lineBreaks : 0);
  return {
    words,
    characters,
    charactersWithoutSpaces: normalised.length - spaces,
  };
}
