import { defineRule } from '../define';
import { hasAny } from './helpers';

const CONSEQUENCE =
  /^(?:as\s+a\s+result|this\s+will|these\s+will|this\s+means|through\s+(?:this|these|them)|because\s+of\s+(?:this|these)|consequently|so\s+that|which\s+will|in\s+turn|by\s+doing\s+this|thanks\s+to\s+(?:this|these))\b/i;

/** A share with where it starts from: "60%, up from 57%", "to 75% from 72%". */
const SHARE_ON_THE_MOVE =
  /%[^.]{0,200}\b(?:up|down|rising|falling)\s+from\s+\d|\b(?:up|down|rise|fall|rising|falling)\s+from\s+\d[^.]{0,200}%/i;

export default defineRule({
  family: 'answer',
  id: 'output-as-outcome',
  severity: 'warning',
  appliesTo: ['outcomes'],
  scope: 'answer',
  summary: 'Gives something delivered (an output) where an outcome, a change, is asked for.',
  check({ answer }) {
    const { analysis } = answer;
    if (analysis.outputs.length === 0) return [];
    const sentences = analysis.sentences;
    return sentences
      .filter((sentence, index) => {
        if (!hasAny(analysis.outputs, sentence) || hasAny(analysis.changes, sentence)) return false;
        // "we aim for 60% of all leavers, up from 57%, by offering a placement": a share on the move is a change.
        if (SHARE_ON_THE_MOVE.test(sentence.text)) return false;
        // "We will run 40 workshops. As a result, 70% will …": the next sentence says what the output leads to.
        const next = sentences[index + 1];
        return !(next && CONSEQUENCE.test(next.text) && hasAny(analysis.changes, next));
      })
      .map((sentence) => ({
        message:
          'This is an output (what you will deliver), not an outcome (what will change for people). Keep it for the activities answer, or say what it leads to.',
        span: { start: sentence.start, end: sentence.end },
        suggestion:
          'Say what changes because of it: "… so that 70% of those who attend feel ready to apply for jobs."',
      }));
  },
});
