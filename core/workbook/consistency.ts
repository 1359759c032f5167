import type { Finding } from '../checks/finding';
import type { Contract, Indicator, Link, Measurement, TocNode, Workbook } from '../model/schema';
import { formatLongDate } from '../util/calendar';
import type { Collection, ItemRef, Locator } from './places';
import { dataFinding, short } from './result';

/** IDs of rows the parser could not read: references to them are not errors of their own. */
export interface Unread {
  node(id: string): boolean;
  indicator(id: string): boolean;
}

const NOTHING_UNREAD: Unread = { node: () => false, indicator: () => false };

type Report = (ref: ItemRef, message: string) => void;

interface Reading {
  report: Report;
  placeOf(ref: ItemRef): string;
  unread: Unread;
}

/**
 * What no single cell can tell, and what the data cannot be read past: duplicate IDs, references to IDs that do not
 * exist, dates the wrong way round and counts that cannot be true. Shared by the sheet parser and the JSON import so
 * that both say the same thing. Items that cannot stand (a second row with the same ID, a link to nowhere) are left
 * out of the returned workbook, each reported; the returned locator places the items that remain where they came
 * from. Judgements about data that can be read (a Term on an activity, 62 for 62%) are workbook rules, not here.
 */
export function checkConsistency(
  draft: Workbook,
  locate: Locator,
  unread: Unread = NOTHING_UNREAD,
): { workbook: Workbook; findings: Finding[]; locate: Locator } {
  const findings: Finding[] = [];
  const reading: Reading = {
    report: (ref, message) => findings.push(dataFinding(locate(ref), message)),
    placeOf: (ref) => locate(ref).place,
    unread,
  };
  const nodes = keepNodes(draft.nodes, reading);
  const nodeIds = new Set(nodes.items.map((n) => n.id));
  const links = keepLinks(draft.links, nodeIds, reading);
  const indicators = keepIndicators(draft.indicators, nodeIds, reading);
  const indicatorIds = new Set(indicators.items.map((i) => i.id));
  const measurements = keepMeasurements(draft.measurements, indicatorIds, reading);
  const contracts = keepContracts(draft.contracts, indicatorIds, reading);
  const kept: Record<Collection, readonly number[]> = {
    nodes: nodes.from,
    links: links.from,
    indicators: indicators.from,
    measurements: measurements.from,
    contracts: contracts.from,
  };
  return {
    workbook: {
      ...draft,
      nodes: nodes.items,
      links: links.items,
      indicators: indicators.items,
      measurements: measurements.items,
      contracts: contracts.items,
    },
    findings,
    locate: (ref) => locate({ ...ref, index: kept[ref.collection][ref.index] ?? ref.index }),
  };
}

/** The items kept, and the index in the draft each came from; none when every item is kept, each at its own index. */
interface Kept<T> {
  items: T[];
  from: number[];
}

/**
 * The items that stand, `stands` asked of each in order. Most drafts keep every item, and a copy of the draft is
 * then quicker than pushing each item and its index: building those two arrays was a tenth of reading 10,000 Data
 * rows.
 */
function keep<T>(draft: readonly T[], stands: (item: T, index: number) => boolean): Kept<T> {
  for (let index = 0; index < draft.length; index++) {
    if (!stands(draft[index]!, index)) return keepAfter(draft, index, stands);
  }
  return { items: draft.slice(), from: [] };
}

/** keep, once the item at `left` is left out. */
function keepAfter<T>(
  draft: readonly T[],
  left: number,
  stands: (item: T, index: number) => boolean,
): Kept<T> {
  const items = draft.slice(0, left);
  const from = items.map((_, index) => index);
  for (let index = left + 1; index < draft.length; index++) {
    const item = draft[index]!;
    if (!stands(item, index)) continue;
    items.push(item);
    from.push(index);
  }
  return { items, from };
}

/** Whether `key` is seen for the first time; if not, reports the place it was first seen. */
function firstOf(seen: Map<string, number>, key: string, index: number): number | undefined {
  const first = seen.get(key);
  if (first === undefined) seen.set(key, index);
  return first;
}

/** An indicator ID that measurements name: whether it may be measured, and its first measurement of each period. */
interface Measured {
  known: boolean;
  /** The index of its first measurement by period number, dense where indicators share their periods. */
  firsts: number[];
}

/**
 * firstOf for one row per indicator and period, and each indicator's check made once. Each period end is numbered
 * once, and each indicator keeps its first index by period number in an array. One map of keys joined into a new
 * string per measurement made reading 10,000 Data rows a quarter slower; a map per indicator keyed by period end,
 * growing to as many entries as its rows, a sixth slower. The last period end is asked first, as rows of one period
 * are usually together.
 */
class PeriodsSeen {
  /** Each period end, numbered in the order first seen. */
  private readonly periodNumbers = new Map<string, number>();
  private lastPeriodEnd: string | undefined;
  private lastPeriod = 0;
  private readonly measured = new Map<string, Measured>();

  constructor(private readonly isKnown: (indicator: string) => boolean) {}

  indicator(id: string): Measured {
    let measured = this.measured.get(id);
    if (measured === undefined) {
      measured = { known: this.isKnown(id), firsts: [] };
      this.measured.set(id, measured);
    }
    return measured;
  }

  firstOf({ firsts }: Measured, periodEnd: string, index: number): number | undefined {
    const period = this.numberOf(periodEnd);
    const first = firsts[period];
    if (first === undefined) firsts[period] = index;
    return first;
  }

  private numberOf(periodEnd: string): number {
    if (periodEnd === this.lastPeriodEnd) return this.lastPeriod;
    let period = this.periodNumbers.get(periodEnd);
    if (period === undefined) {
      period = this.periodNumbers.size;
      this.periodNumbers.set(periodEnd, period);
    }
    this.lastPeriodEnd = periodEnd;
    this.lastPeriod = period;
    return period;
  }
}

function keepNodes(draft: readonly TocNode[], { report, placeOf }: Reading): Kept<TocNode> {
  const seen = new Map<string, number>();
  return keep(draft, (node, index) => {
    const first = firstOf(seen, node.id, index);
    if (first === undefined) return true;
    report(
      { collection: 'nodes', index, field: 'id' },
      `ID "${short(node.id)}" is used twice: it is also at ${placeOf({ collection: 'nodes', index: first, field: 'id' })}. Give each row its own ID.`,
    );
    return false;
  });
}

function keepLinks(
  draft: readonly Link[],
  nodeIds: ReadonlySet<string>,
  { report, unread }: Reading,
): Kept<Link> {
  return keep(draft, (link, index) => {
    if (!nodeIds.has(link.from)) {
      report(
        { collection: 'links', index, field: 'from' },
        `"${short(link.from)}" is not an ID in the theory of change.`,
      );
      return false;
    }
    if (nodeIds.has(link.to)) return true;
    if (!unread.node(link.to)) {
      report(
        { collection: 'links', index, field: 'to' },
        `Leads to "${short(link.to)}", but no row of the theory of change has that ID.`,
      );
    }
    return false;
  });
}

function keepIndicators(
  draft: readonly Indicator[],
  nodeIds: ReadonlySet<string>,
  { report, placeOf, unread }: Reading,
): Kept<Indicator> {
  const seen = new Map<string, number>();
  return keep(draft, (indicator, index) => {
    const at = (field: string): ItemRef => ({ collection: 'indicators', index, field });
    const first = firstOf(seen, indicator.id, index);
    if (first !== undefined) {
      report(
        at('id'),
        `Indicator ID "${short(indicator.id)}" is used twice: it is also at ${placeOf({ collection: 'indicators', index: first, field: 'id' })}. Give each indicator its own ID.`,
      );
      return false;
    }
    if (!nodeIds.has(indicator.outcome) && !unread.node(indicator.outcome)) {
      report(
        at('outcome'),
        `Outcome "${short(indicator.outcome)}" is not an ID in the theory of change; use the ID of the outcome this indicator measures.`,
      );
    }
    if (indicator.baselineDate && indicator.targetDate && indicator.targetDate <= indicator.baselineDate) {
      report(
        at('targetDate'),
        `Target date ${formatLongDate(indicator.targetDate)} is not after the baseline date ${formatLongDate(indicator.baselineDate)}.`,
      );
    }
    return true;
  });
}

/**
 * A field of the measurement at `index`, made only when a problem is told. A closure made for each measurement
 * (each one also named, where tsx runs the code as the benchmark does) made reading 10,000 Data rows 2.3 times as slow.
 */
function measurementField(index: number, field: string): ItemRef {
  return { collection: 'measurements', index, field };
}

function keepMeasurements(
  draft: readonly Measurement[],
  indicatorIds: ReadonlySet<string>,
  { report, placeOf, unread }: Reading,
): Kept<Measurement> {
  const seen = new PeriodsSeen((id) => indicatorIds.has(id) || unread.indicator(id));
  return keep(draft, (m, index) => {
    const indicator = seen.indicator(m.indicator);
    if (!indicator.known) {
      report(
        measurementField(index, 'indicator'),
        `Indicator "${short(m.indicator)}" is not an ID on the Indicators tab; add the indicator there or correct the ID.`,
      );
    }
    const first = seen.firstOf(indicator, m.periodEnd, index);
    if (first !== undefined) {
      report(
        measurementField(index, 'periodEnd'),
        `${short(m.indicator)} already has a value for the period ending ${formatLongDate(m.periodEnd)}, at ${placeOf({ collection: 'measurements', index: first, field: 'periodEnd' })}; keep one row per indicator and period.`,
      );
      return false;
    }
    reportImpossibleCounts(m, index, report);
    return true;
  });
}

function reportImpossibleCounts(m: Measurement, index: number, report: Report): void {
  if (m.value === undefined && m.achieved === undefined && m.outOf === undefined) {
    report(
      measurementField(index, 'value'),
      'There is no Value, and no Achieved and Out of: enter the figure for this period.',
    );
  }
  if (m.achieved !== undefined && m.outOf === undefined) {
    report(
      measurementField(index, 'outOf'),
      `Achieved is ${m.achieved} but Out of is blank: enter how many could have achieved it.`,
    );
  } else if (m.outOf !== undefined && m.achieved === undefined) {
    report(
      measurementField(index, 'achieved'),
      `Out of is ${m.outOf} but Achieved is blank: enter how many achieved it.`,
    );
  } else if (m.achieved !== undefined && m.outOf !== undefined) {
    if (m.outOf === 0) {
      report(
        measurementField(index, 'outOf'),
        'Out of is 0: there is no rate to compute. Leave Achieved and Out of blank instead.',
      );
    } else if (m.achieved > m.outOf) {
      report(
        measurementField(index, 'achieved'),
        `Achieved (${m.achieved}) is more than Out of (${m.outOf}).`,
      );
    }
  }
}

function keepContracts(
  draft: readonly Contract[],
  indicatorIds: ReadonlySet<string>,
  { report, placeOf, unread }: Reading,
): Kept<Contract> {
  const seen = new Map<string, number>();
  return keep(draft, (contract, index) => {
    const first = firstOf(seen, contract.name, index);
    if (first !== undefined) {
      report(
        { collection: 'contracts', index, field: 'name' },
        `Contract "${short(contract.name)}" is listed twice: it is also at ${placeOf({ collection: 'contracts', index: first, field: 'name' })}.`,
      );
      return false;
    }
    if (contract.start && contract.end && contract.end <= contract.start) {
      report(
        { collection: 'contracts', index, field: 'end' },
        `Contract end ${formatLongDate(contract.end)} is not after its start ${formatLongDate(contract.start)}.`,
      );
    }
    contract.metrics.forEach((metric, m) => {
      const id = metric.indicator;
      if (id !== undefined && !indicatorIds.has(id) && !unread.indicator(id)) {
        report(
          { collection: 'contracts', index, metric: m, field: 'indicator' },
          `Indicator "${short(id)}" is not an ID on the Indicators tab; leave it blank or use an existing ID.`,
        );
      }
    });
    return true;
  });
}
