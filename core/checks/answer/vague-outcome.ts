import { countWords } from '../../text/count';
import { firstStartingAtOrAfter } from '../../text/spans';
import { defineRule } from '../define';
import { hasAny, sentenceAround, someWithin } from './helpers';

const ADVICE: [RegExp, string][] = [
  [
    /awareness/i,
    'Say who will know or do what differently: "70% of parents can name three signs of grooming after the session."',
  ],
  [
    /empower/i,
    'Say what people will be able to do that they cannot now: "… will manage their own budget without support."',
  ],
  [/difference|impact|positive/i, 'Say what will be different, for how many people, and by when.'],
  [
    /lives|life|futures?|potential/i,
    'Name the part of life that changes, and how you will see it: work, housing, health, school, relationships.',
  ],
  [/holistic/i, 'Say which needs you meet and what changes for each.'],
  [
    /wellbeing|well-being|quality/i,
    'Say how you will measure it (for example the SWEMWBS wellbeing scale) and by how much you expect it to rise.',
  ],
];

/** A sentence this short that holds the vague phrase is a heading for what follows it. */
const TOPIC_SENTENCE_WORDS = 6;

/** Evidence in the same sentence that the vague phrase is pinned down. */
const PINNED = /%|\bper\s?cent\b|\b(?:measured|score|scores|scale|survey|questionnaire)\b/i;

export default defineRule({
  family: 'answer',
  id: 'vague-outcome',
  severity: 'warning',
  appliesTo: ['outcomes', 'summary'],
  scope: 'answer',
  summary: 'A phrase that sounds like an outcome but says nothing a funder could check.',
  check({ answer }) {
    const { analysis } = answer;
    // Most answers have no vague phrase: they are passed over before any list or test is made for them.
    if (analysis.vague.length === 0) return [];
    return analysis.vague
      .filter((phrase) => {
        const sentence = sentenceAround(analysis, phrase);
        if (PINNED.test(sentence.text)) return false;
        // "Placements make a difference. 29 of 38 who had one were in work…": a short topic sentence whose figure
        // follows at once. A longer sentence is a promise of its own ("This will empower young people and make a
        // real difference to their lives."), whatever comes next.
        const next = analysis.sentences[firstStartingAtOrAfter(analysis.sentences, sentence.end)];
        if (
          next &&
          countWords(sentence.text) <= TOPIC_SENTENCE_WORDS &&
          (PINNED.test(next.text) || someWithin(analysis.quantities, next, (q) => q.unit === 'percent'))
        )
          return false;
        // A count with a date or a change in the same sentence pins it too: "… 150 families contacted, 60 by September".
        const counted = someWithin(analysis.quantities, sentence, (q) => q.unit === 'count');
        return !(counted && (hasAny(analysis.timeframes, sentence) || hasAny(analysis.changes, sentence)));
      })
      .map((phrase) => ({
        message: `"${phrase.text}" sounds like an outcome but cannot be checked: nobody can tell afterwards whether it happened.`,
        span: { start: phrase.start, end: phrase.end },
        suggestion:
          ADVICE.find(([pattern]) => pattern.test(phrase.text))?.[1] ??
          'Say what will be different, for whom, and by when.',
      }));
  },
});
