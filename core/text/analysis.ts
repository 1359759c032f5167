import { type CountRule, countText, type TextCounts, wordStart } from './count';
import { changePhrases, outputPhrases, reachPhrases, vaguePhrases } from './phrases';
import { type Quantity, quantities } from './quantities';
import { sentences } from './sentences';
import type { Match } from './spans';
import { type Timeframe, timeframes } from './timeframes';

/**
 * What one sentence contains, with offsets into the sentence; each feature computed on first use. One field per
 * feature, read through its own getter: the checks read every feature of every sentence of every answer, and
 * properties looked up by a name that varies (one `get(feature)` for all six, and the same for the answer's lists)
 * were a seventh of the time checking the 100,000-character answer took.
 */
export class SentenceFeatures {
  private quantitiesFound: Quantity[] | undefined = undefined;
  private timeframesFound: Timeframe[] | undefined = undefined;
  private changesFound: Match[] | undefined = undefined;
  private outputsFound: Match[] | undefined = undefined;
  private reachFound: Match[] | undefined = undefined;
  private vagueFound: Match[] | undefined = undefined;
  private derivedValues: Map<string, unknown> | undefined = undefined;
  constructor(readonly text: string) {}

  /** Anything else computed from the sentence alone, remembered with it (the checks' word stems, say). */
  derived<T>(key: string, compute: (text: string, features: SentenceFeatures) => T): T {
    this.derivedValues ??= new Map();
    if (!this.derivedValues.has(key)) this.derivedValues.set(key, compute(this.text, this));
    return this.derivedValues.get(key) as T;
  }

  get quantities(): Quantity[] {
    this.quantitiesFound ??= quantities(this.text);
    return this.quantitiesFound;
  }
  get timeframes(): Timeframe[] {
    this.timeframesFound ??= timeframes(this.text);
    return this.timeframesFound;
  }
  get changes(): Match[] {
    this.changesFound ??= changePhrases(this.text);
    return this.changesFound;
  }
  get outputs(): Match[] {
    this.outputsFound ??= outputPhrases(this.text);
    return this.outputsFound;
  }
  get reach(): Match[] {
    this.reachFound ??= reachPhrases(this.text);
    return this.reachFound;
  }
  get vague(): Match[] {
    this.vagueFound ??= vaguePhrases(this.text);
    return this.vagueFound;
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
    // A cache of no sentences holds none: looking one up would only hash its text.
    if (this.capacity === 0) return new SentenceFeatures(text);
    const hit = this.newer.get(text);
    if (hit) return hit;
    const entry = this.older.get(text) ?? new SentenceFeatures(text);
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

function movedTimeframe(t: Timeframe, offset: number): Timeframe {
  return { start: t.start + offset, end: t.end + offset, text: t.text, specific: t.specific };
}

function movedMatch(m: Match, offset: number): Match {
  return { start: m.start + offset, end: m.end + offset, text: m.text };
}

/** The answer's list of a feature no sentence has: one shared list, read only like every other. */
const NONE: readonly never[] = [];

const QUANTITIES = (f: SentenceFeatures) => f.quantities;
const TIMEFRAMES = (f: SentenceFeatures) => f.timeframes;
const CHANGES = (f: SentenceFeatures) => f.changes;
const OUTPUTS = (f: SentenceFeatures) => f.outputs;
const REACH = (f: SentenceFeatures) => f.reach;
const VAGUE = (f: SentenceFeatures) => f.vague;

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
  private quantitiesMerged: Quantity[] | undefined = undefined;
  private timeframesMerged: Timeframe[] | undefined = undefined;
  private changesMerged: Match[] | undefined = undefined;
  private outputsMerged: Match[] | undefined = undefined;
  private reachMerged: Match[] | undefined = undefined;
  private vagueMerged: Match[] | undefined = undefined;
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

  /** One feature of the whole answer: its sentences' lists, moved to the answer's offsets. */
  private merged<T>(of: (features: SentenceFeatures) => T[], move: (item: T, offset: number) => T): T[] {
    const sentences = this.sentences;
    const features = this.perSentenceFeatures;
    // Most answers have a feature in one sentence or none: when that sentence starts the text, its own list (read
    // only, like every feature list) serves as the answer's, and nothing is copied.
    let holder = -1;
    let holders = 0;
    for (let i = 0; i < sentences.length; i++) {
      if (of(features[i]!).length > 0) {
        holders++;
        holder = i;
      }
    }
    if (holders === 1 && sentences[holder]!.start === 0) return of(features[holder]!);
    if (holders === 0) return NONE as unknown as T[];
    const out: T[] = [];
    for (let i = 0; i < sentences.length; i++) {
      const offset = sentences[i]!.start;
      // At offset 0 (an answer's first sentence) the sentence's own objects serve as they are.
      for (const item of of(features[i]!)) out.push(offset === 0 ? item : move(item, offset));
    }
    return out;
  }

  /**
   * The features of one sentence (`sentences[index]`), for a check that needs a value (`derived`) from only some
   * sentences: the others are never read.
   */
  sentenceFeatures(index: number): SentenceFeatures {
    return this.perSentenceFeatures[index]!;
  }

  /**
   * A value computed from each sentence on its own (its text, and its own features with offsets into it),
   * remembered with the sentence across keystrokes.
   */
  perSentence<T>(key: string, compute: (sentence: string, features: SentenceFeatures) => T): T[] {
    this.perSentenceValues ??= new Map();
    let values = this.perSentenceValues.get(key) as T[] | undefined;
    if (values === undefined) {
      values = this.perSentenceFeatures.map((features) => features.derived(key, compute));
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
    this.quantitiesMerged ??= this.merged(QUANTITIES, movedQuantity);
    return this.quantitiesMerged;
  }
  get timeframes(): Timeframe[] {
    this.timeframesMerged ??= this.merged(TIMEFRAMES, movedTimeframe);
    return this.timeframesMerged;
  }
  get changes(): Match[] {
    this.changesMerged ??= this.merged(CHANGES, movedMatch);
    return this.changesMerged;
  }
  get outputs(): Match[] {
    this.outputsMerged ??= this.merged(OUTPUTS, movedMatch);
    return this.outputsMerged;
  }
  get reach(): Match[] {
    this.reachMerged ??= this.merged(REACH, movedMatch);
    return this.reachMerged;
  }
  get vague(): Match[] {
    this.vagueMerged ??= this.merged(VAGUE, movedMatch);
    return this.vagueMerged;
  }
}
