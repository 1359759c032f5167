import { ASK, KIND_PATTERNS, TIE_ORDER, TWO_ASK_RULES } from './kind-patterns';
import { statedLimit } from './question-limit';
import { plainText, withoutNumbering } from './question-text';
import type { Limit, QuestionKind } from './types';

/**
 * The kind of a question, from its label and help text. Every phrase in kind-patterns.ts that matches adds its
 * weight to its kind: three times over in the label, twice more in the label's first ask (up to the first "?",
 * ":", bracket or "and what/how/who…"), once in the help text. The first asking phrase of the first ask is the
 * question's main verb and counts once more ("How will you measure the difference…" asks to measure). Then:
 *
 * 1. A field named as a summary ("Project summary", "Briefly describe your organisation", help text asking for
 *    "a summary of your project") is a summary, whatever the summary covers.
 * 2. The highest score leads; an exact tie goes to the kind the label names first, then to TIE_ORDER.
 * 3. TWO_ASK_RULES: activities give way to outcomes or measurement, and beneficiaries to outcomes, when the
 *    label also asks for them. Measurement beats outcomes only by leading: "How will you measure the difference…"
 *    is measurement, "What difference… and how will you measure it?" is outcomes.
 * 4. A description that must be short (150 words, 1,000 characters, a few lines or sentences) is a summary.
 * 5. Nothing matched: other.
 */
export function questionKind(label: string, help?: string): QuestionKind {
  const plainLabel = withoutNumbering(plainText(label));
  const plainHelp = help ? plainText(help) : '';
  const tally = newTally();
  scan(plainLabel, LABEL_WEIGHT, firstAskEnd(plainLabel), tally);
  if (plainHelp) scan(plainHelp, HELP_WEIGHT, 0, tally);
  if (tally.namesSummary) return 'summary';

  const lead = leadingKind(tally);
  if (lead === null) return 'other';
  const chosen = afterTwoAskRules(lead, tally.askedInLabel);
  if (chosen === 'activities' && (tally.asksBrevity || isShort(statedLimit(label, help)))) return 'summary';
  return chosen;
}

const LABEL_WEIGHT = 3;
const HELP_WEIGHT = 1;
const FIRST_ASK_WEIGHT = 2;

/** A description this short is a summary: a sentence or two, a short paragraph. */
const SHORT_DESCRIPTION: Readonly<Record<Limit['unit'], number>> = { words: 150, characters: 1000 };

function isShort(limit: Limit | null): boolean {
  return limit !== null && limit.max <= SHORT_DESCRIPTION[limit.unit];
}

interface Tally {
  score: Record<QuestionKind, number>;
  /** Where in the label each kind is first named, for ties. */
  firstInLabel: Map<QuestionKind, number>;
  /** The first asking phrase in the label's first ask has been counted again. */
  mainVerbFound: boolean;
  askedInLabel: Set<QuestionKind>;
  namesSummary: boolean;
  asksBrevity: boolean;
}

function newTally(): Tally {
  const score = Object.fromEntries(TIE_ORDER.map((kind) => [kind, 0])) as Record<QuestionKind, number>;
  return {
    score,
    firstInLabel: new Map(),
    mainVerbFound: false,
    askedInLabel: new Set(),
    namesSummary: false,
    asksBrevity: false,
  };
}

/**
 * Every pattern is a capture group inside one look-ahead tried at each word start, so one scan finds the first
 * pattern (in KIND_PATTERNS order) that matches at every word, overlapping matches included.
 */
const SCANNER = new RegExp(`\\b(?=${KIND_PATTERNS.map((p) => `(${p.pattern})`).join('|')})`, 'gi');

// The first ask ends at the first question mark, full stop, colon, semicolon, bracket, dash between spaces, or a
// second question joined on ("… and what difference…", "…, how will you…").
const FIRST_ASK_END =
  /\?|\.(?= |$)|[;:]| [([]| - |,? (?:and|or) (?:what|how|who|why|when|where|which|whom)\b|, (?:what|how|who|why|when|where|which|whom)\b/i;

function firstAskEnd(label: string): number {
  const end = FIRST_ASK_END.exec(label);
  return end ? end.index : label.length;
}

/**
 * Adds each pattern's weight once per text. Matches of one kind that overlap ("meet this need", "this need")
 * are one phrase and count once, at the highest weight among them.
 */
function scan(text: string, sourceWeight: number, firstAskEndsAt: number, tally: Tally): void {
  const seen = new Set<number>();
  const open = new Map<QuestionKind, { end: number; points: number }>();
  for (const match of text.matchAll(SCANNER)) {
    const index = matchedPattern(match);
    if (index < 0 || seen.has(index)) continue;
    const pattern = KIND_PATTERNS[index]!;
    if (pattern.labelOnly && sourceWeight !== LABEL_WEIGHT) continue;
    seen.add(index);
    const start = match.index;
    const end = start + (match[index + 1]?.length ?? 0);
    const inFirstAsk = start < firstAskEndsAt;
    const points = pattern.weight * sourceWeight * (inFirstAsk ? FIRST_ASK_WEIGHT : 1);
    notePattern(pattern, sourceWeight, tally);
    if (sourceWeight === LABEL_WEIGHT && !tally.firstInLabel.has(pattern.kind))
      tally.firstInLabel.set(pattern.kind, start);
    if (inFirstAsk && pattern.weight >= ASK && !tally.mainVerbFound) {
      tally.mainVerbFound = true;
      tally.score[pattern.kind] += points;
    }
    const phrase = open.get(pattern.kind);
    if (phrase && start < phrase.end) {
      phrase.end = Math.max(phrase.end, end);
      phrase.points = Math.max(phrase.points, points);
    } else {
      if (phrase) tally.score[pattern.kind] += phrase.points;
      open.set(pattern.kind, { end, points });
    }
  }
  for (const [kind, phrase] of open) tally.score[kind] += phrase.points;
}

function matchedPattern(match: RegExpMatchArray): number {
  for (let group = 1; group < match.length; group++) if (match[group] !== undefined) return group - 1;
  return -1;
}

function notePattern(pattern: (typeof KIND_PATTERNS)[number], sourceWeight: number, tally: Tally): void {
  if (pattern.definesForm) tally.namesSummary = true;
  if (pattern.asksBrevity) tally.asksBrevity = true;
  if (sourceWeight === LABEL_WEIGHT && pattern.weight >= ASK) tally.askedInLabel.add(pattern.kind);
}

function leadingKind({ score, firstInLabel }: Tally): QuestionKind | null {
  const named = (kind: QuestionKind) => firstInLabel.get(kind) ?? Number.POSITIVE_INFINITY;
  let best: QuestionKind | null = null;
  for (const kind of TIE_ORDER) {
    if (score[kind] <= 0) continue;
    if (
      best === null ||
      score[kind] > score[best] ||
      (score[kind] === score[best] && named(kind) < named(best))
    ) {
      best = kind;
    }
  }
  return best;
}

function afterTwoAskRules(lead: QuestionKind, askedInLabel: ReadonlySet<QuestionKind>): QuestionKind {
  const rule = TWO_ASK_RULES.find((r) => r.lead === lead && askedInLabel.has(r.yieldsTo));
  return rule ? rule.yieldsTo : lead;
}
