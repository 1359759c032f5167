import { afterEach, describe, expect, it } from 'vitest';
import type { Answer } from '../../core/checks/define';
import { checkAnswer } from '../../core/checks/engine';
import { evidenceContext } from '../../core/checks/evidence';
import { ANSWER_RULES } from '../../core/checks/registry-answer';
import { DEMO_AS_OF, demoWorkbook } from '../../core/demo/workbook';
import { realisticApplication } from '../fixtures/applications/realistic-application';

/**
 * Checking a text ten times longer must do about ten times the work. Work is counted, not timed (a timed version of
 * this test failed on a busy machine): characters the regular expressions step over, elements the array methods
 * visit, and characters lower-cased. Each is held to linear growth on its own, so a quadratic loop through any of
 * them shows. A plain `for` loop is not counted: the texts below are chosen so that the loops there are would also
 * call one of these.
 */
interface Work {
  regex: number;
  array: number;
  lowerCase: number;
}

const ARRAY_METHODS = [
  'indexOf',
  'lastIndexOf',
  'includes',
  'find',
  'findIndex',
  'findLast',
  'some',
  'every',
  'filter',
  'map',
  'flatMap',
  'forEach',
  'reduce',
] as const;

const restorers: (() => void)[] = [];
afterEach(() => {
  for (const restore of restorers.splice(0)) restore();
});

/** Counts the work `run` does. Patches are undone before returning, even if `run` throws. */
function countWork(run: () => void): Work {
  const work: Work = { regex: 0, array: 0, lowerCase: 0 };
  const exec = RegExp.prototype.exec;
  // String's match, replace, split and test all go through exec once it is replaced, as the spec says they must.
  RegExp.prototype.exec = function (this: RegExp, input: string) {
    const from = this.global || this.sticky ? this.lastIndex : 0;
    const found = exec.call(this, input);
    if (found) work.regex += found.index + found[0].length - from + 1;
    else work.regex += this.sticky ? 1 : input.length - from + 1;
    return found;
  };
  restorers.push(() => {
    RegExp.prototype.exec = exec;
  });
  const toLowerCase = String.prototype.toLowerCase;
  String.prototype.toLowerCase = function (this: string) {
    work.lowerCase += this.length + 1;
    return toLowerCase.call(this);
  };
  restorers.push(() => {
    String.prototype.toLowerCase = toLowerCase;
  });
  for (const name of ARRAY_METHODS) {
    const original = Array.prototype[name] as (...args: unknown[]) => unknown;
    Object.defineProperty(Array.prototype, name, {
      configurable: true,
      writable: true,
      value(this: unknown[], ...args: unknown[]) {
        work.array += this.length + 1;
        return original.apply(this, args);
      },
    });
    restorers.push(() => {
      Object.defineProperty(Array.prototype, name, { configurable: true, writable: true, value: original });
    });
  }
  try {
    run();
  } finally {
    for (const restore of restorers.splice(0)) restore();
  }
  return work;
}

const evidence = evidenceContext(demoWorkbook, DEMO_AS_OF);
const application = realisticApplication(1_500);

/** Every answer of the application repeated `times` times: the same kind of text, `times` as long. */
function scaled(times: number): Answer[] {
  return application.map((a) => ({ ...a, text: Array(times).fill(a.text).join('\n\n') }));
}

/**
 * A page written to reach the loops that realistic answers seldom do: output after output with no change, a budget
 * of many lines, many figures of people reached, claims without sources. Figures differ line by line.
 */
function denseOutputs(times: number): Answer[] {
  const lines = (i: number) =>
    [
      `We will run ${12 + i} weekly sessions for ${40 + i} young people.`,
      `We will deliver ${20 + i} workshops.`,
      `Research shows that mentoring works.`,
      `Staff costs: £${12_000 + i}`,
      `Evaluation: £${300 + i}`,
      `We will reach ${200 + i} families a year.`,
    ].join('\n');
  const text = (offset: number) => Array.from({ length: times * 20 }, (_, i) => lines(i + offset)).join('\n');
  const question = (kind: Answer['question']['kind']) => ({
    kind,
    label: `The ${kind} question`,
    limit: null,
  });
  return [
    { key: 'outcomes', text: text(0), question: question('outcomes') },
    { key: 'budget', text: text(1), question: question('budget') },
    { key: 'beneficiaries', text: text(2), question: question('beneficiaries') },
    { key: 'activities', text: text(3), question: question('activities') },
  ];
}

/** One outcomes answer that is a single sentence of many promises, each with its figure: cut into many clauses. */
function oneLongSentence(times: number): Answer[] {
  const promises = Array.from(
    { length: times * 20 },
    (_, i) =>
      `${20 + (i % 70)}% of the young people we support will ${i % 2 ? 'be in work' : 'feel more confident'}`,
  );
  const text = `By March 2027, ${promises.join(', and ')}.`;
  return [
    {
      key: 'outcomes',
      text,
      question: { kind: 'outcomes', label: 'What difference will it make?', limit: null },
    },
  ];
}

function workOf(answers: Answer[]): Work {
  const [first, ...others] = answers;
  // No sentence remembered: repeated sentences must cost as much as new ones.
  return countWork(() =>
    checkAnswer(first!, others, { rules: ANSWER_RULES, evidence, sentenceCacheSize: 0 }),
  );
}

describe('the cost of checking grows linearly with the text', () => {
  it.each([
    ['a page dense with outputs, sums and figures', denseOutputs],
    ['one sentence of many promises', oneLongSentence],
  ])('ten times the text is at most about ten times the work (%s)', (_, page) => {
    // Another length first: workbook terms and stems are worked out once, and a text read just before is remembered.
    workOf(page(2));
    const once = workOf(page(1));
    const tenfold = workOf(page(10));
    expect(tenfold.regex / once.regex).toBeLessThan(11);
    expect(tenfold.array / once.array).toBeLessThan(11);
    expect(tenfold.lowerCase / once.lowerCase).toBeLessThan(11);
  });

  it.each(['outcomes', 'budget', 'beneficiaries', 'activities'] as const)(
    'ten times the text is at most about ten times the work (%s answer first)',
    (kind) => {
      const order = (answers: Answer[]) => [
        ...answers.filter((a) => a.question.kind === kind).slice(0, 1),
        ...answers.filter((a) => a.question.kind !== kind),
      ];
      workOf(order(scaled(1))); // Workbook terms and stems are worked out once; leave them out of both counts.
      const once = workOf(order(scaled(1)));
      const tenfold = workOf(order(scaled(10)));
      expect(once.regex).toBeGreaterThan(0);
      expect(once.array).toBeGreaterThan(0);
      expect(tenfold.regex / once.regex).toBeLessThan(11);
      expect(tenfold.array / once.array).toBeLessThan(11);
      expect(tenfold.lowerCase / once.lowerCase).toBeLessThan(11);
    },
  );
});
