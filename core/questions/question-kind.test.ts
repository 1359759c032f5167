import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KIND_PATTERNS, TIE_ORDER, TWO_ASK_RULES } from './kind-patterns';
import { questionKind } from './question-kind';
import { QUESTION_KINDS, type QuestionKind } from './types';

/*
 * Wording here is written for the tests (not copied from the fixture), so that these tables check the patterns'
 * reach rather than repeat the fixture.
 */
const MUST: Record<QuestionKind, readonly string[]> = {
  outcomes: [
    'What difference will the grant make to the families you support?',
    'What changes do you expect to see in participants by the end of year one?',
    'What are the intended outcomes of this work?',
    'How will your programme improve the lives of older people?',
    'What do you hope to achieve?',
    'Describe the long-term impact of the project on the neighbourhood',
  ],
  measurement: [
    'How will you evaluate the success of the pilot?',
    'What data will you collect, and how often?',
    'Which indicators will show progress?',
    'How will you know the training worked?',
    'Describe your monitoring and evaluation plan',
    'How will progress be tracked?',
  ],
  need: [
    'Why is this work needed now?',
    'What problem does your project address?',
    'What evidence do you have of demand for this service?',
    'Describe the need in your area',
    'What gap in provision will you fill?',
    'Why does this matter to local people?',
  ],
  beneficiaries: [
    'Who is your target audience?',
    'How many young people will you work with each year?',
    'Who will the project reach?',
    'Which groups will benefit most?',
    'Number of participants expected',
    'Tell us about the people you support',
  ],
  activities: [
    'What will you do with the grant?',
    'Describe your delivery plan',
    'What activities will take place each week?',
    'How will you run the sessions?',
    'Provide a timetable of the work',
    'Tell us about your project',
  ],
  budget: [
    'How will the grant be used?',
    'Please give a breakdown of costs',
    'Explain how your project offers value for money',
    'What are the total project costs?',
    'How much are you requesting from us?',
    'Does the budget include full cost recovery?',
  ],
  summary: [
    'Project summary',
    'Give a one-line summary of your organisation',
    'Briefly describe your charity',
    'Summarise your proposal',
    'What is your mission statement?',
    'In one sentence, what does your project do?',
  ],
  other: [
    'How will the work continue after the funding ends?',
    'Who are your partners?',
    'What is your safeguarding policy?',
    'What experience does your team have?',
    'What are the main risks and how will you manage them?',
    'How is your approach innovative?',
    'Project title',
  ],
};

/** Questions that share words with a kind but ask something else, and what they do ask. */
const MUST_NOT: Record<QuestionKind, readonly (readonly [string, QuestionKind])[]> = {
  outcomes: [
    ['How will you measure the outcomes?', 'measurement'],
    ['What will you do to achieve these outcomes?', 'activities'],
    ['Who will benefit from the outcomes of this project?', 'beneficiaries'],
    ['What is the budget for the evaluation?', 'budget'],
    ['Describe the risks to achieving your outcomes', 'other'],
  ],
  measurement: [
    ['What difference will the project make?', 'outcomes'],
    ['How many people will take part?', 'beneficiaries'],
    ['What evidence is there of need in your area?', 'need'],
    ['Prepare a timeline that includes planning and evaluation', 'activities'],
    ['How much of the budget is for evaluation?', 'budget'],
  ],
  need: [
    ['What will you do?', 'activities'],
    ['How will the money be spent?', 'budget'],
    ['What evidence will you collect to show success?', 'measurement'],
    ['Why have you chosen these partners?', 'other'],
    ['Describe the problem-solving skills of your team', 'other'],
  ],
  beneficiaries: [
    ['What difference will it make to the people you serve?', 'outcomes'],
    ['How will you recruit volunteers?', 'other'],
    ['How much will each session cost per participant?', 'budget'],
    ['How will you measure reach?', 'measurement'],
    ['Who are your partners?', 'other'],
  ],
  activities: [
    ['Briefly describe your project', 'summary'],
    ['What will you do and how will you know it worked?', 'measurement'],
    ['What will you spend the grant on?', 'budget'],
    ['Describe your project in 50 words', 'summary'],
    ['Describe your project and the difference it will make', 'outcomes'],
  ],
  budget: [
    ['What will you do?', 'activities'],
    ['How will the money make a difference to people?', 'outcomes'],
    ['What is the cost of the problem to the community?', 'need'],
    ['Who will pay for the service after the grant ends?', 'other'],
    ['How will you evaluate whether the project was good value?', 'measurement'],
  ],
  summary: [
    ['Summarise the outcomes you expect', 'outcomes'],
    ['Budget summary', 'budget'],
    ['Provide a brief description of the need', 'need'],
    ["Briefly describe your organisation's safeguarding policy", 'other'],
    ['Describe the project in detail', 'activities'],
    ['Overview of the risks', 'other'],
  ],
  other: [
    ['What will change for young people?', 'outcomes'],
    ['How will you monitor risks?', 'measurement'],
    ['Who will benefit?', 'beneficiaries'],
    ['Why is the project needed?', 'need'],
    ['How much will the project cost?', 'budget'],
  ],
};

describe('questionKind', () => {
  for (const kind of QUESTION_KINDS) {
    describe(kind, () => {
      it.each(MUST[kind])(`reads "%s" as ${kind}`, (label) => {
        expect(questionKind(label)).toBe(kind);
      });
      it.each(MUST_NOT[kind])(`does not read "%s" as ${kind} (it asks for %s)`, (label, asks) => {
        expect(questionKind(label)).toBe(asks);
      });
    });
  }

  describe('questions with two asks', () => {
    it.each([
      ['What will you do and what difference will it make?', 'outcomes', 'outcomes beat activities'],
      ['Describe your project and how you will evaluate it', 'measurement', 'measurement beats activities'],
      ['How will you measure the difference your project makes?', 'measurement', 'measure is the main verb'],
      [
        'What difference will your project make and how will you measure it?',
        'outcomes',
        'measure is the second ask',
      ],
      ['How will you know that your project has made a difference?', 'measurement', 'know is the main verb'],
      [
        'Who will benefit and what difference will it make to them?',
        'outcomes',
        'outcomes beat beneficiaries',
      ],
      ['Why is the project needed and who will benefit?', 'need', 'the first ask leads'],
      ['Who will benefit and why do they need it?', 'beneficiaries', 'no rule moves beneficiaries to need'],
    ] as const satisfies readonly (readonly [string, QuestionKind, string])[])(
      'reads "%s" as %s (%s)',
      (label, kind) => {
        expect(questionKind(label)).toBe(kind);
      },
    );
  });

  describe('label and help text', () => {
    it('weights the label above the help text', () => {
      const help =
        'Tell us how you will evaluate it, what data you will collect and which indicators you will use.';
      expect(questionKind('What difference will your project make?', help)).toBe('outcomes');
    });

    it('falls back on the help text when the label says nothing', () => {
      expect(questionKind('Question 4', 'Tell us who will benefit and how many people you will reach.')).toBe(
        'beneficiaries',
      );
    });

    it('reads a summary from help text that asks for one', () => {
      expect(questionKind('Tell us your idea', 'Please provide a summary of your project.')).toBe('summary');
    });

    it('does not read a passing mention of a summary in help text as a summary', () => {
      expect(
        questionKind('What difference will the project make?', 'This appears in the application summary.'),
      ).toBe('outcomes');
    });
  });

  describe('short descriptions are summaries', () => {
    it.each([
      ['Describe your project (max 100 words)'],
      ['Describe your project in no more than 500 characters'],
      ['Describe your project (max. 3 lines)'],
      ['Describe your project in two sentences'],
    ])('"%s"', (label) => {
      expect(questionKind(label)).toBe('summary');
    });

    it.each([['Describe your project (max 500 words)'], ['Describe your project (3,000 characters)']])(
      'a longer description stays activities: "%s"',
      (label) => {
        expect(questionKind(label)).toBe('activities');
      },
    );
  });

  it('reads typographic quotes, dashes and numbering as plain text', () => {
    expect(questionKind('3. Why is your organisation’s work needed\u00a0– now?')).toBe('need');
    expect(questionKind('Question 2: How will you measure success?')).toBe('measurement');
    expect(questionKind('b) Who will benefit?')).toBe('beneficiaries');
  });

  it('reads nothing recognisable as other', () => {
    expect(questionKind('')).toBe('other');
    expect(questionKind('Please upload your accounts')).toBe('other');
  });

  it('always returns a known kind, whatever the text', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 300 }),
        fc.option(fc.string({ maxLength: 300 }), { nil: undefined }),
        (l, h) => QUESTION_KINDS.includes(questionKind(l, h)),
      ),
    );
  });
});

describe('the pattern data', () => {
  it('has no capturing groups, so that the scanner can tell which pattern matched', () => {
    for (const { pattern } of KIND_PATTERNS)
      expect(new RegExp(`${pattern}|`).exec('')?.length, pattern).toBe(1);
  });

  it('names only known kinds and lists every kind for ties', () => {
    for (const p of KIND_PATTERNS) expect(QUESTION_KINDS).toContain(p.kind);
    expect([...TIE_ORDER].sort()).toEqual([...QUESTION_KINDS].sort());
    for (const rule of TWO_ASK_RULES) expect(rule.lead).not.toBe(rule.yieldsTo);
  });

  it('gives every kind but other at least one asking phrase', () => {
    for (const kind of QUESTION_KINDS)
      expect(KIND_PATTERNS.some((p) => p.kind === kind && p.weight >= 5)).toBe(true);
  });
});
