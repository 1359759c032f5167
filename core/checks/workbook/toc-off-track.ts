import type { IndicatorEvidence } from '../../measures/evidence-types';
import { formatShare, formatValue, periodEnding } from '../../measures/format';
import { workbookEvidence } from '../../measures/workbook-evidence';
import type { Indicator } from '../../model/schema';
import { formatLongDate } from '../../util/calendar';
import { defineRule } from '../define';

type Show = (value: number) => string;

function latestFigure(indicator: Indicator, evidence: IndicatorEvidence, show: Show): string {
  const latest = evidence.latest!;
  return `${show(latest.value)} for the ${periodEnding(indicator.frequency, latest.periodEnd)}`;
}

function offTrackMessage(indicator: Indicator, evidence: IndicatorEvidence, show: Show): string {
  const figure = latestFigure(indicator, evidence, show);
  const elapsed = `${formatShare(evidence.expectedProgress!)} of the time to ${formatLongDate(indicator.targetDate!)} had passed`;
  const where =
    evidence.progress! < 0
      ? `has moved away from the target (${show(indicator.target!)}): it is worse than the baseline (${show(indicator.baseline!)}), when ${elapsed}`
      : `is ${formatShare(evidence.progress!)} of the way from the baseline (${show(indicator.baseline!)}) to the target (${show(indicator.target!)}), when ${elapsed}`;
  return `${indicator.id} is off track: its latest figure, ${figure}, ${where}. Find out what is holding it back and what you can change, or agree a revised target with your funder.`;
}

function missedMessage(indicator: Indicator, evidence: IndicatorEvidence, show: Show): string {
  return `${indicator.id} missed its target of ${show(indicator.target!)} by ${formatLongDate(indicator.targetDate!)}: its latest figure is ${latestFigure(indicator, evidence, show)}. Report it plainly with what you learned, and set the next target from where you are.`;
}

export default defineRule({
  family: 'workbook',
  id: 'toc-off-track',
  severity: 'warning',
  summary: 'An indicator whose latest figure is Off track, or Missed its target date.',
  check({ workbook, asOf }) {
    const evidence = workbookEvidence(workbook, asOf);
    return workbook.indicators.flatMap((indicator, index) => {
      const entry = evidence[index]!;
      // Data that cannot give a status (two rows for one period, Achieved above Out of) is reported when the
      // workbook is read; an indicator without baseline, target or dates is toc-indicator-incomplete's finding.
      if (!('evidence' in entry)) return [];
      const found = entry.evidence;
      if (found.status !== 'Off track' && found.status !== 'Missed') return [];
      const show: Show = (v) => formatValue(v, indicator.unit, workbook.organisation.currency);
      return [
        {
          ref: { collection: 'indicators', index, field: 'id' } as const,
          message:
            found.status === 'Missed'
              ? missedMessage(indicator, found, show)
              : offTrackMessage(indicator, found, show),
        },
      ];
    });
  },
});
