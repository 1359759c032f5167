import { formatMoney } from '../../measures/format';
import type { Quantity } from '../../text/quantities';
import { within } from '../../text/spans';
import { defineRule } from '../define';

/** Budget lines for finding out whether the work works. */
const ME_WORDS =
  /\b(?:monitoring|evaluation|evaluat(?:e|or|ors|ing)|m\s?&\s?e|mel|impact\s+(?:and\s+\w+\s+)?(?:measurement|reporting|assessment|and\s+learning|lead|officer|manager)|measuring\s+impact|data\s+(?:collection|analyst|analysis|officer|manager|system|systems)|outcomes?\s+(?:measurement|tracking|monitoring|data)|learning\s+(?:and|&)\s+(?:evaluation|impact)|research\s+and\s+evaluation|crm|case\s+management\s+system|salesforce|charitylog|lamplight|upshot|pcmis|surveys?|follow[-\s]?up\s+(?:calls?|interviews?))\b/i;
// A line that states the whole: "Total", "We are asking for £92,000", "the grant of £40,000 will…".
const TOTAL = /\b(?:total|in\s+all|altogether|overall|asking\s+for|request(?:ing)?|the\s+grant\s+of)\b/i;

/** Budget lines: split at line breaks, semicolons and full stops that end a sentence, with their offsets. */
function lines(text: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  const separator = /\n|;|\.(?=\s|$)/g;
  let start = 0;
  for (let m = separator.exec(text); m !== null; m = separator.exec(text)) {
    out.push({ text: text.slice(start, m.index), start });
    start = m.index + m[0].length;
  }
  out.push({ text: text.slice(start), start });
  return out;
}

/** The quantities' currency signs as the codes formatMoney takes. */
const CURRENCY_CODES: Readonly<Record<string, string>> = { '£': 'GBP', $: 'USD', '€': 'EUR' };

/** The sums of money on one line: a binary search to the line, so a long budget is not read once per line. */
const money = (qs: Quantity[], from: number, to: number) =>
  within(qs, { start: from, end: to }).filter((q) => q.unit === 'money' && q.end <= to);

/**
 * With a costed M&E plan: its figure and its share of this budget ("Your plan costs £2,350 a year: 6.1% of this
 * budget."), and what to put on the line: that figure, or the least share when the plan is below it.
 */
function planSuggestion(
  plan: { perYear: number; currency?: string },
  total: number,
  least: number,
  raise: string,
) {
  const pct = Math.round((plan.perYear / total) * 1000) / 10;
  return `Your plan costs ${formatMoney(plan.perYear, plan.currency)} a year: ${pct}% of this budget. ${plan.perYear / total < least ? `Raise the line to ${raise}` : 'Put that figure on the line'}.`;
}

export default defineRule({
  family: 'answer',
  id: 'no-me-budget',
  severity: 'warning',
  appliesTo: ['budget'],
  scope: 'answer',
  summary: 'A budget with no line for monitoring and evaluation, or too small a share for it.',
  check({ answer, config, evidence }) {
    const { analysis, text } = answer;
    if (!analysis.hasWords(4)) return [];
    const share = `${Math.round(config.meBudgetShare * 100)}%`;
    const plan = evidence?.meCost;
    if (!ME_WORDS.test(text)) {
      return [
        {
          message: `No line for monitoring and evaluation. Funders expect to pay for finding out whether the work works; most guidance suggests ${share} to 10% of a budget.`,
          suggestion: plan
            ? `Add a line "Monitoring and evaluation: ${formatMoney(plan.perYear, plan.currency)} a year", what your plan costs.`
            : `Add a line such as "Monitoring and evaluation (impact lead 0.1 FTE, survey tools): £…", about ${share} of the total.`,
        },
      ];
    }
    // With figures on the lines, compare the M&E lines with the total.
    let me = 0;
    let sum = 0;
    let stated: number | undefined;
    let meSpan: { start: number; end: number } | undefined;
    let currency: string | undefined;
    for (const line of lines(text)) {
      const amounts = money(analysis.quantities, line.start, line.start + line.text.length);
      if (amounts.length === 0) continue;
      const last = amounts[amounts.length - 1]!;
      const amount = last.value;
      currency ??= last.currency === undefined ? undefined : CURRENCY_CODES[last.currency];
      if (TOTAL.test(line.text)) {
        stated = Math.max(stated ?? 0, amount);
        continue;
      }
      sum += amount;
      if (ME_WORDS.test(line.text)) {
        me += amount;
        meSpan ??= { start: line.start, end: line.start + line.text.trimEnd().length };
      }
    }
    const total = stated ?? sum;
    if (me === 0 || total <= 0 || me > total || me / total >= config.meBudgetShare) return [];
    const pct = Math.round((me / total) * 1000) / 10;
    const raise = `at least ${share} of the total (${formatMoney(Math.ceil((total * config.meBudgetShare) / 10) * 10, currency)})`;
    return [
      {
        message: `Monitoring and evaluation is ${pct}% of the budget, below the ${share} you set. Too little to collect and analyse outcome data well.`,
        ...(meSpan ? { span: meSpan } : {}),
        evidence: `${formatMoney(me, currency)} of ${formatMoney(total, currency)}`,
        suggestion: plan ? planSuggestion(plan, total, config.meBudgetShare, raise) : `Raise it to ${raise}.`,
      },
    ];
  },
});
