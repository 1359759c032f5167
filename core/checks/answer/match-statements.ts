import type { Indicator, TocNode, Workbook } from '../../model/schema';
import type { SentenceFeatures } from '../../text/analysis';
import { forEachContentStem, sharedCount, stem } from './helpers';

/**
 * Matching an answer's words to the theory of change. Deliberately blunt and cautious: words are stemmed, a few
 * families of synonyms that grant writers swap freely are merged, and callers act only on clear matches or clear
 * misses. A wrong accusation costs more trust than a missed one.
 */
const SYNONYMS: string[][] = [
  ['job', 'employ', 'employment', 'employed', 'work', 'paid', 'career', 'vacancy'],
  ['education', 'college', 'university', 'school', 'apprenticeship', 'train', 'training'],
  [
    'confiden',
    'confident',
    'confidence',
    'self-esteem',
    'esteem',
    'self-efficacy',
    'efficacy',
    'self-belief',
    'belief',
  ],
  ['wellbe', 'wellbeing', 'well-being', 'mental', 'anxiety', 'anxious', 'happy', 'happier', 'happiness'],
  ['isolat', 'isolation', 'isolated', 'lonely', 'loneliness', 'connect', 'connected', 'friend', 'friendship'],
  ['hous', 'housing', 'home', 'tenancy', 'accommodation', 'homeless', 'homelessness'],
  ['sustain', 'stay', 'still', 'retain', 'retention', 'remain', 'kept'],
  ['neet', 'unemploy', 'unemployed', 'unemployment', 'workless', 'worklessness'],
  ['skill', 'skills', 'cv', 'interview', 'application', 'job-search'],
  ['complet', 'complete', 'completion', 'finish', 'graduate'],
];

const CANONICAL = new Map<string, string>();
for (const group of SYNONYMS) for (const word of group) CANONICAL.set(stem(word), group[0]!);

const IN_WORK = /\b(?:in|into|to)\s+work\b/i;

/**
 * A sentence's meaning words, found once and shared by the checks that match the whole sentence, a clause of it or
 * the words around one figure in it.
 */
export interface SentenceMeaning {
  readonly text: string;
  /** The stems of the whole sentence. */
  readonly all: ReadonlySet<string>;
  readonly mentionsWork: boolean;
  /**
   * Offsets into the sentence, and the meaning stem, of each content word (parallel lists), read in the same pass
   * as `all`. Undefined when lower-casing moved the offsets (a dotted capital İ becomes two characters): windows
   * then read their own slice.
   */
  readonly words: { starts: number[]; ends: number[]; stems: string[] } | undefined;
}

const meaningOfStem = (s: string): string => CANONICAL.get(s) ?? s;

export function sentenceMeaning(text: string): SentenceMeaning {
  const lower = text.toLowerCase();
  const all = new Set<string>();
  let words: SentenceMeaning['words'];
  if (lower.length === text.length) {
    const found = { starts: [] as number[], ends: [] as number[], stems: [] as string[] };
    forEachContentStem(lower, (s, start, end) => {
      const meaning = meaningOfStem(s);
      all.add(meaning);
      found.starts.push(start);
      found.ends.push(end);
      found.stems.push(meaning);
    });
    words = found;
  } else {
    forEachContentStem(lower, (s) => all.add(meaningOfStem(s)));
  }
  // "work" is too common to keep as a plain word, but "in work" and "into work" mean a job.
  const mentionsWork = IN_WORK.test(text);
  if (mentionsWork) all.add('job');
  return { text, all, mentionsWork, words };
}

/**
 * The meaning stems of the words of `sentence.text.slice(from, to)`, without reading the words again: a binary
 * search to the window's first word, so a sentence cut into many windows is still read in linear time.
 */
export function meaningStemsBetween(meaning: SentenceMeaning, from: number, to: number): ReadonlySet<string> {
  if (from <= 0 && to >= meaning.text.length) return meaning.all;
  const words = meaning.words;
  if (words === undefined) return meaningStems(meaning.text.slice(from, to));
  const { starts, ends, stems } = words;
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  const out = new Set<string>();
  for (let i = lo; i < starts.length && starts[i]! < to; i++) {
    if (ends[i]! <= to) out.add(stems[i]!);
  }
  if (meaning.mentionsWork && IN_WORK.test(meaning.text.slice(from, to))) out.add('job');
  return out;
}

const MEANING = 'meaning';

/** A sentence's meaning words, remembered with the sentence so that a keystroke recomputes one. */
export function meaningOf(features: SentenceFeatures): SentenceMeaning {
  return features.derived(MEANING, sentenceMeaning);
}

export function meaningStems(text: string): Set<string> {
  return new Set(sentenceMeaning(text).all);
}

export interface TocTerms {
  node: TocNode;
  stems: Set<string>;
}

const termsCache = new WeakMap<Workbook, TocTerms[]>();
const allTermsCache = new WeakMap<Workbook, TocTerms[]>();
const indicatorCache = new WeakMap<Workbook, Map<string, Set<string>>>();

function nodeTerms(workbook: Workbook, node: TocNode): TocTerms {
  const names = workbook.indicators.filter((i) => i.outcome === node.id).map((i) => i.name);
  return { node, stems: meaningStems([node.statement, ...names].join(' ')) };
}

/** Outcome and impact statements with their indicators' names, as stems; computed once per workbook. */
export function outcomeTerms(workbook: Workbook): TocTerms[] {
  let terms = termsCache.get(workbook);
  if (terms === undefined) {
    terms = workbook.nodes
      .filter((n) => n.level === 'Outcome' || n.level === 'Impact')
      .map((node) => nodeTerms(workbook, node));
    termsCache.set(workbook, terms);
  }
  return terms;
}

/** Every statement of the theory of change (activities and outputs too) with its indicators' names, as stems. */
export function tocTerms(workbook: Workbook): TocTerms[] {
  let terms = allTermsCache.get(workbook);
  if (terms === undefined) {
    terms = workbook.nodes.map((node) => nodeTerms(workbook, node));
    allTermsCache.set(workbook, terms);
  }
  return terms;
}

function indicatorStems(workbook: Workbook): Map<string, Set<string>> {
  let stems = indicatorCache.get(workbook);
  if (!stems) {
    stems = new Map();
    for (const indicator of workbook.indicators) {
      const node = workbook.nodes.find((n) => n.id === indicator.outcome);
      stems.set(indicator.id, meaningStems(`${indicator.name} ${node?.statement ?? ''}`));
    }
    indicatorCache.set(workbook, stems);
  }
  return stems;
}

export interface IndicatorMatch {
  indicator: Indicator;
  score: number;
}

/**
 * The indicator (of the workbook's `candidates`) some words are about, or nothing. They must share at least
 * `minShared` meaning stems with the indicator's name and outcome, and beat the runner-up: ties mean we cannot tell,
 * so we say nothing.
 */
export function matchIndicator(
  words: ReadonlySet<string>,
  workbook: Workbook,
  candidates: readonly Indicator[],
  minShared = 2,
): IndicatorMatch | undefined {
  const stems = indicatorStems(workbook);
  let best: Indicator | undefined;
  let bestScore = -1;
  let tied = false;
  for (const indicator of candidates) {
    const score = sharedCount(words, stems.get(indicator.id)!);
    if (score > bestScore) {
      best = indicator;
      bestScore = score;
      tied = false;
    } else if (score === bestScore) {
      tied = true;
    }
  }
  if (best === undefined || bestScore < minShared || tied) return undefined;
  return { indicator: best, score: bestScore };
}
