import type { Finding } from '../checks/finding';
import type { Frequency, Indicator } from '../model/schema';
import type { DateOrder } from '../workbook/cells';
import { normaliseHeader, SOURCE_COLUMNS } from '../workbook/tabs';
import { type Condition, parseCondition } from './condition';
import type { CountKind } from './kinds';
import { quote } from './parsed';
import { recordsFinding, type SourceRow } from './source';
import { columnIndex, type HeadedTable, listHeaders } from './table';
import { parseValue, splitSpan } from './value';
import { type FollowUpWindow, parseWindow } from './window';

/** A condition whose column is found: `subject` is the column it reads, or the row's Value. */
export interface CompiledCondition {
  condition: Condition;
  subject: number | 'value';
}

export type CompiledValue = { when?: CompiledCondition; name: string } & (
  | { type: 'column'; index: number }
  | { type: 'between'; unit: 'days' | 'weeks'; from: number; to: number }
);

/** A Sources row joined to its indicator and its records tab: every name in it is a column that is there. */
export interface CompiledSource {
  row: number;
  indicator: string;
  frequency: Frequency;
  baselineDate?: string;
  kind: CountKind;
  table: HeadedTable;
  idIndex?: number;
  dateIndex: number;
  window?: FollowUpWindow;
  value?: CompiledValue;
  later?: CompiledValue;
  eligible?: CompiledCondition;
  condition?: CompiledCondition;
  breakdowns: { name: string; index: number }[];
  lastPeriod?: string;
}

export interface CompileContext {
  indicators: ReadonlyMap<string, Indicator>;
  /** The records tab a Sources row names, read by its headers; undefined when there is no such tab. */
  tableOf(tab: string): HeadedTable | undefined;
  dateOrder: DateOrder;
}

export type Compiled = { ok: true; source: CompiledSource } | { ok: false; problems: Finding[] };

type Key = (typeof SOURCE_COLUMNS)[number]['key'];

const HEADER_OF = new Map<string, string>(SOURCE_COLUMNS.map((c) => [c.key, c.header]));

/** "Eligible if must name…" reads on from the header; a quoted refusal is set off with a colon. */
function worded(key: Key, fault: string): string {
  const header = HEADER_OF.get(key)!;
  return `${fault.startsWith('must') ? `${header} ${fault}` : `${header}: ${fault}`}.`;
}

/** Resolves the names in one Sources row against its records tab; each that does not resolve is a problem. */
class Resolver {
  readonly problems: Finding[] = [];

  constructor(
    private readonly source: SourceRow,
    private readonly table: HeadedTable,
    private readonly dateOrder: DateOrder,
  ) {}

  report(key: Key, message: string): undefined {
    this.problems.push(recordsFinding(this.source.cellOf(key), message));
    return undefined;
  }

  column(key: Key, name: string): number | undefined {
    const index = columnIndex(this.table, name);
    if (index !== undefined) return index;
    return this.report(
      key,
      `${HEADER_OF.get(key)} names ${quote(name)}, which is not a column of ${this.table.tab} (its columns: ${listHeaders(this.table)}).`,
    );
  }

  condition(key: Key, text: string, needsColumn: boolean): CompiledCondition | undefined {
    const read = parseCondition(text, this.dateOrder);
    if (!read.ok) return this.report(key, worded(key, read.fault));
    const named = read.value.column;
    if (named !== undefined) {
      const index = this.column(key, named);
      return index === undefined ? undefined : { condition: read.value, subject: index };
    }
    if (!needsColumn) return { condition: read.value, subject: 'value' };
    return this.report(
      key,
      worded(key, `must name the column it tests, as in "Completed = Yes"; found ${quote(text)}`),
    );
  }

  value(key: Key, text: string): CompiledValue | undefined {
    const read = parseValue(text, this.dateOrder);
    if (!read.ok) return this.report(key, worded(key, read.fault));
    const expression = read.value;
    let when: CompiledCondition | undefined;
    if (expression.when) {
      const index = this.column(key, expression.when.column!);
      if (index === undefined) return undefined;
      when = { condition: expression.when, subject: index };
    }
    const base = { name: text.trim(), ...(when ? { when } : {}) };
    if (expression.type === 'column') {
      const index = this.column(key, expression.column);
      return index === undefined ? undefined : { ...base, type: 'column', index };
    }
    for (const [from, to] of splitSpan(expression.span)) {
      const a = columnIndex(this.table, from);
      const b = columnIndex(this.table, to);
      if (a !== undefined && b !== undefined)
        return { ...base, type: 'between', unit: expression.unit, from: a, to: b };
    }
    return this.report(
      key,
      `${HEADER_OF.get(key)} should name two date columns of ${this.table.tab}, as in "weeks from Start date to Job start"; found ${quote(text)} (its columns: ${listHeaders(this.table)}).`,
    );
  }

  /** A window may name the date it counts from, which must then be the Date column: a record has one place. */
  window(text: string, dateColumn: string): FollowUpWindow | undefined {
    const read = parseWindow(text);
    if (!read.ok) return this.report('window', worded('window', read.fault));
    const { after, amount, unit } = read.value;
    if (!after || normaliseHeader(after) === normaliseHeader(dateColumn)) return read.value;
    return this.report(
      'window',
      `Window counts from ${quote(after)}, but the Date column is ${quote(dateColumn)}; a record is placed by one date, so write the window as "${amount} ${unit}" and name that date in Date column.`,
    );
  }
}

/** The indicator a Sources row computes, with its Frequency, and the records tab it names, with a header row. */
function indicatorAndTable(source: SourceRow, context: CompileContext) {
  const problems: Finding[] = [];
  const report = (key: Key, message: string) => problems.push(recordsFinding(source.cellOf(key), message));
  const d = source.definition;
  const indicator = context.indicators.get(d.indicator);
  if (!indicator) report('indicator', `"${d.indicator}" is not an ID on the Indicators tab.`);
  else if (!indicator.frequency) {
    report(
      'indicator',
      `${d.indicator} has no Frequency on the Indicators tab, so its periods are not known; choose one there.`,
    );
  }
  const table = context.tableOf(d.tab);
  if (!table) {
    report(
      'tab',
      `There is no tab called ${quote(d.tab)}; write the name of the tab that holds the records.`,
    );
  } else if (table.headerRow === 0) {
    report('tab', `The ${quote(table.tab)} tab is empty; its first row should name its columns.`);
  }
  return { indicator, table, problems };
}

/**
 * Joins a Sources row to the indicator it computes and the columns of its records tab. Every name that does not
 * resolve is a problem on its Sources cell; a row with any is not computed.
 */
export function compileSource(source: SourceRow, context: CompileContext): Compiled {
  const { indicator, table, problems } = indicatorAndTable(source, context);
  if (problems.length > 0 || !table || !indicator) return { ok: false, problems };
  const d = source.definition;
  const names = new Resolver(source, table, context.dateOrder);
  const dateIndex = names.column('dateColumn', d.dateColumn);
  const idIndex = d.idColumn ? names.column('idColumn', d.idColumn) : undefined;
  const window = d.window ? names.window(d.window, d.dateColumn) : undefined;
  const value = d.value ? names.value('value', d.value) : undefined;
  const later = d.laterValue ? names.value('laterValue', d.laterValue) : undefined;
  const eligible = d.eligible ? names.condition('eligible', d.eligible, true) : undefined;
  // A Condition without a column tests the Value, when there is one.
  const condition = d.condition ? names.condition('condition', d.condition, !d.value) : undefined;
  const breakdowns: CompiledSource['breakdowns'] = [];
  for (const key of ['breakdown1', 'breakdown2'] as const) {
    const name = d[key];
    const index = name === undefined ? undefined : names.column(key, name);
    if (name !== undefined && index !== undefined) breakdowns.push({ name, index });
  }
  if (names.problems.length > 0 || dateIndex === undefined) return { ok: false, problems: names.problems };
  return {
    ok: true,
    source: {
      row: source.row,
      indicator: indicator.id,
      frequency: indicator.frequency!,
      baselineDate: indicator.baselineDate,
      kind: d.count,
      table,
      idIndex,
      dateIndex,
      window,
      value,
      later,
      eligible,
      condition,
      breakdowns,
      lastPeriod: d.lastPeriod,
    },
  };
}
