import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyCell } from './arbitraries';
import { type Cell, LOCAL_DAYS } from './cells';
import { plainMeasurements } from './data-rows';
import { openTab, type Reading, readRow } from './sheet-tab';
import { DATA_COLUMNS, TAB } from './tabs';

const reading = (problems: string[]): Reading => ({
  context: { dateOrder: 'dmy', days: LOCAL_DAYS },
  report: (cell, message) => problems.push(`${cell.column}: ${message}`),
});

/** A Data tab with its required columns and any of the others, in any order, and one row of any cells. */
const dataTab = fc
  .tuple(
    fc.shuffledSubarray(
      DATA_COLUMNS.map((c) => c.header),
      { minLength: 0 },
    ),
    fc.boolean(),
  )
  .map(([some, stranger]) => {
    const required = DATA_COLUMNS.filter((c) => c.required).map((c) => c.header);
    const headers = [...new Set([...some, ...required])];
    return stranger ? [...headers, 'Checked by'] : headers;
  })
  .chain((header) =>
    fc
      .array(anyCell, { minLength: header.length, maxLength: header.length })
      .map((row): Cell[][] => [header, row]),
  );

describe('plainMeasurements', () => {
  it('reads a row as readRow does, or leaves it to readRow', () => {
    fc.assert(
      fc.property(dataTab, (table) => {
        const problems: string[] = [];
        const tab = openTab(TAB.data, table, DATA_COLUMNS, () => problems.push('header'));
        if (tab.rows.length === 0) return;
        const plain = plainMeasurements(tab, reading(problems).context)(table[1]!);
        if (plain === undefined) return;
        const read = readRow(tab, 2, reading(problems));
        expect(problems).toEqual([]);
        expect(read).toEqual({ ok: true, values: plain });
        expect(Object.keys(plain)).toEqual(Object.keys(read.values));
      }),
      { numRuns: 5_000 },
    );
  });

  it('reads every column of a row whose cells are all plain', () => {
    const header = DATA_COLUMNS.map((c) => c.header);
    const filled: Record<string, Cell> = {
      Indicator: ' I1 ',
      'Period end': new Date(2026, 2, 31),
      Note: 'ok',
    };
    const row = header.map((h) => filled[h] ?? 4);
    const tab = openTab(TAB.data, [header, row], DATA_COLUMNS, () => {});
    const plain = plainMeasurements(tab, reading([]).context)(row);
    expect(plain).toEqual({
      indicator: 'I1',
      periodEnd: '2026-03-31',
      value: 4,
      achieved: 4,
      outOf: 4,
      note: 'ok',
    });
    expect(Object.keys(plain!)).toEqual(DATA_COLUMNS.map((c) => c.key));
  });

  it.each<[string, Cell[]]>([
    ['a blank indicator', ['', new Date(2026, 2, 31), 4]],
    ['a period end written as text', ['I1', '31/03/2026', 4]],
    ['a value written as text', ['I1', new Date(2026, 2, 31), '1,200']],
    ['a value of spaces', ['I1', new Date(2026, 2, 31), '  ']],
  ])('leaves %s to readRow', (_, row) => {
    const header = ['Indicator', 'Period end', 'Value'];
    const tab = openTab(TAB.data, [header, row], DATA_COLUMNS, () => {});
    expect(plainMeasurements(tab, reading([]).context)(row)).toBeUndefined();
  });
});
