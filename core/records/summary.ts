import { formatFinding } from '../checks/finding';
import { formatLongDate } from '../util/calendar';
import type { Matching, SourceResult } from './compute';
import type { UpdatePlan } from './update';

const plural = (n: number, one: string, many = `${one}s`) =>
  `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

/** "31 of 120 have no "Score at end"": who a change is over, and who it leaves out. */
export function describeMatching(m: Matching): string {
  const parts: string[] = [];
  if (m.noLater) parts.push(`${m.noLater} of ${m.participants} have no "${m.later}"`);
  if (m.noEarlier) parts.push(`${m.noEarlier} of ${m.participants} have no "${m.earlier}"`);
  if (m.twice) parts.push(`${m.twice} of ${m.participants} have two values at one stage and are left out`);
  const over = `the change is over the ${plural(m.matched, 'participant')} with both`;
  return parts.length
    ? `${parts.join('; ')}; ${over}.`
    : `${m.matched} of ${m.participants} have both values.`;
}

function matchingLines(results: readonly SourceResult[]): string[] {
  return results
    .filter((r) => r.matching)
    .map((r) => `- Sources row ${r.row} (${r.indicator}): ${describeMatching(r.matching!)}`);
}

/** What the user is told after Update data from records: rows written, rows kept, and every problem by its cell. */
export function describeUpdate(plan: UpdatePlan): string {
  const { data } = plan;
  const lines: string[] = [];
  const written = data.added + data.updated;
  if (plan.results.length === 0 && plan.problemCount === 0 && data.stale.length === 0) {
    return 'The Sources tab has no rows yet: describe on it each indicator to compute from records (see docs/records.md), then run Update data from records again.';
  }
  lines.push(`Figures from records for every period that ended by ${formatLongDate(plan.asOf)}.`);
  lines.push(
    written === 0
      ? `Data: nothing to write; ${plural(data.unchanged, 'row')} from records already up to date.`
      : `Data: ${plural(written, 'row')} written (${data.added} added, ${data.updated} updated); ${data.unchanged} already up to date.`,
  );
  if (data.kept.length) {
    lines.push(
      '',
      `Kept ${plural(data.kept.length, 'row')} you typed; the figures from records were not written:`,
    );
    lines.push(...data.kept.map((f) => `- ${formatFinding(f)}`));
  }
  if (data.stale.length) {
    lines.push('', `Left ${plural(data.stale.length, 'row')} marked from records as they were:`);
    lines.push(...data.stale.map((f) => `- ${formatFinding(f)}`));
  }
  const matching = matchingLines(plan.results);
  if (matching.length) lines.push('', 'Changes:', ...matching);
  if (plan.problemCount) {
    lines.push(
      '',
      `${plural(plan.problemCount, 'problem')} (what they name was left out; everything else was counted):`,
      ...plan.problems.map((f) => `- ${formatFinding(f)}`),
    );
  }
  return lines.join('\n');
}
