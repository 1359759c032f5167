import type { TextAnalysis } from '../../text/analysis';
import type { Quantity } from '../../text/quantities';
import type { Match } from '../../text/spans';
import { defineRule } from '../define';
import { hasAny, sentenceAround, speaksOfTheFuture } from './helpers';

/** Signs that the writer says where things start from, or what the figure compares with. */
const COMPARISON =
  /\b(?:baseline|(?:up|down|rise|rising|fall|falling|increase|increasing)\s+from|from\s+(?:a\s+|the\s+|our\s+|an?\s+average\s+of\s+|around\s+|about\s+)?(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|half|a\s+third|a\s+quarter)|currently|current\s+(?:rate|level|figure|position|performance)|at\s+present|compared\s+(?:with|to)|in\s+comparison|against\s+(?:a|the)\s+(?:national|local|regional)|national\s+average|local\s+average|last\s+year|previous(?:ly)?|to\s+date|so\s+far|starting\s+point|was\s+\d|were\s+\d|\bnow\)|(?:do|does|is|are|achieve|achieved|get|see)\s+now\b|at\s+the\s+moment|today)/i;

/** A starting figure in brackets: "(45% in 2024)", "(57% last year)", "(65%, 33 of 51)", "(72%; 58% in 2024)". */
const BRACKETED_BASELINE =
  /\(\s*\d[\d.,]*\s?%?\s+(?:in|at|for)\s+(?:19|20)\d{2}|\(\s*\d[\d.,]*\s?%?\s+(?:last\s+year|now|currently|at\s+(?:baseline|referral|the\s+start))|\(\s*\d[\d.,]*\s?%\s*[,;]\s*(?:\d[\d,]*\s+(?:of|out\s+of)\s+\d|\d[\d.,]*\s?%?\s+in\s+(?:19|20)\d{2})/i;

/** A figure said to be where people start: "68% at referral", "compared with 45% at the start of the course". */
const START_CONTEXT =
  /\b(?:at|on)\s+(?:referral|entry|intake|assessment|enrolment|the\s+start|the\s+beginning)\b|\bwhen\s+(?:they|people|participants|families)\s+(?:join|start|arrive|are\s+referred)\b/i;

/**
 * A test of the sentence around each figure, made once per sentence (figures come in the order of the text): a
 * long sentence of figures stays linear.
 */
function bySentence(analysis: TextAnalysis, test: (sentence: Match) => boolean): (q: Quantity) => boolean {
  let last: Match | undefined;
  let result = false;
  return (q) => {
    const sentence = sentenceAround(analysis, q);
    if (sentence !== last) {
      last = sentence;
      result = test(sentence);
    }
    return result;
  };
}

/** The first share in a sentence about what will change; the sentences are tested only once a share is found. */
function firstTarget(analysis: TextAnalysis): Quantity | undefined {
  let aboutChange: ((q: Quantity) => boolean) | undefined;
  for (const q of analysis.quantities) {
    if (q.unit !== 'percent' || q.outOf !== undefined) continue;
    aboutChange ??= bySentence(analysis, (s) => hasAny(analysis.changes, s) && speaksOfTheFuture(s.text));
    if (aboutChange(q)) return q;
  }
  return undefined;
}

export default defineRule({
  family: 'answer',
  id: 'outcome-no-baseline',
  severity: 'warning',
  appliesTo: ['outcomes'],
  scope: 'answer',
  summary: 'Sets a target without saying where things start from.',
  check({ answer }) {
    const { analysis } = answer;
    // A target: a share in a sentence about what will change ("87 of 140" reports a result, and so does "83% left
    // with a CV": neither is a target). Without one there is nothing to ask a baseline of, and the text is not
    // searched: most answers in a column of =IMPACT_CHECK set none, and searching each was a twentieth of its time.
    if (analysis.changes.length === 0) return [];
    const target = firstTarget(analysis);
    if (target === undefined) return [];
    if (COMPARISON.test(analysis.text) || BRACKETED_BASELINE.test(analysis.text)) return [];
    const atTheStart = bySentence(analysis, (s) => START_CONTEXT.test(s.text));
    if (analysis.quantities.some((q) => (q.unit === 'percent' || q.unit === 'count') && atTheStart(q)))
      return [];
    return [
      {
        message: `Sets a target (${target.text}) without saying where things start from. Without a baseline a funder cannot tell whether ${target.text} is a rise, a fall or what happens anyway.`,
        span: { start: target.start, end: target.end },
        suggestion: `Add the starting point: "${target.text} (up from … last year)" or "compared with … for young people locally".`,
      },
    ];
  },
});
