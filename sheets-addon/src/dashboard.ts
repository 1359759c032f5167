import { MONTHS_PER_PERIOD } from '../../core/measures/period-ends';
import { FREQUENCIES } from '../../core/model/vocabulary';
import { TAB } from '../../core/workbook/tabs';
import { type ColumnMap, columnRef, PAYMENT_LAYOUT } from './layout';

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
  'Earned so far',
  'Projected payment',
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

/** How an indicator's figures read: its Unit, or a share when its figures are Achieved ÷ Out of. */
export type FigureKind = 'share' | 'count' | 'decimal' | 'money';

/** The money format of the Payments tab's Price and Payment columns: one currency across the workbook. */
export const MONEY = PAYMENT_LAYOUT.columns.find((c) => c.header === 'Price')!.format!;

/**
 * Latest value and Trend per quarter, by kind. A share's trend is returned in percentage points (the formula
 * multiplies it by 100), since a number format can scale by 100 only by printing "%", which would read as a
 * relative change. `unknown` is a row with no indicator yet, formatted for any figure until Set up runs again.
 */
export const FIGURE_FORMATS: Record<FigureKind | 'unknown', readonly [value: string, trend: string]> = {
  share: ['0.0%', '+0.0" pp";-0.0" pp";0.0" pp"'],
  count: ['#,##0', '+#,##0.0;-#,##0.0;0.0'],
  decimal: ['#,##0.0', '+#,##0.00;-#,##0.00;0.00'],
  money: [MONEY, `+${MONEY};-${MONEY};${MONEY}`],
  unknown: ['#,##0.###', '+#,##0.###;-#,##0.###;0'],
};

/** What Set up knows of an indicator's Data rows: how many, and the Values among them. */
export interface IndicatorFigures {
  rows: number;
  values: readonly unknown[];
}

/**
 * The kind of one indicator. Rows that all lack a Value show Achieved ÷ Out of, a share whatever the unit (the
 * Trend formula applies the same rule, so a share's trend is in points exactly where its format says so). A Number
 * is a count while every Value is whole (enrolments), and has a decimal otherwise (average weeks); a Score has one.
 */
export function figureKind(unit: unknown, { rows, values }: IndicatorFigures): FigureKind {
  const named = String(unit ?? '')
    .trim()
    .toLowerCase();
  if ((rows > 0 && values.length === 0) || named === 'percent') return 'share';
  if (named === 'currency') return 'money';
  return named === 'score' || !values.every(Number.isInteger) ? 'decimal' : 'count';
}

/** Formats of the other columns (text columns keep Sheets' automatic format). */
const COLUMN_FORMATS: Partial<Record<(typeof DASHBOARD_HEADERS)[number], string>> = {
  'Latest period': 'dd/mm/yyyy',
  Progress: '0%',
  'Rate (last 12 months)': '0%',
  'Lower (95%)': '0%',
  'Upper (95%)': '0%',
  'Earned so far': MONEY,
  'Projected payment': MONEY,
};

/**
 * The number format of every Dashboard cell below the header, one row per Indicators row: `kinds[i]` is row i's
 * kind, undefined where the row has no indicator. Set up writes them in one call.
 */
export function dashboardFormats(
  kinds: readonly (FigureKind | undefined)[],
  rows = DASHBOARD_ROWS,
): string[][] {
  return Array.from({ length: rows }, (_, i) => {
    const [value, trend] = FIGURE_FORMATS[kinds[i] ?? 'unknown'];
    return DASHBOARD_HEADERS.map((h) =>
      h === 'Latest value' ? value : h === 'Trend per quarter' ? trend : (COLUMN_FORMATS[h] ?? 'General'),
    );
  });
}

export interface DashboardFormulas {
  formulas: string[][];
  statusColumn: number;
}

/** Months between period ends for each Frequency, as a formula of the frequency cell; 0 when it is blank. */
function monthsPerPeriod(frequency: string): string {
  return FREQUENCIES.reduceRight((rest, f) => `IF(${frequency}="${f}",${MONTHS_PER_PERIOD[f]},${rest})`, '0');
}

/**
 * Earned so far and Projected payment for the indicator in `id`, from the first Payments row linked to it, as
 * core's projectPayments works them out (docs/sheets-addon.md): the counts of the Data periods within the contract
 * up to `asOf`, their least-squares line read at each period end still to come before the contract ends (never
 * below zero), then IMPACT_PAYMENT with the metric's price and cap, before the contract's total cap.
 */
function paymentFormulas(
  id: string,
  ind: (header: string) => string,
  d: (header: string) => string,
  p: (header: string) => string,
  asOf: string,
): [earned: string, projected: string] {
  const at = `MATCH(${id},${p('Indicator')},0)`;
  const pick = (header: string) => `INDEX(${p(header)},${at})`;
  // Contract-wide cells are filled on one of the contract's rows; a sheet without Contract names is one contract.
  const wide = (header: string) =>
    `IF(${pick('Contract')}="",MAX(${p(header)}),MAXIFS(${p(header)},${p('Contract')},${pick('Contract')}))`;
  const start = wide('Contract start');
  const end = wide('Contract end');
  const within = `${d('Indicator')},${id},${d('Period end')},"<="&${asOf},${d('Period end')},">="&${start}`;
  const soFar = `IF(${pick('Achieved')}<>"",${pick('Achieved')},SUMIFS(${d('Achieved')},${within}))`;
  const periods = `COUNTIFS(${d('Achieved')},"<>",${within})`;
  const counted = `(${d('Indicator')}=${id})*(${d('Achieved')}<>"")*(${d('Period end')}<=${asOf})*(${d('Period end')}>=${start})`;
  const x = `FILTER(${d('Period end')},${counted})`;
  const y = `FILTER(${d('Achieved')},${counted})`;
  const last = `MAX(${x})`;
  const step = monthsPerPeriod(ind('Frequency'));
  const gaps = `SEQUENCE(${periods}-1)`;
  const gap = `MEDIAN(SMALL(${x},${gaps}+1)-SMALL(${x},${gaps}))`;
  const k = `SEQUENCE(MAX(1,ROUNDUP((${end}-${last})/IF(${step}>0,28*${step},${gap}))))`;
  const due = `IF(${step}>0,IF(DAY(${last}+1)=1,EOMONTH(${last},${k}*${step}),EDATE(${last},${k}*${step})),${last}+${k}*${gap})`;
  const line = `(AVERAGE(${y})+SLOPE(${y},${x})*(${due}-AVERAGE(${x})))`;
  const more = `IF(OR(${asOf}>=${end},${periods}<2),0,ARRAYFORMULA(SUMPRODUCT((${due}<=${end})*(${line}>0)*${line})))`;
  const pay = (achieved: string) =>
    `=IF(ISNA(${at}),"",IFERROR(IMPACT_PAYMENT(${achieved},${pick('Price')},${pick('Cap')}),""))`;
  return [pay(soFar), pay(`${soFar}+IF(${end}=0,NA(),${more})`)];
}

/** An indicator's figure for one period of the Data tab, as a formula: its Value, or else Achieved ÷ Out of. */
export function periodFigure(d: (header: string) => string, id: string, period: string): string {
  const match = `${d('Indicator')},${id},${d('Period end')},${period}`;
  return `IF(COUNTIFS(${match},${d('Value')},"<>")>0,SUMIFS(${d('Value')},${match}),SUMIFS(${d('Achieved')},${match})/SUMIFS(${d('Out of')},${match}))`;
}

/**
 * The Dashboard as formulas, one row per row of the Indicators tab: each cell is blank while its indicator row is
 * blank, so new indicators appear without rebuilding. Column references follow where the user's columns are.
 * `asOf` is the day payments are projected from: TODAY() in Sheets, a fixed day where a test or the docs need one.
 */
export function buildDashboard(
  indicators: ColumnMap,
  data: ColumnMap,
  payments: ColumnMap,
  rows = DASHBOARD_ROWS,
  asOf = 'TODAY()',
): DashboardFormulas {
  // INDEX(column, ROW()) rather than Indicators!$A5: a row inserted or deleted on the Indicators tab neither breaks
  // the Dashboard (#REF!) nor shifts a new indicator out of sight.
  const ind = (header: string) => `INDEX(${columnRef(TAB.indicators, indicators.get(header)!)},ROW())`;
  const d = (header: string) => columnRef(TAB.data, data.get(header)!);
  const p = (header: string) => columnRef(TAB.payments, payments.get(header)!);
  const formulas: string[][] = [];
  for (let i = 0; i < rows; i++) {
    const r = i + 2;
    const id = `$A${r}`;
    const period = `$C${r}`;
    const value = `$D${r}`;
    const lastYear = `${d('Indicator')},${id},${d('Period end')},">"&EDATE(${period},-12),${d('Period end')},"<="&${period}`;
    const series = `IF(${d('Value')}<>"",${d('Value')},${d('Achieved')}/${d('Out of')})`;
    // figureKind's rule: a Percent indicator, or one without any Value, is a share, whose trend is in points.
    const share = `OR(${ind('Unit')}="Percent",COUNTIFS(${d('Indicator')},${id},${d('Value')},"<>")=0)`;
    formulas.push([
      `=IF(${ind('ID')}="","",${ind('ID')})`,
      `=IF(${id}="","",${ind('Indicator')})`,
      `=IF(${id}="","",IFERROR(1/(1/MAXIFS(${d('Period end')},${d('Indicator')},${id})),""))`,
      `=IF(OR(${id}="",${period}=""),"",IFERROR(${periodFigure(d, id, period)},""))`,
      `=IF(${value}="","",IFERROR(IMPACT_PROGRESS(${ind('Baseline')},${ind('Target')},${value}),""))`,
      // The period goes in as ISO text: every engine passes text unchanged, while a date's type depends on formats.
      `=IF(${value}="","",IFERROR(IMPACT_STATUS(${ind('Baseline')},${ind('Target')},${value},${ind('Baseline date')},${ind('Target date')},TEXT(${period},"yyyy-mm-dd")),""))`,
      `=IF(${id}="","",IFERROR(IMPACT_TREND(FILTER(${series},${d('Indicator')}=${id}),FILTER(${d('Period end')},${d('Indicator')}=${id}),"quarter")*IF(${share},100,1),""))`,
      `=IF(OR(${id}="",${period}=""),"",IFERROR(IMPACT_RATE(SUMIFS(${d('Achieved')},${lastYear}),SUMIFS(${d('Out of')},${lastYear})),""))`,
      '',
      '',
      `=IF(${id}="","",IFERROR(SPARKLINE(FILTER(${series},${d('Indicator')}=${id})),""))`,
      ...paymentFormulas(id, ind, d, p, asOf),
    ]);
  }
  return { formulas, statusColumn: 6 };
}
