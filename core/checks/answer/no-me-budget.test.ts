import { demoWorkbook } from '../../demo/workbook';
import { evidenceContext } from '../evidence';
import { demoEvidence } from '../rule-cases';
import { ruleTester } from '../rule-tester';
import rule from './no-me-budget';

/** The demo workbook with a costed M&E plan: £2,350 a year. */
const costed = evidenceContext(demoWorkbook, demoEvidence().asOf, {
  meCost: { perYear: 2350, currency: 'GBP' },
});
const LOW = 'Youth workers: £30,000\nVenue: £6,000\nEvaluation: £500\nTotal: £38,500';

ruleTester(rule, {
  valid: [
    {
      name: 'an evaluation line at 6%',
      text: 'Youth workers: £30,000\nVenue: £2,000\nIndependent evaluation: £2,100\nTotal: £34,100',
    },
    {
      name: 'monitoring described without figures',
      text: 'Staff, venue and travel, plus a share of our impact lead’s time for monitoring and evaluation.',
    },
    {
      name: 'a data system line',
      text: 'Caseworkers £40,000\nCase management system licence and data analysis £3,000\nTotal £43,000',
    },
    { name: 'an M&E line', text: 'Salaries £50,000; M&E £4,000; overheads £6,000. Total £60,000.' },
    {
      name: 'an impact and quality lead and a case management licence',
      text: 'Project workers £150,000\n• Impact and Quality Lead (0.2 FTE) and Charitylog licence: £9,800\nTotal £159,800',
    },
    {
      name: 'follow-up calls and surveys in prose',
      text: 'Mentors £20,000, and the follow-up calls and surveys that tell us whether it worked (£2,000). Total £22,000.',
    },
    { name: 'an empty answer', text: '' },
    {
      name: 'a share above the setting, with a costed plan',
      text: 'Youth workers: £30,000\nVenue: £2,000\nIndependent evaluation: £2,100\nTotal: £34,100',
      evidence: costed,
    },
  ],
  invalid: [
    {
      name: 'no monitoring line at all',
      text: 'Staff costs: £32,000\nVenue hire: £4,000\nTravel for participants: £2,500\nTotal: £38,500',
      findings: [{ span: null, message: /No line for monitoring and evaluation/ }],
    },
    {
      name: 'a prose budget with no evaluation',
      text: 'Most of the grant pays for two part-time youth workers; the rest covers room hire, bus fares and refreshments.',
      findings: [{ span: null, message: /No line/ }],
    },
    {
      name: 'evaluation at 1.3%',
      text: 'Youth workers: £30,000\nVenue: £5,000\nEvaluation: £500\nTotal: £35,500',
      findings: [{ span: 'Evaluation: £500', message: /1\.4% of the budget/ }],
    },
    {
      name: 'evaluation below 5% without a total line',
      text: 'Mentor coordinator £24,000; volunteer expenses £3,000; monitoring and evaluation £600.',
      findings: [{ span: ' monitoring and evaluation £600', message: /2\.2% of the budget/ }],
    },
    {
      name: 'a stricter setting',
      text: 'Staff £20,000\nEvaluation £1,200\nTotal £21,200',
      config: { meBudgetShare: 0.1 },
      findings: [{ span: 'Evaluation £1,200', message: /5\.7% of the budget, below the 10%/ }],
    },
    // The figures are written as money, in the answer's own currency.
    {
      name: 'a fractional sum',
      text: 'Staff £1,200.10\nVenue £100.20\nEvaluation £34.36',
      findings: [{ span: 'Evaluation £34.36', evidence: '£34.36 of £1,334.66', suggestion: /\(£70\)/ }],
    },
    {
      name: 'thousands in the suggestion',
      text: 'Youth workers: £30,000\nVenue: £5,000\nEvaluation: £500\nTotal: £35,500',
      findings: [{ span: 'Evaluation: £500', evidence: '£500 of £35,500', suggestion: /\(£1,780\)/ }],
    },
    {
      name: 'amounts in words',
      text: 'Staff 30000 dollars\nEvaluation 500 dollars',
      findings: [{ span: 'Evaluation 500 dollars', evidence: '$500 of $30,500', suggestion: /\(\$1,530\)/ }],
    },
    // With a costed plan, the suggestion names its figure and its share of this budget.
    {
      name: 'a costed plan above the setting',
      text: LOW,
      evidence: costed,
      findings: [
        {
          span: 'Evaluation: £500',
          message: /1\.3% of the budget/,
          suggestion: 'Your plan costs £2,350 a year: 6.1% of this budget. Put that figure on the line.',
        },
      ],
    },
    {
      name: 'a costed plan below the setting',
      text: LOW,
      evidence: costed,
      config: { meBudgetShare: 0.1 },
      findings: [
        {
          span: 'Evaluation: £500',
          suggestion:
            'Your plan costs £2,350 a year: 6.1% of this budget. Raise the line to at least 10% of the total (£3,850).',
        },
      ],
    },
    {
      name: 'a costed plan with no line',
      text: 'Staff costs: £32,000\nVenue hire: £4,000\nTotal: £36,000',
      evidence: costed,
      findings: [
        {
          span: null,
          message: /No line/,
          suggestion: 'Add a line "Monitoring and evaluation: £2,350 a year", what your plan costs.',
        },
      ],
    },
    {
      name: 'evidence without a plan: the suggestion as before',
      text: LOW,
      evidence: true,
      findings: [{ span: 'Evaluation: £500', suggestion: 'Raise it to at least 5% of the total (£1,930).' }],
    },
  ],
});
