import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod/mini';
import { AnswerEngine } from '../../core/checks/engine';
import { ANSWER_RULES } from '../../core/checks/registry-answer';
import { describeQuestion } from '../../core/questions/describe-question';
import type { Limit, Question, QuestionInput } from '../../core/questions/types';
import {
  type FunderQuestionCorpus,
  funderQuestionProblems,
  readFunderQuestions,
} from '../../tests/fixtures/corpora/funder-questions';
import {
  accuracyTally,
  type Detection,
  GROUPED_HEADER,
  type GroupedFigures,
  type GroupedTask,
  groupedFigures,
  groupedRow,
  type JudgedGroup,
  judgeWholeSet,
  leaveOneGroupOut,
  precisionTally,
  recallTally,
} from '../../tests/quality/grouped-score';
import type { BenchMetric } from '../harness';

const ROOT = join(import.meta.dirname, '..', '..');
const CORPORA = join(ROOT, 'tests', 'fixtures', 'corpora');
const CHECKS_README = join(ROOT, 'docs', 'checks', 'README.md');
const QUESTIONS_DOC = join(ROOT, 'docs', 'questions.md');

// ---- Funders' questions, one funder left out at a time ----

type FunderQuestion = FunderQuestionCorpus['questions'][number] & { funder: string };

interface QuestionOutcome {
  question: FunderQuestion;
  got: Question;
  /** Null for a label marked unsure. */
  kindRight: boolean | null;
  /** Null where the form publishes no limit. */
  limitRight: boolean | null;
  /** Where no limit is published: true when none is read. */
  noLimitRight: boolean | null;
}

function funderQuestions(): FunderQuestion[] {
  const corpus = readFunderQuestions();
  const problems = funderQuestionProblems(corpus);
  if (problems.length > 0) throw new Error(`funder-questions.json: ${problems.join('; ')}`);
  const { sources, questions } = corpus as FunderQuestionCorpus;
  const funderOf = new Map(sources.map((s) => [s.id, s.funder]));
  return questions.map((q) => ({ ...q, funder: funderOf.get(q.source)! }));
}

const sameLimit = (a: Limit | null, b: Limit | null): boolean =>
  a === null || b === null ? a === b : a.max === b.max && a.unit === b.unit;

/** The classifier is hand-written rules with nothing fitted, so `fit` hands back the rules whatever it is given. */
const questionTask: GroupedTask<FunderQuestion, (input: QuestionInput) => Question, QuestionOutcome> = {
  groupOf: (q) => q.funder,
  fit: () => describeQuestion,
  judge(question, describe) {
    const got = describe({ label: question.label, ...(question.help ? { help: question.help } : {}) });
    return {
      question,
      got,
      kindRight: question.unsure ? null : got.kind === question.kind,
      limitRight: question.limit === null ? null : sameLimit(got.limit, question.limit),
      noLimitRight: question.limit === null ? got.limit === null : null,
    };
  },
};

interface QuestionFigures {
  kind: GroupedFigures;
  limit: GroupedFigures;
  noLimit: GroupedFigures;
  outcomes: QuestionOutcome[];
}

function questionFigures(): QuestionFigures {
  const questions = funderQuestions();
  const leftOut = leaveOneGroupOut(questions, questionTask);
  const whole = judgeWholeSet(questions, questionTask);
  const pick =
    (field: 'kindRight' | 'limitRight' | 'noLimitRight') => (outcomes: readonly QuestionOutcome[]) =>
      accuracyTally(outcomes.map((o) => o[field]));
  return {
    kind: groupedFigures(leftOut, whole, pick('kindRight')),
    limit: groupedFigures(leftOut, whole, pick('limitRight')),
    noLimit: groupedFigures(leftOut, whole, pick('noLimitRight')),
    outcomes: whole,
  };
}

function questionTable(f: QuestionFigures): string {
  return [
    GROUPED_HEADER,
    groupedRow('kind (labels not marked unsure)', f.kind),
    groupedRow('limit, where one is published', f.limit),
    groupedRow('no limit read, where none is published', f.noLimit),
  ].join('\n');
}

function questionMisses(outcomes: readonly QuestionOutcome[]): string {
  const lines = outcomes.flatMap(({ question: q, got, kindRight, limitRight }) => [
    ...(kindRight === false ? [`kind ${q.kind} → ${got.kind} | ${q.funder} | "${q.label}"`] : []),
    ...(limitRight === false
      ? [`limit ${JSON.stringify(q.limit)} → ${JSON.stringify(got.limit)} | ${q.funder} | "${q.label}"`]
      : []),
  ]);
  return lines.sort().join('\n');
}

// ---- Guides' statements, one guide left out at a time ----

const GuideCorpus = z.object({
  sources: z.array(z.object({ id: z.string(), guide: z.string() })),
  statements: z.array(z.object({ source: z.string(), text: z.string(), label: z.string() })),
});

interface Statement {
  guide: string;
  text: string;
  label: string;
}

interface StatementOutcome {
  statement: Statement;
  fired: ReadonlySet<string>;
}

function guideStatements(): Statement[] {
  const { sources, statements } = GuideCorpus.parse(
    JSON.parse(readFileSync(join(CORPORA, 'guide-statements.json'), 'utf8')),
  );
  const guideOf = new Map(sources.map((s) => [s.id, s.guide]));
  return statements.map((s) => {
    const guide = guideOf.get(s.source);
    if (!guide) throw new Error(`guide-statements.json: "${s.text}" names unknown source ${s.source}`);
    return { guide, text: s.text, label: s.label };
  });
}

const OUTCOMES_QUESTION: Question = { kind: 'outcomes', label: 'What outcomes do you expect?', limit: null };

/** The checks that fire on a statement given alone as the answer to an outcomes question. */
function firedOn(text: string): Set<string> {
  const engine = new AnswerEngine({ rules: ANSWER_RULES });
  const findings = engine.updatePage([{ key: 'statement', text, question: OUTCOMES_QUESTION }]);
  return new Set((findings.get('statement') ?? []).map((f) => f.checkId));
}

/** The checks are hand-written rules with nothing fitted: `fit` hands back the rules whatever it is given. */
const statementTask: GroupedTask<Statement, (text: string) => Set<string>, StatementOutcome> = {
  groupOf: (s) => s.guide,
  fit: () => firedOn,
  judge: (statement, fire) => ({ statement, fired: fire(statement.text) }),
};

const OUTCOME_LABELS = new Set(['outcome', 'outcome-short', 'outcome-medium', 'outcome-long']);

interface CheckFamily {
  name: string;
  checkIds: readonly string[];
  /** Whether the statement's label says the family should fire; null when the label is not scored. */
  expected(label: string): boolean | null;
}

const OUTPUT_AS_OUTCOME: CheckFamily = {
  name: 'output-as-outcome',
  checkIds: ['output-as-outcome'],
  expected: (label) =>
    label === 'output' || label === 'activity'
      ? true
      : OUTCOME_LABELS.has(label) || label === 'impact' || label === 'good-outcome'
        ? false
        : null,
};

const weakExpected = (label: string): boolean | null =>
  label === 'weak-outcome' ? true : OUTCOME_LABELS.has(label) || label === 'good-outcome' ? false : null;

const WEAK_OUTCOME: CheckFamily = {
  name: 'weak-outcome',
  checkIds: ['vague-outcome', 'outcome-not-measurable'],
  expected: weakExpected,
};

/** The two weak-outcome checks one by one, shown beside their pooled figure to say which one errs. */
const WEAK_OUTCOME_PARTS: CheckFamily[] = WEAK_OUTCOME.checkIds.map((id) => ({
  name: id,
  checkIds: [id],
  expected: weakExpected,
}));

function detection(family: CheckFamily, { statement, fired }: StatementOutcome): Detection | null {
  const expected = family.expected(statement.label);
  return expected === null ? null : { expected, fired: family.checkIds.some((id) => fired.has(id)) };
}

interface FamilyFigures {
  family: CheckFamily;
  precision: GroupedFigures;
  recall: GroupedFigures;
  positives: number;
  negatives: number;
  falsePositives: StatementOutcome[];
  falseNegatives: StatementOutcome[];
}

function familyFigures(
  family: CheckFamily,
  leftOut: readonly JudgedGroup<StatementOutcome>[],
  whole: readonly StatementOutcome[],
): FamilyFigures {
  const detections = (outcomes: readonly StatementOutcome[]) => outcomes.map((o) => detection(family, o));
  const scored = whole.filter((o) => detection(family, o) !== null);
  const isExpected = (o: StatementOutcome) => detection(family, o)!.expected;
  const fired = (o: StatementOutcome) => detection(family, o)!.fired;
  return {
    family,
    precision: groupedFigures(leftOut, whole, (o) => precisionTally(detections(o))),
    recall: groupedFigures(leftOut, whole, (o) => recallTally(detections(o))),
    positives: scored.filter(isExpected).length,
    negatives: scored.filter((o) => !isExpected(o)).length,
    falsePositives: scored.filter((o) => !isExpected(o) && fired(o)),
    falseNegatives: scored.filter((o) => isExpected(o) && !fired(o)),
  };
}

let statementCache: FamilyFigures[] | undefined;

function statementFigures(): FamilyFigures[] {
  if (!statementCache) {
    const statements = guideStatements();
    const leftOut = leaveOneGroupOut(statements, statementTask);
    const whole = judgeWholeSet(statements, statementTask);
    statementCache = [OUTPUT_AS_OUTCOME, WEAK_OUTCOME, ...WEAK_OUTCOME_PARTS].map((family) =>
      familyFigures(family, leftOut, whole),
    );
  }
  return statementCache;
}

const two = (v: number | null): string => (v === null ? '–' : v.toFixed(2));

const familyLabel = ({ name, checkIds }: CheckFamily): string =>
  checkIds.length === 1 ? name : `${name} (${checkIds.join(' or ')})`;

function checksGroupedTable(figures: readonly FamilyFigures[]): string {
  return [
    GROUPED_HEADER,
    ...figures.flatMap((f) => [
      groupedRow(`${familyLabel(f.family)} precision`, f.precision),
      groupedRow(`${familyLabel(f.family)} recall`, f.recall),
    ]),
  ].join('\n');
}

function checksWholeSetTable(figures: readonly FamilyFigures[]): string {
  return [
    '| checks | precision | recall | positives | negatives | true positives | false positives | missed |',
    '|---|---|---|---|---|---|---|---|',
    ...figures.map(
      (f) =>
        `| ${familyLabel(f.family)} | ${two(f.precision.wholeSet)} | ${two(f.recall.wholeSet)} | ${f.positives} | ${f.negatives} | ${f.recall.hits} | ${f.precision.counted - f.precision.hits} | ${f.recall.counted - f.recall.hits} |`,
    ),
  ].join('\n');
}

function statementMisses(kind: string, outcomes: readonly StatementOutcome[]): string {
  return outcomes
    .map(
      ({ statement: s, fired }) =>
        `${kind} [${s.label}] fired: ${[...fired].sort().join(', ') || 'none'} | ${s.guide} | "${s.text}"`,
    )
    .join('\n');
}

// ---- Docs ----

/** Replaces what lies between a page's markers, formatted as `npm run lint` expects. */
function writeBetweenMarkers(path: string, marker: string, body: string): void {
  const start = `<!-- ${marker}:start -->`;
  const end = `<!-- ${marker}:end -->`;
  const page = readFileSync(path, 'utf8');
  const from = page.indexOf(start);
  const to = page.indexOf(end);
  if (from < 0 || to < from) return;
  writeFileSync(path, `${page.slice(0, from + start.length)}\n\n${body}\n\n${page.slice(to)}`);
  execFileSync(join(ROOT, 'node_modules', '.bin', 'biome'), ['format', '--write', path]);
}

function writeChecksDocs(figures: readonly FamilyFigures[]): void {
  writeBetweenMarkers(CHECKS_README, 'unseen-guides', checksGroupedTable(figures));
  writeBetweenMarkers(CHECKS_README, 'unseen-guides-whole-set', checksWholeSetTable(figures));
}

// ---- Metrics ----

function checkMetric(
  familyName: string,
  which: 'precision' | 'recall',
  budget: number,
  description: string,
): BenchMetric {
  return {
    name: `${familyName}-${which}-unseen-guide`,
    unit: 'share',
    budget,
    better: 'higher',
    description,
    measure() {
      const all = statementFigures();
      const f = all.find((x) => x.family.name === familyName)!;
      const shown = all.filter((x) => x.family.checkIds.every((id) => f.family.checkIds.includes(id)));
      const rows = shown.map((x) => groupedRow(`${familyLabel(x.family)} ${which}`, x[which]));
      const wholeSet = shown.map((x) => `${familyLabel(x.family)} ${two(x[which].wholeSet)}`).join('; ');
      console.log(
        `\n${familyName} ${which}, one guide left out at a time (${f.positives} positives, ${f.negatives} negatives):\n\n` +
          `${GROUPED_HEADER}\n${rows.join('\n')}\n\nwhole set: ${wholeSet}\n`,
      );
      const misses =
        which === 'precision'
          ? statementMisses('false positive', f.falsePositives)
          : statementMisses('missed', f.falseNegatives);
      if (misses) process.stderr.write(`${familyName} ${which} misses:\n${misses}\n`);
      writeChecksDocs(all);
      return f[which].micro ?? 0;
    },
  };
}

export const metrics: BenchMetric[] = [
  {
    name: 'questions-accuracy-unseen-funder',
    unit: 'share',
    budget: 0.9,
    better: 'higher',
    description:
      'share of funder-questions.json (labels not marked unsure) whose kind is read right, one funder left out at a time',
    measure() {
      const f = questionFigures();
      const table = questionTable(f);
      console.log(
        `\nFunders' questions, one funder left out at a time:\n\n${table}\n\n` +
          `whole set: kind ${two(f.kind.wholeSet)}, limit ${two(f.limit.wholeSet)}, no limit ${two(f.noLimit.wholeSet)}\n`,
      );
      const misses = questionMisses(f.outcomes);
      if (misses) process.stderr.write(`questions-accuracy-unseen-funder misses:\n${misses}\n`);
      writeBetweenMarkers(QUESTIONS_DOC, 'unseen-funders', table);
      return f.kind.micro ?? 0;
    },
  },
  checkMetric(
    'output-as-outcome',
    'precision',
    0.95,
    'precision of output-as-outcome on guide-statements.json, one guide left out at a time',
  ),
  checkMetric(
    'output-as-outcome',
    'recall',
    0.8,
    'recall of output-as-outcome on guide-statements.json (outputs and activities), one guide left out at a time',
  ),
  checkMetric(
    'weak-outcome',
    'precision',
    0.95,
    'precision of vague-outcome or outcome-not-measurable on guide-statements.json, one guide left out at a time',
  ),
  checkMetric(
    'weak-outcome',
    'recall',
    0.8,
    'recall of vague-outcome or outcome-not-measurable on guide statements labelled weak, one guide left out at a time',
  ),
];
