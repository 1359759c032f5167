import * as z from 'zod/mini';
import type { Finding } from '../checks/finding';
import { migrateToCurrent } from '../model/migrations';
import {
  ContractSchema,
  emptyWorkbook,
  IndicatorSchema,
  LinkSchema,
  MeasurementSchema,
  NodeSchema,
  OrganisationSchema,
  SCHEMA_VERSION,
  type Workbook,
} from '../model/schema';
import { checkConsistency } from './consistency';
import { jsonLocator } from './places';
import {
  dataFinding,
  MAX_PROBLEMS_SHOWN,
  type ParseResult,
  parseResult,
  short,
  withRestCounted,
} from './result';

/** The workbook as the JSON the add-on exports and the extension imports. */
export function exportJson(workbook: Workbook): string {
  return `${JSON.stringify(workbook, null, 2)}\n`;
}

/** Longest a place is written: a path through keys that are pages long is cut, its start being where to look. */
const MAX_PLACE = 160;

function pathString(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${short(String(part), 40)}` : short(String(part), 40);
    if (out.length > MAX_PLACE) return short(out, MAX_PLACE);
  }
  return out || '(the whole document)';
}

/**
 * What follows the path, in Impact Lens's words rather than zod's: zod names the kind of problem (its code) and what
 * was expected; what was found is quoted from the document itself.
 */
function describeIssue(issue: z.core.$ZodIssue, document: unknown): string {
  const found = valueAt(document, issue.path);
  const shown = describeFound(found);
  switch (issue.code) {
    case 'invalid_type':
      if (found === undefined) return `is missing (expected ${article(issue.expected)})`;
      return `must be ${article(issue.expected)}, found ${shown}`;
    case 'invalid_value':
      return `must be ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}, found ${shown}`;
    case 'unrecognized_keys':
      return `has keys Impact Lens does not know: ${listKeys(issue.keys)}`;
    default:
      // The schema's refinements ("must not be negative") carry their own words; no other code can arise from it.
      return `${issue.message}, found ${shown}`;
  }
}

/** What was found, quoted short enough to read: a 1 MB string or a deep list is named, not repeated. */
function describeFound(found: unknown): string {
  if (found === undefined) return 'nothing';
  if (typeof found === 'string')
    return JSON.stringify(found.length > 60 ? `${found.slice(0, 57)}...` : found);
  // JSON.parse reads 1e400 as Infinity, which JSON.stringify would write as null.
  if (typeof found === 'number' && !Number.isFinite(found)) return 'a number too large to use';
  if (Array.isArray(found)) return `a list of ${found.length} ${found.length === 1 ? 'item' : 'items'}`;
  if (found !== null && typeof found === 'object') return 'an object';
  return String(found);
}

/** Keys a file should not have, the first few named and the rest counted: a file can hold thousands of them. */
function listKeys(keys: readonly string[]): string {
  const named = keys.slice(0, 5).map((key) => short(key, 40));
  return keys.length > named.length
    ? `${named.join(', ')} and ${keys.length - named.length} more`
    : named.join(', ');
}

function article(expected: string): string {
  if (expected === 'object') return 'an object';
  if (expected === 'array') return 'a list';
  return `a ${expected}`;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = input;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** The deepest place in a workbook is a contract's metric's field (`contracts[0].metrics[1].price`): depth 5. */
const MAX_DEPTH = 16;

/**
 * The first path more than `limit` levels deep, found without recursion: validating or quoting a document nested
 * thousands deep would overflow the call stack.
 */
function pathDeeperThan(document: unknown, limit: number): string | undefined {
  const stack: { value: unknown; path: PropertyKey[] }[] = [{ value: document, path: [] }];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const { value, path } = next;
    if (value === null || typeof value !== 'object') continue;
    if (path.length >= limit) return pathString(path);
    for (const [key, child] of Object.entries(value)) {
      stack.push({ value: child, path: [...path, Array.isArray(value) ? Number(key) : key] });
    }
  }
  return undefined;
}

/** Each collection's items are validated one by one, so that a file of half a million bad rows costs no more than it must. */
const ITEMS = {
  nodes: NodeSchema,
  links: LinkSchema,
  indicators: IndicatorSchema,
  measurements: MeasurementSchema,
  contracts: ContractSchema,
} as const;

type Collection = keyof typeof ITEMS;

const SHELL = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  organisation: OrganisationSchema,
  nodes: z.array(z.unknown()),
  links: z.array(z.unknown()),
  indicators: z.array(z.unknown()),
  measurements: z.array(z.unknown()),
  contracts: z.array(z.unknown()),
});

/** The problems of one read, worded up to the limit and counted beyond it. */
class Problems {
  readonly shown: Finding[] = [];
  more = 0;

  add(place: string, message: () => string): void {
    if (this.shown.length < MAX_PROBLEMS_SHOWN) this.shown.push(refused(place, message()));
    else this.more++;
  }

  all(): Finding[] {
    return withRestCounted(this.shown, this.more);
  }
}

/**
 * The document against the workbook schema, in the schema's order: the top-level keys, then each collection's items.
 * zod gathers an array's issues with a spread, which overflows the call stack for hundreds of thousands of them.
 */
function validate(document: unknown): { ok: true; workbook: Workbook } | { ok: false; problems: Finding[] } {
  const problems = new Problems();
  const report = (issues: readonly z.core.$ZodIssue[], prefix: PropertyKey[]) => {
    for (const issue of issues) {
      const path = [...prefix, ...issue.path];
      problems.add(pathString(path), () => describeIssue({ ...issue, path }, document));
    }
  };
  const shell = SHELL.safeParse(document);
  if (!shell.success) report(shell.error.issues, []);
  const record = document as Record<string, unknown>;
  const items = {} as { [C in Collection]: Workbook[C] };
  for (const collection of Object.keys(ITEMS) as Collection[]) {
    const list = record[collection];
    const schema: z.ZodMiniType<Workbook[Collection][number]> = ITEMS[collection];
    const kept: Workbook[Collection][number][] = [];
    if (Array.isArray(list)) {
      list.forEach((item, index) => {
        const read = schema.safeParse(item);
        if (read.success) kept.push(read.data);
        else report(read.error.issues, [collection, index]);
      });
    }
    (items as Record<Collection, unknown[]>)[collection] = kept;
  }
  if (!shell.success || problems.shown.length > 0) return { ok: false, problems: problems.all() };
  return { ok: true, workbook: { ...shell.data, ...items } };
}

function refused(place: string, message: string): Finding {
  return dataFinding({ place }, message);
}

function failed(findings: Finding[]): ParseResult {
  return parseResult(emptyWorkbook(), findings, jsonLocator);
}

/**
 * Reads a workbook exported as JSON (text or an already parsed value). Every problem names its path, such as
 * `indicators[3].target`; older schema versions are migrated first.
 */
export function importJson(input: string | unknown): ParseResult {
  let document: unknown = input;
  if (typeof input === 'string') {
    try {
      document = JSON.parse(input);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return failed([refused('JSON', `This is not valid JSON (${detail}).`)]);
    }
  }
  if (document === null || typeof document !== 'object' || Array.isArray(document)) {
    return failed([refused('JSON', 'Expected an Impact Lens workbook: a JSON object with schemaVersion.')]);
  }
  const deep = pathDeeperThan(document, MAX_DEPTH);
  if (deep !== undefined) {
    return failed([
      refused(
        deep,
        `is nested more than ${MAX_DEPTH} levels deep; an Impact Lens workbook never is. This is not a workbook file.`,
      ),
    ]);
  }
  const migrated = migrateToCurrent(document as Record<string, unknown>);
  if (!migrated.ok) return failed([refused('schemaVersion', migrated.message)]);
  const parsed = validate(migrated.document);
  if (!parsed.ok) return failed(parsed.problems);
  const judged = checkConsistency(parsed.workbook, jsonLocator);
  return parseResult(judged.workbook, judged.findings, judged.locate);
}
