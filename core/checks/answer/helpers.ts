import type { TextAnalysis } from '../../text/analysis';
import {
  firstStartingAtOrAfter,
  lastStartingAtOrBefore,
  type Match,
  overlaps,
  type Span,
} from '../../text/spans';

/**
 * The sentence around a span (or the span itself if sentence splitting found none around it). Sentences are sorted
 * and do not overlap, so only the last one starting before the span's end can overlap it: a binary search, no copy.
 */
export function sentenceAround(analysis: TextAnalysis, span: Span): Match {
  const sentence = lastStartingAtOrBefore(analysis.sentences, span.end - 1);
  if (sentence !== undefined && overlaps(sentence, span)) return sentence;
  return { ...span, text: analysis.text.slice(span.start, span.end) };
}

/** Whether any span of a list sorted by start begins inside `outer`. */
export function hasAny(spans: readonly Span[], outer: Span): boolean {
  return firstWithin(spans, outer) !== undefined;
}

/** Whether a span of a list sorted by start that begins inside `outer` passes `test`, without listing them. */
export function someWithin<T extends Span>(
  sorted: readonly T[],
  outer: Span,
  test: (item: T) => boolean,
): boolean {
  for (
    let i = firstStartingAtOrAfter(sorted, outer.start);
    i < sorted.length && sorted[i]!.start < outer.end;
    i++
  ) {
    if (test(sorted[i]!)) return true;
  }
  return false;
}

export function firstWithin<T extends Span>(sorted: readonly T[], outer: Span): T | undefined {
  const hit = sorted[firstStartingAtOrAfter(sorted, outer.start)];
  return hit !== undefined && hit.start < outer.end ? hit : undefined;
}

/**
 * Whether a sentence speaks of what is to come ("will", "expect", "aim to", "by March 2027") rather than reporting
 * what happened: only such a sentence sets a target.
 */
export function speaksOfTheFuture(sentence: string): boolean {
  return FUTURE.test(sentence);
}

const FUTURE =
  /\b(?:will|shall|expect(?:s|ing)?|(?:aim|plan|hope|intend)(?:s|ed|ing)?\s+(?:to|for)|going\s+to|target(?:s|ing)?\s+(?:of|is|for)|by\s+(?:the\s+end|(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)|(?:19|20)\d{2}))\b/i;

/** Words that carry meaning, stemmed crudely, for matching an answer's sentence to a theory-of-change statement. */
const STOP = new Set(
  `a an the and or but of to in into on at by for from with without as is are was were be been being will would can could should may might must shall do does did done have has had this that these those it its they them their we our us you your he she his her who whom which what when where why how all any each every more most less least other some such than too very just also only not no nor so then there here about over under between through during before after above below up down out off again further once both few many much own same per via within across towards toward upon while if because until young people person persons participant participants beneficiary beneficiaries individuals individual programme program project service services help helps helped helping support supports supported supporting able ability better improve improved improving improves increase increased increasing reduce reduced reducing new work will year years month months week weeks fewer start starts started starting own share average first later end look general total number rate proportion percentage quarter per cent percent six twelve score scale long term later end short medium three two one four five ten twenty`.split(
    /\s+/,
  ),
);

const SUFFIXES = ['ment', 'ness', 'ing', 'ity', 'ed', 'es', 'ly', 's'];

/** A crude stem: enough to match "improving" with "improve" and "families" with "family" once canonicalised. */
export function stem(word: string): string {
  let lower = word.toLowerCase();
  if (lower.endsWith("'s") || lower.endsWith('’s')) lower = lower.slice(0, -2);
  let stemmed = lower;
  for (const suffix of SUFFIXES) {
    if (stemmed.endsWith(suffix)) {
      stemmed = stemmed.slice(0, -suffix.length);
      break;
    }
  }
  const n = stemmed.length;
  if (n > 1 && stemmed.charCodeAt(n - 1) === stemmed.charCodeAt(n - 2)) stemmed = stemmed.slice(0, -1);
  // "city" must not become "c": a stem shorter than three letters says too little to match on.
  return stemmed.length >= 3 ? stemmed : lower;
}

// Word → stem (or null for a stop word). A pure function of the word over a bounded vocabulary, so remembering it
// is a dictionary, not a cache of anyone's answer.
const STEMS = new Map<string, string | null>();
const STEM_DICTIONARY_SIZE = 50_000;

/** The stem of one lower-case word, or null for a stop word or one under three letters. */
export function stemOrStop(word: string): string | null {
  let known = STEMS.get(word);
  if (known === undefined) {
    known = word.length < 3 || STOP.has(word) ? null : stem(word);
    if (STEMS.size < STEM_DICTIONARY_SIZE) STEMS.set(word, known);
  }
  return known;
}

/** A lower-case letter of the Latin scripts: what a content word starts with. */
function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f);
}

function continuesWord(c: number): boolean {
  return isLetter(c) || c === 39 || c === 0x2019 || c === 45;
}

/**
 * Calls `visit` with the stem of each content word of `lower` (text already lower-cased) and the word's offsets.
 * The parts of a hyphenated word are words of their own, at the whole word's offsets. A loop over char codes, not
 * a regular expression: every sentence of every answer goes through here, and a match object per word was most of
 * the cost.
 */
export function forEachContentStem(
  lower: string,
  visit: (stem: string, start: number, end: number) => void,
): void {
  const n = lower.length;
  let i = 0;
  while (i < n) {
    if (!isLetter(lower.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i++;
    let hyphen = false;
    for (let c = lower.charCodeAt(i); i < n && continuesWord(c); c = lower.charCodeAt(++i)) {
      if (c === 45) hyphen = true;
    }
    // "people's", "families’": the possessive is not part of the word.
    let end = i;
    const before = lower.charCodeAt(end - 2);
    if (lower.charCodeAt(end - 1) === 115 && end - start >= 2 && (before === 39 || before === 0x2019))
      end -= 2;
    const word = lower.slice(start, end);
    if (hyphen) {
      for (const part of word.split('-')) {
        const s = stemOrStop(part);
        if (s !== null) visit(s, start, i);
      }
    } else {
      const s = stemOrStop(word);
      if (s !== null) visit(s, start, i);
    }
  }
}

export function contentStems(text: string): Set<string> {
  const out = new Set<string>();
  forEachContentStem(text.toLowerCase(), (s) => out.add(s));
  return out;
}

export function sharedCount(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}
