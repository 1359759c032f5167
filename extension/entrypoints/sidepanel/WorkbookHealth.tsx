import { useId, useMemo } from 'react';
import type { Finding, Severity } from '../../../core/checks/finding';
import { checkWorkbook } from '../../../core/checks/run-workbook';
import type { Workbook } from '../../../core/model/schema';
import { formatLongDate, todayIso } from '../../../core/util/calendar';
import { jsonLocator } from '../../../core/workbook/places';
import { placesLocator, type StoredPlaces } from '../../lib/stored-workbook';
import { ruleDoc } from './rule-docs';

/** When and where from the workbook in use was read, as the stored workbook says. */
export interface WorkbookOrigin {
  /** An ISO instant; unknown for a workbook kept by an earlier version. */
  readAt?: string;
  /** The cells of a workbook read from a sheet; a file's items are named by their path in it. */
  places?: StoredPlaces;
}

interface Props extends WorkbookOrigin {
  workbook: Workbook;
}

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
const ONE: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'note' };
const HEADING: Record<Severity, string> = { error: 'Errors', warning: 'Warnings', info: 'Notes' };

/** "1 error, 6 warnings": the findings counted by severity, most severe first. */
export function countSummary(findings: readonly Finding[]): string {
  const counts = SEVERITIES.map((severity) => ({
    severity,
    count: findings.filter((f) => f.severity === severity).length,
  })).filter((c) => c.count > 0);
  if (counts.length === 0) return 'No problems found.';
  return counts.map(({ severity, count }) => `${count} ${ONE[severity]}${count === 1 ? '' : 's'}`).join(', ');
}

function latestPeriod(workbook: Workbook): string | undefined {
  let latest: string | undefined;
  for (const m of workbook.measurements)
    if (latest === undefined || m.periodEnd > latest) latest = m.periodEnd;
  return latest;
}

function readWhen(readAt: string | undefined): string {
  if (!readAt) return 'when it was imported is not recorded (import it again to see)';
  const when = new Date(readAt).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
  return `imported or read ${when}`;
}

/** What the check's page says: why it matters and how to fix it, kept with the panel. */
function RuleDocs({ finding }: { finding: Finding }) {
  const doc = ruleDoc(finding.docs);
  if (!doc) return null;
  return (
    <details className="rule-doc">
      <summary>About {finding.checkId}</summary>
      <p>{doc.summary}</p>
      <h4>Why it matters</h4>
      {doc.why.map((text) => (
        <p key={text}>{text}</p>
      ))}
      <h4>How to fix it</h4>
      <ul>
        {doc.fix.map((text) => (
          <li key={text}>{text}</li>
        ))}
      </ul>
      <p className="check-id">From {doc.path}</p>
    </details>
  );
}

function FindingItem({ finding }: { finding: Finding }) {
  return (
    <li className={`finding ${finding.severity}`}>
      <p>
        <strong className="place">{finding.place ?? 'The workbook'}</strong>: {finding.message}
      </p>
      {finding.evidence && <p className="evidence">Your data: {finding.evidence}</p>}
      {finding.suggestion && <p className="suggestion">Try: {finding.suggestion}</p>}
      <p className="check-id">
        <code>{finding.checkId}</code>
      </p>
      <RuleDocs finding={finding} />
    </li>
  );
}

/**
 * The workbook checks of the workbook in use, judged today, each finding with the cell (a linked sheet) or the path
 * (a file) it is about: so that whoever cites the evidence knows when it is weak or stale.
 */
export function WorkbookHealth({ workbook, readAt, places }: Props) {
  const heading = useId();
  const { asOf, findings, latest } = useMemo(() => {
    const today = todayIso();
    const locate = places ? placesLocator(places) : jsonLocator;
    return {
      asOf: today,
      findings: checkWorkbook(workbook, { asOf: today, locate }),
      latest: latestPeriod(workbook),
    };
  }, [workbook, places]);
  return (
    <section className="health" aria-labelledby={heading}>
      <h2 id={heading}>Workbook health</h2>
      <p className="muted">
        As of {formatLongDate(asOf)}: the workbook was {readWhen(readAt)};{' '}
        {latest
          ? `its latest data is for the period ending ${formatLongDate(latest)}.`
          : 'it has no data yet.'}
      </p>
      {findings.length === 0 ? (
        <p className="ok">No problems found.</p>
      ) : (
        <details className="health-findings">
          <summary>
            {countSummary(findings)}: show {findings.length === 1 ? 'it' : `all ${findings.length}`}
          </summary>
          {SEVERITIES.map((severity) => {
            const these = findings.filter((f) => f.severity === severity);
            if (these.length === 0) return null;
            return (
              <div key={severity}>
                <h3>
                  {HEADING[severity]} ({these.length})
                </h3>
                <ul className="findings" aria-label={HEADING[severity]}>
                  {these.map((finding, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: a finding has no identity; the list is drawn whole
                    <FindingItem key={i} finding={finding} />
                  ))}
                </ul>
              </div>
            );
          })}
        </details>
      )}
    </section>
  );
}
