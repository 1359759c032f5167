import type { Limit } from '../questions/types';
import type { TextAnalysis } from '../text/analysis';
import { defineCheck } from './define';
import { thousands } from './helpers';

const NON_SPACE_RUN = /[^\s\u00a0\u2000-\u200b\u2028\u2029\u3000\ufeff]+/g;

export function countFor(analysis: TextAnalysis, limit: Limit): number {
  return limit.unit === 'words' ? analysis.counts.words : analysis.counts.characters;
}

/** Where the text goes past the limit: the start of the first word, or the first character, beyond it. */
export function overflowStart(text: string, limit: Limit, lineBreak: 1 | 2): number {
  if (limit.unit === 'words') {
    let n = 0;
    NON_SPACE_RUN.lastIndex = 0;
    for (let m = NON_SPACE_RUN.exec(text); m !== null; m = NON_SPACE_RUN.exec(text)) {
      n++;
      if (n > limit.max) return m.index;
    }
    return text.length;
  }
  let counted = 0;
  for (let i = 0; i < text.length; i++) {
    counted += text.charCodeAt(i) === 10 ? lineBreak : 1;
    if (counted > limit.max) return i;
  }
  return text.length;
}

export default defineCheck({
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
        message: `${thousands(count)} ${unit}s: ${thousands(over)} over the ${thousands(limit.max)}-${unit} limit. Portals refuse or cut off what is over; the highlighted text is beyond the limit.`,
        span: {
          start: overflowStart(answer.text, limit, config.countRule.lineBreak),
          end: answer.text.length,
        },
        suggestion: `Cut ${thousands(over)} ${over === 1 ? unit : `${unit}s`}: remove repetition and background the funder already knows before cutting evidence.`,
      },
    ];
  },
});
