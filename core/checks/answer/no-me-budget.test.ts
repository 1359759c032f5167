import { describe, expect, it } from 'vitest';
import type { CheckConfig } from '../define';
import check from './no-me-budget';
import { findingsOf } from './test-support';

describe('no-me-budget', () => {
  it.each([
    [
      'no monitoring line at all',
      'Staff costs: £32,000\nVenue hire: £4,000\nTravel for participants: £2,500\nTotal: £38,500',
      /No line for monitoring and evaluation/,
    ],
    [
      'a prose budget with no evaluation',
      'Most of the grant pays for two part-time youth workers; the rest covers room hire, bus fares and refreshments.',
      /No line/,
    ],
    [
      'evaluation at 1.3%',
      'Youth workers: £30,000\nVenue: £5,000\nEvaluation: £500\nTotal: £35,500',
      /1\.4% of the budget/,
    ],
    [
      'evaluation below 5% without a total line',
      'Mentor coordinator £24,000; volunteer expenses £3,000; monitoring and evaluation £600.',
      /2\.2% of the budget/,
    ],
    [
      'a stricter setting',
      'Staff £20,000\nEvaluation £1,200\nTotal £21,200',
      /5\.7% of the budget, below the 10%/,
      { meBudgetShare: 0.1 },
    ],
  ] as [string, string, RegExp, Partial<CheckConfig>?][])('flags %s', (_, text, message, config = {}) => {
    const [finding] = findingsOf(check, text, { config });
    expect(finding).toMatchObject({ checkId: 'no-me-budget', severity: 'warning' });
    expect(finding!.message).toMatch(message);
  });

  it.each([
    ['a fractional sum', 'Staff £1,200.10\nVenue £100.20\nEvaluation £34.36', '£34.36 of £1,334.66', '(£70)'],
    [
      'thousands in the suggestion',
      'Youth workers: £30,000\nVenue: £5,000\nEvaluation: £500\nTotal: £35,500',
      '£500 of £35,500',
      '(£1,780)',
    ],
    ['amounts in words', 'Staff 30000 dollars\nEvaluation 500 dollars', '$500 of $30,500', '($1,530)'],
  ])('writes the figures as money: %s', (_, text, evidence, suggestion) => {
    const [finding] = findingsOf(check, text);
    expect(finding!.evidence).toBe(evidence);
    expect(finding!.suggestion).toContain(suggestion);
  });

  it.each([
    [
      'an evaluation line at 6%',
      'Youth workers: £30,000\nVenue: £2,000\nIndependent evaluation: £2,100\nTotal: £34,100',
    ],
    [
      'monitoring described without figures',
      'Staff, venue and travel, plus a share of our impact lead’s time for monitoring and evaluation.',
    ],
    [
      'a data system line',
      'Caseworkers £40,000\nCase management system licence and data analysis £3,000\nTotal £43,000',
    ],
    ['an M&E line', 'Salaries £50,000; M&E £4,000; overheads £6,000. Total £60,000.'],
    [
      'an impact and quality lead and a case management licence',
      'Project workers £150,000\n• Impact and Quality Lead (0.2 FTE) and Charitylog licence: £9,800\nTotal £159,800',
    ],
    [
      'follow-up calls and surveys in prose',
      'Mentors £20,000, and the follow-up calls and surveys that tell us whether it worked (£2,000). Total £22,000.',
    ],
    ['an empty answer', ''],
  ])('stays silent for %s', (_, text) => {
    expect(findingsOf(check, text)).toEqual([]);
  });
});
