import { describe, expect, it } from 'vitest';
import { demoWorkbook } from '../../core/demo/workbook';
import { measurementValue } from '../../core/measures/measurement-value';
import { isoFromLocalDate } from '../../core/util/calendar';
import type { Cell } from '../../core/workbook/cells';
import { toTables } from '../../core/workbook/to-tables';
import { buildChartTable, CHART_ROWS, CHART_TABLE_HEADERS } from '../../sheets-addon/src/charts';
import { columnMapOf, DATA_LAYOUT, INDICATOR_LAYOUT } from '../../sheets-addon/src/layout';
import { serialToIso } from './dashboard-evaluation';
import { createEngineWithImpactFunctions, type SheetCell } from './hyperformula-impact';

const forEngine = (rows: Cell[][]): SheetCell[][] =>
  rows.map((row) =>
    row.map((c) => (c instanceof Date ? isoFromLocalDate(c) : c === '' ? null : (c as SheetCell))),
  );

/** The Charts tab's helper table for the demo's indicators, as a real spreadsheet engine computes it. */
function evaluateChartTable(ids: string[]): (string | number | null)[][] {
  const tables = toTables(demoWorkbook);
  const charted = ids.map((id) => ({ id, name: id, kind: 'share' as const }));
  const table = buildChartTable(
    columnMapOf(tables.Indicators[0]!, INDICATOR_LAYOUT),
    columnMapOf(tables.Data[0]!, DATA_LAYOUT),
    charted,
    1,
  );
  const engine = createEngineWithImpactFunctions(
    {
      Indicators: forEngine(tables.Indicators),
      Data: forEngine(tables.Data),
      Charts: table.map((row) => row.map((cell) => (cell === '' ? null : cell))),
    },
    { useArrayArithmetic: true },
  );
  const values = engine.getSheetValues(engine.getSheetId('Charts')!) as (string | number | null)[][];
  engine.destroy();
  return values;
}

describe('the Charts tab helper table, evaluated by a real spreadsheet engine (HyperFormula)', () => {
  const ids = ['I1', 'I2', 'I7'];
  const values = evaluateChartTable(ids);

  it('heads each indicator block with the series names the chart shows', () => {
    expect(values[0]).toEqual(ids.flatMap(() => [...CHART_TABLE_HEADERS]));
  });

  it.each(ids.map((id, block) => [id, block] as const))(
    '%s: the baseline day, every period and the target day in order, with the figures and the straight line',
    (id, block) => {
      const indicator = demoWorkbook.indicators.find((i) => i.id === id)!;
      const own = demoWorkbook.measurements.filter((m) => m.indicator === id);
      const days = [
        ...new Set([indicator.baselineDate!, indicator.targetDate!, ...own.map((m) => m.periodEnd)]),
      ].sort();
      const rows = values.slice(1, CHART_ROWS + 1).map((row) => row.slice(block * 3, block * 3 + 3));
      const filled = rows.filter((row) => typeof row[0] === 'number');
      expect(filled.map((row) => serialToIso(row[0] as number))).toEqual(days);
      expect(rows.slice(filled.length).every((row) => row.every((v) => v === null || v === ''))).toBe(true);
      const span = Date.parse(indicator.targetDate!) - Date.parse(indicator.baselineDate!);
      for (const [x, actual, line] of filled) {
        const day = serialToIso(x as number);
        const measurement = own.find((m) => m.periodEnd === day);
        if (measurement) expect(actual).toBeCloseTo(measurementValue(measurement, indicator.unit)!, 10);
        else expect(actual).toBe('');
        const share = (Date.parse(day) - Date.parse(indicator.baselineDate!)) / span;
        if (share < 0 || share > 1) expect(line).toBe('');
        else
          expect(line).toBeCloseTo(
            indicator.baseline! + (indicator.target! - indicator.baseline!) * share,
            10,
          );
      }
    },
  );
});
