import { matchIndicator, meaningStemsBetween, sentenceMeaning } from '../checks/answer/match-statements';
import type { Workbook } from '../model/schema';
import { type Quantity, type QuantityUnit, quantities } from '../text/quantities';
import { sentences } from '../text/sentences';
import type { CitedFigure } from './entry';

/** Figures of what the work achieved or costs; a year, an age or a length of time describes it instead. */
const CITED_UNITS: ReadonlySet<QuantityUnit> = new Set(['count', 'percent', 'money']);

/** Where one clause gives way to the next: "; ", ", and ", " while ". */
const CLAUSE_BREAK = /[;:]\s|,?\s{1,8}(?:and|but|while|whereas)\s/g;

function clauseBreaks(
  text: string,
  from: number,
  to: number,
): { first: number; lastEnd: number } | undefined {
  let first = -1;
  let lastEnd = -1;
  for (const m of text.slice(from, to).matchAll(CLAUSE_BREAK)) {
    if (first < 0) first = from + m.index;
    lastEnd = from + m.index + m[0].length;
  }
  return first < 0 ? undefined : { first, lastEnd };
}

/**
 * The stretch of its sentence a figure is about: the whole sentence when it is the only figure, else its own clause,
 * from the last clause break after the figure before it to the first clause break before the figure after it.
 */
function figureWindow(text: string, found: readonly Quantity[], i: number): { from: number; to: number } {
  const before = found[i - 1];
  const after = found[i + 1];
  const q = found[i]!;
  const from = before ? (clauseBreaks(text, before.end, q.start)?.lastEnd ?? before.end) : 0;
  const to = after ? (clauseBreaks(text, q.end, after.start)?.first ?? after.start) : text.length;
  return { from, to };
}

/**
 * The figures an answer gives, in order, each with the indicator it is about when the workbook has one that clearly
 * matches: the words of the figure's own stretch of its sentence (from the figure before it to the figure after it)
 * against each indicator's name and outcome, as the evidence rules match them.
 */
export function citedFigures(text: string, workbook?: Workbook): CitedFigure[] {
  const figures: CitedFigure[] = [];
  for (const sentence of sentences(text)) {
    const found = quantities(sentence.text).filter((q) => CITED_UNITS.has(q.unit));
    if (found.length === 0) continue;
    const meaning = workbook && workbook.indicators.length > 0 ? sentenceMeaning(sentence.text) : undefined;
    found.forEach((q, i) => {
      const { from, to } = figureWindow(sentence.text, found, i);
      const match =
        meaning && workbook
          ? matchIndicator(meaningStemsBetween(meaning, from, to), workbook, workbook.indicators)
          : undefined;
      figures.push(match ? { text: q.text, indicatorId: match.indicator.id } : { text: q.text });
    });
  }
  return figures;
}
