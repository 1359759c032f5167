import type { Finding } from '../core/checks/finding';

const MARK = { error: '✖ error  ', warning: '▲ warning', info: '● info   ' } as const;

/** Plain text for a terminal: one finding a block, its place first so a person can find the cell. */
export function formatFindings(findings: readonly Finding[]): string {
  if (findings.length === 0) return 'No findings: the theory of change and its indicators pass every check.';
  return findings.map((f) => `${MARK[f.severity]} ${f.place}  [${f.checkId}]\n    ${f.message}`).join('\n');
}
