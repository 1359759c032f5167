import { columnLetters } from '../../core/workbook/places';
import { TAB } from '../../core/workbook/tabs';
import { type FigureKind, periodFigure } from './dashboard';
import { type ColumnMap, columnRef } from './layout';

/** An indicator Set up draws a chart for. */
export interface ChartedIndicator {
  id: string;
  name: string;
  kind: FigureKind;
}

/** Rows of periods each chart has room for, its baseline and target days included. */
export const CHART_ROWS = 62;
export const CHART_TABLE_HEADERS = ['Period end', 'Actual', 'Straight line to target'] as const;
export const CHART_TABLE_WIDTH = CHART_TABLE_HEADERS.length;
/** A chart's place in the grid at the top of the tab: two a row, each this many rows tall and columns wide. */
const CHART_HEIGHT = 20;
const CHART_WIDTH = 7;

/** Where chart `i` goes: its top row and left column. */
export function chartPosition(i: number): [row: number, column: number] {
  return [2 + Math.floor(i / 2) * CHART_HEIGHT, 1 + (i % 2) * CHART_WIDTH];
}
export const CHARTS_NOTE =
  'Set up rebuilds this tab, charts and table, from the Indicators and Data tabs: make your own charts on another tab.';

/** Where the helper table starts: below the charts. */
export function chartTableRow(count: number): number {
  return 3 + Math.ceil(count / 2) * CHART_HEIGHT;
}

/** A day later than any period (999999 is in the year 4637): what MIN sees for a candidate that is not there. */
const NEVER = '999999';

const quoted = (text: string) => `"${text.replace(/"/g, '""')}"`;

/**
 * The helper table the charts read: for each indicator, three columns of CHART_ROWS rows under their headers. The
 * first lists the indicator's baseline day, period ends and target day in order, each row the next day after the
 * one above (a fixed-size formula per row, rather than a spill that a cell in the way would break); the second is
 * the Dashboard's figure for each period (Value, or Achieved ÷ Out of); the third is the straight line from
 * baseline to target, only between their days. Each block names its indicator by ID, so it follows the indicator
 * wherever its row goes.
 */
export function buildChartTable(
  indicators: ColumnMap,
  data: ColumnMap,
  charted: readonly ChartedIndicator[],
  top: number,
): string[][] {
  const ind = (header: string) => columnRef(TAB.indicators, indicators.get(header)!);
  const d = (header: string) => columnRef(TAB.data, data.get(header)!);
  const rows: string[][] = [charted.flatMap(() => [...CHART_TABLE_HEADERS])];
  for (let k = 1; k <= CHART_ROWS; k++) rows.push([]);
  charted.forEach(({ id: text }, i) => {
    const id = quoted(text);
    const of = (header: string) => `INDEX(${ind(header)},MATCH(${id},${ind('ID')},0))`;
    const [base, target] = [of('Baseline'), of('Target')];
    const [baseDay, targetDay] = [of('Baseline date'), of('Target date')];
    const letters = columnLetters(i * CHART_TABLE_WIDTH + 1);
    for (let k = 1; k <= CHART_ROWS; k++) {
      const x = `${letters}${top + k}`;
      const prev = k === 1 ? '0' : `${letters}${top + k - 1}`;
      const after = (day: string) => `IF(N(${day})>${prev},${day},${NEVER})`;
      const nextPeriod = `MINIFS(${d('Period end')},${d('Indicator')},${id},${d('Period end')},">"&${prev})`;
      const next = `MIN(IF(${nextPeriod}>0,${nextPeriod},${NEVER}),${after(baseDay)},${after(targetDay)})`;
      rows[k]!.push(
        `=IF(${prev}="","",IF(${next}<${NEVER},${next},""))`,
        `=IF(${x}="","",IFERROR(${periodFigure(d, id, x)},""))`,
        `=IF(OR(${x}="",${base}="",${target}="",${baseDay}="",${targetDay}=""),"",IF(OR(${x}<${baseDay},${x}>${targetDay}),"",${base}+(${target}-${base})*(${x}-${baseDay})/(${targetDay}-${baseDay})))`,
      );
    }
  });
  return rows;
}
