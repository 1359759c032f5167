// The M&E plan and cost sidebar's own code, bundled into Cost.html by build.ts (<!-- script: … -->), never into
// Code.js: the server only reads the tabs (cost.ts), and the page costs the plan with core. It gives the page text to
// show, so that the page's script only places it.
import { formatFinding } from '../../core/checks/finding';
import { costsTemplate, readCostsTable } from '../../core/costing/costs-table';
import { grantCost } from '../../core/costing/grants';
import { DEFAULT_COSTS, meBudgetLine, meJustification, mePlanCost } from '../../core/costing/plan';
import { COSTS_TAB } from '../../core/costing/tab';
import { FUNDERS_TAB, readFunders } from '../../core/funders/read';
import { formatFigure, formatMoney } from '../../core/measures/format';
import { type Cell, LOCAL_DAYS } from '../../core/workbook/cells';
import { readSentWorkbook, type SentCell, type SentWorkbook } from './sent-workbook';

/** What the server sends: the workbook's tabs, and the M&E costs and Funders tabs where they are. */
export interface CostInput extends SentWorkbook {
  extra: Record<string, SentCell[][]>;
}

export interface CostRow {
  id: string;
  name: string;
  method: string;
  frequency: string;
  owner: string;
  hours: string;
  money: string;
}

export interface CostView {
  /** Shown instead of the plan: the workbook has no indicators. */
  message: string;
  subtitle: string;
  rows: CostRow[];
  totals: { label: string; value: string }[];
  /** Per grant on the Funders tab; empty when there is none. */
  grants: { name: string; perYear: string; perGrant: string }[];
  budgetLine: string;
  justification: string;
  /** No M&E costs tab yet: the page offers to add one, with these rows. */
  template?: (string | number)[][];
  /** Cells that could not be read, and indicators that could not be costed. */
  notes: string[];
}

const CONTEXT = { dateOrder: 'dmy', days: LOCAL_DAYS } as const;

function receivedCell(cell: SentCell): Cell {
  if (typeof cell !== 'object') return cell;
  return 'day' in cell ? LOCAL_DAYS.dateOf(cell.day) : new Date(cell.time);
}

const received = (table: SentCell[][] | undefined) => table?.map((row) => row.map(receivedCell));
const hours = (n: number) => `${formatFigure(n, Number.isInteger(n) ? 0 : 1)} h`;

/** The plan costed from what the server sent: the same calls core's tests make. */
export function costView(input: CostInput): CostView {
  const parsed = readSentWorkbook(input);
  const { workbook } = parsed;
  const costsTable = received(input.extra[COSTS_TAB]);
  const read = readCostsTable(costsTable ?? []);
  const cost = mePlanCost(workbook, read.costs);
  const money = (n: number) => formatMoney(n, cost.currency);
  const funders = readFunders(received(input.extra[FUNDERS_TAB]), {
    ...CONTEXT,
    indicatorIds: new Set(workbook.indicators.map((i) => i.id)),
  });
  const grants = funders.funders.map((f) =>
    grantCost(cost, {
      name: f.grant ? `${f.name}: ${f.grant}` : f.name,
      ...(f.periodStart ? { periodStart: f.periodStart } : {}),
      ...(f.periodEnd ? { periodEnd: f.periodEnd } : {}),
      indicators: f.outcomes.flatMap((o) => o.indicators),
    }),
  );
  const notCosted = cost.notCosted.map(
    (id) =>
      `${id} is not costed: its Source names no method. Add a row "Method of ${id}" on the ${COSTS_TAB} tab.`,
  );
  return {
    message: workbook.indicators.length === 0 ? 'No indicators to cost: add them on the Indicators tab.' : '',
    subtitle: `${workbook.organisation.name}: ${costsTable ? `unit costs from the ${COSTS_TAB} tab` : 'default unit costs'}.`,
    rows: cost.indicators.map((i) => ({
      id: i.indicatorId,
      name: i.name,
      method: i.method ?? 'not costed',
      frequency: i.frequency ? `${i.frequency} (${i.collectionsPerYear})` : 'not given (1)',
      owner: i.owner ?? '—',
      hours: hours(i.hoursPerYear),
      money: money(i.staffCostPerYear),
    })),
    totals: [
      {
        label: 'Staff time',
        value: `${hours(cost.hoursPerYear)} a year at ${money(cost.staffHour)}: ${money(cost.staffCostPerYear)}`,
      },
      ...(cost.surveyLicence > 0
        ? [{ label: 'Survey licence', value: `${money(cost.surveyLicence)} a year` }]
        : []),
      ...(cost.externalEvaluation > 0
        ? [{ label: 'External evaluation', value: `${money(cost.externalEvaluation)} a year` }]
        : []),
      { label: 'Total', value: `${money(cost.totalPerYear)} a year` },
    ],
    grants: grants.map((g) => ({
      name: g.name,
      perYear: money(g.perYear),
      perGrant:
        g.perGrant === undefined
          ? 'no period given'
          : `${money(g.perGrant)} over ${formatFigure(g.years!, 1)} years`,
    })),
    budgetLine: meBudgetLine(cost),
    justification: meJustification(cost, workbook),
    ...(costsTable ? {} : { template: costsTemplate(DEFAULT_COSTS) }),
    notes: [
      ...notCosted,
      ...read.problems,
      ...[...parsed.problems, ...funders.problems].slice(0, 5).map(formatFinding),
    ],
  };
}

Object.assign(globalThis, { ImpactLensCost: { view: costView } });
