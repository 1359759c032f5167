import type { Indicator } from '../../model/schema';
import { defineRule } from '../define';

const NEEDED: { field: keyof Indicator; words: string }[] = [
  { field: 'baseline', words: 'baseline' },
  { field: 'target', words: 'target' },
  { field: 'targetDate', words: 'target date' },
  { field: 'source', words: 'source' },
  { field: 'frequency', words: 'frequency' },
];

function listInWords(words: string[]): string {
  return words.length <= 1
    ? words.join('')
    : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

export default defineRule({
  family: 'workbook',
  id: 'toc-indicator-incomplete',
  severity: 'warning',
  summary: 'An indicator without a baseline, target, target date, source or frequency.',
  check({ workbook }) {
    return workbook.indicators.flatMap((indicator, index) => {
      const missing = NEEDED.filter(({ field }) => {
        const value = indicator[field];
        return value === undefined || (typeof value === 'string' && value.trim() === '');
      });
      if (missing.length === 0) return [];
      return [
        {
          ref: { collection: 'indicators', index, field: missing[0]!.field } as const,
          message: `${indicator.id} has no ${listInWords(missing.map((m) => m.words))}. Without ${missing.length > 1 ? 'them' : 'it'} progress cannot be judged or the figure trusted: fill in the blank cells.`,
        },
      ];
    });
  },
});
