// Whatever a user puts in the cells, every IMPACT_ formula in the built Code.js answers with finite numbers and
// text, or throws a MeasureError with a message: never NaN, never infinity, never a TypeError from a bug.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { FORMULAS } from '../../sheets-addon/src/functions/formulas';
import { FakeSpreadsheet } from './fake-spreadsheet';
import { loadAddon } from './load-code';

let call: (name: string, ...args: unknown[]) => unknown;
let makeDate: (time: number) => Date;

beforeAll(async () => {
  const addon = await loadAddon(new FakeSpreadsheet());
  call = addon.call;
  makeDate = addon.makeDate;
});

/** Anything a cell can hold, weighted towards the awkward: blanks, huge and tiny numbers, words, dates. */
const cellValue = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: -5, max: 200 }) },
  { weight: 3, arbitrary: fc.double({ min: 0, max: 1, noNaN: true }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(1e308, -1e308, Number.MAX_VALUE, Number.MIN_VALUE, 5e-324, -0, 2 ** 53),
  },
  { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  { weight: 2, arbitrary: fc.constantFrom('', ' ', 'tbc', '1,200', '62%', '£3,000', 'n/a', '2026-03-31') },
  { weight: 1, arbitrary: fc.constantFrom('31/03/2026', 'month', 'quarter', 'Outcomes', 'budget') },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant('DATE') },
);

/** A single cell or a range (1 to 4 rows, 1 to 2 columns), as Sheets passes arguments. */
const argument = fc.oneof(
  cellValue,
  fc
    .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 2 }))
    .chain(([r, c]) =>
      fc.array(fc.array(cellValue, { minLength: c, maxLength: c }), { minLength: r, maxLength: r }),
    ),
);

/** Dates are built in the script's realm at call time ('DATE' marks one), as Sheets hands them over. */
function realise(value: unknown, seed: number): unknown {
  if (Array.isArray(value)) return value.map((v, i) => realise(v, seed + i));
  if (value === 'DATE') return makeDate(Date.UTC(2020, 0, 1) + (seed % 2000) * 86_400_000);
  return value;
}

function leaves(value: unknown): unknown[] {
  return Array.isArray(value) ? value.flatMap(leaves) : [value];
}

describe('every IMPACT_ formula, whatever the cells hold', () => {
  for (const { name, params } of FORMULAS) {
    const arity = params.length;
    it(`${name} answers with finite numbers and text, or a MeasureError with a message`, () => {
      fc.assert(
        fc.property(fc.array(argument, { minLength: arity, maxLength: arity }), fc.nat(), (args, seed) => {
          let result: unknown;
          try {
            result = call(name, ...args.map((a, i) => realise(a, seed + i * 7)));
          } catch (error) {
            const e = error as Error;
            expect(e.name, e.stack).toBe('MeasureError');
            expect(e.message.length).toBeGreaterThan(10);
            expect(e.message).not.toMatch(/undefined|NaN|Infinity|\[object/);
            return;
          }
          for (const leaf of leaves(result)) {
            if (typeof leaf === 'number') expect(Number.isFinite(leaf)).toBe(true);
            else expect(typeof leaf).toBe('string');
            if (typeof leaf === 'string') expect(leaf).not.toMatch(/undefined|NaN|Infinity|\[object/);
          }
        }),
        { numRuns: name === 'IMPACT_CHECK' ? 60 : 300 },
      );
    });
  }
});
