import { formatFigure } from '../../measures/format';
import type { Limit } from '../../questions/types';
import type { TextAnalysis } from '../../text/analysis';
import { charactersEnd, wordStart } from '../../text/count';
import { defineRule } from '../define';

export function countFor(analysis: TextAnalysis, limit: Limit): number {
  return limit.unit === 'words' ? analysis.counts.words : analysis.counts.characters;
}

/** Where the text goes past the limit: the start of the first word, or the first character, beyond it. */
export function overflowStart(text: string, limit: Limit, lineBreak: 1 | 2): number {
  return limit.unit === 'words'
    ? wordStart(text, limit.max + 1)
    : charactersEnd(text, limit.max, { lineBreak });
}

export default defineRule({
  family: 'answer',
  id: 'over-limit',
  severity: 'error',
  appliesTo: 'all',
  scope: 'answer',
  summary: 'The answer is longer than the question allows.',
  check({ answer, config }) {
    const limit = answer.question.limit;
    if (!limit) return [];
    const count = countFor(answer.analysis, limit);
    if (count <= limit.max) return [];
    const over = count - limit.max;
    const unit = limit.unit === 'words' ? 'word' : 'character';
    return [
      {
        message: `${formatFigure(count)} ${unit}s: ${formatFigure(over)} over the ${formatFigure(limit.max)}-${unit} limit. Portals refuse or cut off what is over; the highlighted text is beyond the limit.`,
        span: {
          start: overflowStart(answer.text, limit, config.countRule.lineBreak),
          end: answer.text.length,
        },
        suggestion: `Cut ${formatFigure(over)} ${over === 1 ? unit : `${unit}s`}: remove repetition and background the funder already knows before cutting evidence.`,
      },
    ];
  },
});
