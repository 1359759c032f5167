import type { Indicator } from '../../model/schema';
import type { ItemRef } from '../../workbook/places';
import { defineRule, type RawWorkbookFinding } from '../define';

/** Sheets stores 62% as 0.62, so a Percent figure above 1 is almost always a percentage typed as a whole number. */
function aboveOne(label: string, value: number | undefined, ref: ItemRef): RawWorkbookFinding[] {
  if (value === undefined || value <= 1) return [];
  return [
    {
      ref,
      message: `${label} is ${value}, which is ${value * 100}% for a Percent indicator; Sheets stores 62% as 0.62. If you meant ${value}%, enter ${value}% or ${value / 100}.`,
    },
  ];
}

const isPercent = (indicator: Indicator | undefined) => indicator?.unit === 'Percent';

export default defineRule({
  family: 'workbook',
  id: 'toc-percent-above-one',
  severity: 'warning',
  summary:
    'A Percent indicator’s baseline, target or value above 100%: a percentage typed as a whole number.',
  check({ workbook }) {
    const byId = new Map(workbook.indicators.map((i) => [i.id, i]));
    return [
      ...workbook.indicators.flatMap((indicator, index) =>
        isPercent(indicator)
          ? [
              ...aboveOne('Baseline', indicator.baseline, {
                collection: 'indicators',
                index,
                field: 'baseline',
              }),
              ...aboveOne('Target', indicator.target, { collection: 'indicators', index, field: 'target' }),
            ]
          : [],
      ),
      ...workbook.measurements.flatMap((m, index) =>
        isPercent(byId.get(m.indicator))
          ? aboveOne('Value', m.value, { collection: 'measurements', index, field: 'value' })
          : [],
      ),
    ];
  },
});
