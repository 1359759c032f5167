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
import { fault, type Parsed, parsed, quote } from './parsed';

export type Comparison = '=' | '<>' | '>' | '>=' | '<' | '<=';

export type Operand =
  | { type: 'number'; number: number; text: string }
  | { type: 'date'; iso: string; text: string }
  | { type: 'text'; text: string };

/**
 * A test on one value of a record. `column` is the column it reads; a Condition cell may leave it out ("= Yes"),
 * and then it tests the row's Value.
 */
export type Condition =
  | { column?: string; test: 'blank' }
  | { column?: string; test: 'not blank' }
  | { column?: string; test: 'one of'; values: string[] }
  | { column?: string; test: Comparison; operand: Operand };

const HOW = 'write it as "Completed = Yes", "Score >= 30", "End date not blank" or "Site one of North, East"';

const SYMBOLS: Record<string, Comparison> = {
  '=': '=',
  '==': '=',
  '<>': '<>',
  '!=': '<>',
  '≠': '<>',
  '>': '>',
  '>=': '>=',
  '≥': '>=',
  '<': '<',
  '<=': '<=',
  '≤': '<=',
};

const BLANK = /^(.*?)\s*\b(?:is\s+)?(not\s+)?(?:blank|empty)$/i;
const ONE_OF = /^(.*?)\s*\b(?:is\s+)?one\s+of\s+(.+)$/i;
const ENDS_IN_SYMBOL = /[=<>!≠≥≤]\s*$/;
const COMPARE = /^(.*?)\s*(==|<>|!=|>=|<=|[=<>≠≥≤])\s*(.*)$/;

/** Case, spacing, quotes and the kind of dash do not matter: "18-21" is the band "18–21". */
export function normaliseText(text: string): string {
  return text
    .trim()
    .replace(/^(["'])(.*)\1$/, '$2')
    .toLowerCase()
    .replace(/[‐‑‒–—]/g, '-')
    .replace(/\s+/g, ' ');
}

/** A tick box is TRUE or FALSE; a Form writes Yes or No. Either answers "= Yes". */
const SYNONYMS = new Map([
  ['true', 'yes'],
  ['y', 'yes'],
  ['false', 'no'],
  ['n', 'no'],
]);

/**
 * Records repeat a few answers (Yes, No, a site) thousands of times: each is normalised once. The memo stops growing
 * at a few thousand, so a column of free text costs no more memory than that.
 */
const COMPARABLE = new Map<string, string>();

function comparable(text: string): string {
  const known = COMPARABLE.get(text);
  if (known !== undefined) return known;
  const normal = normaliseText(text);
  const result = SYNONYMS.get(normal) ?? normal;
  if (COMPARABLE.size < 4096) COMPARABLE.set(text, result);
  return result;
}

function operandOf(text: string, dateOrder: DateOrder): Operand {
  const number = readNumber(text);
  if (number.ok) return { type: 'number', number: number.value, text };
  const date = readDate(text, dateOrder);
  if (date.ok) return { type: 'date', iso: date.value, text };
  return { type: 'text', text: text.replace(/^(["'])(.*)\1$/, '$2') };
}

const columnOf = (text: string): { column?: string } => {
  const column = text.trim();
  return column ? { column } : {};
};

/** Reads a condition as a person writes it; every refusal says how to write it instead. */
export function parseCondition(text: string, dateOrder: DateOrder = 'dmy'): Parsed<Condition> {
  const source = text.trim();
  let m = BLANK.exec(source);
  // "Notes = blank" compares with the word; only a column followed by the test is the test.
  if (m && !ENDS_IN_SYMBOL.test(m[1]!))
    return parsed({ ...columnOf(m[1]!), test: m[2] ? 'not blank' : 'blank' });
  m = ONE_OF.exec(source);
  if (m && !ENDS_IN_SYMBOL.test(m[1]!)) {
    const values = m[2]!
      .split(/\s*(?:[,;]|\bor\b)\s*/i)
      .map((v) => v.trim())
      .filter(Boolean);
    return parsed({ ...columnOf(m[1]!), test: 'one of', values });
  }
  m = COMPARE.exec(source);
  if (!m) return fault(`${quote(source)} is not a condition; ${HOW}`);
  const test = SYMBOLS[m[2]!]!;
  const value = m[3]!.trim();
  if (!value) return fault(`${quote(source)} has nothing after "${m[2]}"; ${HOW}`);
  const operand = operandOf(value, dateOrder);
  if (operand.type === 'text' && test !== '=' && test !== '<>') {
    return fault(`"${m[2]}" compares numbers or dates, and ${quote(operand.text)} is neither`);
  }
  return parsed({ ...columnOf(m[1]!), test, operand });
}

/** The condition as the message about it quotes it: `Completed = Yes`. */
export function describeCondition(condition: Condition): string {
  const subject = condition.column ? `${condition.column} ` : '';
  if (condition.test === 'blank' || condition.test === 'not blank') return `${subject}${condition.test}`;
  if (condition.test === 'one of') return `${subject}one of ${condition.values.join(', ')}`;
  return `${subject}${condition.test} ${condition.operand.text}`;
}

function compare(a: number | string, b: number | string, test: Comparison): boolean {
  switch (test) {
    case '=':
      return a === b;
    case '<>':
      return a !== b;
    case '>':
      return a > b;
    case '>=':
      return a >= b;
    case '<':
      return a < b;
    case '<=':
      return a <= b;
  }
}

/**
 * Whether a record's value meets the condition. A blank meets only "blank" and "not blank"'s opposite; a value that
 * cannot be compared (text where a number is asked for) is a fault, worded to follow the cell's column header.
 */
export function meets(
  condition: Condition,
  cell: Cell,
  days: CalendarDays,
  dateOrder: DateOrder = 'dmy',
): Parsed<boolean> {
  if (condition.test === 'blank') return parsed(isBlank(cell));
  if (condition.test === 'not blank') return parsed(!isBlank(cell));
  if (isBlank(cell)) return parsed(false);
  if (condition.test === 'one of') {
    const value = comparable(readText(cell, days));
    return parsed(condition.values.some((v) => comparable(v) === value));
  }
  const { operand, test } = condition;
  const wanted = `to compare with "${test} ${operand.text}"`;
  if (operand.type === 'number') {
    const number = readNumber(cell);
    if (!number.ok) return fault(`must be a number ${wanted}, found ${describeCell(cell, days)}`);
    return parsed(compare(number.value, operand.number, test));
  }
  if (operand.type === 'date') {
    const date = readDate(cell, dateOrder, days);
    if (!date.ok) return fault(`must be a date ${wanted}, found ${describeCell(cell, days)}`);
    return parsed(compare(date.value, operand.iso, test));
  }
  const text = typeof cell === 'boolean' ? String(cell) : readText(cell, days);
  return parsed(compare(comparable(text), comparable(operand.text), test));
}
