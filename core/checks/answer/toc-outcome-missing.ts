import type { TextAnalysis } from '../../text/analysis';
import { defineRule } from '../define';
import { meaningOf, outcomeTerms, type TocTerms } from './match-statements';

/** Below this many words an answer cannot be expected to name every long-term outcome. */
const MIN_WORDS = 40;

/**
 * The terms an answer does not mention: it shares fewer than two of their stems (or than all, for a term of one).
 * Sentence by sentence, stopping once every term is mentioned: an answer that names its long-term outcomes early
 * is not read to the end. The benchmark's 100,000-character answer names the demo's in its second sentence; reading
 * the words of all 675, here and for the sentences outcome-not-in-toc passes over, was a twelfth of checking it.
 */
function unmentioned(analysis: TextAnalysis, terms: readonly TocTerms[]): TocTerms[] {
  const needed = terms.map(({ stems }) => Math.min(2, stems.size));
  const shared = terms.map(() => 0);
  let left = needed.filter((n) => n > 0).length;
  const seen = new Set<string>();
  for (let i = 0; i < analysis.sentences.length && left > 0; i++) {
    for (const stem of meaningOf(analysis.sentenceFeatures(i)).all) {
      if (seen.has(stem)) continue;
      seen.add(stem);
      terms.forEach(({ stems }, t) => {
        if (stems.has(stem) && ++shared[t]! === needed[t]) left--;
      });
    }
  }
  return terms.filter((_, t) => shared[t]! < needed[t]!);
}

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
    const longTerm = outcomeTerms(evidence.workbook).filter(
      ({ node }) => node.level === 'Outcome' && node.term === 'Long',
    );
    return unmentioned(answer.analysis, longTerm).map(({ node }) => ({
      message: `Your theory of change's long-term outcome ${node.id} is not mentioned. Funders look for the lasting change: say how this work contributes to it.`,
      evidence: `${node.id}: ${node.statement}`,
    }));
  },
});
