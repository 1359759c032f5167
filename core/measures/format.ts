import type { Frequency, Unit } from '../model/schema';
import { formatLongDate, monthName, partsFromIso } from '../util/calendar';

/**
 * How measures write figures into sentences (citations, findings). Rounding is half away from zero, as Sheets
 * rounds, and on the decimal the user sees rather than its binary neighbour: 0.285 is 28.5%, which shows as 29%,
 * although 0.285 × 100 is 28.499999999999996 in binary.
 */
export function roundHalfAway(value: number, decimals: number): number {
  const scaled = Number((Math.abs(value) * 10 ** decimals).toPrecision(15));
  const rounded = Math.round(scaled) / 10 ** decimals;
  return (value < 0 ? -rounded : rounded) + 0;
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** 12,345.6: at most `maxDecimals` decimals, no trailing zeros. */
export function formatFigure(value: number, maxDecimals = 2): string {
  const rounded = roundHalfAway(value, maxDecimals);
  const [whole = '0', fraction] = Math.abs(rounded).toFixed(maxDecimals).split('.');
  const decimals = fraction?.replace(/0+$/, '') ?? '';
  const sign = rounded < 0 ? '−' : '';
  return `${sign}${groupThousands(whole)}${decimals ? `.${decimals}` : ''}`;
}

/**
 * 57%. Whole percentages, except that a share which is not exactly 0 or 1 never shows as 0% or 100%: "100% (249
 * of 250)" would claim more than the data does, so it gets decimals until it reads 99.6%.
 */
export function formatShare(share: number): string {
  let decimals = 0;
  while (decimals < 3) {
    const shown = roundHalfAway(share * 100, decimals);
    const misleading = (shown === 0 && share !== 0) || (shown === 100 && share !== 1);
    if (!misleading) break;
    decimals++;
  }
  return `${formatFigure(share * 100, decimals)}%`;
}

const CURRENCY_SYMBOLS: Record<string, string> = {
  GBP: '£',
  USD: '$',
  EUR: '€',
  AUD: 'A$',
  CAD: 'C$',
  NZD: 'NZ$',
};

export function formatMoney(amount: number, currency?: string): string {
  const whole = Number.isInteger(roundHalfAway(amount, 2));
  const figure = formatFigure(amount, whole ? 0 : 2);
  const digits = whole ? figure : figure.replace(/\.(\d)$/, '.$10');
  if (!currency) return digits;
  const symbol = CURRENCY_SYMBOLS[currency.toUpperCase()];
  if (!symbol) return `${currency} ${digits}`;
  return digits.startsWith('−') ? `−${symbol}${digits.slice(1)}` : `${symbol}${digits}`;
}

/** A value in its indicator's unit: Percent values are fractions (0.62 is 62%). */
export function formatValue(value: number, unit: Unit, currency?: string): string {
  if (unit === 'Percent') return formatShare(value);
  if (unit === 'Currency') return formatMoney(value, currency);
  return formatFigure(value);
}

/** "April 2025". */
export function monthYear(iso: string): string {
  const { year, month } = partsFromIso(iso);
  return `${monthName(month)} ${year}`;
}

const PERIOD_WORDS: Record<Frequency, string> = {
  Monthly: 'month',
  Quarterly: 'quarter',
  Termly: 'term',
  Annually: 'year',
};

/** "quarter ending 31 March 2026", or "period ending …" when the frequency is not known. */
export function periodEnding(frequency: Frequency | undefined, periodEnd: string): string {
  return `${frequency ? PERIOD_WORDS[frequency] : 'period'} ending ${formatLongDate(periodEnd)}`;
}
