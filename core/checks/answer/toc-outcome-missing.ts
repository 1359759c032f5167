import { defineRule } from '../define';
import { sharedCount } from './helpers';
import { answerStems, outcomeTerms } from './match-statements';

/** Below this many words an answer cannot be expected to name every long-term outcome. */
const MIN_WORDS = 40;

export default defineRule({
  family: 'answer',
  id: 'toc-outcome-missing',
  severity: 'info',
  appliesTo: ['outcomes'],
  scope: 'answer',
  needsEvidence: true,
  summary: 'A long-term outcome of the theory of change that the outcomes answer leaves out.',
  check({ answer, evidence }) {
    if (!evidence || !answer.analysis.hasWords(MIN_WORDS)) return [];
    const words = answerStems(answer.analysis);
    return outcomeTerms(evidence.workbook)
      .filter(({ node }) => node.level === 'Outcome' && node.term === 'Long')
      .filter(({ stems }) => sharedCount(words, stems) < Math.min(2, stems.size))
      .map(({ node }) => ({
        message: `Your theory of change's long-term outcome ${node.id} is not mentioned. Funders look for the lasting change: say how this work contributes to it.`,
        evidence: `${node.id}: ${node.statement}`,
      }));
  },
});
