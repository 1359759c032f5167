import { describe, expect, it } from 'vitest';
import { demoWorkbook } from '../../core/demo/workbook';
import { DEMO_ANSWERS } from '../../tests/fixtures/applications/demo-answers';
import type { FieldText } from '../messaging';
import { TabChecker } from './checker';
import { readSettings } from './settings';

const OUTCOMES: FieldText = {
  key: 'https://apply.example.org/form#outcomes',
  text: 'We will run 12 workshops for young people.',
  label: 'What difference will your project make?\u00a0(max 250 words)',
  help: 'Tell us what will change, for whom, by when.',
  maxLength: 4000,
  counterText: '',
};

function checker(kinds: Record<string, 'budget'> = {}, workbook = false): TabChecker {
  return new TabChecker({
    settings: readSettings(undefined),
    kinds,
    workbook: workbook ? demoWorkbook : undefined,
  });
}

const BENEFICIARIES: FieldText = {
  key: 'https://apply.example.org/form#beneficiaries',
  text: 'We will support 160 young people a year.',
  label: 'Who will benefit?',
};

describe('the background checker', () => {
  it('describes each question from what the page says about it, and checks the answer as that question', () => {
    const result = checker().check([OUTCOMES]);
    expect(result.questions[OUTCOMES.key]).toEqual({
      kind: 'outcomes',
      label: 'What difference will your project make? (max 250 words)',
      limit: { max: 250, unit: 'words' },
    });
    // Activities offered as outcomes: found only because the question was read as an outcomes question.
    expect(result.findings[OUTCOMES.key]?.map((f) => f.checkId)).toContain('output-as-outcome');
  });

  it("takes the user's correction of a question's kind over the one it reads", () => {
    const result = checker({ [OUTCOMES.key]: 'budget' }).check([OUTCOMES]);
    expect(result.questions[OUTCOMES.key]?.kind).toBe('budget');
    expect(result.questions[OUTCOMES.key]?.limit).toEqual({ max: 250, unit: 'words' });
    expect(result.findings[OUTCOMES.key]?.map((f) => f.checkId)).not.toContain('output-as-outcome');
  });

  it('describes a question again when the page words it differently', () => {
    const tab = checker();
    const field: FieldText = {
      key: 'k',
      text: 'Some text.',
      label: 'Describe your project',
      maxLength: 1500,
    };
    expect(tab.check([field]).questions.k?.limit).toEqual({ max: 1500, unit: 'characters' });
    // The same question, and no findings either way: nothing to tell.
    expect(tab.check([{ ...field, text: 'Some more text.' }]).questions).toEqual({});
    expect(tab.check([{ ...field, counterText: '0 / 200 words' }]).questions.k?.limit).toEqual({
      max: 200,
      unit: 'words',
    });
  });
});

describe('the background checker, keystroke by keystroke', () => {
  it('answers with the fields whose checks changed: the one typed in, and those a page-level rule ties to it', () => {
    const tab = checker();
    const empty = { ...OUTCOMES, key: 'empty', text: '' };
    expect(Object.keys(tab.check([OUTCOMES, BENEFICIARIES, empty]).questions)).toHaveLength(3);
    const changed = tab.check([{ ...OUTCOMES, text: 'We will support 180 young people a year.' }]);
    // The figures now disagree: both answers are told; the empty one is not.
    expect(Object.keys(changed.findings).sort()).toEqual([BENEFICIARIES.key, OUTCOMES.key].sort());
    expect(changed.findings[BENEFICIARIES.key]?.map((f) => f.checkId)).toContain('inconsistent-numbers');
    // Typed again to the same effect: nothing changed.
    expect(tab.check([{ ...OUTCOMES, text: 'We will support 180 young people a year.' }]).findings).toEqual(
      {},
    );
  });

  it('forgets an answer that is gone, and what page-level rules found because of it', () => {
    const tab = checker();
    tab.check([{ ...OUTCOMES, text: 'We will support 180 young people a year.' }, BENEFICIARIES]);
    const after = tab.check([], [OUTCOMES.key]);
    expect(after.findings[BENEFICIARIES.key]?.map((f) => f.checkId)).not.toContain('inconsistent-numbers');
  });
});

describe('what the page is shown', () => {
  const answer: FieldText = { ...OUTCOMES, text: DEMO_ANSWERS.outcomes! };

  it('is the same with the workbook as without it, while the side panel gets the workbook’s findings too', () => {
    const without = checker().check([answer]);
    const withWorkbook = checker({}, true).check([answer]);
    const ids = withWorkbook.findings[answer.key]!.map((f) => f.checkId);
    expect(ids).toEqual(expect.arrayContaining(['claim-exceeds-evidence', 'toc-outcome-missing']));
    expect(withWorkbook.shown[answer.key]).toEqual(without.shown[answer.key]);
    expect(without.shown[answer.key]!.map((f) => f.checkId)).toEqual(
      expect.arrayContaining(['output-as-outcome', 'vague-outcome']),
    );
  });

  it('leaves out a finding that carries a figure, and every finding’s span, evidence and link', () => {
    const budget: FieldText = {
      key: 'budget',
      text: DEMO_ANSWERS.budget!,
      label: 'Give a breakdown of your budget.',
    };
    const result = checker({}, true).check([budget, answer]);
    expect(result.findings.budget?.map((f) => f.checkId)).toContain('no-me-budget');
    expect(result.shown.budget?.map((f) => f.checkId)).not.toContain('no-me-budget');
    for (const finding of Object.values(result.shown).flat()) {
      expect(Object.keys(finding).sort()).toEqual(expect.arrayContaining(['checkId', 'message', 'severity']));
      expect(finding).not.toHaveProperty('evidence');
      expect(finding).not.toHaveProperty('span');
    }
  });
});

describe("the background checker, with the answers of the application's other pages", () => {
  const PAGE_1 = { url: 'https://apply.example.org/form/step-1', title: 'Step 1: Who will benefit' };
  const PAGE_1_ANSWER = {
    key: 'name=beneficiaries',
    text: 'We will support 120 young people from the estate.',
    label: 'Who will benefit from your project?',
    page: PAGE_1,
  };
  const HERE: FieldText = {
    key: 'name=outcomes',
    text: 'We will work with 150 young people, and most will find training or work.',
    label: 'What difference will your project make?',
  };
  const onPage3 = () =>
    new TabChecker({ settings: readSettings(undefined), kinds: {}, workbook: undefined }, 's', [
      PAGE_1_ANSWER,
    ]);

  it("compares this page's answer with another page's, naming the other page's question", () => {
    const result = onPage3().check([HERE]);
    const clash = result.findings[HERE.key]?.find((f) => f.checkId === 'inconsistent-numbers');
    expect(clash?.message).toMatch(/150 young people here, but 120 in the answer to "Who will benefit/);
    expect(result.shown[HERE.key]?.map((f) => f.checkId)).toContain('inconsistent-numbers');
    // The other page's field comes back with its own findings and its page; this page's field is not "elsewhere".
    expect(result.findings[PAGE_1_ANSWER.key]?.map((f) => f.checkId)).toContain('inconsistent-numbers');
    expect(result.elsewhere).toEqual({ [PAGE_1_ANSWER.key]: { page: PAGE_1, text: PAGE_1_ANSWER.text } });
  });

  it('tells the other pages again only when their findings change, and drops one the page itself sends', () => {
    const tab = onPage3();
    tab.check([{ ...HERE, text: 'Some text.' }]);
    const agreeing = tab.check([{ ...HERE, text: 'We will work with 120 young people.' }]);
    expect(agreeing.findings[HERE.key]?.map((f) => f.checkId) ?? []).not.toContain('inconsistent-numbers');
    expect(agreeing.questions).not.toHaveProperty(PAGE_1_ANSWER.key);
    const clashing = tab.check([HERE]);
    expect(clashing.elsewhere).toHaveProperty(PAGE_1_ANSWER.key);
    const { page: _, ...sentHere } = PAGE_1_ANSWER;
    const taken = tab.check([{ ...sentHere, text: 'We will support 150 young people.' }]);
    expect(taken.elsewhere).toBeUndefined();
  });
});
