import type { Indicator } from '../../model/schema';
import { defineRule } from '../define';

function contradicts({ direction, baseline, target }: Indicator): boolean {
  if (baseline === undefined || target === undefined) return false;
  return direction === 'Increase' ? target < baseline : target > baseline;
}

export default defineRule({
  family: 'workbook',
  id: 'toc-direction-against-target',
  severity: 'warning',
  summary: 'An indicator whose Direction says one way while its target lies the other way from its baseline.',
  check({ workbook }) {
    return workbook.indicators.flatMap((indicator, index) =>
      contradicts(indicator)
        ? [
            {
              ref: { collection: 'indicators', index, field: 'direction' } as const,
              message: `Direction is ${indicator.direction}, but the target (${indicator.target}) is ${indicator.target! < indicator.baseline! ? 'below' : 'above'} the baseline (${indicator.baseline}); check the Direction, Baseline and Target.`,
            },
          ]
        : [],
    );
  },
});
