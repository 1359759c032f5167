import type { DateOrder } from '../workbook/cells';
import { type Condition, parseCondition } from './condition';
import { fault, type Parsed, parsed } from './parsed';

/**
 * What a Value cell reads from a record: one column's number, or the time between two of its dates, and only from
 * records that meet `when` (a survey tab's "Score when Stage = End").
 */
export type ValueExpression = { when?: Condition } & (
  | { type: 'column'; column: string }
  /** `span` is "<column> to <column>"; where to split it is decided against the tab's headers, as names may hold "to". */
  | { type: 'between'; unit: 'days' | 'weeks'; span: string }
);

const WHEN = /^(.*?)\s+when\s+(.+)$/i;
const BETWEEN = /^(days|weeks)\s+from\s+(.+\s+to\s+.+)$/i;

export function parseValue(text: string, dateOrder: DateOrder = 'dmy'): Parsed<ValueExpression> {
  let body = text.trim();
  let when: Condition | undefined;
  const w = WHEN.exec(body);
  if (w) {
    const condition = parseCondition(w[2]!, dateOrder);
    if (!condition.ok) return condition;
    if (!condition.value.column) return fault(`after "when", name the column: "Score when Stage = End"`);
    when = condition.value;
    body = w[1]!.trim();
  }
  const b = BETWEEN.exec(body);
  const expression: ValueExpression = b
    ? { type: 'between', unit: b[1]!.toLowerCase() as 'days' | 'weeks', span: b[2]! }
    : { type: 'column', column: body };
  return parsed(when ? { ...expression, when } : expression);
}

/** Every way to read "A to B" as two names, first split first. */
export function splitSpan(span: string): [string, string][] {
  const out: [string, string][] = [];
  const re = /\s+to\s+/gi;
  for (let m = re.exec(span); m; m = re.exec(span)) {
    out.push([span.slice(0, m.index).trim(), span.slice(m.index + m[0].length).trim()]);
  }
  return out;
}
