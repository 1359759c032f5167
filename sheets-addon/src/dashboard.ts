import { TAB } from '../../core/workbook/tabs';
import { type ColumnMap, columnRef } from './layout';

export const DASHBOARD_HEADERS = [
  'ID',
  'Indicator',
  'Latest period',
  'Latest value',
  'Progress',
  'Status',
  'Trend per quarter',
  'Rate (last 12 months)',
  'Lower (95%)',
  'Upper (95%)',
  'Sparkline',
] as const;

/** The Status column's background for each status (Set up's conditional formats; the docs' rendering). */
export const STATUS_COLOURS: readonly (readonly [status: string, colour: string])[] = [
  ['Met', '#b7e1cd'],
  ['On track', '#d9ead3'],
  ['At risk', '#fce8b2'],
  ['Off track', '#f4c7c3'],
  ['Missed', '#f4c7c3'],
];

/** Rows the Dashboard is laid out for; rows without an indicator stay blank. */
export const DASHBOARD_ROWS = 200;

export interface DashboardFormulas {
  formulas: string[][];
  formats: [column: number, format: string][];
  statusColumn: number;
}

/**
 * The Dashboard as formulas, one row per row of the Indicators tab: each cell is blank while its indicator row is
 * blank, so new indicators appear without rebuilding. Column references follow where the user's columns are.
 */
export function buildDashboard(
  indicators: ColumnMap,
  data: ColumnMap,
  rows = DASHBOARD_ROWS,
): DashboardFormulas {
  // INDEX(column, ROW()) rather than Indicators!$A5: a row inserted or deleted on the Indicators tab neither breaks
  // the Dashboard (#REF!) nor shifts a new indicator out of sight.
  const ind = (header: string) => `INDEX(${columnRef(TAB.indicators, indicators.get(header)!)},ROW())`;
  const d = (header: string) => columnRef(TAB.data, data.get(header)!);
  const formulas: string[][] = [];
  for (let i = 0; i < rows; i++) {
    const r = i + 2;
    const id = `$A${r}`;
    const period = `$C${r}`;
    const value = `$D${r}`;
    const rowMatch = `${d('Indicator')},${id},${d('Period end')},${period}`;
    const latestValue =
      `IF(COUNTIFS(${rowMatch},${d('Value')},"<>")>0,SUMIFS(${d('Value')},${rowMatch}),` +
      `SUMIFS(${d('Achieved')},${rowMatch})/SUMIFS(${d('Out of')},${rowMatch}))`;
    const lastYear = `${d('Indicator')},${id},${d('Period end')},">"&EDATE(${period},-12),${d('Period end')},"<="&${period}`;
    const series = `IF(${d('Value')}<>"",${d('Value')},${d('Achieved')}/${d('Out of')})`;
    formulas.push([
      `=IF(${ind('ID')}="","",${ind('ID')})`,
      `=IF(${id}="","",${ind('Indicator')})`,
      `=IF(${id}="","",IFERROR(1/(1/MAXIFS(${d('Period end')},${d('Indicator')},${id})),""))`,
      `=IF(OR(${id}="",${period}=""),"",IFERROR(${latestValue},""))`,
      `=IF(${value}="","",IFERROR(IMPACT_PROGRESS(${ind('Baseline')},${ind('Target')},${value}),""))`,
      // The period goes in as ISO text: every engine passes text unchanged, while a date's type depends on formats.
      `=IF(${value}="","",IFERROR(IMPACT_STATUS(${ind('Baseline')},${ind('Target')},${value},${ind('Baseline date')},${ind('Target date')},TEXT(${period},"yyyy-mm-dd")),""))`,
      `=IF(${id}="","",IFERROR(IMPACT_TREND(FILTER(${series},${d('Indicator')}=${id}),FILTER(${d('Period end')},${d('Indicator')}=${id}),"quarter"),""))`,
      `=IF(OR(${id}="",${period}=""),"",IFERROR(IMPACT_RATE(SUMIFS(${d('Achieved')},${lastYear}),SUMIFS(${d('Out of')},${lastYear})),""))`,
      '',
      '',
      `=IF(${id}="","",IFERROR(SPARKLINE(FILTER(${series},${d('Indicator')}=${id})),""))`,
    ]);
  }
  return {
    formulas,
    formats: [
      [3, 'dd/mm/yyyy'],
      [4, '#,##0.##'],
      [5, '0%'],
      [7, '#,##0.##'],
      [8, '0%'],
      [9, '0%'],
      [10, '0%'],
    ],
    statusColumn: 6,
  };
}
