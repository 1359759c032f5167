import type { Finding } from '../checks/finding';
import type { Indicator, Workbook } from '../model/schema';
import { formatLongDate } from '../util/calendar';
import type { ItemRef, Locator } from './places';
import { type DataSeverity, dataFinding } from './result';

/** IDs of rows the parser could not read: references to them are not errors of their own. */
export interface Unread {
  node(id: string): boolean;
  indicator(id: string): boolean;
}

const NOTHING_UNREAD: Unread = { node: () => false, indicator: () => false };

type Report = (severity: DataSeverity, ref: ItemRef, message: string) => void;

/**
 * What no single cell can tell: duplicate IDs, references to IDs that do not exist, dates the wrong way round and
 * figures that cannot be true. Shared by the sheet parser and the JSON import so that both say the same thing.
 * Items that cannot stand (a second row with the same ID, a link to nowhere) are left out of the returned workbook,
 * and each one is reported.
 */
export function checkConsistency(
  draft: Workbook,
  locate: Locator,
  unread: Unread = NOTHING_UNREAD,
): { workbook: Workbook; findings: Finding[] } {
  const findings: Finding[] = [];
  const report: Report = (severity, ref, message) => {
    findings.push(dataFinding(severity, locate(ref), message));
  };
  const placeOf = (ref: ItemRef) => locate(ref).place;

  const nodeIndexById = new Map<string, number>();
  const nodes = draft.nodes.filter((node, index) => {
    const first = nodeIndexById.get(node.id);
    if (first !== undefined) {
      report(
        'error',
        { collection: 'nodes', index, field: 'id' },
        `ID "${node.id}" is used twice: it is also at ${placeOf({ collection: 'nodes', index: first, field: 'id' })}. Give each row its own ID.`,
      );
      return false;
    }
    nodeIndexById.set(node.id, index);
    if (node.term && node.level !== 'Outcome') {
      report(
        'warning',
        { collection: 'nodes', index, field: 'term' },
        `Term is for outcomes only, and ${node.id} is an ${node.level}; clear the Term or change the Level to Outcome.`,
      );
    }
    return true;
  });

  const links = draft.links.filter((link, index) => {
    if (!nodeIndexById.has(link.from)) {
      report(
        'error',
        { collection: 'links', index, field: 'from' },
        `"${link.from}" is not an ID in the theory of change.`,
      );
      return false;
    }
    if (!nodeIndexById.has(link.to)) {
      if (unread.node(link.to)) return false;
      report(
        'error',
        { collection: 'links', index, field: 'to' },
        `Leads to "${link.to}", but no row of the theory of change has that ID.`,
      );
      return false;
    }
    return true;
  });

  const indicatorIndexById = new Map<string, number>();
  const indicators = draft.indicators.filter((indicator, index) => {
    const at = (field: string): ItemRef => ({ collection: 'indicators', index, field });
    const first = indicatorIndexById.get(indicator.id);
    if (first !== undefined) {
      report(
        'error',
        at('id'),
        `Indicator ID "${indicator.id}" is used twice: it is also at ${placeOf({ collection: 'indicators', index: first, field: 'id' })}. Give each indicator its own ID.`,
      );
      return false;
    }
    indicatorIndexById.set(indicator.id, index);
    if (!nodeIndexById.has(indicator.outcome) && !unread.node(indicator.outcome)) {
      report(
        'error',
        at('outcome'),
        `Outcome "${indicator.outcome}" is not an ID in the theory of change; use the ID of the outcome this indicator measures.`,
      );
    }
    warnIfPercentAboveOne(indicator, indicator.baseline, at('baseline'), 'Baseline', report);
    warnIfPercentAboveOne(indicator, indicator.target, at('target'), 'Target', report);
    if (indicator.baselineDate && indicator.targetDate && indicator.targetDate <= indicator.baselineDate) {
      report(
        'error',
        at('targetDate'),
        `Target date ${formatLongDate(indicator.targetDate)} is not after the baseline date ${formatLongDate(indicator.baselineDate)}.`,
      );
    }
    if (indicator.baseline !== undefined && indicator.target !== undefined) {
      const wrongWay =
        (indicator.direction === 'Increase' && indicator.target < indicator.baseline) ||
        (indicator.direction === 'Decrease' && indicator.target > indicator.baseline);
      if (wrongWay) {
        report(
          'warning',
          at('direction'),
          `Direction is ${indicator.direction}, but the target (${indicator.target}) is ${indicator.target < indicator.baseline ? 'below' : 'above'} the baseline (${indicator.baseline}); check the Direction, Baseline and Target.`,
        );
      }
    }
    return true;
  });

  const indicatorById = new Map(indicators.map((i) => [i.id, i]));
  const periodSeen = new Map<string, Map<string, number>>();
  const measurements = draft.measurements.filter((m, index) => {
    const at = (field: string): ItemRef => ({ collection: 'measurements', index, field });
    const indicator = indicatorById.get(m.indicator);
    if (!indicator && !unread.indicator(m.indicator)) {
      report(
        'error',
        at('indicator'),
        `Indicator "${m.indicator}" is not an ID on the Indicators tab; add the indicator there or correct the ID.`,
      );
    }
    let periods = periodSeen.get(m.indicator);
    if (!periods) {
      periods = new Map();
      periodSeen.set(m.indicator, periods);
    }
    const first = periods.get(m.periodEnd);
    if (first !== undefined) {
      report(
        'error',
        at('periodEnd'),
        `${m.indicator} already has a value for the period ending ${formatLongDate(m.periodEnd)}, at ${placeOf({ collection: 'measurements', index: first, field: 'periodEnd' })}; keep one row per indicator and period.`,
      );
      return false;
    }
    periods.set(m.periodEnd, index);
    const hasCount = m.achieved !== undefined || m.outOf !== undefined;
    if (m.value === undefined && !hasCount) {
      report(
        'error',
        at('value'),
        'There is no Value, and no Achieved and Out of: enter the figure for this period.',
      );
    }
    if (m.achieved !== undefined && m.outOf === undefined) {
      report(
        'error',
        at('outOf'),
        `Achieved is ${m.achieved} but Out of is blank: enter how many could have achieved it.`,
      );
    } else if (m.outOf !== undefined && m.achieved === undefined) {
      report(
        'error',
        at('achieved'),
        `Out of is ${m.outOf} but Achieved is blank: enter how many achieved it.`,
      );
    } else if (m.achieved !== undefined && m.outOf !== undefined) {
      if (m.outOf === 0) {
        report(
          'error',
          at('outOf'),
          'Out of is 0: there is no rate to compute. Leave Achieved and Out of blank instead.',
        );
      } else if (m.achieved > m.outOf) {
        report('error', at('achieved'), `Achieved (${m.achieved}) is more than Out of (${m.outOf}).`);
      }
    }
    if (indicator) warnIfPercentAboveOne(indicator, m.value, at('value'), 'Value', report);
    return true;
  });

  const contractNames = new Map<string, number>();
  const contracts = draft.contracts.filter((contract, index) => {
    const first = contractNames.get(contract.name);
    if (first !== undefined) {
      report(
        'error',
        { collection: 'contracts', index, field: 'name' },
        `Contract "${contract.name}" is listed twice: it is also at ${placeOf({ collection: 'contracts', index: first, field: 'name' })}.`,
      );
      return false;
    }
    contractNames.set(contract.name, index);
    if (contract.start && contract.end && contract.end <= contract.start) {
      report(
        'error',
        { collection: 'contracts', index, field: 'end' },
        `Contract end ${formatLongDate(contract.end)} is not after its start ${formatLongDate(contract.start)}.`,
      );
    }
    contract.metrics.forEach((metric, m) => {
      const id = metric.indicator;
      if (id !== undefined && !indicatorIndexById.has(id) && !unread.indicator(id)) {
        report(
          'error',
          { collection: 'contracts', index, metric: m, field: 'indicator' },
          `Indicator "${metric.indicator}" is not an ID on the Indicators tab; leave it blank or use an existing ID.`,
        );
      }
    });
    return true;
  });

  return { workbook: { ...draft, nodes, links, indicators, measurements, contracts }, findings };
}

function warnIfPercentAboveOne(
  indicator: Indicator,
  value: number | undefined,
  ref: ItemRef,
  label: string,
  report: Report,
): void {
  if (indicator.unit !== 'Percent' || value === undefined || value <= 1) return;
  report(
    'warning',
    ref,
    `${label} is ${value}, which is ${value * 100}% for a Percent indicator; Sheets stores 62% as 0.62. If you meant ${value}%, enter ${value}% or ${value / 100}.`,
  );
}
