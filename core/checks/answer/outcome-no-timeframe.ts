import { defineRule } from '../define';
import { sentenceAround } from './helpers';

export default defineRule({
  family: 'answer',
  id: 'outcome-no-timeframe',
  severity: 'warning',
  appliesTo: ['outcomes'],
  scope: 'answer',
  summary: 'Says what will change but not by when.',
  check({ answer }) {
    const { analysis } = answer;
    if (analysis.changes.length === 0) return [];
    if (analysis.timeframes.some((t) => t.specific)) return [];
    const first = sentenceAround(analysis, analysis.changes[0]!);
    return [
      {
        message:
          'Says what will change but not by when. A change without a date cannot be checked: say when you expect it (by the end of the grant, within six months of leaving, by March 2027).',
        span: { start: first.start, end: first.end },
        suggestion:
          'Add when: "… within six months of leaving the programme" or "… by the end of the grant (March 2027)".',
      },
    ];
  },
});
