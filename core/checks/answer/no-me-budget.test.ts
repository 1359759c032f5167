import { ruleTester } from '../rule-tester';
import rule from './no-me-budget';

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
  ],
});
