import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { junkTable, validWorkbook } from './arbitraries';
import { fromTables } from './from-tables';
import { exportJson, importJson } from './json';
import { DATA_COLUMNS, INDICATOR_COLUMNS, PAYMENT_COLUMNS, TOC_COLUMNS } from './tabs';
import { toTables } from './to-tables';

const A1 = /^(?:'[^']+'|\w+)![A-Z]+\d+$/;

describe('round trips (property-based)', () => {
  it('any valid workbook survives toTables → fromTables unchanged', () => {
    fc.assert(
      fc.property(validWorkbook, (workbook) => {
        const result = fromTables(toTables(workbook), { organisation: workbook.organisation });
        expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
        expect(result.workbook).toEqual(workbook);
      }),
      { numRuns: 300 },
    );
  });

  it('any valid workbook survives JSON export → import unchanged', () => {
    fc.assert(
      fc.property(validWorkbook, (workbook) => {
        const result = importJson(exportJson(workbook));
        expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
        expect(result.workbook).toEqual(workbook);
      }),
      { numRuns: 300 },
    );
  });

  it('junk in any cell never throws: it only produces problems that name a cell', () => {
    const headers = (columns: { header: string }[]) => columns.map((c) => c.header);
    fc.assert(
      fc.property(
        junkTable(headers(TOC_COLUMNS)),
        junkTable(headers(INDICATOR_COLUMNS)),
        junkTable(headers(DATA_COLUMNS)),
        junkTable(headers(PAYMENT_COLUMNS)),
        (toc, indicators, data, payments) => {
          const result = fromTables({
            'Theory of change': toc,
            Indicators: indicators,
            Data: data,
            Payments: payments,
          });
          for (const problem of result.problems) {
            expect(problem.place).toMatch(A1);
            expect(problem.cell).toBeDefined();
            expect(problem.message.length).toBeGreaterThan(10);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('junk JSON never throws: every problem names a path', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.jsonValue(),
          validWorkbook.chain((w) => fc.constant({ ...w, nodes: [{ id: 3 }] })),
        ),
        (value) => {
          const result = importJson(value);
          expect(result.ok).toBe(result.problems.length === 0);
          for (const problem of result.problems) expect(problem.place).toMatch(/\S/);
        },
      ),
      { numRuns: 300 },
    );
  });
});
