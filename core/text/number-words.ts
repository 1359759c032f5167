/** Numbers written in words, as grant answers write them: "forty", "two hundred and fifty", "a dozen". */

const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};

const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

const SCALES: Record<string, number> = { hundred: 100, thousand: 1_000, million: 1_000_000 };

/** Every word a number in words is made of ("zero" to "nineteen", the tens, the scales, "dozen"). */
export const NUMBER_WORDS: readonly string[] = [
  ...Object.keys(UNITS),
  ...Object.keys(TENS),
  ...Object.keys(SCALES),
  'dozen',
];
const ALL = NUMBER_WORDS;

/** A run of number words: "two hundred and fifty", "forty-five", "a dozen", "a hundred". */
export const NUMBER_WORDS_SOURCE = `(?:(?:a|one)[ -](?:dozen|hundred|thousand)|(?:${ALL.join('|')}))(?:(?:[ -]|[ -]and[ -])(?:${ALL.join('|')}))*`;

export function parseNumberWords(phrase: string): number | undefined {
  const parts = phrase
    .toLowerCase()
    .split(/[\s-]+/)
    .filter((p) => p !== 'and');
  let total = 0;
  let current = 0;
  let seen = false;
  for (const part of parts) {
    if (part === 'a') {
      current = 1;
      seen = true;
    } else if (part in UNITS) {
      current += UNITS[part]!;
      seen = true;
    } else if (part in TENS) {
      current += TENS[part]!;
      seen = true;
    } else if (part === 'dozen') {
      current = (current || 1) * 12;
      seen = true;
    } else if (part === 'hundred') {
      current = (current || 1) * 100;
      seen = true;
    } else if (part in SCALES) {
      total += (current || 1) * SCALES[part]!;
      current = 0;
      seen = true;
    } else {
      return undefined;
    }
  }
  return seen ? total + current : undefined;
}

const FRACTIONS: Record<string, number> = {
  half: 1 / 2,
  halves: 1 / 2,
  third: 1 / 3,
  thirds: 1 / 3,
  quarter: 1 / 4,
  quarters: 1 / 4,
  fifth: 1 / 5,
  fifths: 1 / 5,
  tenth: 1 / 10,
  tenths: 1 / 10,
};

/** The fraction words, singular and plural: "half", "thirds", "quarter". */
export const FRACTION_WORDS: readonly string[] = Object.keys(FRACTIONS);

/** "a third", "two thirds", "three quarters", "half". */
export const FRACTION_WORDS_SOURCE = `(?:(?:a|one|two|three|four|nine)[ -])?(?:half|halves|thirds?|quarters?|fifths?|tenths?)`;

export function parseFractionWords(phrase: string): number | undefined {
  const parts = phrase.toLowerCase().split(/[\s-]+/);
  const denominator = FRACTIONS[parts[parts.length - 1]!];
  if (denominator === undefined) return undefined;
  const numerator = parts.length > 1 ? (parts[0] === 'a' ? 1 : parseNumberWords(parts[0]!)) : 1;
  return numerator === undefined ? undefined : numerator * denominator;
}
