import { type CountRule, countText, type TextCounts } from './count';
import { changePhrases, outputPhrases, reachPhrases, vaguePhrases } from './phrases';
import { type Quantity, quantities } from './quantities';
import { sentences } from './sentences';
import type { Match } from './spans';
import { type Timeframe, timeframes } from './timeframes';

/**
 * Everything the checks read from one answer, each feature computed on first use and kept: a keystroke re-analyses
 * one answer, and a check that needs only the counts never pays for sentence splitting.
 */
export class TextAnalysis {
  private cache = new Map<string, unknown>();

  constructor(
    readonly text: string,
    private readonly countRule?: CountRule,
  ) {}

  private memo<T>(key: string, compute: () => T): T {
    if (!this.cache.has(key)) this.cache.set(key, compute());
    return this.cache.get(key) as T;
  }

  get counts(): TextCounts {
    return this.memo('counts', () => countText(this.text, this.countRule));
  }
  get sentences(): Match[] {
    return this.memo('sentences', () => sentences(this.text));
  }
  get quantities(): Quantity[] {
    return this.memo('quantities', () => quantities(this.text));
  }
  get timeframes(): Timeframe[] {
    return this.memo('timeframes', () => timeframes(this.text));
  }
  get changes(): Match[] {
    return this.memo('changes', () => changePhrases(this.text));
  }
  get outputs(): Match[] {
    return this.memo('outputs', () => outputPhrases(this.text));
  }
  get reach(): Match[] {
    return this.memo('reach', () => reachPhrases(this.text));
  }
  get vague(): Match[] {
    return this.memo('vague', () => vaguePhrases(this.text));
  }
  /** Lower-cased text, for cheap keyword tests. */
  get lower(): string {
    return this.memo('lower', () => this.text.toLowerCase());
  }
}
