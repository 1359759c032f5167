import type * as z from 'zod/mini';
import type { Finding } from '../checks/finding';
import { migrateToCurrent } from '../model/migrations';
import { emptyWorkbook, type Workbook, WorkbookSchema } from '../model/schema';
import { checkConsistency } from './consistency';
import { jsonLocator } from './places';
import { dataFinding, type ParseResult, parseResult } from './result';

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

/**
 * What follows the path, in Impact Lens's words rather than zod's: zod names the kind of problem (its code) and what
 * was expected; what was found is quoted from the document itself.
 */
function describeIssue(issue: z.core.$ZodIssue, document: unknown): string {
  const found = valueAt(document, issue.path);
  const shown = found === undefined ? 'nothing' : JSON.stringify(found);
  switch (issue.code) {
    case 'invalid_type':
      if (found === undefined) return `is missing (expected ${article(issue.expected)})`;
      return `must be ${article(issue.expected)}, found ${shown}`;
    case 'invalid_value':
      return `must be ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}, found ${shown}`;
    case 'unrecognized_keys':
      return `has keys Impact Lens does not know: ${issue.keys.join(', ')}`;
    default:
      // The schema's refinements ("must not be negative") carry their own words; no other code can arise from it.
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
  const migrated = migrateToCurrent(document as Record<string, unknown>);
  if (!migrated.ok) return failed([refused('schemaVersion', migrated.message)]);
  const parsed = WorkbookSchema.safeParse(migrated.document);
  if (!parsed.success) {
    return failed(
      parsed.error.issues.map((issue) =>
        refused(pathString(issue.path), describeIssue(issue, migrated.document)),
      ),
    );
  }
  const judged = checkConsistency(parsed.data, jsonLocator);
  return parseResult(judged.workbook, judged.findings, judged.locate);
}
