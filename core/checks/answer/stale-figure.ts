import type { EvidenceRate, IndicatorEvidence } from '../../measures/evidence-types';
import { formatFigure, formatMoney, formatShare, monthYear, periodEnding } from '../../measures/format';
import { evidenceFor } from '../../measures/indicator-evidence';
import { indicatorHistory, numberedMeasurements } from '../../measures/indicator-history';
import { measurementCounts, measurementValue } from '../../measures/measurement-value';
import type { Indicator } from '../../model/schema';
import type { SentenceFeatures } from '../../text/analysis';
import { type Quantity, singular } from '../../text/quantities';
import { wordStartPhrases } from '../../text/spans';
import { formatLongDate } from '../../util/calendar';
import { defineRule, type EvidenceContext, type RawFinding } from '../define';
import { speaksOfTheFuture } from './helpers';
import { matchIndicator, meaningOf, meaningStemsBetween } from './match-statements';

/**
 * A figure the answer cites that the workbook now reports differently: an older rate, or a number that is not the
 * latest. Only figures written as a writer cites a result are read: a percentage in digits ("57%", "57.4 per cent"),
 * a count of a counted base ("62 of 109"), the two together ("57% (62 of 109)"), and, for an indicator that is not
 * a percentage, a number in its unit. Approximations ("nine in ten", "about 60%") are not citations.
 */

/** One figure of the sentence, with offsets into it. */
interface Cited {
  start: number;
  end: number;
  share?: { value: number; decimals: number; perCent: boolean };
  counts?: { achieved: number; outOf: number; connector: string; first: boolean };
  /** A number for an indicator that is not a percentage. */
  amount?: { value: number; decimals: number; unit: Quantity['unit']; head: string };
  /** The words between a share and its counts: " of leavers" in "57% of leavers (62 of 109)". */
  group?: string;
  /** The words after the second of the two, inside the bracket that holds it: " starters" in "70% (100 of 142 starters)". */
  tail?: string;
}

/** One figure the workbook gives (or gave) for an indicator. */
interface WorkbookFigure {
  /** A Percent indicator's figures are fractions. */
  value: number;
  counts?: { achieved: number; outOf: number };
  /** With how the answer would write it, "95% CI 48–66%", formatted once per workbook. */
  interval?: { lower: number; upper: number; confidence: number; text: string };
  /** "October 2025 – September 2026", "the quarter ending 30 June 2026". */
  period: string;
}

interface IndicatorFigures {
  /** What the workbook reports now: the figure it cites (a pooled rate, or the latest value) first. */
  current: WorkbookFigure[];
  /** What it reported before, newest first. */
  older: WorkbookFigure[];
  /** The figure it cites now in full, for messages: "61% (70 of 115, 95% CI 52–69%)". */
  latestInFull: string;
}

/** Denominators that say a rate ("19 out of 20") rather than count people. */
const ROUND_BASES = new Set([20, 25, 50, 100, 1000]);

/** How many earlier periods a figure is held against: two years of quarters. */
const OLDER_PERIODS = 8;

const DIGIT = /\d/;

function startsWithDigit(text: string): boolean {
  const c = text.charCodeAt(0);
  return c >= 48 && c <= 57;
}
const DECIMALS = /\.(\d+)/;
const COUNT_CONNECTOR = /\s(out\s+of|of)\s/i;
/**
 * Between a share and the counts that restate it: "57% (62 of 109)", "62 of 109, 57%", and with the group named
 * before a bracket, "59 of 106 leavers (56%)".
 */
const RESTATES = /^[\s,–-]*\(?\s*$|^(?:\s+[A-Za-z'’-]+){1,3}\s*\(\s*$/;

/**
 * Right before a figure, what makes it no citation of a result: said loosely ("about 60%", "at least 30"), or as
 * the point something is compared with ("from 45% to 57%", "than 45%", "compared with a city average of 40%").
 */
const LOOSE_OR_COMPARED = wordStartPhrases(
  [
    String.raw`\b(?:about|around|approximately|approx\.?|roughly|nearly|almost|over|more\s+than|less\s+than|fewer\s+than|under|at\s+least|up\s+to|some|just|c\.|circa)\s*$`,
    String.raw`\b(?:from|than)\s*(?:just\s+|only\s+)?$`,
    String.raw`\b(?:compared\s+(?:with|to)|against|versus|vs\.?)\s[^.;]{0,40}$`,
  ],
  'i',
);

/**
 * In a figure's own clause, what makes it no result of the organisation's now: a target beyond what
 * speaksOfTheFuture reads ("we want 70%", "a goal of"), a starting point ("baseline", "when we started"), or
 * someone else's figure (a source named, a national, sector or city figure).
 */
const NOT_A_RESULT = wordStartPhrases(
  [
    String.raw`\b(?:aim(?:s|ing)?|goal|ambition|want(?:s|ed)?\s+to|would\s+like|hope|target(?:s|ed|ing)?|reach|rise\s+to|increase\s+(?:it\s+)?to|grow\s+to|push\s+(?:it\s+)?to|should|could|would)\b`,
    String.raw`\b(?:baseline|at\s+the\s+start|when\s+we\s+(?:started|began)|before\s+the|first\s+(?:year|cohort)|pilot|previous(?:ly)?|used\s+to|originally)\b`,
    String.raw`\b(?:according\s+to|et\s+al|national(?:ly)?|sector|benchmark|(?:city|local|regional|area|county|borough)(?:-wide)?\s+(?:average|rate|figure)|england|wales|scotland|uk|average\s+for)\b`,
    String.raw`\bsource:`,
  ],
  'i',
);

/** A sentence's aim, which makes every figure after it a target. */
const AIMED = /\b(?:aim(?:s|ing)?|goal|ambition|target(?:s|ing)?|want(?:s|ed)?\s+to|hope)\b/i;

/** A source in brackets with its year: "(Youth Futures Foundation, 2024)". Bounded, so that it stays linear. */
const CITED_IN_BRACKETS = /\((?=[^()]{0,160}?[A-Za-z])[^()]{0,160}?,\s*(?:19|20)\d{2}[a-z]?\s*\)/;

/** A budget line: money that pays for something rather than measures it. */
const BUDGET =
  /\b(?:budget|cost(?:s|ing)?|grant|spend|salar(?:y|ies)|fund(?:s|ing)?|fee|price|pay(?:s|ing)?|£[\d,.]+\s*(?:for|per|a))\b/i;

const YEAR = /\b((?:19|20)\d{2})\b/g;

/** Where one clause of a sentence gives way to the next: "; ", ", and ", " while ". */
const CLAUSE_BREAK = /[;:]\s|,?\s{1,8}(?:and|but|while|whereas)\s/g;

/**
 * Every place of a sentence where a clause break matches, overlapping ones too, with where each match ends: what a
 * search for the next break from any offset would find, read in one pass however many figures the sentence has.
 */
class ClauseBreaks {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  constructor(text: string) {
    CLAUSE_BREAK.lastIndex = 0;
    for (let m = CLAUSE_BREAK.exec(text); m !== null; m = CLAUSE_BREAK.exec(text)) {
      this.starts.push(m.index);
      this.ends.push(m.index + m[0].length);
      CLAUSE_BREAK.lastIndex = m.index + 1;
    }
  }

  /** The first match starting at or after `offset`: where a search from `offset` would stop. */
  private next(offset: number): number {
    const starts = this.starts;
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * Where the first clause break between `from` and `to` starts, and where the last one ends: the breaks a search
   * from `from` meets, each picking up where the last one ended. A break's match depends only on the text after it,
   * and one that runs past `to` is the last there could be, so these are the breaks of the stretch on its own.
   */
  between(from: number, to: number): { first: number; lastEnd: number } | undefined {
    let first = -1;
    let lastEnd = -1;
    for (let i = this.next(from); i < this.starts.length; i = this.next(lastEnd)) {
      const end = this.ends[i]!;
      if (end > to) break;
      if (first < 0) first = this.starts[i]!;
      lastEnd = end;
    }
    return first < 0 ? undefined : { first, lastEnd };
  }
}

/** Shares and counts of people are one kind of figure, other numbers another. */
const sameKind = (a: Cited, b: Cited) => (a.amount === undefined) === (b.amount === undefined);

/**
 * The clause a figure is read with: bounded by the clause breaks that part it from the figures of its own kind beside
 * it (shares with shares, numbers with numbers), so that "26 weeks" does not cut a share's clause in two.
 */
function clauseOf(
  text: string,
  breaks: ClauseBreaks,
  figures: readonly Cited[],
  index: number,
): { from: number; to: number } {
  const figure = figures[index]!;
  let i = index - 1;
  while (i >= 0 && !sameKind(figures[i]!, figure)) i--;
  const before = figures[i];
  let j = index + 1;
  while (j < figures.length && !sameKind(figures[j]!, figure)) j++;
  const after = figures[j];
  const from = before ? (breaks.between(before.end, figure.start)?.lastEnd ?? before.end) : 0;
  const to = after ? (breaks.between(figure.end, after.start)?.first ?? after.start) : text.length;
  return { from, to };
}

const decimalsOf = (written: string) => DECIMALS.exec(written)?.[1]?.length ?? 0;

/** The decimals of a number written in digits alone ("18.6"), without a regular expression. */
function decimalsOfDigits(digits: string): number {
  const dot = digits.indexOf('.');
  return dot < 0 ? 0 : digits.length - dot - 1;
}

function shareOf(q: Quantity): Cited | undefined {
  if (q.unit !== 'percent' || !startsWithDigit(q.text)) return undefined;
  if (q.outOf === undefined)
    return {
      start: q.start,
      end: q.end,
      share: { value: q.value, decimals: decimalsOf(q.text), perCent: /per\s?cent/i.test(q.text) },
    };
  const connector = COUNT_CONNECTOR.exec(q.text);
  if (!connector || q.outOf <= 10 || ROUND_BASES.has(q.outOf) || q.achieved === undefined) return undefined;
  return {
    start: q.start,
    end: q.end,
    counts: { achieved: q.achieved, outOf: q.outOf, connector: connector[1]!, first: true },
  };
}

/** The unit word after a length of time ("19.5 weeks", "a 12-week"), so that the figure reads whole. */
const TIME_WORD = /^[\s-]?[A-Za-z]+/;

function amountOf(q: Quantity, text: string): Cited | undefined {
  if (q.unit !== 'count' && q.unit !== 'duration' && q.unit !== 'money') return undefined;
  if (!DIGIT.test(q.text)) return undefined;
  const unitWord = q.unit === 'duration' ? (TIME_WORD.exec(text.slice(q.end, q.end + 12))?.[0] ?? '') : '';
  return {
    start: q.start,
    end: q.end + unitWord.length,
    amount: { value: q.value, decimals: decimalsOf(q.text), unit: q.unit, head: q.head },
  };
}

/** A few words and the bracket that closes them, right after a figure: " starters)". Bounded, so that it stays linear. */
const WORDS_TO_CLOSE = /^((?:\s+[A-Za-z'’-]+){1,3})\s*\)/;

/**
 * Where the bracket opened before the second figure of a pair closes, when it closes right after it or a few words on,
 * so that the figure quoted is whole: "70% (100 of 142 starters)", not "70% (100 of 142".
 */
function closingBracket(text: string, end: number): { end: number; tail?: string } | undefined {
  if (text[end] === ')') return { end: end + 1 };
  if (text[end] !== ' ') return undefined;
  const words = WORDS_TO_CLOSE.exec(text.slice(end, end + 80));
  return words ? { end: end + words[0].length, tail: words[1]! } : undefined;
}

/** A share and the counts beside it that restate it, as one figure: "57% (62 of 109)", "62 of 109 (57%)". */
function joinRestated(text: string, figures: Cited[]): Cited[] {
  const out: Cited[] = [];
  for (const figure of figures) {
    const last = out[out.length - 1];
    const pair = last && (last.share ?? last.counts) && (figure.share ?? figure.counts);
    if (
      pair &&
      (last.share === undefined) !== (figure.share === undefined) &&
      RESTATES.test(text.slice(last.end, figure.start))
    ) {
      const share = (last.share ?? figure.share)!;
      const counts = (last.counts ?? figure.counts)!;
      if (Math.abs(share.value - counts.achieved / counts.outOf) < 0.006) {
        const between = text.slice(last.end, figure.start);
        const close = between.includes('(') ? closingBracket(text, figure.end) : undefined;
        const group = between.replace(/[\s(,–-]+$/, '');
        out[out.length - 1] = {
          start: last.start,
          end: close?.end ?? figure.end,
          share,
          counts: { ...counts, first: last.counts !== undefined },
          ...(group ? { group } : {}),
          ...(close?.tail ? { tail: close.tail } : {}),
        };
        continue;
      }
    }
    out.push(figure);
  }
  return out;
}

/** The figures a sentence cites, found once per sentence: nothing here depends on the workbook. */
function citedFigures(features: SentenceFeatures): Cited[] {
  const figures: Cited[] = [];
  for (const q of features.quantities) {
    const figure = shareOf(q) ?? amountOf(q, features.text);
    if (figure) figures.push(figure);
  }
  return figures.length === 0 ? figures : joinRestated(features.text, figures);
}

function hasEarlierYear(words: string, latestYear: number): boolean {
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(words); m !== null; m = YEAR.exec(words)) if (Number(m[1]) < latestYear) return true;
  return false;
}

/**
 * Which signs of a figure that is no result its sentence has anywhere, each looked for once and only when asked: a
 * clause can only have what its sentence has, and most sentences with a figure speak of the future, which settles it.
 */
class SentenceSigns {
  private futureFound: boolean | undefined = undefined;
  private notAResultFound: boolean | undefined = undefined;
  private citationFound: boolean | undefined = undefined;
  private earlierYearFound: boolean | undefined = undefined;
  constructor(
    private readonly text: string,
    private readonly latestYear: number,
  ) {}

  get future(): boolean {
    this.futureFound ??= speaksOfTheFuture(this.text);
    return this.futureFound;
  }
  get notAResult(): boolean {
    this.notAResultFound ??= NOT_A_RESULT.test(this.text);
    return this.notAResultFound;
  }
  get citation(): boolean {
    this.citationFound ??= this.text.includes('(') && CITED_IN_BRACKETS.test(this.text);
    return this.citationFound;
  }
  get earlierYear(): boolean {
    this.earlierYearFound ??= hasEarlierYear(this.text, this.latestYear);
    return this.earlierYearFound;
  }
}

/** A figure's own clause: in "Last year 90% left with a CV, and we will keep it there" the "will" is the next one's. */
interface OwnClause {
  words: string;
  /** Whether it is the whole sentence, and so has what the sentence has. */
  whole: boolean;
}

function ownClause(
  text: string,
  breaks: ClauseBreaks,
  figure: Cited,
  clause: { from: number; to: number },
): OwnClause {
  const end = breaks.between(figure.end, clause.to)?.first ?? clause.to;
  const whole = clause.from === 0 && end === text.length;
  return { words: whole ? text : text.slice(clause.from, end), whole };
}

/** Whether a figure is said loosely, as a point of comparison, or as a target: no citation of a result. */
function looseOrPlanned(
  text: string,
  figure: Cited,
  from: number,
  own: () => OwnClause,
  signs: SentenceSigns,
): boolean {
  const before = text.slice(Math.max(from, figure.start - 30), figure.start);
  if (LOOSE_OR_COMPARED.test(before) || before.endsWith('~')) return true;
  if (!signs.future) return false;
  const { whole, words } = own();
  return whole || speaksOfTheFuture(words);
}

/**
 * Whether a figure is told as something other than the organisation's result now: a target in words beyond
 * speaksOfTheFuture's, a starting point, someone else's figure, or history dated to an earlier year. Asked last, of the
 * few figures that would otherwise be flagged.
 */
function toldAsOther(own: OwnClause, signs: SentenceSigns, latestYear: number): boolean {
  const { words, whole } = own;
  if (signs.notAResult && (whole || NOT_A_RESULT.test(words))) return true;
  if (signs.citation && (whole || CITED_IN_BRACKETS.test(words))) return true;
  return signs.earlierYear && (whole || hasEarlierYear(words, latestYear));
}

function pooledPeriod(rate: EvidenceRate): string {
  if (rate.from === undefined)
    return rate.firstPeriodEnd === rate.to
      ? `the period ending ${formatLongDate(rate.to)}`
      : `the periods ending ${monthYear(rate.firstPeriodEnd)} – ${monthYear(rate.to)}`;
  const start = monthYear(rate.from);
  const end = monthYear(rate.to);
  return start === end ? end : `${start} – ${end}`;
}

function pooledFigure(rate: EvidenceRate): WorkbookFigure {
  const interval = { lower: rate.lower, upper: rate.upper, confidence: rate.confidence };
  return {
    value: rate.rate,
    counts: { achieved: rate.achieved, outOf: rate.outOf },
    interval: { ...interval, text: intervalText(interval) },
    period: pooledPeriod(rate),
  };
}

/** What one indicator reported, period by period, and pooled as the evidence pools it on each earlier date. */
function figuresOf(
  indicator: Indicator,
  evidence: IndicatorEvidence,
  context: EvidenceContext,
): IndicatorFigures {
  const rows = numberedMeasurements(context.workbook.measurements, indicator.id);
  const history = indicatorHistory(rows)
    .map((r) => r.measurement)
    .filter((m) => m.periodEnd <= evidence.asOf);
  const single = history.flatMap((m): WorkbookFigure[] => {
    const value = measurementValue(m, indicator.unit);
    if (value === undefined) return [];
    const counts = indicator.unit === 'Percent' ? measurementCounts(m) : undefined;
    return [
      {
        value,
        ...(counts ? { counts } : {}),
        period: `the ${periodEnding(indicator.frequency, m.periodEnd)}`,
      },
    ];
  });
  const latest = single.pop();
  const current = [...(evidence.rate ? [pooledFigure(evidence.rate)] : []), ...(latest ? [latest] : [])];
  const older: WorkbookFigure[] = [];
  const earlier = single.slice(-OLDER_PERIODS).reverse();
  const ends = history.map((m) => m.periodEnd);
  ends.pop();
  const earlierEnds = ends.slice(-OLDER_PERIODS).reverse();
  earlierEnds.forEach((end, i) => {
    if (evidence.rate) {
      const then = evidenceFor(indicator, rows, end, {}, context.workbook.organisation.currency).rate;
      // Pooled over one period, it is that period's own figure, pushed below.
      if (then && then.periods > 1) older.push(pooledFigure(then));
    }
    const figure = earlier[i];
    if (figure) older.push(figure);
  });
  return { current, older, latestInFull: current[0] ? inFull(current[0], indicator) : '' };
}

const figuresCache = new WeakMap<EvidenceContext, Map<string, IndicatorFigures>>();

/** Worked out only for an indicator a figure is cited for, and once per workbook. */
function indicatorFigures(context: EvidenceContext, indicator: Indicator): IndicatorFigures | undefined {
  let byId = figuresCache.get(context);
  if (byId === undefined) {
    byId = new Map();
    figuresCache.set(context, byId);
  }
  let figures = byId.get(indicator.id);
  if (figures === undefined) {
    const evidence = context.evidence.get(indicator.id);
    if (!evidence?.latest) return undefined;
    figures = figuresOf(indicator, evidence, context);
    byId.set(indicator.id, figures);
  }
  return figures;
}

interface Candidates {
  /** Percent indicators, for shares. */
  shares: Indicator[];
  /** The others, for numbers. */
  amounts: Indicator[];
  /** Every earlier figure of `amounts`: a number that is none of them is never stale (see staleIn). */
  olderAmounts: number[];
  /** The year of the newest latest figure: a figure dated to a year before it is history. */
  latestYear: number;
  /** The words of `amounts`' names, singular: "37 young people" may be enrolments, "37 sessions" is not. */
  amountWords: Set<string>;
  /** What a sentence must hold for `mayCite` to find anything in it; undefined when nothing can be cited. */
  mayHold: RegExp | undefined;
}

const candidatesCache = new WeakMap<EvidenceContext, Candidates>();

/** The indicators with a latest figure, and the earlier figures a number could be. */
function candidates(context: EvidenceContext): Candidates {
  let found = candidatesCache.get(context);
  if (found === undefined) {
    const withFigures = context.workbook.indicators.filter((i) => context.evidence.get(i.id)?.latest);
    const amounts = withFigures.filter((i) => i.unit !== 'Percent');
    found = {
      shares: withFigures.filter((i) => i.unit === 'Percent'),
      amounts,
      olderAmounts: amounts.flatMap((i) => indicatorFigures(context, i)?.older.map((f) => f.value) ?? []),
      amountWords: new Set(
        amounts.flatMap((i) =>
          i.name
            .toLowerCase()
            .split(/[^a-z]+/)
            .map(singular),
        ),
      ),
      latestYear: Math.max(
        0,
        ...withFigures.map((i) => Number(context.evidence.get(i.id)!.latest!.periodEnd.slice(0, 4))),
      ),
      mayHold: undefined,
    };
    found.mayHold = mayHoldPattern(found);
    candidatesCache.set(context, found);
  }
  return found;
}

/** Whether a number, as written, could be one of the workbook's earlier figures. */
function mayBeOlderAmount(value: number, decimals: number, older: readonly number[]): boolean {
  return older.some((v) => sameWithinRounding(value, decimals, v, 1));
}

/** Whether a number may be one of the workbook's earlier figures, counting what an indicator counts. */
function mayBeAnAmount(
  amount: NonNullable<Cited['amount']>,
  older: readonly number[],
  words: Set<string>,
): boolean {
  if (amount.unit !== 'money' && amount.head !== '' && !words.has(amount.head)) return false;
  return mayBeOlderAmount(amount.value, amount.decimals, older);
}

const CURRENCY_SIGNS = '£$€';

/** A share or a count of a base as NUMBERS reads one: a digit right before what makes it so. */
const SHARE_AFTER_DIGIT = String.raw`\d(?:\s?(?:%|per\s?cent)|\s(?:out\s+of|of)\s\d)`;

/**
 * Beyond this an integer is no longer written out in full by String(), and the digits could not be listed.
 */
const LARGEST_LISTED = 1e15;

/**
 * A test every sentence in which `mayCite` finds something passes, and most others fail, in one pass of one regular
 * expression: a share as NUMBERS reads one, or a run of digits whose whole part is within rounding of an earlier
 * figure. A number NUMBERS reads has a whole part that is a run of digits with none before it, and rounds to an
 * earlier figure only if that whole part lies between the figure less a half and the figure plus a half.
 */
function mayHoldPattern(found: Omit<Candidates, 'mayHold'>): RegExp | undefined {
  const parts = found.shares.length > 0 ? [SHARE_AFTER_DIGIT] : [];
  if (found.olderAmounts.length > 0) {
    const wholes = new Set<number>();
    for (const v of found.olderAmounts) {
      if (!Number.isFinite(v) || Math.abs(v) >= LARGEST_LISTED) return DIGIT;
      const hi = Math.floor(v + 0.5 + 1e-6);
      for (let n = Math.max(0, Math.floor(v - 0.5 - 1e-6)); n <= hi; n++) wholes.add(n);
    }
    if (wholes.size > 0) parts.push(String.raw`(?<!\d)0*(?:${[...wholes].join('|')})(?!\d)`);
  }
  return parts.length > 0 ? new RegExp(parts.join('|'), 'i') : undefined;
}

/**
 * A number that is no part of a date or a range ("31/03/2026", "2024-25"), with what makes it a share or a count of
 * a base when it is one ("57%", "62 of 109"), or else the word after it ("37 young people", "18.6 weeks").
 */
const NUMBERS =
  /(?<![\d/.:,–-])(\d+(?:\.\d+)?)(?![\d/:])(?:(\s?(?:%|per\s?cent)|\s(?:out\s+of|of)\s\d)|[ \t\u00a0-]*([A-Za-z]+))?/gi;

/**
 * Whether a sentence may cite a figure this rule could flag, read without its quantities: a share or count in digits
 * ("57%", "62 of 109"), or a number one of the workbook's earlier figures. Most sentences of an answer have neither.
 */
function mayCite(text: string, found: Candidates): boolean {
  if (found.mayHold === undefined || !found.mayHold.test(text)) return false;
  const shares = found.shares.length > 0;
  const amounts = found.olderAmounts.length > 0;
  NUMBERS.lastIndex = 0;
  for (let m = NUMBERS.exec(text); m !== null; m = NUMBERS.exec(text)) {
    if (m[2] !== undefined) {
      if (shares) return true;
    } else if (
      amounts &&
      // The number first: most are none of the earlier figures, and comparing it costs less than reading the word.
      mayBeOlderAmount(Number(m[1]), decimalsOfDigits(m[1]!), found.olderAmounts) &&
      (m[3] === undefined ||
        CURRENCY_SIGNS.includes(text[m.index - 1] ?? '') ||
        found.amountWords.has(singular(m[3].toLowerCase())))
    )
      return true;
  }
  return false;
}

const DURATION_WORDS = /\b(day|week|month|year|term|hour)s?\b/i;

/** Whether a number is in the indicator's unit: money for Currency, a time for an indicator counted in time. */
function inUnitOf(amount: NonNullable<Cited['amount']>, indicator: Indicator, sentence: string): boolean {
  if (indicator.unit === 'Currency') return amount.unit === 'money' && !BUDGET.test(sentence);
  if (amount.unit === 'money') return false;
  const timed = DURATION_WORDS.exec(indicator.name)?.[1]?.toLowerCase();
  return amount.unit === 'duration'
    ? timed !== undefined && amount.head.startsWith(timed)
    : timed === undefined;
}

/** A share as a whole percentage, rounded half up on its decimal value (0.285 is 29%) without formatting it. */
const wholePercent = (share: number) => Math.round(Math.round(share * 1e6) / 1e4);

/** Half a unit of the last digit written: "57%" stands for anything from 56.5% up to 57.5%. */
function sameWithinRounding(written: number, decimals: number, actual: number, scale: number): boolean {
  return Math.abs(written - actual) * scale <= 0.5 * 10 ** -decimals + 1e-9;
}

function matches(figure: Cited, workbook: WorkbookFigure): boolean {
  if (figure.counts) {
    const counts = workbook.counts;
    return (
      counts !== undefined &&
      counts.achieved === figure.counts.achieved &&
      counts.outOf === figure.counts.outOf
    );
  }
  if (figure.share) {
    const { value, decimals } = figure.share;
    // "57.4%" where the workbook shows 57% (56.9%) is the same figure written more finely.
    const shownAlike = wholePercent(value) === wholePercent(workbook.value);
    return shownAlike || sameWithinRounding(value, decimals, workbook.value, 100);
  }
  const amount = figure.amount!;
  return sameWithinRounding(amount.value, amount.decimals, workbook.value, 1);
}

/**
 * Counts whose base is none of the workbook's are a subgroup or another period ("29 of 38": those who did a
 * placement), which the workbook cannot tell from a stale figure: left alone.
 */
function knownBase(figure: Cited, figures: IndicatorFigures): boolean {
  if (!figure.counts) return true;
  const base = figure.counts.outOf;
  return [...figures.current, ...figures.older].some((f) => f.counts?.outOf === base);
}

const pct = (share: number, decimals: number, perCent = false) =>
  `${formatFigure(share * 100, decimals)}${perCent ? ' per cent' : '%'}`;

function intervalText(i: { lower: number; upper: number; confidence: number }): string {
  return `${Math.round(i.confidence * 100)}% CI ${formatShare(i.lower).replace('%', '')}–${formatShare(i.upper)}`;
}

/** The workbook's figure, written as the answer wrote its own: a share with its counts and interval when it has them. */
function phrased(
  figure: Cited,
  current: WorkbookFigure,
  indicator: Indicator,
  currency: string | undefined,
): string {
  if (figure.amount) {
    if (indicator.unit === 'Currency') return formatMoney(current.value, currency);
    const noun = figure.amount.unit === 'duration' ? ` ${figure.amount.head}s` : '';
    return `${formatFigure(current.value, Math.max(figure.amount.decimals, 1))}${noun}`;
  }
  const share = pct(current.value, figure.share?.decimals ?? 0, figure.share?.perCent);
  const interval = current.interval?.text;
  if (figure.counts && current.counts) {
    const counts = `${formatFigure(current.counts.achieved)} ${figure.counts.connector} ${formatFigure(current.counts.outOf)}`;
    const group = figure.group ?? '';
    const tail = figure.tail ?? '';
    if (figure.share && !figure.counts.first)
      return `${share}${group} (${[`${counts}${tail}`, interval].filter(Boolean).join(', ')})`;
    const rest = [figure.share ? `${share}${tail}` : undefined, interval].filter(Boolean);
    return rest.length > 0 ? `${counts}${group} (${rest.join(', ')})` : counts;
  }
  return interval ? `${share} (${interval})` : share;
}

/** The workbook's figure in full, for the message: "61% (70 of 115, 95% CI 52–69%)". */
function inFull(current: WorkbookFigure, indicator: Indicator): string {
  if (indicator.unit !== 'Percent') return formatFigure(current.value);
  const parts = [
    ...(current.counts
      ? [`${formatFigure(current.counts.achieved)} of ${formatFigure(current.counts.outOf)}`]
      : []),
    ...(current.interval ? [current.interval.text] : []),
  ];
  return parts.length > 0
    ? `${formatShare(current.value)} (${parts.join(', ')})`
    : formatShare(current.value);
}

interface Stale {
  figure: Cited;
  indicator: Indicator;
  current: WorkbookFigure;
  latestInFull: string;
  /** The earlier figure it matches, when it matches one. */
  was?: WorkbookFigure;
}

interface Read {
  figure: Cited;
  indicator: Indicator;
  reported: IndicatorFigures;
}

/**
 * The figures of the sentence given as a result (not a target, a starting point or someone else's) and not the
 * latest, each with the indicator it is cited for. The words around a figure are read before its meaning is matched:
 * matching is most of this rule's cost, and most figures in an application are targets.
 */
function readFigures(
  features: SentenceFeatures,
  figures: readonly Cited[],
  context: EvidenceContext,
): Read[] {
  const text = features.text;
  const { shares, amounts, olderAmounts, latestYear, amountWords } = candidates(context);
  const read: Read[] = [];
  let signs: SentenceSigns | undefined;
  let breaks: ClauseBreaks | undefined;
  figures.forEach((figure, index) => {
    const pool = figure.amount ? amounts : shares;
    if (pool.length === 0) return;
    const amount = figure.amount;
    if (amount && !mayBeAnAmount(amount, olderAmounts, amountWords)) return;
    breaks ??= new ClauseBreaks(text);
    const clause = clauseOf(text, breaks, figures, index);
    signs ??= new SentenceSigns(text, latestYear);
    const sentenceBreaks = breaks;
    let own: OwnClause | undefined;
    // Cut only when asked: a figure said loosely, or in a sentence with nothing of the future, is settled without it.
    const ownOf = () => {
      own ??= ownClause(text, sentenceBreaks, figure, clause);
      return own;
    };
    if (looseOrPlanned(text, figure, clause.from, ownOf, signs)) return;
    const stems = meaningStemsBetween(meaningOf(features), clause.from, clause.to);
    const match = matchIndicator(stems, context.workbook, pool);
    if (!match) return;
    const { indicator } = match;
    if (amount && !inUnitOf(amount, indicator, text)) return;
    const reported = indicatorFigures(context, indicator);
    if (!reported || reported.current.length === 0) return;
    if (reported.current.some((f) => matches(figure, f)) || toldAsOther(ownOf(), signs, latestYear)) return;
    // "We aim for 60% by March, and for 70% of those…": an aim governs the figures after it in its sentence.
    if (signs.notAResult && AIMED.test(text.slice(0, figure.start))) return;
    read.push({ figure, indicator, reported });
  });
  return read;
}

/** Whether another figure of the sentence, of the same kind, is the indicator's latest. */
function givesTheLatest(figures: readonly Cited[], figure: Cited, reported: IndicatorFigures): boolean {
  return figures.some(
    (other) => other !== figure && sameKind(other, figure) && reported.current.some((f) => matches(other, f)),
  );
}

function staleIn(features: SentenceFeatures, figures: readonly Cited[], context: EvidenceContext): Stale[] {
  const found: Stale[] = [];
  for (const { figure, indicator, reported } of readFigures(features, figures, context)) {
    if (!knownBase(figure, reported)) continue;
    // A sentence that gives the latest figure beside another is comparing them: "60% are in work (57% now)" sets a
    // target, "75% of starters each year (72%; 58% in 2024)" too.
    if (givesTheLatest(figures, figure, reported)) continue;
    // The indicator's baseline told as a figure is a starting point, whatever the words around it.
    const baseline = indicator.baseline;
    if (baseline !== undefined && figure.share && matches(figure, { value: baseline, period: '' })) continue;
    const was = reported.older.find((f) => matches(figure, f));
    // A number for a count or a score says little unless it is one the workbook gave: "150 young people a year" is
    // not the quarter's enrolments.
    if (figure.amount && !was) continue;
    found.push({
      figure,
      indicator,
      current: reported.current[0]!,
      latestInFull: reported.latestInFull,
      ...(was ? { was } : {}),
    });
  }
  return found;
}

function message(stale: Stale, written: string, currency: string | undefined): string {
  const { indicator, current, was, figure, latestInFull } = stale;
  const latest = figure.amount ? phrased(figure, current, indicator, currency) : latestInFull;
  if (was)
    return `${written} was your figure for ${was.period}; the latest, for ${current.period}, is ${latest}.`;
  return `For "${indicator.name}", your workbook now reports ${latest} for ${current.period}, not ${written}.`;
}

/** A finding of one sentence, with its span in the sentence: the same wherever the sentence stands. */
type SentenceFinding = RawFinding & { span: { start: number; end: number } };

const NO_FINDINGS: readonly SentenceFinding[] = [];

function sentenceFindings(features: SentenceFeatures, context: EvidenceContext): readonly SentenceFinding[] {
  const text = features.text;
  if (!mayCite(text, candidates(context))) return NO_FINDINGS;
  const figures = features.derived('cited-figures', (_, f) => citedFigures(f));
  if (figures.length === 0) return NO_FINDINGS;
  const currency = context.workbook.organisation.currency;
  return staleIn(features, figures, context).map((stale) => {
    const written = text.slice(stale.figure.start, stale.figure.end);
    const citation = context.evidence.get(stale.indicator.id)!.citation;
    return {
      message: message(stale, written, currency),
      span: { start: stale.figure.start, end: stale.figure.end },
      suggestion: phrased(stale.figure, stale.current, stale.indicator, currency),
      ...(citation ? { evidence: citation } : {}),
    };
  });
}

let contexts = 0;
const sentenceKeys = new WeakMap<EvidenceContext, string>();

/**
 * The name a sentence remembers its findings by, one per workbook's evidence: what a sentence cites is stale only
 * against one workbook, and a sentence cache may outlive the evidence it was checked against.
 */
function sentenceKey(context: EvidenceContext): string {
  let key = sentenceKeys.get(context);
  if (key === undefined) {
    key = `stale-figure:${++contexts}`;
    sentenceKeys.set(context, key);
  }
  return key;
}

export default defineRule({
  family: 'answer',
  id: 'stale-figure',
  severity: 'warning',
  appliesTo: 'all',
  scope: 'answer',
  needsEvidence: true,
  summary: 'A figure for an indicator that your workbook now reports differently.',
  check({ answer, evidence }) {
    if (!evidence || evidence.evidence.size === 0) return [];
    const { analysis } = answer;
    // Found once per sentence and remembered with it: a keystroke re-reads the one sentence it changed.
    const perSentence = analysis.perSentence(sentenceKey(evidence), (_, features) =>
      sentenceFindings(features, evidence),
    );
    const findings: RawFinding[] = [];
    const sentences = analysis.sentences;
    for (let s = 0; s < perSentence.length; s++) {
      const found = perSentence[s]!;
      if (found.length === 0) continue;
      const offset = sentences[s]!.start;
      for (const f of found)
        findings.push({ ...f, span: { start: offset + f.span.start, end: offset + f.span.end } });
    }
    return findings;
  },
});
