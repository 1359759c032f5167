import type { SentenceFeatures, TextAnalysis } from '../../text/analysis';
import type { Quantity } from '../../text/quantities';
import { lastStartingAtOrBefore, type Match, overlaps, type Span } from '../../text/spans';
import { type AnalysedAnswer, defineRule, type RawFinding } from '../define';

/** How often a number of people is counted: "a year" and "over three years" are different quantities. */
function periodOf(sentenceText: string): string {
  const sentence = sentenceText.toLowerCase();
  const over = /\b(?:over|across|during|in)\s+(?:the\s+)?(?:next\s+)?(\w+)\s+years?\b/.exec(sentence);
  if (over) return `over ${over[1]} years`;
  if (/\b(?:a|each|every|per)\s+year\b|\bannually\b|\byearly\b/.test(sentence)) return 'a year';
  if (/\b(?:a|each|every|per)\s+(?:term|quarter|month|week)\b/.test(sentence)) return 'shorter period';
  if (/\bin\s+total\b|\boverall\b|\baltogether\b/.test(sentence)) return 'in total';
  return '';
}

/** Last year's figure and next year's plan are different quantities: "supported 120" is not "will support 150". */
function tenseOf(sentence: string, reachPhrase: string): 'past' | 'plan' {
  const verb = reachPhrase.split(/\s+/)[0]!.toLowerCase();
  if (verb.endsWith('ed') || verb === 'saw') return 'past';
  return /\b(?:last|previous)\s+year\b|\bso\s+far\b|\bto\s+date\b/i.test(sentence) ? 'past' : 'plan';
}

interface Reached {
  answer: AnalysedAnswer;
  /** Offsets into the sentence. */
  quantity: Quantity;
  /** The quantity's place in the answer. */
  span: Span;
  key: string;
}

interface CountReached {
  quantity: Quantity;
  phrase: Match;
}

/**
 * The counts of people reached in one sentence, each with the reach phrase that holds it (offsets into the
 * sentence). A phrase never crosses a sentence, so the numbers of a sentence are read only if it has a reach
 * phrase: most sentences of most answers have none, and reading numbers costs more than finding the phrases.
 */
function countsReached(features: SentenceFeatures): CountReached[] {
  const reach = features.reach;
  if (reach.length === 0) return [];
  const out: CountReached[] = [];
  for (const q of features.quantities) {
    if (q.unit !== 'count' || q.noun === '') continue;
    // The reach phrase that holds this number starts before it: the last one starting at or before it.
    const around = lastStartingAtOrBefore(reach, q.start);
    if (around && overlaps(around, q)) out.push({ quantity: q, phrase: around });
  }
  return out;
}

const reachedCache = new WeakMap<TextAnalysis, Reached[]>();

/** Numbers of people reached, keyed by what is counted and over what period. Other numbers are never compared. */
function reachedCounts(answer: AnalysedAnswer): Reached[] {
  const { analysis } = answer;
  const cached = reachedCache.get(analysis);
  if (cached) return cached;
  const found = findReached(answer);
  reachedCache.set(analysis, found);
  return found;
}

function findReached(answer: AnalysedAnswer): Reached[] {
  const { analysis } = answer;
  const perSentence = analysis.perSentence('counts-reached', (_, features) => countsReached(features));
  const out: Reached[] = [];
  analysis.sentences.forEach((sentence, index) => {
    for (const { quantity, phrase } of perSentence[index]!) {
      const phraseStart = sentence.start + phrase.start;
      const around = analysis.text.slice(Math.max(0, phraseStart - 40), sentence.start + phrase.end + 15);
      out.push({
        answer,
        quantity,
        span: { start: sentence.start + quantity.start, end: sentence.start + quantity.end },
        key: `${quantity.noun}|${periodOf(sentence.text)}|${tenseOf(around, phrase.text)}`,
      });
    }
  });
  return out;
}

export default defineRule({
  family: 'answer',
  id: 'inconsistent-numbers',
  severity: 'warning',
  appliesTo: 'all',
  scope: 'page',
  summary: 'The same number (such as how many people you will reach) given differently in two answers.',
  check({ answer, others }) {
    // Only answers are compared with each other: alone on its page, an answer has nothing to disagree with.
    if (others.length === 0) return [];
    const mine = reachedCounts(answer);
    if (mine.length === 0) return [];
    // Per key, the other answers' first figure and their first figure that differs from it: whatever this answer
    // says, the first figure of theirs that disagrees is one of the two, so no pair is compared twice.
    const theirs = new Map<string, { first: Reached; firstOther?: Reached }>();
    for (const other of others) {
      for (const r of reachedCounts(other)) {
        const seen = theirs.get(r.key);
        if (!seen) theirs.set(r.key, { first: r });
        else if (!seen.firstOther && r.quantity.value !== seen.first.quantity.value) seen.firstOther = r;
      }
    }
    const findings: RawFinding[] = [];
    for (const here of mine) {
      const seen = theirs.get(here.key);
      const clash =
        seen && (seen.first.quantity.value !== here.quantity.value ? seen.first : seen.firstOther);
      // Within one answer, two figures for one group are usually a total and a part; only answers are compared.
      if (!clash) continue;
      const label = clash.answer.question.label.trim();
      findings.push({
        message: `Says ${here.quantity.text} ${here.quantity.noun} here, but ${clash.quantity.text} in the answer to "${label.length > 70 ? `${label.slice(0, 67)}…` : label}". Funders compare answers: make the figures agree, or say why they differ.`,
        span: here.span,
      });
    }
    return findings;
  },
});
