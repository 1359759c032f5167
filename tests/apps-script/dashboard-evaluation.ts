import type { Workbook } from '../../core/model/schema';
import { isoFromLocalDate } from '../../core/util/calendar';
import type { Cell } from '../../core/workbook/cells';
import { toTables } from '../../core/workbook/to-tables';
import {
  buildDashboard,
  DASHBOARD_HEADERS,
  dashboardFormats,
  figureKind,
} from '../../sheets-addon/src/dashboard';
import { columnMapOf, DATA_LAYOUT, INDICATOR_LAYOUT, PAYMENT_LAYOUT } from '../../sheets-addon/src/layout';
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

/** An ISO day as a formula, for the Dashboard's as-of day in place of TODAY(). */
const dayFormula = (iso: string) =>
  `DATE(${iso.slice(0, 4)},${Number(iso.slice(5, 7))},${Number(iso.slice(8, 10))})`;

/**
 * The template's Dashboard, evaluated by a real spreadsheet engine over a workbook's tabs: what Sheets would show on
 * `asOf`, except the Sparkline column. Rows are returned as the engine gives them (numbers, text, or an error's text).
 */
export function evaluateDashboard(
  workbook: Workbook,
  asOf: string,
): {
  headers: string[];
  rows: (string | number | null)[][];
  /** The number format Set up gives each of these cells. */
  formats: string[][];
} {
  const tables = toTables(workbook);
  const indicators = columnMapOf(tables.Indicators[0]!, INDICATOR_LAYOUT);
  const data = columnMapOf(tables.Data[0]!, DATA_LAYOUT);
  const rows = workbook.indicators.length;
  const payments = columnMapOf(tables.Payments[0]!, PAYMENT_LAYOUT);
  const built = buildDashboard(indicators, data, payments, rows, dayFormula(asOf));
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
      Payments: forEngine(tables.Payments),
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
  const kinds = workbook.indicators.map((indicator) => {
    const own = workbook.measurements.filter((m) => m.indicator === indicator.id);
    return figureKind(indicator.unit, {
      rows: own.length,
      values: own.flatMap((m) => (m.value === undefined ? [] : [m.value])),
    });
  });
  return {
    headers: [...DASHBOARD_HEADERS],
    rows: values.slice(1, rows + 1).map((row) => DASHBOARD_HEADERS.map((_, i) => show(row[i]))),
    formats: dashboardFormats(kinds, rows),
  };
}

/** Groups of three digits, as the `#,##0` formats show them. */
const grouped = (digits: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/**
 * A cell as Sheets shows it under a number format, for the formats Set up writes on the Dashboard: a date pattern,
 * `General`, or up to three sections (positive; negative; zero) of quoted text, literal characters, one digit
 * pattern (`#,##0.0##`) and `%`. Anything else it does not know fails, rather than being shown some other way.
 */
export function formatCell(value: string | number | null, format: string): string {
  if (value === null || value === '') return '';
  if (typeof value === 'string') return value;
  if (format === 'General') return String(Math.round(value * 1e9) / 1e9);
  if (format === 'dd/mm/yyyy') return serialToIso(value).split('-').reverse().join('/');
  const sections = format.split(';');
  const section =
    value < 0 && sections[1] ? sections[1] : value === 0 && sections[2] ? sections[2] : sections[0]!;
  const sign = value < 0 && !sections[1] ? '-' : '';
  const parts = section.match(/"[^"]*"|[#0,.]+|[%+\-£$€ ]/g);
  if (!parts || parts.join('') !== section) throw new Error(`formatCell does not know the format ${format}`);
  const scaled = Math.abs(value) * (section.includes('%') ? 100 : 1);
  return (
    sign +
    parts
      .map((part) => {
        if (part.startsWith('"')) return part.slice(1, -1);
        if (!/[#0]/.test(part)) return part;
        const decimals = part.split('.')[1] ?? '';
        const fixed = scaled.toFixed(decimals.length);
        const [whole, fraction = ''] = fixed.split('.');
        const kept =
          fraction.slice(0, decimals.replace(/#+$/, '').length) +
          fraction.slice(decimals.replace(/#+$/, '').length).replace(/0+$/, '');
        return (part.includes(',') ? grouped(whole!) : whole) + (kept ? `.${kept}` : '');
      })
      .join('')
  );
}

/** Excel-style serial day number (as HyperFormula and Sheets count) to ISO date. */
export function serialToIso(serial: number): string {
  const ms = Date.UTC(1899, 11, 30) + serial * 86_400_000;
  return new Date(ms).toISOString().slice(0, 10);
}
