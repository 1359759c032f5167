import { defineRule } from '../define';
import { sentenceAround } from './helpers';

/** Words that show the writer has a measure in mind even without a figure. */
const MEASURE_WORDS =
  /\b(?:measured|measure|score|scores|scale|rate|rates|proportion|percentage|per\s?cent|number\s+of|share\s+of|indicator|baseline|target|survey|questionnaire|assessment|tracked|evidenced\s+by|wemwbs|swemwbs|sdq|outcomes\s+star|rosenberg|gad-?7|phq-?9)\b/i;

export default defineRule({
  family: 'answer',
  id: 'outcome-not-measurable',
  severity: 'warning',
  appliesTo: ['outcomes'],
  scope: 'answer',
  summary: 'Says what will change but gives no figure or measure.',
  check({ answer }) {
    const { analysis } = answer;
    if (analysis.changes.length === 0) return [];
    const figures = analysis.quantities.some(
      (q) => q.unit === 'count' || q.unit === 'percent' || q.unit === 'money',
    );
    if (figures || MEASURE_WORDS.test(analysis.text)) return [];
    const first = sentenceAround(analysis, analysis.changes[0]!);
    return [
      {
        message:
          'Says what will change but not how much, or how you will know. Give a figure (how many people, what share) or the measure you will use.',
        span: { start: first.start, end: first.end },
        suggestion:
          'Make it countable: "60% of participants (up from 45%) will be in work six months after leaving, measured by follow-up calls."',
      },
    ];
  },
});
