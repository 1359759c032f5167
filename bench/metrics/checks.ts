import type { Answer } from '../../core/checks/define';
import { AnswerEngine, checkAnswer } from '../../core/checks/engine';
import { evidenceContext } from '../../core/checks/evidence';
import { ANSWER_RULES } from '../../core/checks/registry-answer';
import { DEMO_AS_OF, demoWorkbook } from '../../core/demo/workbook';
import { realisticApplication } from '../../tests/fixtures/applications/realistic-application';
import { type BenchMetric, type SideBySide, scanWords, sideBySide } from '../harness';

const evidence = evidenceContext(demoWorkbook, DEMO_AS_OF);
const application = realisticApplication(5_000);
const allText = application.map((a) => a.text).join('\n\n');

// A fresh engine each run, with no sentence remembered: what the first check of a page costs.
function checkWholeApplication(): void {
  new AnswerEngine({ rules: ANSWER_RULES, evidence, sentenceCacheSize: 0 }).updatePage(application);
}

/** One answer of `characters` characters made of realistic outcome answers. */
function longAnswer(characters: number): Answer {
  const outcomes = realisticApplication(40_000).filter((a) => a.question.kind === 'outcomes');
  let text = outcomes.map((a) => a.text).join('\n\n');
  while (text.length < characters) text += `\n\n${text}`;
  return {
    key: 'long',
    text: text.slice(0, characters),
    question: { kind: 'outcomes', label: 'What difference will your project make?', limit: null },
  };
}

function checksAgainstScan(answer: Answer, rounds: number): SideBySide {
  return sideBySide(
    () => scanWords(answer.text),
    () => checkAnswer(answer, [], { rules: ANSWER_RULES, evidence, sentenceCacheSize: 0 }),
    { rounds, runs: 3 },
  );
}

/** A keystroke in the page's 500-word outcomes field, the other nine fields cached, as the extension re-checks. */
function keystrokeInOutcomes(): () => void {
  const engine = new AnswerEngine({ rules: ANSWER_RULES, evidence });
  engine.updatePage(application);
  const field = application.find((a) => a.question.kind === 'outcomes')!;
  let n = 0;
  return () => {
    n++;
    engine.update({ ...field, text: `${field.text}${n % 2 ? ' x' : ''}` });
  };
}

const words = (text: string) => scanWords(text).toLocaleString('en-GB');

export const metrics: BenchMetric[] = [
  {
    name: 'checks-application-5k-words',
    unit: 'ratio',
    budget: 6,
    better: 'lower',
    description: `all checks, 10 fields, ${words(allText)} words, demo workbook, a fresh engine each run`,
    floor: 'one Unicode word scan of the same text',
    measure: () => sideBySide(() => scanWords(allText), checkWholeApplication, { rounds: 31, runs: 5 }),
  },
  {
    name: 'checks-100k-characters',
    unit: 'ratio',
    budget: 6,
    better: 'lower',
    description: 'all checks on one 100,000-character outcomes answer, demo workbook',
    floor: 'one Unicode word scan of that answer',
    measure() {
      // A tenth of the text first, for information: the growth from there to the full answer is at most tenfold
      // when the cost is linear.
      const tenth = checksAgainstScan(longAnswer(10_000), 15);
      const full = checksAgainstScan(longAnswer(100_000), 21);
      process.stderr.write(
        `    10,000 characters: ${tenth.ms.toFixed(2)} ms (${tenth.ratio.toFixed(2)}× its scan); ten times the text costs ${(full.ms / tenth.ms).toFixed(1)} times as much\n`,
      );
      return full;
    },
  },
  {
    name: 'checks-keystroke-500-words',
    unit: 'ratio',
    budget: 0.2,
    better: 'lower',
    description: 're-check after one keystroke in a 500-word outcomes field, page of 10 fields cached',
    floor: `one Unicode word scan of the whole page's text (${words(allText)} words)`,
    measure: () => sideBySide(() => scanWords(allText), keystrokeInOutcomes(), { rounds: 31, runs: 11 }),
  },
];
