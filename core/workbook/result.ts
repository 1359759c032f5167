import type { Finding } from '../checks/finding';
import type { Workbook } from '../model/schema';
import type { Located, Locator } from './places';

export interface ParseResult {
  /** True when the data could be read whole: nothing to show, safe to save. */
  ok: boolean;
  /** Every item that was read without error. When `ok` is false it is incomplete: show the problems, do not save it. */
  workbook: Workbook;
  /** What could not be read, each a `data-error` naming its place, in the order found. */
  problems: Finding[];
  /** Where an item of `workbook` came from, for checks that name their row. */
  locate: Locator;
}

/** `Indicators!H7: Target must be a number, found "tbc"`, as a finding the sidebar can select and link to. */
export function dataFinding(at: Located, message: string): Finding {
  return {
    checkId: 'data-error',
    severity: 'error',
    message,
    place: at.place,
    ...(at.cell ? { cell: at.cell } : {}),
    docs: 'docs/workbook.md',
  };
}

/** Text from the user's data cut short enough to quote in a message: an ID or a name can be a whole pasted page. */
export function short(text: string, max = 60): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 3);
  // Not half of a character written as two UTF-16 units (an emoji).
  return `${/[\ud800-\udbff]$/.test(cut) ? cut.slice(0, -1) : cut}...`;
}

/** Problems worded one by one up to this many; the rest are counted. A person fixes the first ones first. */
export const MAX_PROBLEMS_SHOWN = 100;

/** The first problems, and one line that counts the rest, so that 500,000 bad rows do not freeze a page listing them. */
export function withRestCounted(shown: readonly Finding[], more: number): Finding[] {
  if (more === 0) return [...shown];
  const count = more.toLocaleString('en-GB');
  return [
    ...shown,
    dataFinding(
      { place: 'and more' },
      `${count} more problems like these: fix the ones above, then check again.`,
    ),
  ];
}

export function parseResult(workbook: Workbook, problems: readonly Finding[], locate: Locator): ParseResult {
  const shown =
    problems.length > MAX_PROBLEMS_SHOWN + 1
      ? withRestCounted(problems.slice(0, MAX_PROBLEMS_SHOWN), problems.length - MAX_PROBLEMS_SHOWN)
      : [...problems];
  return { ok: problems.length === 0, workbook, problems: shown, locate };
}
