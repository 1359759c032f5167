// The IMPACT_ custom functions. Each exported function becomes a global of Code.js with its JSDoc (see build.ts):
// keep every JSDoc block directly above its function, parameter names as DESIGN.md has them, and no other JSDoc
// blocks in this file. The work is in the files beside this one; docs/formulas.md explains each formula.
import { impactCheck } from './check';
import { impactCompleteness } from './completeness';
import { impactForecast } from './forecast';
import { impactPayment } from './payment';
import { impactProgress } from './progress';
import { impactRate } from './rate';
import { impactSroi } from './sroi';
import { impactStatus } from './status';
import { impactTrend } from './trend';

type Cells = string | number | (string | number)[][];

/**
 * Share of the way from baseline to target: (actual - baseline) / (target - baseline). 0 at the baseline, 1 at the
 * target; works for targets that go down. Give single cells or ranges: one answer for each cell, blank where actual
 * is blank, and a message in the cell where it cannot be worked out.
 * @param {number|Array<Array<number>>} baseline The baseline value, or a range of them.
 * @param {number|Array<Array<number>>} target The target value, or a range of them.
 * @param {number|Array<Array<number>>} actual The latest value, or a range of them.
 * @return {number|Array<Array<number|string>>} Progress as a share (0.75 is 75% of the way).
 * @customfunction
 */
export function IMPACT_PROGRESS(baseline: unknown, target: unknown, actual: unknown): Cells {
  return impactProgress(baseline, target, actual);
}

/**
 * Met, Missed, On track, At risk or Off track: progress compared with a steady path from baseline (on start_date)
 * to target (on end_date). One answer for each cell; blank where actual is blank.
 * @param {number|Array<Array<number>>} baseline The baseline value, or a range of them.
 * @param {number|Array<Array<number>>} target The target value, or a range of them.
 * @param {number|Array<Array<number>>} actual The latest value, or a range of them.
 * @param {Date|Array<Array<Date>>} start_date The date of the baseline.
 * @param {Date|Array<Array<Date>>} end_date The date the target is due.
 * @param {Date|Array<Array<Date>>} as_of Optional: the date to judge on (use the figure's period end). Today if left out.
 * @param {number} on_track_at Optional: progress at or above this share of the expected progress is On track. 0.9 if left out.
 * @param {number} at_risk_at Optional: progress at or above this share (below on track) is At risk. 0.75 if left out.
 * @return {string|Array<Array<string>>} The status.
 * @customfunction
 */
export function IMPACT_STATUS(
  baseline: unknown,
  target: unknown,
  actual: unknown,
  start_date: unknown,
  end_date: unknown,
  as_of?: unknown,
  on_track_at?: unknown,
  at_risk_at?: unknown,
): Cells {
  return impactStatus(baseline, target, actual, start_date, end_date, as_of, on_track_at, at_risk_at);
}

/**
 * A rate with its margin of error: three cells in a row, rate, lower and upper (the Wilson score interval). A range
 * of n rows gives n rows of three; a row whose achieved is blank stays blank.
 * @param {number|Array<Array<number>>} achieved How many achieved the outcome: a count, or a column of counts.
 * @param {number|Array<Array<number>>} out_of How many could have: a count, or a column of counts.
 * @param {number} confidence Optional: the confidence level, 95% if left out (90% and 99% are common).
 * @return {Array<Array<number|string>>} Rate, lower, upper.
 * @customfunction
 */
export function IMPACT_RATE(achieved: unknown, out_of: unknown, confidence?: unknown): Cells {
  return impactRate(achieved, out_of, confidence);
}

/**
 * Which way things are going, and how fast: the slope of the least-squares line through the values. Without
 * dates, per period; with dates, per month unless per says otherwise. Blank values are left out.
 * @param {Array<Array<number>>} values A row or column of values.
 * @param {Array<Array<Date>>} dates Optional: the date of each value, in a range the size of values.
 * @param {string} per Optional, with dates: "day", "week", "month" (if left out), "quarter" or "year".
 * @return {number} The change per period.
 * @customfunction
 */
export function IMPACT_TREND(values: unknown, dates?: unknown, per?: unknown): Cells {
  return impactTrend(values, dates, per);
}

/**
 * Where the least-squares line through the dated values will be on a date: Sheets' FORECAST with dates. Assumes
 * the recent pace continues. Blank values are left out.
 * @param {Array<Array<number>>} values A row or column of values.
 * @param {Array<Array<Date>>} dates The date of each value, in a range the size of values.
 * @param {Date} on_date The date to read the line on.
 * @return {number} The value the line reaches on on_date.
 * @customfunction
 */
export function IMPACT_FORECAST(values: unknown, dates: unknown, on_date: unknown): Cells {
  return impactForecast(values, dates, on_date);
}

/**
 * Outcome payments: the sum over the rows of min(achieved, cap) x price, then at most total_cap. Each row is one
 * outcome metric; a row without an achieved count pays nothing.
 * @param {number|Array<Array<number>>} achieved Outcomes achieved: a count, or a column of counts.
 * @param {number|Array<Array<number>>} price The price paid for each outcome.
 * @param {number|Array<Array<number>>} cap Optional: the most outcomes each row pays for. No cap if left blank.
 * @param {number} total_cap Optional: the most the contract pays in all.
 * @return {number} What the contract pays.
 * @customfunction
 */
export function IMPACT_PAYMENT(achieved: unknown, price: unknown, cap?: unknown, total_cap?: unknown): Cells {
  return impactPayment(achieved, price, cap, total_cap);
}

/**
 * Social return on investment: two cells in a row, present value and SROI ratio, over the outcome rows (one
 * outcome a row). Shares are between 0 and 1 (25% is 0.25).
 * @param {number|Array<Array<number>>} quantity How many people each outcome happened for.
 * @param {number|Array<Array<number>>} proxy What the outcome is worth for one person for one year.
 * @param {number|Array<Array<number>>} deadweight Share that would have happened anyway.
 * @param {number|Array<Array<number>>} attribution Share owed to others.
 * @param {number|Array<Array<number>>} displacement Share that only moved the outcome from elsewhere.
 * @param {number|Array<Array<number>>} drop_off Share of the outcome lost each year after the first.
 * @param {number|Array<Array<number>>} duration Years the outcome lasts, from 1 to 100.
 * @param {number} investment The money invested.
 * @param {number} discount_rate Optional: the yearly discount rate, 3.5% if left out.
 * @return {Array<Array<number>>} Present value, SROI ratio.
 * @customfunction
 */
export function IMPACT_SROI(
  quantity: unknown,
  proxy: unknown,
  deadweight: unknown,
  attribution: unknown,
  displacement: unknown,
  drop_off: unknown,
  duration: unknown,
  investment: unknown,
  discount_rate?: unknown,
): Cells {
  return impactSroi(
    quantity,
    proxy,
    deadweight,
    attribution,
    displacement,
    drop_off,
    duration,
    investment,
    discount_rate,
  );
}

/**
 * How much of the data is there: the share of expected cells that are filled. Blank cells and cells of only spaces
 * are empty; 0 is a figure.
 * @param {Array<Array<any>>} range The cells that should hold data.
 * @param {number} expected Optional: how many cells should be filled, when the range holds only those that arrived.
 * @return {number} The share filled (0.75 is 75%).
 * @customfunction
 */
export function IMPACT_COMPLETENESS(range: unknown, expected?: unknown): Cells {
  return impactCompleteness(range, expected);
}

/**
 * Checks an answer to a funder's question: one finding a row ("id: message"), or "No issues". For a range of
 * answers, each answer's findings go in its own cell, one a line.
 * @param {string|Array<Array<string>>} text The answer, or a range of answers.
 * @param {string|Array<Array<string>>} question Optional: the question's text, or a kind (outcomes, measurement, beneficiaries, activities, budget, need, summary, other). Outcomes if left out.
 * @return {string|Array<Array<string>>} The findings.
 * @customfunction
 */
export function IMPACT_CHECK(text: unknown, question?: unknown): Cells {
  return impactCheck(text, question);
}
