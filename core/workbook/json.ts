import { migrateToCurrent } from '../model/migrations';
import { emptyWorkbook, type Workbook, WorkbookSchema } from '../model/schema';
import { type Issue, safeParse } from '../model/validate';
import { checkConsistency } from './consistency';
import { jsonLocator } from './places';
import { type ParseResult, type Problem, sortProblems } from './problems';

/** The workbook as the JSON the add-on exports and the extension imports. */
export function exportJson(workbook: Workbook): string {
  return `${JSON.stringify(workbook, null, 2)}\n`;
}

function pathString(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || '(the whole document)';
}

function describeIssue(issue: Issue, input: unknown): string {
  const found = valueAt(input, issue.path);
  const shown = found === undefined ? 'nothing' : JSON.stringify(found);
  switch (issue.code) {
    case 'invalid_type':
      if (found === undefined) return `is missing (expected ${article(issue.expected)})`;
      return `must be ${article(issue.expected)}, found ${shown}`;
    case 'invalid_value':
      return `must be ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}, found ${shown}`;
    case 'unrecognized_keys':
      return `has keys Impact Lens does not know: ${issue.keys.join(', ')}`;
    case 'custom':
      return `${issue.message}, found ${shown}`;
  }
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

function failed(problems: Problem[]): ParseResult {
  return { ok: false, workbook: emptyWorkbook(), problems, locate: jsonLocator };
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
      return failed([{ severity: 'error', place: 'JSON', message: `This is not valid JSON (${detail}).` }]);
    }
  }
  if (document === null || typeof document !== 'object' || Array.isArray(document)) {
    return failed([
      {
        severity: 'error',
        place: 'JSON',
        message: 'Expected an Impact Lens workbook: a JSON object with schemaVersion.',
      },
    ]);
  }
  const migrated = migrateToCurrent(document as Record<string, unknown>);
  if (!migrated.ok) return failed([{ severity: 'error', place: 'schemaVersion', message: migrated.message }]);
  const parsed = safeParse(WorkbookSchema, migrated.document);
  if (!parsed.success) {
    return failed(
      parsed.issues.map((issue) => ({
        severity: 'error',
        place: pathString(issue.path),
        message: describeIssue(issue, migrated.document),
      })),
    );
  }
  const { workbook, problems } = checkConsistency(parsed.data, jsonLocator);
  const all = sortProblems(problems);
  return { ok: !all.some((p) => p.severity === 'error'), workbook, problems: all, locate: jsonLocator };
}
