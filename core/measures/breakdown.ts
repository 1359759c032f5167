import { compareGroupNames } from './compare-group-names';
import { differenceOfMeans } from './difference-of-means';
import { differenceOfRates } from './difference-of-rates';
import { MeasureError, quote, RowError, requireShare, requireWholeNumber } from './errors';
import { meanInterval } from './mean-interval';
import { rate } from './rate';
import { suppressSmallGroups } from './suppress-small-groups';

/** `share`: each record is 1 (achieved) or 0; `mean`: each record is a score. */
export type BreakdownMeasure = 'share' | 'mean';

/** One participant, already reduced to the value of the field broken down by and their figure. */
export interface BreakdownRecord {
  readonly group: string;
  /** 1 or 0 for a share; any number for a mean. */
  readonly value: number;
}

export interface BreakdownOptions {
  readonly measure: BreakdownMeasure;
  /** Groups with fewer people than this are not shown, so that nobody can be identified: 5 unless set, at least 2. */
  readonly minGroup?: number;
  /** 0.95 unless set. */
  readonly confidence?: number;
}

export interface FigureWithInterval {
  /** People counted. */
  n: number;
  /** The share achieved (0 to 1) or the mean score. */
  figure: number;
  /** Wilson's interval for a share, Student's t interval for a mean. */
  lower: number;
  upper: number;
}

export const HIGHER_BEYOND_CHANCE = 'higher than the rest, beyond chance';
export const LOWER_BEYOND_CHANCE = 'lower than the rest, beyond chance';
export type BeyondChance = typeof HIGHER_BEYOND_CHANCE | typeof LOWER_BEYOND_CHANCE;

/** A group against everyone else: the difference (group − rest) and its interval, or why there is none. */
export type ComparisonWithRest =
  | { compared: true; difference: number; lower: number; upper: number; flag: BeyondChance | null }
  | { compared: false; reason: string };

export interface BreakdownGroup extends FigureWithInterval {
  group: string;
  comparison: ComparisonWithRest;
}

export interface Breakdown {
  measure: BreakdownMeasure;
  minGroup: number;
  confidence: number;
  /** Everyone, hidden groups included. */
  people: number;
  /** Everyone's figure; null when there are fewer than `minGroup` people in all. */
  whole: FigureWithInterval | null;
  /** The groups shown, in name order. */
  groups: BreakdownGroup[];
  suppressed: {
    groups: number;
    people: number;
    /** What a reader is told, or '' when nothing is hidden: "2 groups with fewer than 5 people are not shown …". */
    note: string;
  };
}

const DEFAULT_MIN_GROUP = 5;

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}

/** Each record's group and value, checked; a bad record is named by its place in the list. */
function checkedRecords(records: readonly BreakdownRecord[], measure: BreakdownMeasure) {
  return records.map((record, i) => {
    const problem = (what: string) => new RowError([i + 1], ([r]) => `Record ${r}: ${what}`);
    const group = typeof record?.group === 'string' ? record.group.trim() : '';
    if (group === '') {
      throw problem(
        `its group is ${quote(record?.group)}. Give every record a group, such as "Not recorded".`,
      );
    }
    const value = record.value;
    if (measure === 'share' && value !== 0 && value !== 1) {
      throw problem(`Achieved must be 1 (yes) or 0 (no), found ${quote(value)}.`);
    }
    if (measure === 'mean' && (typeof value !== 'number' || !Number.isFinite(value))) {
      throw problem(`Score must be a number, found ${quote(value)}.`);
    }
    return { group, value };
  });
}

function figureOf(
  values: readonly number[],
  measure: BreakdownMeasure,
  confidence: number,
): FigureWithInterval {
  if (measure === 'mean') {
    const m = meanInterval(values, confidence);
    return { n: m.n, figure: m.mean, lower: m.lower, upper: m.upper };
  }
  const achieved = values.reduce((sum, v) => sum + v, 0);
  const r = rate(achieved, values.length, confidence);
  return { n: values.length, figure: r.rate, lower: r.lower, upper: r.upper };
}

function comparedWithRest(
  own: readonly number[],
  rest: readonly number[],
  measure: BreakdownMeasure,
  confidence: number,
): ComparisonWithRest {
  if (rest.length < (measure === 'mean' ? 2 : 1)) {
    return { compared: false, reason: 'Everyone else is too few to compare with.' };
  }
  const d =
    measure === 'mean'
      ? differenceOfMeans(own, rest, confidence)
      : differenceOfRates(
          own.reduce((s, v) => s + v, 0),
          own.length,
          rest.reduce((s, v) => s + v, 0),
          rest.length,
          confidence,
        );
  const flag = d.lower > 0 ? HIGHER_BEYOND_CHANCE : d.upper < 0 ? LOWER_BEYOND_CHANCE : null;
  return { compared: true, difference: d.difference, lower: d.lower, upper: d.upper, flag };
}

function suppressionNote(
  small: number,
  complementary: number,
  people: number,
  minGroup: number,
  inTotal: boolean,
): string {
  if (small === 0) return '';
  const first = `${plural(small, 'group')} with fewer than ${minGroup} people ${small === 1 ? 'is' : 'are'} not shown`;
  const more =
    complementary === 0
      ? ''
      : `, nor ${complementary === 1 ? 'is 1 larger group' : `are ${complementary} larger groups`}, so that ${small === 1 ? 'it' : 'they'} cannot be worked out from the total`;
  return `${first}${more}: ${plural(people, 'person', 'people')} in all${inTotal ? ', counted in the total' : ''}.`;
}

/**
 * For each value of a field (age band, area, referral route), the share who achieved an outcome or the mean
 * score, with its interval (95% unless set), and how it compares with everyone else (Newcombe's interval for shares, Welch's
 * for means), flagged when that difference's interval leaves out zero. Groups of fewer than `minGroup` people are
 * hidden, with as many others as it takes for them not to be worked out by subtraction (see suppressSmallGroups);
 * everyone still counts in the total and in each group's "everyone else". The result does not depend on the
 * order of the records.
 */
export function breakdown(records: readonly BreakdownRecord[], options: BreakdownOptions): Breakdown {
  const { measure } = options;
  if (measure !== 'share' && measure !== 'mean') {
    throw new MeasureError(`A breakdown is of a share or a mean, found ${quote(measure)}.`);
  }
  const minGroup = requireWholeNumber(options.minGroup ?? DEFAULT_MIN_GROUP, 'Smallest group shown', 2);
  const confidence = requireShare(options.confidence ?? 0.95, 'Confidence', {
    allowZero: false,
    allowOne: false,
  });
  const checked = checkedRecords(records, measure);

  const byGroup = new Map<string, number[]>();
  for (const { group, value } of checked) {
    const values = byGroup.get(group);
    if (values) values.push(value);
    else byGroup.set(group, [value]);
  }
  const names = [...byGroup.keys()].sort(compareGroupNames);
  const { small, complementary } = suppressSmallGroups(
    names.map((group) => ({ group, n: byGroup.get(group)!.length })),
    minGroup,
  );
  const hidden = new Set([...small, ...complementary]);
  const hiddenPeople = [...hidden].reduce((sum, g) => sum + byGroup.get(g)!.length, 0);

  const everyone = checked.map((r) => r.value);
  const groups = names
    .filter((group) => !hidden.has(group))
    .map((group): BreakdownGroup => {
      const own = byGroup.get(group)!;
      const rest = names.filter((g) => g !== group).flatMap((g) => byGroup.get(g)!);
      return {
        group,
        ...figureOf(own, measure, confidence),
        comparison: comparedWithRest(own, rest, measure, confidence),
      };
    });

  const whole = checked.length >= minGroup ? figureOf(everyone, measure, confidence) : null;
  return {
    measure,
    minGroup,
    confidence,
    people: checked.length,
    whole,
    groups,
    suppressed: {
      groups: hidden.size,
      people: hiddenPeople,
      note: suppressionNote(small.length, complementary.length, hiddenPeople, minGroup, whole !== null),
    },
  };
}
