import { formatFigure } from '../../measures/format';
import { defineRule } from '../define';
import { countFor } from './over-limit';

export default defineRule({
  family: 'answer',
  id: 'near-limit',
  severity: 'info',
  appliesTo: 'all',
  scope: 'answer',
  summary: 'The answer is close to the question’s limit.',
  check({ answer, config }) {
    const limit = answer.question.limit;
    if (!limit) return [];
    const count = countFor(answer.analysis, limit);
    if (count > limit.max || count < Math.ceil(limit.max * config.nearLimitShare)) return [];
    const left = limit.max - count;
    const unit = limit.unit === 'words' ? 'word' : 'character';
    return [
      {
        message: `${formatFigure(count)} of ${formatFigure(limit.max)} ${unit}s: ${left === 0 ? 'none' : formatFigure(left)} left.${limit.unit === 'characters' ? ' Some portals count a line break as two characters; leave a little room.' : ''}`,
      },
    ];
  },
});
