import { defineRule } from '../define';

export default defineRule({
  family: 'answer',
  id: 'reach-without-outcomes',
  severity: 'warning',
  appliesTo: ['outcomes'],
  scope: 'answer',
  summary: 'An outcomes answer that only counts the people reached.',
  check({ answer }) {
    const { analysis } = answer;
    // Changes first: an outcomes answer has them read already, and most have some, so its reach is seldom needed.
    if (analysis.changes.length > 0 || analysis.reach.length === 0) return [];
    const first = analysis.reach[0]!;
    return [
      {
        message:
          'Counts the people you will reach but says nothing about what will change for them. Reaching people is an output; the outcome is what is different for them afterwards.',
        span: { start: first.start, end: first.end },
        suggestion: `Follow the number with the change: "${first.text}, and 60% of them will be in work, education or training within six months."`,
      },
    ];
  },
});
