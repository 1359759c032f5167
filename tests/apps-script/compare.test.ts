// IMPACT_COMPARE through the built Code.js in node:vm, called as Sheets calls a custom function: single cells as
// values, ranges as rows of cells, blanks as "", percentages as decimals.
import { beforeAll, describe, expect, it } from 'vitest';
import { FakeSpreadsheet } from './fake-spreadsheet';
import { loadAddon } from './load-code';

let call: (name: string, ...args: unknown[]) => unknown;

beforeAll(async () => {
  call = (await loadAddon(new FakeSpreadsheet())).call;
});

/** Results cross the realm boundary; compare them as plain data. */
const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
const column = (values: readonly unknown[]): unknown[][] => values.map((v) => [v]);
const fixed = (row: unknown[], places = 4) => row.map((v) => (typeof v === 'number' ? v.toFixed(places) : v));

describe('IMPACT_COMPARE', () => {
  /*
   * Newcombe RG (1998). Interval estimation for the difference between independent proportions: comparison of
   * eleven methods. Statistics in Medicine 17(8), 873–890, Table II, method 10: examples (a), (d), (e) and (g).
   */
  it.each([
    [
      [56, 70, 48, 80],
      ['0.2000', '0.0524', '0.3339'],
    ],
    [
      [5, 56, 0, 29],
      ['0.0893', '-0.0381', '0.1926'],
    ],
    [
      [0, 10, 0, 20],
      ['0.0000', '-0.1611', '0.2775'],
    ],
    [
      [10, 10, 0, 20],
      ['1.0000', '0.6791', '1.0000'],
    ],
  ])('gives Newcombe (1998) Table II for %j', (args, expected) => {
    const [row] = plain(call('IMPACT_COMPARE', ...args)) as unknown[][];
    expect(fixed(row!)).toEqual(expected);
  });

  it('reads counts typed as text and a confidence typed as a percentage', () => {
    expect(plain(call('IMPACT_COMPARE', '56', '70', '48', '80', '90%'))).toEqual(
      plain(call('IMPACT_COMPARE', 56, 70, 48, 80, 0.9)),
    );
    const [[, at90Lower, at90Upper]] = call('IMPACT_COMPARE', 56, 70, 48, 80, 0.9) as number[][] as [
      number[],
    ];
    expect(at90Lower).toBeGreaterThan(0.0524);
    expect(at90Upper).toBeLessThan(0.3339);
  });

  it('gives n rows of three for ranges: blank rows blank, a message where a row is wrong', () => {
    const result = plain(
      call(
        'IMPACT_COMPARE',
        column([56, '', 30, 5, 'some', 9]),
        column([70, 40, 20, 10, 10, 14]),
        column([48, 1, 1, 3, 1, 16]),
        column([80, 2, 2, 0, 2, 27]),
      ),
    ) as unknown[][];
    expect(result).toHaveLength(6);
    expect(fixed(result[0]!)).toEqual(['0.2000', '0.0524', '0.3339']);
    expect(result[1]).toEqual(['', '', '']);
    expect(result[2]).toEqual(['Achieved 1 (30) is more than Total 1 (20): check both counts.', '', '']);
    expect(result[3]).toEqual([
      'Total 2 is 0: group 2 has nobody in it, so it has no share to compare.',
      '',
      '',
    ]);
    expect(result[4]).toEqual(['Achieved 1 must be a number, found "some".', '', '']);
    // The documented example of groups too small to tell apart: 5 points, −25 to 32.
    expect(fixed(result[5]!, 2)).toEqual(['0.05', '-0.25', '0.32']);
  });

  it('uses a single value on every row: each quarter against one comparison group', () => {
    const result = plain(call('IMPACT_COMPARE', column([56, 40]), 70, 48, 80)) as unknown[][];
    expect(fixed(result[0]!)).toEqual(['0.2000', '0.0524', '0.3339']);
    expect(result[1]![0]).toBeCloseTo(40 / 70 - 0.6, 12);
  });

  it('throws for bad single values and for shapes it cannot read', () => {
    expect(plain(call('IMPACT_COMPARE', '', 70, 48, 80))).toEqual([['', '', '']]);
    expect(() => call('IMPACT_COMPARE', 56, 70, 48, 80, 95)).toThrow(
      'Confidence is 95, but it is a share above 0 and below 1 (0% to 100%): to mean 95%, enter 0.95.',
    );
    expect(() => call('IMPACT_COMPARE', 56, 70, '', 80)).toThrow(
      'Achieved 2 must be a number, found a blank.',
    );
    expect(() => call('IMPACT_COMPARE', column([1, 2]), column([3, 4, 5]), 1, 2)).toThrow(
      'IMPACT_COMPARE: achieved1 is 2 rows × 1 column but total1 is 3 rows × 1 column.',
    );
    expect(() => call('IMPACT_COMPARE', [[1, 2]], [[3, 4]], 1, 2)).toThrow(
      /achieved1 is 1 row × 2 columns, but this formula reads one row at a time/,
    );
  });

  it('answers 10,000 rows', () => {
    const result = call(
      'IMPACT_COMPARE',
      Array.from({ length: 10_000 }, (_, i) => [i % 72]),
      70,
      48,
      80,
    ) as unknown[][];
    expect(result).toHaveLength(10_000);
    expect(fixed(result[56]!)).toEqual(['0.2000', '0.0524', '0.3339']);
    expect(result[71]![0]).toBe('Achieved 1 (71) is more than Total 1 (70): check both counts.');
  });
});
