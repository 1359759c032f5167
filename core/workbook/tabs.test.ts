import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyCell } from './arbitraries';
import { type Cell, LOCAL_DAYS } from './cells';
import { type CellContext, COLUMNS_OF, FROM_RECORDS_COLUMN, RECORD_COLUMNS, SOURCE_COLUMNS } from './tabs';

const context: CellContext = { dateOrder: 'dmy', days: LOCAL_DAYS };

const columns = [
  ...Object.values(COLUMNS_OF).flat(),
  ...SOURCE_COLUMNS,
  ...RECORD_COLUMNS,
  FROM_RECORDS_COLUMN,
];

describe('a column reader’s plain reading', () => {
  it('gives what read gives, or nothing', () => {
    fc.assert(
      fc.property(fc.constantFrom(...columns), anyCell, (column, cell) => {
        const plain = column.reader.plain(cell, context);
        if (plain === undefined) return;
        const read = column.reader.read(cell, context);
        expect(read).toEqual({ ok: true, value: plain });
        if (read.ok) expect(Object.is(read.value, plain)).toBe(true);
      }),
      { numRuns: 5_000 },
    );
  });

  it.each<[string, Cell, unknown]>([
    ['Indicator', '  I1 ', 'I1'],
    ['Value', -2.5, -2.5],
    ['Achieved', 3, 3],
    ['Period end', new Date(2026, 2, 31), '2026-03-31'],
  ])('reads a Data %s cell of %j as %j', (header, cell, value) => {
    const column = COLUMNS_OF.Data.find((c) => c.header === header)!;
    expect(column.reader.plain(cell, context)).toEqual(value);
  });

  it.each<[string, Cell]>([
    ['Indicator', '   '],
    ['Value', '1,200'],
    ['Achieved', -1],
    ['Out of', Infinity],
    ['Period end', '31/03/2026'],
    ['Period end', new Date(253_402_300_800_000)],
  ])('leaves a Data %s cell of %j to read', (header, cell) => {
    const column = COLUMNS_OF.Data.find((c) => c.header === header)!;
    expect(column.reader.plain(cell, context)).toBeUndefined();
  });
});
