import type { Span } from '../text/spans';
import type { CellRef } from '../workbook/places';

export type Severity = 'error' | 'warning' | 'info';

/** Most important first: how every face sorts findings. */
export const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/**
 * Something Impact Lens tells the user, from an answer rule, a workbook rule or the workbook reader: the one shape
 * every face shows (overlay, side panel, sidebar, `=IMPACT_CHECK`) and every message carries. Plain data, so that it
 * crosses `chrome.runtime` messages and `google.script.run` unchanged.
 */
export interface Finding {
  /** The rule's id (`outcome-no-timeframe`, `toc-orphan`), or `data-error` for data the workbook reader could not read. */
  checkId: string;
  severity: Severity;
  message: string;
  /** In an answer: the stretch of its text the finding is about. */
  span?: Span;
  /** In a workbook: what a person reads (`Indicators!H7`, `indicators[3].target`). */
  place?: string;
  /** In a workbook read from a sheet: the cell the sidebar selects. */
  cell?: CellRef;
  /** Offered to the user, never applied by itself. */
  suggestion?: string;
  /** The figure from the user's workbook that the finding rests on: shown only on extension pages. */
  evidence?: string;
  /** The page that explains it, relative to the repository: `docs/checks/<id>.md`. */
  docs: string;
}

/** Where a rule's page is, for every face's "learn more" link. */
export function docsPath(checkId: string): string {
  return `docs/checks/${checkId}.md`;
}

/** Most severe first; findings of one severity keep the order they were made in (Array.prototype.sort is stable). */
export function bySeverity(a: Pick<Finding, 'severity'>, b: Pick<Finding, 'severity'>): number {
  return SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity];
}

/** `Indicators!H7: Target must be a number, found "tbc"`: a workbook finding on one line. */
export function formatFinding(finding: Pick<Finding, 'place' | 'message'>): string {
  return finding.place ? `${finding.place}: ${finding.message}` : finding.message;
}

/** The finding that stands in for a rule that threw: the user is told, and the other rules still ran. */
export function internalError(checkId: string, error: unknown): Finding {
  const reason = error instanceof Error ? error.message : String(error);
  return {
    checkId: 'internal-error',
    severity: 'error',
    message: `The check ${checkId} failed (${reason}); the other checks still ran. Please report this.`,
    docs: docsPath('internal-error'),
  };
}
