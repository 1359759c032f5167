import type { Workbook } from '../model/schema';
import type { CellRef, Locator } from './places';

/** Something wrong with the user's data, with the place it is: `Indicators!H7: Target must be a number, found "tbc"`. */
export interface Problem {
  severity: 'error' | 'warning';
  place: string;
  message: string;
  cell?: CellRef;
}

export interface ParseResult {
  /** True when there is no error (warnings allowed). */
  ok: boolean;
  /** Every item that was read without error. When `ok` is false it is incomplete: show the problems, do not save it. */
  workbook: Workbook;
  /** All problems, errors first, each naming its place. */
  problems: Problem[];
  /** Where an item of `workbook` came from, for checks that name their row. */
  locate: Locator;
}

export function formatProblem(problem: Problem): string {
  return `${problem.place}: ${problem.message}`;
}

export function sortProblems(problems: Problem[]): Problem[] {
  const rank = { error: 0, warning: 1 } as const;
  return problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) => rank[a.p.severity] - rank[b.p.severity] || a.i - b.i)
    .map(({ p }) => p);
}
