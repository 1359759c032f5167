import {
  FRACTION_WORDS,
  FRACTION_WORDS_SOURCE,
  NUMBER_WORDS as NUMBER_WORD_LIST,
  NUMBER_WORDS_SOURCE,
  parseFractionWords,
  parseNumberWords,
} from './number-words';
import type { Match } from './spans';

export type QuantityUnit =
  /** how many of something: 200 young people, forty workshops */
  | 'count'
  /** a share, always as a fraction: 62% → 0.62, "two thirds", "one in five", "87 of 140" */
  | 'percent'
  | 'money'
  /** a length of time: 12 weeks, six months */
  | 'duration'
  | 'year'
  | 'age';

export interface Quantity extends Match {
  value: number;
  unit: QuantityUnit;
  /** The noun phrase after the number, lower case: "young people", "workshops". Empty when there is none. */
  noun: string;
  /** Its head word, singular: "people", "workshop". */
  head: string;
  currency?: string;
  /** For "87 of 140" and "one in five": the parts. */
  achieved?: number;
  outOf?: number;
}

const DIGITS = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;
const SCALE = '(?:k|m|bn|million|thousand|billion)';
const NUMBER = `(?:${DIGITS}|${NUMBER_WORDS_SOURCE})`;

// Each form as its own sticky expression, tried only where an anchor says it could start (see quantities()).
const NOT_WORD_AFTER = String.raw`(?![A-Za-z0-9\u00c0-\u024f])`;
const MONEY = new RegExp(String.raw`([£$€])\s?(${DIGITS})\s?(${SCALE})?${NOT_WORD_AFTER}`, 'iy');
const MONEY_AFTER = new RegExp(
  String.raw`(${DIGITS})\s?(${SCALE})?\s?(pounds|dollars|euros|gbp|usd|eur)\b`,
  'iy',
);
const PERCENT = /(\d+(?:\.\d+)?)\s?(?:%|per\s?cent\b)/iy;
const PER_CENT_AFTER = /\s?(?:%|per\s?cent\b)/iy;
const RATIO = new RegExp(
  String.raw`(${NUMBER})\s(?:in|out\sof|of)\s(${NUMBER})(?![A-Za-z0-9\u00c0-\u024f]|\s(?:years?|months?|weeks?|days?)\b)`,
  'iy',
);
const FRACTION = new RegExp(String.raw`(${FRACTION_WORDS_SOURCE})\b`, 'iy');
const PLAIN_NUMBER = new RegExp(String.raw`(${DIGITS})(k|m)?(?![A-Za-z0-9\u00c0-\u024f%/:]|[.,]\d)`, 'iy');
const NUMBER_WORDS = new RegExp(String.raw`(${NUMBER_WORDS_SOURCE})\b`, 'iy');

function sticky(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

/**
 * Where a quantity can start: a currency sign, a digit run, or a number or fraction word. The big expression above
 * is tried only at these places (sticky), which keeps the scan close to the cost of a word count.
 */
const ANCHOR = new RegExp(
  String.raw`[£$€]|\d+|\b(?:${[...NUMBER_WORD_LIST, ...FRACTION_WORDS].join('|')}|a(?=[ -](?:dozen|hundred|thousand|half|third|quarter|fifth|tenth)))\b`,
  'gi',
);

const PHRASE_STOP = new Set(
  'will would who that which and or to in at by for from with of each per a an the have has are is were was across into on over this these our their every as than but so if when where while can could should may might be been being do does did it its they we you he she them us next last annually yearly weekly monthly daily quarterly termly within during through between after before until since later earlier ago including like such whether because although though unless whose how what why now then today currently already still also only just again under above below'.split(
    ' ',
  ),
);
/**
 * Verbs that end the noun after a number once it has begun ("49 volunteers gave their time"), or straight away
 * after a share ("41% said", "31% had"). Not straight after a count: "12 paid placements".
 */
const VERB_STOP = new Set(
  'had said told gave took went came made got felt saw left kept became began brought thought knew met won lost wrote paid'.split(
    ' ',
  ),
);
const PHRASE_SKIP_FIRST = new Set([
  'more',
  'additional',
  'extra',
  'new',
  'further',
  'other',
  'fewer',
  'less',
]);
const DURATION_WORDS = new Set([
  'day',
  'week',
  'month',
  'year',
  'term',
  'quarter',
  'hour',
  'minute',
  'fortnight',
]);
/**
 * What may follow "a third" or "a quarter" when it is a share ("a third of", "a quarter more", "a third have"); a
 * noun after it makes it an ordinal ("a third food parcel").
 */
const SHARE_FOLLOWERS = new Set(
  'of more less fewer higher lower again than as have has had are is were was will would can could may might must should do does did say says said report reports reported feel feels felt need needs needed live lives lived now still went also already'.split(
    ' ',
  ),
);
const FOLLOWING_WORD = /^\s*(-?)([A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]+)/;

/**
 * Whether fraction words are a share. "two thirds" and "half the group" are; a bare "quarter" or "quarters" is a
 * period ("each quarter"), "halves" a verb ("halves the risk"), "half an hour" a duration, and "a third" or "a
 * fifth" before a noun an ordinal ("a third food parcel").
 */
function readsAsShare(phrase: string, after: string): boolean {
  const words = phrase.toLowerCase().split(/[\s-]+/);
  const next = FOLLOWING_WORD.exec(after);
  if (next !== null && next[1] === '-') return false; // "a half-day", "a third-year student"
  const nextWord = next === null ? undefined : next[2]!.toLowerCase();
  if (words.length === 1) return words[0] === 'half' && nextWord !== 'a' && nextWord !== 'an';
  if (words[0] === 'a' || words[0] === 'one') return nextWord === undefined || SHARE_FOLLOWERS.has(nextWord);
  return true;
}

/** A hyphen and the word after it, joined to a number word: "-to-one", "-week". */
const HYPHENATED_WORD = /^-([A-Za-z]+)(?:-[A-Za-z]+)*/;
const MONTHS = /(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*$/i;

export function singular(word: string): string {
  if (word === 'people' || word === 'children' || word === 'staff' || word === 'series') return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(?:ss|us|is)$/.test(word)) return word;
  if (/(?:ches|shes|xes|sses)$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && word.length > 3) return word.slice(0, -1);
  return word;
}

// The next word after a position: spaces (or a hyphen), then letters. Sticky, so no slicing of the text.
// Latin letters: the Latin-1 block without its × and ÷ ("40 sessions × £250").
const NEXT_WORD =
  /[ \t\u00a0-]*([A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f][A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f'’-]*)/y;

/** Up to four words after a number that name what is counted, stopping at the first function word or verb. */
function nounAfter(lower: string, from: number, share = false): { noun: string; head: string } {
  const phrase: string[] = [];
  NEXT_WORD.lastIndex = from;
  for (let i = 0; i < 5 && phrase.length < 4; i++) {
    const m = NEXT_WORD.exec(lower);
    if (!m) break;
    const word = m[1]!;
    if (phrase.length === 0 && PHRASE_SKIP_FIRST.has(word)) continue;
    // "62% of the leavers": a share names its group after "of".
    if (phrase.length === 0 && share && (word === 'of' || word === 'the' || word === 'our' || word === 'all'))
      continue;
    if (PHRASE_STOP.has(word)) break;
    if ((phrase.length > 0 || share) && VERB_STOP.has(word)) break;
    // "young people aged 16", "families living in": a participle after the noun starts a new phrase.
    if (phrase.length > 0 && word.length > 3 && (word.endsWith('ed') || word.endsWith('ing'))) break;
    phrase.push(word);
  }
  if (phrase.length === 0) return NO_NOUN;
  const last = phrase[phrase.length - 1]!;
  const dash = last.indexOf('-');
  return { noun: phrase.join(' '), head: singular(dash > 0 ? last.slice(0, dash) : last) };
}

const NO_NOUN = { noun: '', head: '' };

function scaled(value: number, scale: string | undefined): number {
  switch (scale?.toLowerCase()) {
    case 'k':
    case 'thousand':
      return value * 1_000;
    case 'm':
    case 'million':
      return value * 1_000_000;
    case 'bn':
    case 'billion':
      return value * 1_000_000_000;
    default:
      return value;
  }
}

/** "1,200" as "1200"; most figures have no comma, and are not searched with an expression. */
function withoutCommas(digits: string): string {
  return digits.includes(',') ? digits.replace(/,/g, '') : digits;
}

function numberValue(raw: string): number | undefined {
  const digits = withoutCommas(raw);
  if (/^\d/.test(digits)) return Number(digits);
  return parseNumberWords(raw);
}

/** Plural nouns that look singular: "2000 staff" counts people, not a year. */
const COLLECTIVE_NOUNS = new Set([
  'people',
  'children',
  'women',
  'men',
  'staff',
  'police',
  'youth',
  'personnel',
  'sheep',
  'fish',
]);

function classifyCount(text: string, match: Match, value: number, head: string, noun: string): QuantityUnit {
  const after = text.slice(match.end, match.end + 14).toLowerCase();
  if (value > 0 && value < 120 && Number.isInteger(value)) {
    const before = text.slice(Math.max(0, match.start - 12), match.start).toLowerCase();
    if (
      /\b(?:aged?|ages)\s*(?:between\s*)?$/.test(before) ||
      /^\s*(?:-|to|–)?\s*(?:\d+\s*)?-?years?[- ]olds?/.test(after)
    ) {
      return 'age';
    }
  }
  if (DURATION_WORDS.has(head)) return 'duration';
  if (after.charCodeAt(0) === 45 /* - */ && /^-(?:week|month|year|day|hour)/.test(after)) return 'duration';
  if (Number.isInteger(value) && value >= 1900 && value <= 2100 && !match.text.includes(',')) {
    const before = text.slice(Math.max(0, match.start - 12), match.start);
    if (
      head === '' ||
      // "our 2025 survey": a year names one thing; "2000 people" or "2050 workshops" counts many.
      (noun.endsWith(head) && !COLLECTIVE_NOUNS.has(head)) ||
      MONTHS.test(before) ||
      /\b(?:in|by|since|from|until|to|of|during|before|after)\s*$/i.test(before) ||
      /^\s*[-–/]/.test(after)
    ) {
      return 'year';
    }
  }
  return 'count';
}

/**
 * Whether a text may hold a share (a quantity whose unit is `percent`): a per cent sign or words, a fraction word,
 * or a number after "in" or "of" ("one in five", "87 of 140"). False means it holds none, so a caller that wants
 * only shares can skip reading the numbers; true may still find none. quantities.test.ts holds it to that.
 */
export function mayHoldShare(text: string): boolean {
  return SHARE_SIGNAL.test(text);
}

const SHARE_SIGNAL = new RegExp(
  String.raw`%|per\s?cent|\b(?:half|halves|thirds?|quarters?|fifths?|tenths?)\b|\s(?:in|of)\s(?:\d|a[ -](?:dozen|hundred|thousand)|(?:${NUMBER_WORD_LIST.join('|')}))`,
  'i',
);

/**
 * Every number in the text with what it counts: digits ("1,200", "1.2k"), words ("forty", "a third"), percentages,
 * shares ("one in five", "87 of 140"), money ("£3,000", "$1.5m"), durations, years and ages. One pass.
 */
const CURRENCY_SIGNS = '£$€';

export function quantities(text: string): Quantity[] {
  const found: Quantity[] = [];
  ANCHOR.lastIndex = 0;
  for (let anchor = ANCHOR.exec(text); anchor !== null; anchor = ANCHOR.exec(text)) {
    const at = anchor.index;
    const first = text[at]!;
    const q = CURRENCY_SIGNS.includes(first)
      ? readMoney(text, at)
      : readNumberAt(text, at, first >= '0' && first <= '9');
    if (q === undefined) continue;
    ANCHOR.lastIndex = Math.max(ANCHOR.lastIndex, q.end);
    if (q.text !== '') found.push(q);
  }
  return found;
}

// The lower-cased text of the current scan: nounAfter reads words from it without lower-casing each one.
let lowerSource = '';
let lowerText = '';
function lowered(text: string): string {
  if (text !== lowerSource) {
    lowerSource = text;
    lowerText = text.toLowerCase();
  }
  return lowerText;
}

/** A match that is not a quantity but whose text must not be read again ("one of our mentors"). */
const SKIP = { start: 0, end: 0, text: '', value: 0, unit: 'count', noun: '', head: '' } as Quantity;

function quantity(text: string, m: RegExpExecArray, share: boolean): Quantity {
  return quantityBetween(text, m.index, m.index + m[0].length, share, m[0]);
}

function quantityBetween(
  text: string,
  start: number,
  end: number,
  share: boolean,
  written = text.slice(start, end),
): Quantity {
  const { noun, head } = nounAfter(lowered(text), end, share);
  return { start, end, text: written, value: 0, unit: 'count', noun, head };
}

function readMoney(text: string, at: number): Quantity | undefined {
  const m = sticky(MONEY, text, at);
  if (!m) return undefined;
  const q = quantity(text, m, false);
  q.unit = 'money';
  q.value = scaled(Number(withoutCommas(m[2]!)), m[3]);
  q.currency = m[1]!;
  return q;
}

function readNumberAt(text: string, at: number, digit: boolean): Quantity | undefined {
  let m: RegExpExecArray | null;
  if (digit) {
    m = sticky(MONEY_AFTER, text, at);
    if (m) {
      const q = quantity(text, m, false);
      q.unit = 'money';
      q.value = scaled(Number(withoutCommas(m[1]!)), m[2]);
      q.currency = CURRENCY_WORDS[m[3]!.toLowerCase()];
      return q;
    }
    m = sticky(PERCENT, text, at);
    if (m) {
      const q = quantity(text, m, true);
      q.unit = 'percent';
      q.value = Number(m[1]) / 100;
      return q;
    }
  }
  m = sticky(RATIO, text, at);
  if (m) {
    const achieved = numberValue(m[1]!);
    const outOf = numberValue(m[2]!);
    // "up from 140 in 2021" is a number and a year, not 140 in every 2,021.
    const inAYear = /^(?:19|20)\d\d$/.test(m[2]!) && /\sin\s/i.test(m[0]);
    // "rate it at 4 or 5 out of 5": a point on a rating scale, not a share of people ("at 9 out of 10" is one).
    const onAScale = /\bor\s+$/i.test(text.slice(Math.max(0, at - 4), at));
    if (
      achieved !== undefined &&
      outOf !== undefined &&
      outOf !== 0 &&
      achieved <= outOf &&
      !inAYear &&
      !onAScale
    ) {
      const q = quantity(text, m, true);
      q.unit = 'percent';
      q.value = achieved / outOf;
      q.achieved = achieved;
      q.outOf = outOf;
      return q;
    }
  }
  if (digit) {
    // A digit run inside a date, time or version ("31/03", "10:30", "2.1.3") is not a quantity.
    const before = at > 0 ? text[at - 1]! : ' ';
    if (/[A-Za-z0-9\u00c0-\u024f/.:,-]/.test(before)) return undefined;
    // "2024–25": the end of a span of years.
    if (before === '–' && /(?:19|20)\d\d$/.test(text.slice(Math.max(0, at - 5), at - 1))) return undefined;
    m = sticky(PLAIN_NUMBER, text, at);
    if (!m) return undefined;
    const q = quantity(text, m, false);
    q.value = scaled(Number(withoutCommas(m[1]!)), m[2]);
    q.unit = classifyCount(text, q, q.value, q.head, q.noun);
    return q;
  }
  if (at > 0 && /[A-Za-z0-9\u00c0-\u024f]/.test(text[at - 1]!)) return undefined;
  m = sticky(FRACTION, text, at);
  if (m) {
    const value = parseFractionWords(m[1]!);
    // "four quarters" is a whole or more: not a share, but a number of quarters (read as number words below).
    if (
      value !== undefined &&
      value < 1 &&
      readsAsShare(m[1]!, text.slice(at + m[0].length, at + m[0].length + 12))
    ) {
      const q = quantity(text, m, true);
      q.unit = 'percent';
      q.value = value;
      return q;
    }
  }
  m = sticky(NUMBER_WORDS, text, at);
  if (!m) return undefined;
  // "sixty per cent": a share in words.
  const perCent = sticky(PER_CENT_AFTER, text, m.index + m[0].length);
  if (perCent) {
    const value = parseNumberWords(m[1]!);
    if (value !== undefined) {
      const q = quantityBetween(text, at, perCent.index + perCent[0].length, true);
      q.unit = 'percent';
      q.value = value / 100;
      return q;
    }
  }
  // "one-to-one", "one-off", "a one-stop shop": a number word joined to another word names a kind of thing, not how
  // many. Joined to a unit of time ("four-week") it is a duration, read below.
  const joined = HYPHENATED_WORD.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 24));
  if (joined && !DURATION_WORDS.has(singular(joined[1]!.toLowerCase())))
    return { ...SKIP, end: m.index + m[0].length + joined[0].length };
  const value = parseNumberWords(m[1]!);
  const q = quantity(text, m, false);
  // "one" alone is usually a pronoun ("one of our mentors"); count it only before a noun.
  if (value === undefined || (value === 1 && (q.head === '' || q.head === 'of')))
    return { ...SKIP, end: q.end };
  q.value = value;
  q.unit = classifyCount(text, q, value, q.head, q.noun);
  return q;
}

const CURRENCY_WORDS: Record<string, string> = {
  pounds: '£',
  gbp: '£',
  dollars: '$',
  usd: '$',
  euros: '€',
  eur: '€',
};
