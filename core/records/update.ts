import type { Finding } from '../checks/finding';
import type { Indicator } from '../model/schema';
import type { CalendarDays, Cell, DateOrder } from '../workbook/cells';
import { MAX_PROBLEMS_SHOWN, withRestCounted } from '../workbook/result';
import { type CompiledSource, compileSource } from './compile';
import { computeSource, type SourceResult } from './compute';
import { type ComputedRow, type DataPlan, planDataUpdate } from './data-plan';
import { type ReadSources, recordsFinding } from './source';
import { type HeadedTable, openTable } from './table';

/**
 * The tab a Sources row names, among the spreadsheet's: its exact name, or else the one name that differs only in
 * case and spacing ("records" for Records).
 */
export function resolveTab(written: string, sheetNames: readonly string[]): string | undefined {
  const exact = sheetNames.find((name) => name === written);
  if (exact !== undefined) return exact;
  const loose = (name: string) => name.trim().toLowerCase().replace(/\s+/g, ' ');
  const matches = sheetNames.filter((name) => loose(name) === loose(written));
  return matches.length === 1 ? matches[0] : undefined;
}

/** The records tabs the Sources rows name, each once: what the add-on reads, one `getValues()` a tab. */
export function tabsToRead(sources: ReadSources, sheetNames: readonly string[]): string[] {
  const tabs = new Set<string>();
  for (const { definition } of sources.rows) {
    const tab = resolveTab(definition.tab, sheetNames);
    if (tab !== undefined) tabs.add(tab);
  }
  return [...tabs];
}

export interface UpdatePlan {
  asOf: string;
  results: SourceResult[];
  data: DataPlan;
  /** The Sources tab's and the records' problems, each once: the first hundred, then a line counting the rest. */
  problems: Finding[];
  problemCount: number;
}

/** The same cell read for two Sources rows is one problem. */
function once(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.place}\u0000${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export interface ComputeInput {
  sources: ReadSources;
  indicators: readonly Indicator[];
  /** Each records tab read, by its name as the spreadsheet spells it. */
  tables: ReadonlyMap<string, Cell[][]>;
  asOf: string;
  days: CalendarDays;
  dateOrder: DateOrder;
}

export interface Computed {
  results: SourceResult[];
  /** Indicators whose Sources row has a problem, so that nothing was computed for them. */
  skipped: Set<string>;
  /** The Sources tab's and the records' problems, in the order found. */
  problems: Finding[];
}

/** Every Sources row compiled against its indicator and records tab, and its periods computed. */
export function computeAll(input: ComputeInput): Computed {
  const problems: Finding[] = [...input.sources.problems];
  const indicators = new Map(input.indicators.map((i) => [i.id, i]));
  const sheetNames = [...input.tables.keys()];
  const opened = new Map<string, HeadedTable>();
  const tableOf = (written: string) => {
    const name = resolveTab(written, sheetNames);
    if (name === undefined) return undefined;
    let table = opened.get(name);
    if (!table) {
      table = openTable(name, input.tables.get(name));
      opened.set(name, table);
    }
    return table;
  };

  const compiled: CompiledSource[] = [];
  const skipped = new Set<string>();
  const computedBy = new Map<string, number>();
  for (const source of input.sources.rows) {
    const { indicator } = source.definition;
    const earlier = computedBy.get(indicator);
    if (earlier !== undefined) {
      problems.push(
        recordsFinding(
          source.cellOf('indicator'),
          `${indicator} is already computed by Sources row ${earlier}; keep one row per indicator.`,
        ),
      );
      continue;
    }
    computedBy.set(indicator, source.row);
    const result = compileSource(source, { indicators, tableOf, dateOrder: input.dateOrder });
    if (result.ok) compiled.push(result.source);
    else {
      skipped.add(indicator);
      problems.push(...result.problems);
    }
  }
  const options = { asOf: input.asOf, days: input.days, dateOrder: input.dateOrder };
  const results = compiled.map((source) => computeSource(source, options));
  for (const r of results) problems.push(...r.problems);
  return { results, skipped, problems };
}

export interface UpdateInput extends ComputeInput {
  data: Cell[][] | undefined;
  dataFormulas?: string[][];
}

/**
 * Update data from records, as pure planning: the figures computed, and the Data rows they make placed on the Data
 * tab. The add-on reads the tables before and writes the plan after; nothing here touches a spreadsheet.
 */
export function planUpdate(input: UpdateInput): UpdatePlan {
  const { results, skipped, problems } = computeAll(input);
  const rows: ComputedRow[] = results.flatMap((r) =>
    r.periods.map((p) => ({
      indicator: r.indicator,
      periodEnd: p.periodEnd,
      figure: p.figure,
      sourceRow: r.row,
    })),
  );
  const data = planDataUpdate({
    data: input.data,
    ...(input.dataFormulas ? { formulas: input.dataFormulas } : {}),
    rows,
    computed: new Set(results.map((r) => r.indicator)),
    skipped,
    days: input.days,
    dateOrder: input.dateOrder,
  });
  const all = once([...problems, ...data.problems]);
  const shown =
    all.length > MAX_PROBLEMS_SHOWN + 1
      ? withRestCounted(all.slice(0, MAX_PROBLEMS_SHOWN), all.length - MAX_PROBLEMS_SHOWN)
      : all;
  return { asOf: input.asOf, results, data, problems: shown, problemCount: all.length };
}
