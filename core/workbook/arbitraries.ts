import fc from 'fast-check';
import {
  type Contract,
  DIRECTIONS,
  FREQUENCIES,
  type Indicator,
  LEVELS,
  type Measurement,
  SCHEMA_VERSION,
  TERMS,
  type TocNode,
  UNITS,
  type Workbook,
} from '../model/schema';
import { isoFromDayNumber } from '../util/calendar';
import type { Cell } from './cells';

/** Test-only generators of valid workbooks: everything a user could legitimately type. */

const text = fc
  .string({ minLength: 1, maxLength: 40, unit: fc.constantFrom(..."abc XYZ 019 £%-,.'’é😀".split('')) })
  .map((s) => s.trim())
  .filter((s) => s.length > 0);
const optionalText = fc.option(text, { nil: undefined });
const finite = fc
  .double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 })
  .map((n) => (Object.is(n, -0) ? 0 : n));
const nonNegative = fc
  .double({ noNaN: true, noDefaultInfinity: true, min: 0, max: 1e6 })
  .map((n) => (Object.is(n, -0) ? 0 : n));
const dayNumber = fc.integer({ min: 7_000, max: 30_000 }); // 1989 to 2052
const id = fc.stringMatching(/^[A-Z][A-Za-z0-9_-]{0,5}$/);

function compact<T extends object>(value: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = v;
  return out as T;
}

const nodeArb = (nodeId: string): fc.Arbitrary<TocNode> =>
  fc.constantFrom(...LEVELS).chain((level) =>
    fc
      .record({
        term:
          level === 'Outcome'
            ? fc.option(fc.constantFrom(...TERMS), { nil: undefined })
            : fc.constant(undefined),
        statement: text,
        assumptions: optionalText,
      })
      .map((r) => compact({ id: nodeId, level, ...r })),
  );

const datePair = fc
  .tuple(
    fc.option(dayNumber, { nil: undefined }),
    fc.option(fc.integer({ min: 1, max: 2_000 }), { nil: undefined }),
  )
  .map(([start, length]) => ({
    start: start === undefined ? undefined : isoFromDayNumber(start),
    end: start === undefined || length === undefined ? undefined : isoFromDayNumber(start + length),
  }));

const indicatorArb = (indicatorId: string, outcomes: string[]): fc.Arbitrary<Indicator> =>
  fc
    .record({
      outcome: fc.constantFrom(...outcomes),
      name: text,
      unit: fc.constantFrom(...UNITS),
      direction: fc.constantFrom(...DIRECTIONS),
      baseline: fc.option(finite, { nil: undefined }),
      dates: datePair,
      target: fc.option(finite, { nil: undefined }),
      source: optionalText,
      frequency: fc.option(fc.constantFrom(...FREQUENCIES), { nil: undefined }),
      owner: optionalText,
    })
    .map(({ dates, ...r }) =>
      compact({ id: indicatorId, ...r, baselineDate: dates.start, targetDate: dates.end }),
    );

const measurementArb = (indicators: string[]): fc.Arbitrary<Measurement> =>
  fc
    .record({
      indicator: fc.constantFrom(...indicators),
      periodEnd: dayNumber.map(isoFromDayNumber),
      value: fc.option(finite, { nil: undefined }),
      count: fc.option(
        fc
          .tuple(fc.integer({ min: 1, max: 10_000 }), fc.double({ min: 0, max: 1, noNaN: true }))
          .map(([outOf, share]) => ({
            outOf,
            achieved: Math.floor(outOf * share),
          })),
        { nil: undefined },
      ),
      note: optionalText,
    })
    .map(({ count, value, ...r }) => compact({ ...r, value: value ?? (count ? undefined : 0), ...count }));

const contractArb = (name: string, indicators: string[]): fc.Arbitrary<Contract> =>
  fc
    .record({
      dates: datePair,
      totalCap: fc.option(nonNegative, { nil: undefined }),
      metrics: fc.array(
        fc.record({
          metric: text,
          indicator: indicators.length
            ? fc.option(fc.constantFrom(...indicators), { nil: undefined })
            : fc.constant(undefined),
          price: nonNegative,
          cap: fc.option(nonNegative, { nil: undefined }),
          achieved: fc.option(nonNegative, { nil: undefined }),
        }),
        { minLength: 1, maxLength: 4 },
      ),
    })
    .map(({ dates, totalCap, metrics }) =>
      compact({ name, start: dates.start, end: dates.end, totalCap, metrics: metrics.map(compact) }),
    );

export const validWorkbook: fc.Arbitrary<Workbook> = fc
  .uniqueArray(id, { minLength: 1, maxLength: 12 })
  .chain((nodeIds) =>
    fc
      .tuple(
        fc.tuple(...nodeIds.map(nodeArb)),
        fc.tuple(...nodeIds.map(() => fc.subarray(nodeIds))),
        fc.uniqueArray(id, { maxLength: 8 }),
        text,
      )
      .chain(([nodes, targets, indicatorIds, orgName]) =>
        fc
          .tuple(
            indicatorIds.length
              ? fc.tuple(...indicatorIds.map((i) => indicatorArb(i, nodeIds)))
              : fc.constant([]),
            indicatorIds.length ? fc.array(measurementArb(indicatorIds), { maxLength: 20 }) : fc.constant([]),
            fc.uniqueArray(text, { maxLength: 3 }),
          )
          .chain(([indicators, measurements, contractNames]) =>
            (contractNames.length
              ? fc.tuple(...contractNames.map((n) => contractArb(n, indicatorIds)))
              : fc.constant([] as Contract[])
            ).map(
              (contracts): Workbook => ({
                schemaVersion: SCHEMA_VERSION,
                organisation: { name: orgName },
                nodes,
                links: nodeIds.flatMap((from, i) => targets[i]!.map((to) => ({ from, to }))),
                indicators: [...indicators],
                // One row per indicator and period, as the parser insists.
                measurements: measurements.filter(
                  (m, i) =>
                    measurements.findIndex(
                      (o) => o.indicator === m.indicator && o.periodEnd === m.periodEnd,
                    ) === i,
                ),
                contracts,
              }),
            ),
          ),
      ),
  );

const junkCell = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom(
    '',
    ' ',
    'tbc',
    'n/a',
    '31/02/2025',
    '12/31/2025',
    '2026-13-01',
    '62%',
    '£1,200',
    'O1, O2',
    'Outcome',
    'Percent',
  ),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.date(),
  fc.constant(new Date(Number.NaN)),
);

/** A tab: sometimes with its real header row, always with junk under it. */
export const junkTable = (header: string[]) =>
  fc
    .tuple(fc.boolean(), fc.array(fc.array(junkCell, { maxLength: header.length + 2 }), { maxLength: 12 }))
    .map(([withHeader, rows]) => (withHeader ? [header, ...rows] : rows));

/** Cells of every kind Sheets hands over, the plain ones and those only `read` makes sense of. */
export const anyCell: fc.Arbitrary<Cell> = fc.oneof(
  fc.constantFrom<Cell>('', ' ', '  I1 ', 'I1', 'tbc', '1,200', '62%', '-0', '31/03/2026', '2026-03-31'),
  fc.constantFrom<Cell>('Increase', 'outcome', 'O1, O2', null, undefined, true, false),
  fc.constantFrom<Cell>(0, -0, -1, 1.5, Number.NaN, Infinity, -Infinity, Number.MAX_VALUE),
  // The first and last instants of the years 1 to 9999 in UTC, and a day beyond each.
  fc.constantFrom<Cell>(
    new Date(-62_135_596_800_000),
    new Date(-62_135_596_800_001 - 86_400_000),
    new Date(253_402_300_799_999),
    new Date(253_402_300_800_000 + 86_400_000),
    new Date(Number.NaN),
  ),
  fc.string({ maxLength: 8 }),
  fc.double(),
  fc.integer(),
  fc.date({ noInvalidDate: false }),
);
