import { describe, expect, it } from 'vitest';
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

function checker(kinds: Record<string, 'budget'> = {}): TabChecker {
  return new TabChecker({ settings: readSettings(undefined), kinds, workbook: undefined });
}

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
    expect(tab.check([{ ...field, text: 'Some more text.' }]).questions.k?.limit).toEqual({
      max: 1500,
      unit: 'characters',
    });
    expect(tab.check([{ ...field, counterText: '0 / 200 words' }]).questions.k?.limit).toEqual({
      max: 200,
      unit: 'words',
    });
  });
});
