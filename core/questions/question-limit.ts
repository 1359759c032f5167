import { plainText } from './question-text';
import type { Limit, QuestionInput } from './types';

/**
 * A field's limit, from what the form says ("(max 250 words)"), a live counter ("0 / 4,600 characters") or the
 * field's maxlength. Precedence (docs/questions.md has the reasons):
 *
 * 1. A limit the form states in words or characters beats one the portal enforces in the other unit: portals set
 *    maxlength above a stated word limit, and the funder reads the stated one.
 * 2. Firm statements ("max 300 words") beat approximate ones ("about 300 words"); words beat characters when the
 *    form states both firmly ("300 words or 2,000 characters").
 * 3. In one unit, the tightest of everything found wins: it is the one that stops the user.
 * 4. Without a statement, a word counter beats maxlength (the counter shows what the portal checks), and otherwise
 *    the tighter of counter and maxlength in characters.
 *
 * Numbers that are not the field's limit are left out: a limit for the whole application or page, a minimum,
 * a limit per item ("50 words each"), and any number without a words or characters unit (points, marks,
 * percentages, money, dates, counts of things, pages, lines).
 */
export function questionLimit(input: QuestionInput): Limit | null {
  const onForm = [...candidatesIn(input.label, 'form'), ...candidatesIn(input.help ?? '', 'form')];
  const machine = [
    ...onForm.filter((c) => c.counter),
    ...candidatesIn(input.counterText ?? '', 'counter'),
    ...fromMaxLength(input.maxLength),
  ];
  return chooseLimit(
    onForm.filter((c) => !c.counter),
    machine,
  );
}

/** The limit the label and help text state in their own words, ignoring counters and maxlength. */
export function statedLimit(label: string, help?: string): Limit | null {
  const onForm = [...candidatesIn(label, 'form'), ...candidatesIn(help ?? '', 'form')];
  return chooseLimit(
    onForm.filter((c) => !c.counter),
    [],
  );
}

type Unit = Limit['unit'];

interface Candidate {
  max: number;
  unit: Unit;
  /** Enforced by the portal (a live counter, maxlength) rather than stated in the form's words. */
  counter: boolean;
  approximate: boolean;
}

/**
 * Salesforce long text areas are 32,768 or 131,072 characters and some portals set maxlength to a database
 * column's size: at that size it is a storage ceiling, not a limit anyone set for the answer.
 */
const STORAGE_CEILING = 32_000;

function fromMaxLength(maxLength: number | null | undefined): Candidate[] {
  if (typeof maxLength !== 'number' || !Number.isInteger(maxLength) || maxLength < 1) return [];
  if (maxLength >= STORAGE_CEILING) return [];
  return [newCandidate(maxLength, 'characters', true)];
}

function newCandidate(max: number, unit: Unit, counter: boolean, approximate = false): Candidate {
  return { max, unit, counter, approximate };
}

function chooseLimit(stated: readonly Candidate[], machine: readonly Candidate[]): Limit | null {
  const firm = stated.filter((c) => !c.approximate);
  const pool = firm.length > 0 ? firm : stated;
  if (pool.length > 0) {
    const unit: Unit = pool.some((c) => c.unit === 'words') ? 'words' : 'characters';
    return { max: tightest([...pool, ...machine], unit), unit };
  }
  if (machine.length === 0) return null;
  const unit: Unit = machine.some((c) => c.unit === 'words') ? 'words' : 'characters';
  return { max: tightest(machine, unit), unit };
}

function tightest(candidates: readonly Candidate[], unit: Unit): number {
  let max = Number.POSITIVE_INFINITY;
  for (const c of candidates) if (c.unit === unit && c.max < max) max = c.max;
  return max;
}

// Thousands may be grouped with a comma, a point or a space ("4,600", "4.600", "4 600"). The look-behind stops a
// scan from restarting inside a long run of digits, which keeps the cost linear.
const NUMBER = '(?<![\\w.,])(\\d{1,3}(?:[,. ]\\d{3})+|\\d+)(?!\\d|[,.]\\d)';
const UNIT = '(words?|characters?|chars?\\b\\.?)';

/** "250 words", "1,000 characters", "250-word", "500 chars". */
const NUMBER_THEN_UNIT = new RegExp(`${NUMBER}(?: ?- ?| {0,2})${UNIT}`, 'gi');
/** "Word limit: 750", "Maximum words: 250", "Character limit - 1,500". */
const UNIT_THEN_NUMBER = new RegExp(
  `\\b(?:(word|character|char)s? ?(?:limit|maximum|max\\.?|allowance|allowed)|(?:max(?:imum)?\\.?|limit) (?:number of )?(words|characters|chars))\\b ?(?::|-|is|of)? ?${NUMBER}`,
  'gi',
);
/** "Characters remaining: 1000", "remaining words 250". */
const REMAINING_THEN_NUMBER = new RegExp(
  `\\b(?:(words?|characters?|chars?) (?:remaining|left)|(?:remaining|left) (words?|characters?|chars?))\\b ?:? ?${NUMBER}`,
  'gi',
);
/** "0/500", "12 of 250" with no unit after it: a counter only when a unit comes before or it is the counter text. */
const BARE_COUNTER = new RegExp(`${NUMBER} ?(?:/|of|out of) ?${NUMBER}(?! ?${UNIT})`, 'gi');

type Where = 'form' | 'counter';

function candidatesIn(raw: string, where: Where): Candidate[] {
  if (raw === '' || !/\d/.test(raw)) return [];
  const text = plainText(raw);
  const found: Candidate[] = [];
  for (const m of text.matchAll(NUMBER_THEN_UNIT)) {
    const candidate = numberThenUnit(text, m, where);
    if (candidate) found.push(candidate);
  }
  for (const m of text.matchAll(UNIT_THEN_NUMBER)) {
    const unit = unitOf(m[1] ?? m[2] ?? '');
    const max = parseNumber(m[3] ?? '');
    const context = contextOf(text, m.index, m.index + m[0].length);
    if (max > 0 && !notThisField(context)) found.push(newCandidate(max, unit, where === 'counter'));
  }
  for (const m of text.matchAll(REMAINING_THEN_NUMBER)) {
    const max = parseNumber(m[3] ?? '');
    if (max > 0) found.push(newCandidate(max, unitOf(m[1] ?? m[2] ?? ''), true));
  }
  for (const m of text.matchAll(BARE_COUNTER)) {
    const candidate = bareCounter(text, m, where);
    if (candidate) found.push(candidate);
  }
  return found;
}

function numberThenUnit(text: string, m: RegExpExecArray | RegExpMatchArray, where: Where): Candidate | null {
  const start = m.index ?? 0;
  const max = parseNumber(m[1] ?? '');
  if (max < 1) return null;
  const unit = unitOf(m[2] ?? '');
  const context = contextOf(text, start, start + m[0].length);
  if (COUNTER_BEFORE.test(context.before) || COUNTER_AFTER.test(context.after)) {
    return newCandidate(max, unit, true);
  }
  // Under the box, "12 words" is the count so far; only a number said to be a maximum is a limit there.
  if (where === 'counter' && !MAXIMUM_BEFORE.test(context.before) && !MAXIMUM_AFTER.test(context.after))
    return null;
  if (notThisField(context) || MINIMUM_BEFORE.test(context.before) || MINIMUM_AFTER.test(context.after))
    return null;
  if (PER_ITEM_AFTER.test(context.after) || PER_ITEM_BEFORE.test(context.before)) return null;
  return newCandidate(max, unit, where === 'counter', APPROXIMATE_BEFORE.test(context.before));
}

function bareCounter(text: string, m: RegExpExecArray | RegExpMatchArray, where: Where): Candidate | null {
  const start = m.index ?? 0;
  const max = parseNumber(m[2] ?? '');
  if (max < 1) return null;
  const before = contextOf(text, start, start + m[0].length).before;
  const named = UNIT_BEFORE_COUNTER.exec(before);
  if (named) return newCandidate(max, unitOf(named[1] ?? ''), true);
  // A counter with no unit counts characters: portals that count words say "words".
  if (where === 'counter') return newCandidate(max, /\bword/i.test(text) ? 'words' : 'characters', true);
  return null;
}

function unitOf(word: string): Unit {
  return /^w/i.test(word) ? 'words' : 'characters';
}

function parseNumber(digits: string): number {
  const n = Number(digits.replace(/[,. ]/g, ''));
  return Number.isSafeInteger(n) ? n : 0;
}

interface Context {
  /** The text before the number, back to the start of its sentence (at most 100 characters). */
  before: string;
  /** The limit as written: "max 250 words", "Word limit: 750". */
  matched: string;
  /** The text after the unit, up to the end of its sentence (at most 80 characters). */
  after: string;
}

// A sentence ends at ".", "!" or "?" before a capital or bracket, or at ";": "max. 500" stays one sentence.
const SENTENCE_END_BEFORE = /[.!?](?= +["'([]?[A-Z])|;/g;
const SENTENCE_END_AFTER = /[.!?](?= |$)|;/;

function contextOf(text: string, start: number, end: number): Context {
  let before = text.slice(Math.max(0, start - 100), start);
  let cut = -1;
  for (const m of before.matchAll(SENTENCE_END_BEFORE)) cut = m.index;
  if (cut >= 0) before = before.slice(cut + 1);
  let after = text.slice(end, end + 80);
  const stop = SENTENCE_END_AFTER.exec(after);
  if (stop) after = after.slice(0, stop.index);
  return inOwnBrackets({ before, matched: text.slice(start, end), after });
}

const OPEN_BRACKET_BEFORE = /[([][^()[\]]*$/;
const CLOSE_BRACKET_AFTER = /[)\]]/;

/** "(max 200 words) - four pages in total": a limit in brackets says all it means inside them. */
function inOwnBrackets(context: Context): Context {
  const open = OPEN_BRACKET_BEFORE.exec(context.before);
  const close = CLOSE_BRACKET_AFTER.exec(context.after);
  if (!open || !close) return context;
  return {
    before: context.before.slice(open.index + 1),
    matched: context.matched,
    after: context.after.slice(0, close.index),
  };
}

const COUNTER_BEFORE = /\d ?(?:\/|of|out of) ?$/i;
const COUNTER_AFTER = /^ ?(?:remaining|left)\b/i;
const UNIT_BEFORE_COUNTER = /\b(words?|characters?|chars?)(?: count| used| remaining| left)? ?:? ?$/i;
const MAXIMUM_BEFORE =
  /(?:max(?:imum)?\.?|limit(?:ed)?(?: of| to| is)?|up to|no more than|not (?:to )?exceed|\/|of) ?:? ?$/i;
const MAXIMUM_AFTER = /^ ?(?:max(?:imum)?|limit|allowed|remaining|left)\b/i;
const MINIMUM_BEFORE =
  /(?:at least|a minimum of|minimum(?: of)?|min\.?|no (?:fewer|less) than|(?<!no |not )more than|in excess of|over) ?:? ?$/i;
const MINIMUM_AFTER = /^ ?(?:or more|minimum|min\b|at (?:the )?least)/i;
const PER_ITEM_AFTER = /^ ?(?:each|apiece|per (?!question|answer|section|field|box|response)[a-z]+)\b/i;
const APPROXIMATE_BEFORE =
  /(?:about|around|approx(?:imately|\.)?|roughly|circa|c\.|some|suggested(?: length)?:?|recommended(?: length)?:?|ideally|equivalent to|equates to|i\.e\.?|e\.g\.?|~) ?$/i;

/** Words that make a number the size of something bigger than this field: the application, the page, all answers. */
const WHOLE_APPLICATION = new RegExp(
  [
    'in total',
    'altogether',
    'a total of',
    'total(?:ling)? (?:of )?(?:no more than |up to |under |max(?:imum)?\\.? )?\\d',
    '(?:total|overall|combined) (?:word|character)s? ?(?:count|limit|total)',
    '(?:word|character)s? (?:count|limit) overall',
    '(?:answers|responses) combined',
    '(?:whole|entire|full|complete) (?:of (?:the|your) )?(?:application|proposal|submission|bid|form|document|narrative)',
    'across all',
    '(?:for )?all (?:of )?(?:the |your )?(?:questions|answers|sections|responses)',
    '(?:the|your|this) (?:application|proposal|submission|bid|narrative)(?: form)? (?:(?:must|should|may|can|cannot|will) (?:not )?(?:be|exceed|contain|total|run|go)|is limited|has a (?:word|character|page) limit)',
    '(?:limit|maximum) for (?:the|your|this) (?:application|proposal|submission|bid)',
  ]
    .map((phrase) => `\\b${phrase}\\b`)
    .join('|'),
  'i',
);
/** Words that make the number this field's, whatever else the sentence says. */
const THIS_FIELD =
  /\b(?:each|per|this|every) (?:question|answer|section|box|field|response)s?\b|\b(?:your|this|the) answer\b/i;
/** "each" within the few words before the number, about something other than a question: "outcomes, each in 50 words". */
const PER_ITEM_BEFORE =
  /\beach\b(?! (?:of (?:the|these|our|your|my) )?(?:question|answer|section|field|box|response)s?\b)(?: [\w-]+){0,5} ?$/i;

function notThisField({ before, matched, after }: Context): boolean {
  const sentence = `${before}${matched}${after}`;
  return !THIS_FIELD.test(sentence) && WHOLE_APPLICATION.test(sentence);
}
