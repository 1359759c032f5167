import type { Workbook } from '../../core/model/schema';
import { isoFromLocalDate } from '../../core/util/calendar';
import type { Cell } from '../../core/workbook/cells';
import { toTables } from '../../core/workbook/to-tables';
import { buildDashboard, DASHBOARD_HEADERS } from '../../sheets-addon/src/dashboard';
import { columnMapOf, DATA_LAYOUT, INDICATOR_LAYOUT } from '../../sheets-addon/src/layout';
import { createEngineWithImpactFunctions, type SheetCell } from './hyperformula-impact';

/** Columns Sheets draws and HyperFormula cannot compute: listed as not evaluated. */
export const NOT_EVALUATED = new Set(['Sparkline']);

function forEngine(rows: Cell[][]): SheetCell[][] {
  return rows.map((row) =>
    row.map((c) =>
      c instanceof Date ? isoFromLocalDate(c) : c === '' || c === undefined ? null : (c as SheetCell),
    ),
  );
}

/**
 * The template's Dashboard, evaluated by a real spreadsheet engine over a workbook's tabs: what Sheets would show,
 * except the Sparkline column. Rows are returned as the engine gives them (numbers, text, or an error's text).
 */
export function evaluateDashboard(workbook: Workbook): {
  headers: string[];
  rows: (string | number | null)[][];
} {
  const tables = toTables(workbook);
  const indicators = columnMapOf(tables.Indicators[0]!, INDICATOR_LAYOUT);
  const data = columnMapOf(tables.Data[0]!, DATA_LAYOUT);
  const rows = workbook.indicators.length;
  const built = buildDashboard(indicators, data, rows);
  const sparkline = DASHBOARD_HEADERS.indexOf('Sparkline');
  const dashboard: SheetCell[][] = [
    [...DASHBOARD_HEADERS],
    ...built.formulas.map((row) => row.map((f, i) => (i === sparkline || f === '' ? null : f))),
  ];
  const engine = createEngineWithImpactFunctions(
    {
      'Theory of change': forEngine(tables['Theory of change']),
      Indicators: forEngine(tables.Indicators),
      Data: forEngine(tables.Data),
      Dashboard: dashboard,
    },
    { useArrayArithmetic: true },
  );
  const sheet = engine.getSheetId('Dashboard')!;
  const values = engine.getSheetValues(sheet) as unknown[][];
  engine.destroy();
  const show = (v: unknown): string | number | null => {
    if (v === null || v === undefined) return null;
    if (typeof v === 'number' || typeof v === 'string') return v;
    if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
    const error = v as { value?: string; message?: string };
    return `${error.value ?? '#ERROR!'}${error.message ? ` ${error.message}` : ''}`;
  };
  return {
    headers: [...DASHBOARD_HEADERS],
    rows: values.slice(1, rows + 1).map((row) => DASHBOARD_HEADERS.map((_, i) => show(row[i]))),
  };
}

/** Excel-style serial day number (as HyperFormula and Sheets count) to ISO date. */
export function serialToIso(serial: number): string {
  const ms = Date.UTC(1899, 11, 30) + serial * 86_400_000;
  return new Date(ms).toISOString().slice(0, 10);
}
