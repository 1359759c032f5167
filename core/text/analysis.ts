import { type CountRule, countText, type TextCounts, wordStart } from './count';
import { changePhrases, outputPhrases, reachPhrases, vaguePhrases } from './phrases';
import { type Quantity, quantities } from './quantities';
import { sentences } from './sentences';
import type { Match } from './spans';
import { type Timeframe, timeframes } from './timeframes';

type FeatureName = 'quantities' | 'timeframes' | 'changes' | 'outputs' | 'reach' | 'vague';

interface FeatureTypes {
  quantities: Quantity;
  timeframes: Timeframe;
  changes: Match;
  outputs: Match;
  reach: Match;
  vague: Match;
}

const EXTRACTORS: { [F in FeatureName]: (text: string) => FeatureTypes[F][] } = {
  quantities,
  timeframes,
  changes: changePhrases,
  outputs: outputPhrases,
  reach: reachPhrases,
  vague: vaguePhrases,
};

type FeatureLists = Partial<{ [F in FeatureName]: FeatureTypes[F][] }>;

/** Every feature, none computed yet: each named, so that every holder has one shape from the start. */
function noFeatures(): FeatureLists {
  return {
    quantities: undefined,
    timeframes: undefined,
    changes: undefined,
    outputs: undefined,
    reach: undefined,
    vague: undefined,
  };
}

/** What one sentence contains, with offsets into the sentence; each feature computed on first use. */
export class SentenceFeatures {
  private readonly found = noFeatures();
  private derivedValues: Map<string, unknown> | undefined = undefined;
  constructor(readonly text: string) {}

  /** Anything else computed from the sentence alone, remembered with it (the checks' word stems, say). */
  derived<T>(key: string, compute: (text: string) => T): T {
    this.derivedValues ??= new Map();
    if (!this.derivedValues.has(key)) this.derivedValues.set(key, compute(this.text));
    return this.derivedValues.get(key) as T;
  }

  get<F extends FeatureName>(feature: F): FeatureTypes[F][] {
    let list = this.found[feature] as FeatureTypes[F][] | undefined;
    if (!list) {
      list = EXTRACTORS[feature](this.text);
      (this.found as Record<string, unknown>)[feature] = list;
    }
    return list;
  }
}

/**
 * Sentences seen recently and what they contain. A keystroke changes one sentence of an answer: every other sentence
 * is found here, so re-checking costs one sentence's analysis, not the whole answer's. Two generations: when the
 * newer fills up it becomes the older and the old older is dropped, so sentences in use survive and every step is
 * constant time (a Map used as a strict LRU slows down as deleted entries pile up).
 */
export class SentenceCache {
  private newer = new Map<string, SentenceFeatures>();
  private older = new Map<string, SentenceFeatures>();
  constructor(private readonly capacity = 4_000) {}

  features(text: string): SentenceFeatures {
    const hit = this.newer.get(text);
    if (hit) return hit;
    const entry = this.older.get(text) ?? new SentenceFeatures(text);
    if (this.capacity === 0) return entry;
    if (this.newer.size >= this.capacity) {
      this.older = this.newer;
      this.newer = new Map();
    }
    this.newer.set(text, entry);
    return entry;
  }

  get size(): number {
    return this.newer.size + this.older.size;
  }
}

/**
 * A feature moved from its sentence's offsets to the answer's, built field by field: a literal of a fixed shape
 * costs a fraction of an object spread, which for quantities (money and shares carry extra fields) went generic.
 */
const MOVERS: { [F in FeatureName]: (item: FeatureTypes[F], offset: number) => FeatureTypes[F] } = {
  quantities: movedQuantity,
  timeframes: (t, offset) => ({
    start: t.start + offset,
    end: t.end + offset,
    text: t.text,
    specific: t.specific,
  }),
  changes: movedMatch,
  outputs: movedMatch,
  reach: movedMatch,
  vague: movedMatch,
};

function movedQuantity(q: Quantity, offset: number): Quantity {
  const moved: Quantity = {
    start: q.start + offset,
    end: q.end + offset,
    text: q.text,
    value: q.value,
    unit: q.unit,
    noun: q.noun,
    head: q.head,
  };
  if (q.currency !== undefined) moved.currency = q.currency;
  if (q.achieved !== undefined) moved.achieved = q.achieved;
  if (q.outOf !== undefined) moved.outOf = q.outOf;
  return moved;
}

function movedMatch(m: Match, offset: number): Match {
  return { start: m.start + offset, end: m.end + offset, text: m.text };
}

function shifted<F extends FeatureName>(
  feature: F,
  items: readonly FeatureTypes[F][],
  offset: number,
  into: FeatureTypes[F][],
): void {
  // Features are read-only: at offset 0 (an answer's first sentence) the sentence's own objects serve as they are.
  if (offset === 0) {
    for (const item of items) into.push(item);
    return;
  }
  const move = MOVERS[feature];
  for (const item of items) into.push(move(item, offset));
}

/**
 * Everything the checks read from one answer, each feature computed on first use and kept. Features are found
 * sentence by sentence (no feature crosses a sentence boundary) through a cache shared by the answers of a page.
 * Kept in plain fields rather than a map of closures: the add-on analyses one answer per row of a 10,000-row range,
 * and there the bookkeeping cost as much as the reading.
 */
export class TextAnalysis {
  // Each field is set in the constructor (to undefined until first used), so every analysis has one shape however
  // its features are read, and the add-on's build, which assigns fields rather than defining them, agrees.
  private sentenceList: Match[] | undefined = undefined;
  private features: SentenceFeatures[] | undefined = undefined;
  private readonly merges = noFeatures();
  private countsValue: TextCounts | undefined = undefined;
  private perSentenceValues: Map<string, unknown[]> | undefined = undefined;

  constructor(
    readonly text: string,
    private readonly countRule?: CountRule,
    private readonly cache: SentenceCache = new SentenceCache(256),
  ) {}

  /** Each sentence's features, looked up once per analysis (so a cache of size 0 still computes each once). */
  private get perSentenceFeatures(): SentenceFeatures[] {
    if (this.features === undefined) {
      const sentences = this.sentences;
      const features: SentenceFeatures[] = new Array(sentences.length);
      for (let i = 0; i < sentences.length; i++) features[i] = this.cache.features(sentences[i]!.text);
      this.features = features;
    }
    return this.features;
  }

  private merged<F extends FeatureName>(feature: F): FeatureTypes[F][] {
    let out = this.merges[feature] as FeatureTypes[F][] | undefined;
    if (out === undefined) {
      const sentences = this.sentences;
      const features = this.perSentenceFeatures;
      // Most answers have a feature in one sentence or none: when that sentence starts the text, its own list (read
      // only, like every feature list) serves as the answer's, and nothing is copied.
      let holder = -1;
      let holders = 0;
      for (let i = 0; i < sentences.length; i++) {
        if (features[i]!.get(feature).length > 0) {
          holders++;
          holder = i;
        }
      }
      if (holders === 1 && sentences[holder]!.start === 0) {
        out = features[holder]!.get(feature);
      } else {
        out = [];
        for (let i = 0; i < sentences.length; i++) {
          shifted(feature, features[i]!.get(feature), sentences[i]!.start, out);
        }
      }
      (this.merges as Record<string, unknown>)[feature] = out;
    }
    return out;
  }

  /**
   * A value computed from each sentence on its own (its text, and its own features with offsets into it),
   * remembered with the sentence across keystrokes.
   */
  perSentence<T>(key: string, compute: (sentence: string, features: SentenceFeatures) => T): T[] {
    this.perSentenceValues ??= new Map();
    let values = this.perSentenceValues.get(key) as T[] | undefined;
    if (values === undefined) {
      values = this.perSentenceFeatures.map((features) =>
        features.derived(key, (text) => compute(text, features)),
      );
      this.perSentenceValues.set(key, values);
    }
    return values;
  }

  /** Whether the answer has at least `n` words, without counting all of a long answer. */
  hasWords(n: number): boolean {
    if (this.countsValue !== undefined) return this.countsValue.words >= n;
    return n <= 0 || wordStart(this.text, n) < this.text.length;
  }

  /**
   * Counts as portals count them. Words never cross a sentence boundary, so the word count is the sum of the
   * sentences' counts, each remembered; characters come from the length and the line breaks.
   */
  get counts(): TextCounts {
    if (this.countsValue === undefined) {
      const perSentence = this.perSentence('counts', (sentence) => countText(sentence));
      let words = 0;
      let withoutSpaces = 0;
      for (const c of perSentence) {
        words += c.words;
        withoutSpaces += c.charactersWithoutSpaces;
      }
      const whole = countText(this.text, this.countRule, true);
      this.countsValue = { words, characters: whole.characters, charactersWithoutSpaces: withoutSpaces };
    }
    return this.countsValue;
  }
  get sentences(): Match[] {
    this.sentenceList ??= sentences(this.text);
    return this.sentenceList;
  }
  get quantities(): Quantity[] {
    return this.merged('quantities');
  }
  get timeframes(): Timeframe[] {
    return this.merged('timeframes');
  }
  get changes(): Match[] {
    return this.merged('changes');
  }
  get outputs(): Match[] {
    return this.merged('outputs');
  }
  get reach(): Match[] {
    return this.merged('reach');
  }
  get vague(): Match[] {
    return this.merged('vague');
  }
}
