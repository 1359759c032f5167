import { describe, expect, it } from 'vitest';
import { cosine, lengthAgainst, rankSuggestions, SAME_KIND_BONUS } from './rank';
import { entry } from './test-entries';

const outcomes = entry('a', 'Young people will find work.', {
  label: 'What difference will your work make to families and their wellbeing?',
  kind: 'outcomes',
});
const budget = entry('b', 'Staff costs are most of the budget.', {
  label: 'Explain your budget and staff costs',
  kind: 'budget',
});
const measure = entry('c', 'We survey every leaver at six months and again at a year after they leave.', {
  label: 'How will you measure the difference in wellbeing?',
  kind: 'measurement',
});
const unrelated = entry('d', 'We are a registered charity.', { label: 'Charity number', kind: 'other' });
const ALL = [outcomes, budget, measure, unrelated];

describe('cosine', () => {
  it.each([
    { a: [], b: ['x'], want: 0 },
    { a: ['x', 'y'], b: ['x', 'y'], want: 1 },
    { a: ['x', 'y'], b: ['x', 'z'], want: 0.5 },
    { a: ['x'], b: ['x', 'y', 'z', 'w'], want: 0.5 },
  ])('$a · $b = $want', ({ a, b, want }) => {
    expect(cosine(new Set(a), new Set(b))).toBeCloseTo(want, 10);
  });
});

describe('rankSuggestions', () => {
  it.each([
    {
      why: 'closest question first',
      question: {
        label: 'What difference will your service make to the wellbeing of families?',
        kind: 'summary' as const,
      },
      ids: ['a', 'c'],
    },
    {
      why: 'a question sharing no word and no kind gets nothing',
      question: { label: 'Registered address', kind: 'summary' as const },
      ids: [],
    },
    {
      why: 'the help text counts as the question’s words',
      question: { label: 'Costs', help: 'Explain the budget', kind: 'other' as const },
      ids: ['b'],
    },
  ])('$why', ({ question, ids }) => {
    expect(rankSuggestions(ALL, question, null).map((s) => s.entry.id)).toEqual(ids);
  });

  it('scores by similarity plus the kind bonus, and keeps the best `max`', () => {
    const [top, ...rest] = rankSuggestions(ALL, { label: outcomes.question.label, kind: 'outcomes' }, null, {
      max: 2,
    });
    expect(top).toMatchObject({ similarity: 1, sameKind: true, score: 1 + SAME_KIND_BONUS });
    expect(rest).toHaveLength(1);
  });

  it('gives each entry’s length in the unit of the field’s limit, counted as portals count', () => {
    const question = { label: 'How will you measure the difference?', kind: 'measurement' as const };
    const [inWords] = rankSuggestions([measure], question, { max: 10, unit: 'words' });
    expect(inWords!.length).toEqual({ count: 15, max: 10, unit: 'words', over: true });
    const [inCharacters] = rankSuggestions([measure], question, { max: 200, unit: 'characters' });
    expect(inCharacters!.length).toEqual({
      count: measure.text.length,
      max: 200,
      unit: 'characters',
      over: false,
    });
  });

  it('counts a line break as two characters when the portal does', () => {
    expect(lengthAgainst('a\nb', { max: 3, unit: 'characters' }, { lineBreak: 2 })).toEqual({
      count: 4,
      max: 3,
      unit: 'characters',
      over: true,
    });
  });

  it('puts an answer to the same kind of question ahead of one with as close words', () => {
    const asked = { label: 'Describe your volunteers', kind: 'measurement' as const };
    const other = entry('x', 'Text.', { label: 'Our volunteers', kind: 'budget' });
    const same = entry('y', 'Text.', { label: 'Our volunteers', kind: 'measurement' });
    expect(rankSuggestions([other, same], asked, null).map((s) => s.entry.id)).toEqual(['y', 'x']);
  });

  it('puts the newer of two equal answers first', () => {
    const older = { ...outcomes, id: 'old', savedAt: '2025-01-01' };
    const newer = { ...outcomes, id: 'new', savedAt: '2026-02-01' };
    const ranked = rankSuggestions(
      [older, newer],
      { label: outcomes.question.label, kind: 'outcomes' },
      null,
    );
    expect(ranked.map((s) => s.entry.id)).toEqual(['new', 'old']);
  });
});
