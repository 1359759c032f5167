import * as z from 'zod/mini';
import { type LibraryEntry, LibraryEntrySchema } from './entry';

/** What names an exported library file, so that a workbook or another JSON file is not read as one. */
export const LIBRARY_FORMAT = 'impact-lens-answer-library';
export const LIBRARY_VERSION = 1;

const FileShellSchema = z.looseObject({
  format: z.literal(LIBRARY_FORMAT),
  version: z.literal(LIBRARY_VERSION),
  entries: z.array(z.unknown()),
});

/** The user's own entries as a file to keep or move to another browser; the team's live in the Sheet. */
export function exportLibrary(entries: readonly LibraryEntry[]): string {
  const mine = entries.filter((e) => e.source === 'mine');
  return `${JSON.stringify({ format: LIBRARY_FORMAT, version: LIBRARY_VERSION, entries: mine }, null, 2)}\n`;
}

export type LibraryRead = { ok: true; entries: LibraryEntry[] } | { ok: false; problems: string[] };

/** Problems listed in full up to this many; the rest are counted. */
const PROBLEMS_SHOWN = 20;

/**
 * A library file read back: every entry must be valid, or nothing is taken and each problem names its path
 * (`entries[2].question.kind: must be "outcomes" or …`). Entries come in as the user's own.
 */
export function importLibrary(input: string): LibraryRead {
  let document: unknown;
  try {
    document = JSON.parse(input);
  } catch (error) {
    return { ok: false, problems: [`This is not valid JSON (${(error as Error).message}).`] };
  }
  const shell = FileShellSchema.safeParse(document);
  if (!shell.success) {
    return {
      ok: false,
      problems: [
        'This is not an Impact Lens answer library: expected a file exported from the Library view.',
        ...shell.error.issues.map((issue) => describe(issue, [], document)),
      ],
    };
  }
  const problems: string[] = [];
  const entries: LibraryEntry[] = [];
  shell.data.entries.forEach((item, index) => {
    const read = LibraryEntrySchema.safeParse(item);
    if (read.success) entries.push({ ...read.data, source: 'mine' });
    else for (const issue of read.error.issues) problems.push(describe(issue, ['entries', index], document));
  });
  if (problems.length === 0) return { ok: true, entries };
  const more = problems.length - PROBLEMS_SHOWN;
  return {
    ok: false,
    problems: more > 0 ? [...problems.slice(0, PROBLEMS_SHOWN), `…and ${more} more.`] : problems,
  };
}

function pathString(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path)
    out += typeof part === 'number' ? `[${part}]` : out ? `.${String(part)}` : String(part);
  return out || '(the whole file)';
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current = input;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function quoted(found: unknown): string {
  if (found === undefined) return 'nothing';
  if (typeof found === 'string')
    return JSON.stringify(found.length > 60 ? `${found.slice(0, 57)}...` : found);
  if (Array.isArray(found)) return 'a list';
  if (found !== null && typeof found === 'object') return 'an object';
  return String(found);
}

function describe(issue: z.core.$ZodIssue, prefix: PropertyKey[], document: unknown): string {
  const path = [...prefix, ...issue.path];
  const found = valueAt(document, path);
  const place = pathString(path);
  switch (issue.code) {
    case 'invalid_type':
      return found === undefined
        ? `${place}: is missing (expected ${issue.expected})`
        : `${place}: must be ${issue.expected === 'array' ? 'a list' : `a ${issue.expected}`}, found ${quoted(found)}`;
    case 'invalid_value':
      return `${place}: must be ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}, found ${quoted(found)}`;
    case 'unrecognized_keys':
      return `${place}: has keys Impact Lens does not know: ${issue.keys.slice(0, 5).join(', ')}`;
    default:
      return `${place}: ${issue.message}, found ${quoted(found)}`;
  }
}
