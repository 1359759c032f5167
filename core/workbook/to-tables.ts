import type { Workbook } from '../model/schema';
import { type CalendarDays, type Cell, LOCAL_DAYS } from './cells';
import {
  type ColumnSpec,
  DATA_COLUMNS,
  type DataTab,
  INDICATOR_COLUMNS,
  PAYMENT_COLUMNS,
  TAB,
  TOC_COLUMNS,
} from './tabs';

const blankIfMissing = (value: string | number | undefined): Cell => value ?? '';

function table<K extends string>(specs: ColumnSpec<K>[], rows: Record<K, Cell>[]): Cell[][] {
  return [specs.map((s) => s.header), ...rows.map((row) => specs.map((s) => row[s.key]))];
}

/**
 * The tabs of a workbook as `setValues()` takes them: the exact inverse of `fromTables` (dates as `Date`s for the
 * start of their day in `days`' calendar, blanks as ""). The Payment column is left blank for the add-on to fill
 * with its formula.
 */
export function toTables(workbook: Workbook, days: CalendarDays = LOCAL_DAYS): Record<DataTab, Cell[][]> {
  const date = (iso: string | undefined): Cell => (iso === undefined ? '' : days.dateOf(iso));
  const leadsTo = new Map<string, string[]>();
  for (const link of workbook.links) {
    const list = leadsTo.get(link.from) ?? [];
    list.push(link.to);
    leadsTo.set(link.from, list);
  }
  const toc = table(
    TOC_COLUMNS,
    workbook.nodes.map((n) => ({
      id: n.id,
      level: n.level,
      term: blankIfMissing(n.term),
      statement: n.statement,
      leadsTo: (leadsTo.get(n.id) ?? []).join(', '),
      assumptions: blankIfMissing(n.assumptions),
    })),
  );
  const indicators = table(
    INDICATOR_COLUMNS,
    workbook.indicators.map((i) => ({
      id: i.id,
      outcome: i.outcome,
      name: i.name,
      unit: i.unit,
      direction: i.direction,
      baseline: blankIfMissing(i.baseline),
      baselineDate: date(i.baselineDate),
      target: blankIfMissing(i.target),
      targetDate: date(i.targetDate),
      source: blankIfMissing(i.source),
      frequency: blankIfMissing(i.frequency),
      owner: blankIfMissing(i.owner),
    })),
  );
  const data = table(
    DATA_COLUMNS,
    workbook.measurements.map((m) => ({
      indicator: m.indicator,
      periodEnd: date(m.periodEnd),
      value: blankIfMissing(m.value),
      achieved: blankIfMissing(m.achieved),
      outOf: blankIfMissing(m.outOf),
      note: blankIfMissing(m.note),
    })),
  );
  const payments = table(
    PAYMENT_COLUMNS,
    workbook.contracts.flatMap((c) =>
      c.metrics.map((m, i) => ({
        metric: m.metric,
        indicator: blankIfMissing(m.indicator),
        price: m.price,
        cap: blankIfMissing(m.cap),
        achieved: blankIfMissing(m.achieved),
        payment: '',
        contract: c.name,
        start: i === 0 ? date(c.start) : '',
        end: i === 0 ? date(c.end) : '',
        totalCap: i === 0 ? blankIfMissing(c.totalCap) : '',
      })),
    ),
  );
  return { [TAB.toc]: toc, [TAB.indicators]: indicators, [TAB.data]: data, [TAB.payments]: payments };
}
