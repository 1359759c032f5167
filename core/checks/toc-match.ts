import type { Indicator, TocNode, Workbook } from '../model/schema';
import type { TextAnalysis } from '../text/analysis';
import { contentStems, sharedCount, stem } from './helpers';

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

/** The meaning stems of each sentence, remembered with the sentence so that a keystroke recomputes one. */
export function sentenceStems(analysis: TextAnalysis): Set<string>[] {
  return analysis.perSentence('meaning-stems', meaningStems);
}

/** The meaning stems of a whole answer: the union of its sentences'. */
export function answerStems(analysis: TextAnalysis): Set<string> {
  const out = new Set<string>();
  for (const stems of sentenceStems(analysis)) for (const s of stems) out.add(s);
  return out;
}

export function meaningStems(text: string): Set<string> {
  const out = new Set<string>();
  for (const s of contentStems(text)) out.add(CANONICAL.get(s) ?? s);
  // "work" is too common to keep as a plain word, but "in work" and "into work" mean a job.
  if (IN_WORK.test(text)) out.add('job');
  return out;
}

export interface TocTerms {
  node: TocNode;
  stems: Set<string>;
}

const termsCache = new WeakMap<Workbook, TocTerms[]>();
const indicatorCache = new WeakMap<Workbook, Map<string, Set<string>>>();

/** Outcome and impact statements with their indicators' names, as stems; computed once per workbook. */
export function outcomeTerms(workbook: Workbook): TocTerms[] {
  const cached = termsCache.get(workbook);
  if (cached) return cached;
  const terms = workbook.nodes
    .filter((n) => n.level === 'Outcome' || n.level === 'Impact')
    .map((node) => {
      const names = workbook.indicators.filter((i) => i.outcome === node.id).map((i) => i.name);
      return { node, stems: meaningStems([node.statement, ...names].join(' ')) };
    });
  termsCache.set(workbook, terms);
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
 * The indicator a sentence is about, or nothing. It must share at least `minShared` meaning stems with the
 * indicator's name and outcome, and beat the runner-up: ties mean we cannot tell, so we say nothing.
 */
export function matchIndicator(
  sentence: string,
  workbook: Workbook,
  accept: (indicator: Indicator) => boolean,
  minShared = 2,
): IndicatorMatch | undefined {
  const words = meaningStems(sentence);
  const stems = indicatorStems(workbook);
  const scored: IndicatorMatch[] = [];
  for (const indicator of workbook.indicators) {
    if (!accept(indicator)) continue;
    scored.push({ indicator, score: sharedCount(words, stems.get(indicator.id)!) });
  }
  scored.sort((a, b) => b.score - a.score);
  const [best, second] = scored;
  if (!best || best.score < minShared || (second && second.score === best.score)) return undefined;
  return best;
}
