import type { Finding } from '../checks/finding';
import { daysBetween, formatLongDate } from '../util/calendar';
import {
  type CalendarDays,
  type Cell,
  type DateOrder,
  describeCell,
  isBlank,
  readDate,
  readNumber,
  readText,
} from '../workbook/cells';
import { a1 } from '../workbook/places';
import type { CompiledCondition, CompiledSource, CompiledValue } from './compile';
import { meets } from './condition';
import type { CountKind } from './kinds';
import { calendarAnchor, PeriodClock } from './periods';
import { recordsFinding } from './source';
import type { TableRow } from './table';
import { closes } from './window';

/**
 * One participant's (or, for Rows, one record's) part in a period's figure: what the measures that test a figure
 * take (a share's 0/1s, a mean's scores, a change's pairs), with the groups the breakdown columns put it in.
 */
export interface Unit {
  /** The record's row on its tab; for a Change, the row of the later value. */
  row: number;
  id?: string;
  /** Breakdown 1 and 2's values, in order, "" where blank. */
  groups: string[];
  /** Share: whether the record meets the Condition. */
  achieved?: boolean;
  /** Average: the value; Change: later minus earlier. */
  value?: number;
  before?: number;
  after?: number;
}

/** What one Data row says: a Value, or Achieved out of Out of. */
export type Figure = { value: number } | { achieved: number; outOf: number };

export interface PeriodResult {
  periodEnd: string;
  figure: Figure;
  units: Unit[];
}

/** How a Change's participants matched up across its two values, over the whole records tab. */
export interface Matching {
  participants: number;
  matched: number;
  noLater: number;
  noEarlier: number;
  /** Participants with two records at one stage: named as problems and left out. */
  twice: number;
  earlier: string;
  later: string;
}

export interface SourceResult {
  row: number;
  indicator: string;
  kind: CountKind;
  /** The breakdown columns' names, in the order of each unit's `groups`. */
  breakdowns: string[];
  /** Each period up to the last that has closed, oldest first. */
  periods: PeriodResult[];
  /** Every cell of the records that could not be read; the records around them are still counted. */
  problems: Finding[];
  matching?: Matching;
}

export interface ComputeOptions {
  /** Today: no period after the last one that has ended by this day is computed. */
  asOf: string;
  days: CalendarDays;
  dateOrder: DateOrder;
}

type Report = (index: number, message: string) => void;

interface Amount {
  raw: number;
  /** The value is raw / scale: weeks are counted in days and divided once, so that a mean of weeks is exact. */
  scale: number;
}

interface RecordRead {
  row: TableRow;
  placed?: string;
  id?: string;
  groups: string[];
  achieved?: boolean;
  earlier?: Amount;
  later?: Amount;
}

function dateAt(row: TableRow, index: number, header: string, o: ComputeOptions, report: Report) {
  const cell = row.cells[index];
  if (isBlank(cell)) return undefined;
  const read = readDate(cell, o.dateOrder, o.days);
  if (read.ok) return read.value;
  const reason = read.reason ? ` (${read.reason})` : '';
  report(index, `${header} must be a date such as 31/03/2026, found ${describeCell(cell, o.days)}${reason}.`);
  return null;
}

function test(
  compiled: CompiledCondition,
  subject: Cell,
  index: number,
  header: string,
  o: ComputeOptions,
  report: Report,
): boolean | null {
  const result = meets(compiled.condition, subject, o.days, o.dateOrder);
  if (result.ok) return result.value;
  report(index, `${header} ${result.fault}.`);
  return null;
}

/** A record's number for a Value: undefined when blank or not asked for (`when`), null when it cannot be read. */
function amountOf(
  s: CompiledSource,
  v: CompiledValue,
  row: TableRow,
  o: ComputeOptions,
  report: Report,
): Amount | undefined | null {
  if (v.when) {
    const index = v.when.subject as number;
    const met = test(v.when, row.cells[index], index, s.table.headers[index]!, o, report);
    if (met !== true) return met === null ? null : undefined;
  }
  if (v.type === 'column') {
    const cell = row.cells[v.index];
    if (isBlank(cell)) return undefined;
    const read = readNumber(cell);
    if (read.ok) return { raw: read.value, scale: 1 };
    report(v.index, `${s.table.headers[v.index]} must be a number, found ${describeCell(cell, o.days)}.`);
    return null;
  }
  const from = dateAt(row, v.from, s.table.headers[v.from]!, o, report);
  const to = dateAt(row, v.to, s.table.headers[v.to]!, o, report);
  if (from === null || to === null) return null;
  if (from === undefined || to === undefined) return undefined;
  const days = daysBetween(from, to);
  if (days < 0) {
    report(
      v.to,
      `${s.table.headers[v.to]} is before ${s.table.headers[v.from]} (${formatLongDate(from)}), so the ${v.unit} between them cannot be counted.`,
    );
    return null;
  }
  return { raw: days, scale: v.unit === 'weeks' ? 7 : 1 };
}

/** The cell a Condition without a column tests: the Value's cell, or its number of days or weeks. */
function valueSubject(s: CompiledSource, row: TableRow, o: ComputeOptions, report: Report): Cell | null {
  const v = s.value!;
  if (v.type === 'column' && !v.when) return row.cells[v.index];
  const amount = amountOf(s, v, row, o, report);
  if (amount === null) return null;
  return amount === undefined ? '' : amount.raw / amount.scale;
}

/** Reads what `s` needs of one record; undefined when it is not eligible or a cell of it could not be read. */
function readRecord(
  s: CompiledSource,
  row: TableRow,
  o: ComputeOptions,
  report: Report,
): RecordRead | undefined {
  let ok = true;
  const headers = s.table.headers;
  const date = dateAt(row, s.dateIndex, headers[s.dateIndex]!, o, report);
  if (date === null) ok = false;
  let eligible = true;
  if (s.eligible) {
    const index = s.eligible.subject as number;
    const met = test(s.eligible, row.cells[index], index, headers[index]!, o, report);
    if (met === null) ok = false;
    eligible = met === true;
  }
  const read: RecordRead = { row, groups: s.breakdowns.map((b) => readText(row.cells[b.index], o.days)) };
  if (date) read.placed = s.window ? closes(s.window, date) : date;
  if (s.idIndex !== undefined) {
    const id = readText(row.cells[s.idIndex], o.days);
    if (id) read.id = id;
  }
  if (s.kind === 'Share') {
    const compiled = s.condition!;
    const subject =
      compiled.subject === 'value' ? valueSubject(s, row, o, report) : row.cells[compiled.subject];
    if (subject === null) ok = false;
    else {
      const index = compiled.subject === 'value' ? indexOf(s.value!) : compiled.subject;
      const met = test(compiled, subject, index, headers[index]!, o, report);
      if (met === null) ok = false;
      else read.achieved = met;
    }
  } else if (s.kind === 'Average' || s.kind === 'Change') {
    const earlier = amountOf(s, s.value!, row, o, report);
    if (earlier === null) ok = false;
    else if (earlier) read.earlier = earlier;
    if (s.later) {
      const later = amountOf(s, s.later, row, o, report);
      if (later === null) ok = false;
      else if (later) read.later = later;
    }
  }
  return ok && eligible ? read : undefined;
}

/** The cell a message about a Value names: its column, or the later of its two dates. */
function indexOf(v: CompiledValue): number {
  return v.type === 'column' ? v.index : v.to;
}

const amountValue = (a: Amount) => a.raw / a.scale;

/** What placing one Sources row's records needs: the row, its periods, and where problems go. */
interface Placing {
  s: CompiledSource;
  /** The period a placed date is in, when that period is one that is computed. */
  periodOf(iso: string | undefined): string | undefined;
  problem(row: number, index: number, message: string): void;
}

type ByPeriod = Map<string, Unit[]>;

function addUnit(byPeriod: ByPeriod, period: string, unit: Unit): void {
  const list = byPeriod.get(period);
  if (list) list.push(unit);
  else byPeriod.set(period, [unit]);
}

/** Built field by field rather than spread: one object a unit, not three. */
const unitOf = (r: RecordRead): Unit =>
  r.id ? { row: r.row.number, id: r.id, groups: r.groups } : { row: r.row.number, groups: r.groups };

function blankId(p: Placing, r: RecordRead): void {
  const index = p.s.idIndex!;
  p.problem(
    r.row.number,
    index,
    `${p.s.table.headers[index]} is blank, so this record cannot be matched to a participant.`,
  );
}

function pushTo<T>(map: Map<string, T[]>, key: string, item: T): void {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}

/** Each participant's records with an earlier and with a later value, participants in the order they first appear. */
function stagesByParticipant(p: Placing, records: readonly RecordRead[]) {
  const earlier = new Map<string, RecordRead[]>();
  const later = new Map<string, RecordRead[]>();
  const order: string[] = [];
  for (const r of records) {
    if (!r.earlier && !r.later) continue;
    if (!r.id) {
      blankId(p, r);
      continue;
    }
    if (!earlier.has(r.id) && !later.has(r.id)) order.push(r.id);
    if (r.earlier) pushTo(earlier, r.id, r);
    if (r.later) pushTo(later, r.id, r);
  }
  return { earlier, later, order };
}

/** A second value at one stage: named at its cell, with the first, never averaged with it. */
function twice(p: Placing, value: CompiledValue, first: RecordRead, extra: RecordRead): void {
  const index = indexOf(value);
  const at = a1({ tab: p.s.table.tab, row: first.row.number, column: index + 1 });
  p.problem(
    extra.row.number,
    index,
    `${extra.id} has a second "${value.name}" (the first is at ${at}); a change needs one of each, so ${extra.id} is left out until one is removed.`,
  );
}

/**
 * A Change's units: the participants with one earlier and one later value, matched by ID and placed by the record
 * of the later one; who has only one, or two at a stage, is counted in `matching`.
 */
function changeUnits(p: Placing, records: readonly RecordRead[]): { byPeriod: ByPeriod; matching: Matching } {
  const { s } = p;
  const { earlier, later, order } = stagesByParticipant(p, records);
  const matching: Matching = {
    participants: order.length,
    matched: 0,
    noLater: 0,
    noEarlier: 0,
    twice: 0,
    earlier: s.value!.name,
    later: s.later!.name,
  };
  const byPeriod: ByPeriod = new Map();
  for (const id of order) {
    const e = earlier.get(id) ?? [];
    const l = later.get(id) ?? [];
    if (e.length > 1 || l.length > 1) {
      matching.twice++;
      for (const extra of e.slice(1)) twice(p, s.value!, e[0]!, extra);
      for (const extra of l.slice(1)) twice(p, s.later!, l[0]!, extra);
    } else if (e.length === 0) matching.noEarlier++;
    else if (l.length === 0) matching.noLater++;
    else {
      matching.matched++;
      const period = p.periodOf(l[0]!.placed);
      if (period === undefined) continue;
      const before = amountValue(e[0]!.earlier!);
      const after = amountValue(l[0]!.later!);
      const unit = unitOf(l[0]!);
      unit.before = before;
      unit.after = after;
      unit.value = after - before;
      addUnit(byPeriod, period, unit);
    }
  }
  return { byPeriod, matching };
}

/** The units of Rows, Participants (each ID once a period), Share and Average: each record in its period. */
function recordUnits(p: Placing, records: readonly RecordRead[]): ByPeriod {
  const byPeriod: ByPeriod = new Map();
  const seen = new Set<string>();
  for (const r of records) {
    const period = p.periodOf(r.placed);
    if (period === undefined) continue;
    switch (p.s.kind) {
      case 'Participants': {
        if (!r.id) {
          blankId(p, r);
          break;
        }
        const key = `${period}\u0000${r.id}`;
        if (seen.has(key)) break;
        seen.add(key);
        addUnit(byPeriod, period, unitOf(r));
        break;
      }
      case 'Share': {
        const unit = unitOf(r);
        unit.achieved = r.achieved === true;
        addUnit(byPeriod, period, unit);
        break;
      }
      case 'Average':
        if (r.earlier) {
          const unit = unitOf(r);
          unit.value = amountValue(r.earlier);
          addUnit(byPeriod, period, unit);
        }
        break;
      default:
        addUnit(byPeriod, period, unitOf(r));
    }
  }
  return byPeriod;
}

/** A mean of exact raw amounts, divided once: 301 days over 2 records is 21.5 weeks, not 43/2 rounded twice. */
function meanOf(amounts: readonly Amount[]): number {
  let sum = 0;
  for (const a of amounts) sum += a.raw;
  return sum / (amounts.length * amounts[0]!.scale);
}

function figureOf(
  kind: CountKind,
  units: readonly Unit[],
  records: Map<number, RecordRead>,
): Figure | undefined {
  if (kind === 'Rows' || kind === 'Participants') return { value: units.length };
  if (units.length === 0) return undefined;
  if (kind === 'Share') return { achieved: units.filter((u) => u.achieved).length, outOf: units.length };
  if (kind === 'Average') return { value: meanOf(units.map((u) => records.get(u.row)!.earlier!)) };
  let sum = 0;
  for (const u of units) sum += u.value!;
  return { value: sum / units.length };
}

/** The indicator's periods for these records, and the last of them that has ended, by today and by Last period. */
function clockFor(s: CompiledSource, records: readonly RecordRead[], asOf: string) {
  let earliest: string | undefined;
  for (const r of records)
    if (r.placed && (earliest === undefined || r.placed < earliest)) earliest = r.placed;
  const clock = new PeriodClock(s.baselineDate ?? calendarAnchor(earliest ?? asOf), s.frequency);
  const lastEnd = clock.lastEndBy(s.lastPeriod !== undefined && s.lastPeriod < asOf ? s.lastPeriod : asOf);
  return { clock, lastEnd };
}

/**
 * Every period's figure for one Sources row, from its records: each record is placed by its date (plus the window,
 * when there is one) in its indicator's periods, and only periods that have ended, by today and by Last period,
 * are computed. A record whose cells cannot be read is named, and the others are still counted.
 */
export function computeSource(s: CompiledSource, o: ComputeOptions): SourceResult {
  const problems: Finding[] = [];
  const problem = (row: number, index: number, message: string) =>
    problems.push(recordsFinding({ tab: s.table.tab, row, column: index + 1 }, message));
  const records: RecordRead[] = [];
  // One reporter for every record, told which row it is on, rather than a closure made for each of 100,000 rows.
  let current = 0;
  const report: Report = (index, message) => problem(current, index, message);
  for (const row of s.table.rows) {
    current = row.number;
    const read = readRecord(s, row, o, report);
    if (read) records.push(read);
  }
  const result: SourceResult = {
    row: s.row,
    indicator: s.indicator,
    kind: s.kind,
    breakdowns: s.breakdowns.map((b) => b.name),
    periods: [],
    problems,
  };
  const { clock, lastEnd } = clockFor(s, records, o.asOf);
  const placing: Placing = {
    s,
    problem,
    periodOf(iso) {
      const period = iso === undefined ? undefined : clock.periodOf(iso);
      return period !== undefined && lastEnd !== undefined && period <= lastEnd ? period : undefined;
    },
  };
  let byPeriod: ByPeriod;
  if (s.kind === 'Change') {
    const change = changeUnits(placing, records);
    byPeriod = change.byPeriod;
    result.matching = change.matching;
  } else byPeriod = recordUnits(placing, records);
  if (byPeriod.size === 0 || lastEnd === undefined) return result;

  // Only an Average goes back to its records, for their exact amounts.
  const byRow = new Map(s.kind === 'Average' ? records.map((r) => [r.row.number, r]) : []);
  const periods = [...byPeriod.keys()].sort();
  // A count is 0 in a period with no records, up to the last that has ended; a share or mean of nobody is no figure.
  const ends =
    s.kind === 'Rows' || s.kind === 'Participants' ? clock.endsBetween(periods[0]!, lastEnd) : periods;
  for (const periodEnd of ends) {
    const units = byPeriod.get(periodEnd) ?? [];
    const figure = figureOf(s.kind, units, byRow);
    if (figure) result.periods.push({ periodEnd, figure, units });
  }
  return result;
}
