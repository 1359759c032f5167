import {
  FRACTION_WORDS_SOURCE,
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

// Every form as an alternative, most specific first; the capture groups say which form matched (see quantities()).
const QUANTITY = new RegExp(
  [
    String.raw`([£$€])\s?(${DIGITS})\s?(${SCALE})?(?![A-Za-z0-9\u00c0-\u024f])`,
    String.raw`(${DIGITS})\s?(${SCALE})?\s?(pounds|dollars|euros|gbp|usd|eur)\b`,
    String.raw`(\d+(?:\.\d+)?)\s?(?:%|per\s?cent\b)`,
    String.raw`(${NUMBER})\s(?:in|out\sof|of)\s(${NUMBER})(?![A-Za-z0-9\u00c0-\u024f]|\s(?:years?|months?|weeks?|days?)\b)`,
    String.raw`\b(${FRACTION_WORDS_SOURCE})\b`,
    String.raw`(?<![A-Za-z0-9\u00c0-\u024f/.:,-])(${DIGITS})(k|m)?(?![A-Za-z0-9\u00c0-\u024f%/:]|[.,]\d)`,
    String.raw`\b(${NUMBER_WORDS_SOURCE})\b`,
  ].join('|'),
  'iy',
);

/**
 * Where a quantity can start: a currency sign, a digit run, or a number or fraction word. The big expression above
 * is tried only at these places (sticky), which keeps the scan close to the cost of a word count.
 */
const ANCHOR = new RegExp(
  String.raw`[£$€]|\d[\d,.]*|\b(?:a(?=[ -](?:dozen|hundred|thousand|half|third|quarter|fifth|tenth))|${NUMBER_WORDS_SOURCE}|half|halves|thirds?|quarters?|fifths?|tenths?)\b`,
  'gi',
);

const PHRASE_STOP = new Set(
  'will would who that which and or to in at by for from with of each per a an the have has are is were was across into on over this these our their every as than but so if when where while can could should may might be been being do does did it its they we you he she them us next last annually yearly weekly monthly daily quarterly termly within during through between after before until since including like such'.split(
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
const NEXT_WORD = /[ \t\u00a0-]*([A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f'’-]*)/y;

/** Up to four words after a number that name what is counted, stopping at the first function word. */
function nounAfter(text: string, from: number, share = false): { noun: string; head: string } {
  const phrase: string[] = [];
  NEXT_WORD.lastIndex = from;
  for (let i = 0; i < 5 && phrase.length < 4; i++) {
    const m = NEXT_WORD.exec(text);
    if (!m) break;
    const word = m[1]!.toLowerCase();
    if (phrase.length === 0 && PHRASE_SKIP_FIRST.has(word)) continue;
    // "62% of the leavers": a share names its group after "of".
    if (phrase.length === 0 && share && (word === 'of' || word === 'the' || word === 'our' || word === 'all'))
      continue;
    if (PHRASE_STOP.has(word)) break;
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

function numberValue(raw: string): number | undefined {
  const digits = raw.replace(/,/g, '');
  if (/^\d/.test(digits)) return Number(digits);
  return parseNumberWords(raw);
}

function classifyCount(text: string, match: Match, value: number, head: string): QuantityUnit {
  const before = text.slice(Math.max(0, match.start - 12), match.start).toLowerCase();
  const after = text.slice(match.end, match.end + 14).toLowerCase();
  if (
    /\b(?:aged?|ages)\s*(?:between\s*)?$/.test(before) ||
    /^\s*(?:-|to|–)?\s*(?:\d+\s*)?-?years?[- ]olds?/.test(after)
  ) {
    return 'age';
  }
  if (DURATION_WORDS.has(head) || /^-(?:week|month|year|day|hour)/.test(after)) return 'duration';
  const isYearShaped = Number.isInteger(value) && value >= 1900 && value <= 2100 && !match.text.includes(',');
  if (
    isYearShaped &&
    (MONTHS.test(before) ||
      /\b(?:in|by|since|from|until|to|of|during|before|after)\s*$/.test(before) ||
      /^\s*[-–/]/.test(after) ||
      head === '')
  ) {
    return 'year';
  }
  return 'count';
}

/**
 * Every number in the text with what it counts: digits ("1,200", "1.2k"), words ("forty", "a third"), percentages,
 * shares ("one in five", "87 of 140"), money ("£3,000", "$1.5m"), durations, years and ages. One pass.
 */
export function quantities(text: string): Quantity[] {
  const found: Quantity[] = [];
  ANCHOR.lastIndex = 0;
  for (let anchor = ANCHOR.exec(text); anchor !== null; anchor = ANCHOR.exec(text)) {
    QUANTITY.lastIndex = anchor.index;
    const m = QUANTITY.exec(text);
    if (m === null) continue;
    const start = m.index;
    const end = start + m[0].length;
    ANCHOR.lastIndex = Math.max(ANCHOR.lastIndex, end);
    const share = m[7] !== undefined || m[8] !== undefined || m[10] !== undefined;
    const { noun, head } = nounAfter(text, end, share);
    const q: Quantity = { start, end, text: m[0], value: 0, unit: 'count', noun, head };
    if (m[1] !== undefined) {
      q.unit = 'money';
      q.value = scaled(Number(m[2]!.replace(/,/g, '')), m[3]);
      q.currency = m[1];
    } else if (m[6] !== undefined) {
      q.unit = 'money';
      q.value = scaled(Number(m[4]!.replace(/,/g, '')), m[5]);
      q.currency = CURRENCY_WORDS[m[6].toLowerCase()];
    } else if (m[7] !== undefined) {
      q.unit = 'percent';
      q.value = Number(m[7]) / 100;
    } else if (m[8] !== undefined) {
      const achieved = numberValue(m[8]);
      const outOf = numberValue(m[9]!);
      if (achieved === undefined || outOf === undefined || outOf === 0 || achieved > outOf) continue;
      q.unit = 'percent';
      q.value = achieved / outOf;
      q.achieved = achieved;
      q.outOf = outOf;
    } else if (m[10] !== undefined) {
      const value = parseFractionWords(m[10]);
      if (value === undefined) continue;
      q.unit = 'percent';
      q.value = value;
    } else if (m[11] !== undefined) {
      q.value = scaled(Number(m[11].replace(/,/g, '')), m[12]);
      q.unit = classifyCount(text, q, q.value, head);
    } else if (m[13] !== undefined) {
      const value = parseNumberWords(m[13]);
      // "one" alone is usually a pronoun ("one of our mentors"); count it only before a noun.
      if (value === undefined || (value === 1 && (head === '' || head === 'of'))) continue;
      q.value = value;
      q.unit = classifyCount(text, q, value, head);
    }
    found.push(q);
  }
  return found;
}

const CURRENCY_WORDS: Record<string, string> = {
  pounds: '£',
  gbp: '£',
  dollars: '$',
  usd: '$',
  euros: '€',
  eur: '€',
};
