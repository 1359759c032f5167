import type { QuestionKind } from '../questions/types';
import { SentenceCache, TextAnalysis } from '../text/analysis';
import {
  type AnalysedAnswer,
  type Answer,
  type AnswerContext,
  type AnswerRule,
  appliesTo,
  type CheckConfig,
  DEFAULT_CONFIG,
  type EvidenceContext,
} from './define';
import { bySeverity, type Finding } from './finding';
import { runAnswerRule } from './run-rule';

export interface AnswerEngineOptions {
  /** The rules to run: ANSWER_RULES (registry-answer.ts) for the extension, fewer for the add-on or a test. */
  rules: readonly AnswerRule[];
  config?: Partial<CheckConfig>;
  evidence?: EvidenceContext;
  /** Sentences remembered across keystrokes (default 4,000); 0 analyses every sentence afresh, as benchmarks need. */
  sentenceCacheSize?: number;
  /** Told about a rule that threw, for logs; the user sees an `internal-error` finding. */
  onRuleError?: (ruleId: string, error: unknown) => void;
}

const NO_FINDINGS: readonly Finding[] = [];

/** Most severe first, then in the order of the text. */
function byImportance(a: Finding, b: Finding): number {
  return bySeverity(a, b) || (a.span?.start ?? -1) - (b.span?.start ?? -1);
}

interface Cached {
  answer: AnalysedAnswer;
  signature: string;
  answerFindings: Finding[];
}

function signature(answer: Answer): string {
  const limit = answer.question.limit;
  return `${answer.question.kind}\u0000${limit ? `${limit.max}${limit.unit}` : ''}\u0000${answer.question.label}`;
}

/**
 * Runs answer rules on a page of answers. Findings of `answer`-scoped rules are cached per answer, so a keystroke
 * re-checks one field; `page`-scoped rules (which compare answers) re-run from the cached analyses, which is cheap.
 */
export class AnswerEngine {
  private readonly cache = new Map<string, Cached>();
  /** Shared by the page's answers: a keystroke re-analyses one sentence. */
  private readonly sentences: SentenceCache;
  private readonly config: CheckConfig;
  private readonly rules: readonly AnswerRule[];
  /** The rules for a question kind and scope, worked out once (they are asked for on every keystroke). */
  private readonly applicable = {
    answer: new Map<QuestionKind, readonly AnswerRule[]>(),
    page: new Map<QuestionKind, readonly AnswerRule[]>(),
  };

  constructor(private readonly options: AnswerEngineOptions) {
    this.config = { ...DEFAULT_CONFIG, ...options.config };
    this.sentences = new SentenceCache(options.sentenceCacheSize ?? 4_000);
    const disabled = new Set(this.config.disabled);
    this.rules = options.rules.filter(
      (r) => !disabled.has(r.id) && (!r.needsEvidence || options.evidence !== undefined),
    );
  }

  /** Sets (or replaces) one answer and returns its findings. */
  update(answer: Answer): Finding[] {
    this.store(answer);
    return this.findingsFor(answer.key);
  }

  /** Sets every answer on the page at once, forgetting answers no longer there, and returns all findings. */
  updatePage(answers: readonly Answer[]): Map<string, Finding[]> {
    const keys = new Set(answers.map((a) => a.key));
    for (const key of [...this.cache.keys()]) if (!keys.has(key)) this.cache.delete(key);
    for (const answer of answers) this.store(answer);
    return this.allFindings();
  }

  remove(key: string): void {
    this.cache.delete(key);
  }

  findingsFor(key: string): Finding[] {
    const cached = this.cache.get(key);
    if (!cached) return [];
    const page = this.run(cached.answer, 'page');
    const all = page.length === 0 ? cached.answerFindings.slice() : [...cached.answerFindings, ...page];
    return all.sort(byImportance);
  }

  allFindings(): Map<string, Finding[]> {
    return new Map([...this.cache.keys()].map((key) => [key, this.findingsFor(key)]));
  }

  private store(answer: Answer): void {
    const sig = signature(answer);
    const cached = this.cache.get(answer.key);
    if (cached && cached.answer.text === answer.text && cached.signature === sig) return;
    // Field by field, not a spread of the answer: the spread's copy, and the slower reads of the object it made in
    // every rule after it, were the largest single cost of =IMPACT_CHECK over a column of answers.
    const analysed: AnalysedAnswer = {
      key: answer.key,
      text: answer.text,
      question: answer.question,
      analysis: new TextAnalysis(answer.text, this.config.countRule, this.sentences),
    };
    const entry: Cached = { answer: analysed, signature: sig, answerFindings: [] };
    // In the cache before the rules run, so that none of them sees the answer's previous text.
    this.cache.set(answer.key, entry);
    entry.answerFindings = this.run(analysed, 'answer');
  }

  private others(key: string): AnalysedAnswer[] {
    const out: AnalysedAnswer[] = [];
    for (const [k, c] of this.cache) if (k !== key) out.push(c.answer);
    return out;
  }

  private rulesFor(kind: QuestionKind, scope: AnswerRule['scope']): readonly AnswerRule[] {
    // Each field by its own name: a key that varies is a slower read, made for every rule list of every answer.
    const byKind = scope === 'answer' ? this.applicable.answer : this.applicable.page;
    let list = byKind.get(kind);
    if (!list) {
      list = this.rules.filter((r) => r.scope === scope && appliesTo(r, kind));
      byKind.set(kind, list);
    }
    return list;
  }

  private run(answer: AnalysedAnswer, scope: AnswerRule['scope']): Finding[] {
    const rules = this.rulesFor(answer.question.kind, scope);
    // Shared, as only read: an engine with no page rules (the add-on's) asks for them once an answer.
    if (rules.length === 0) return NO_FINDINGS as Finding[];
    const ctx: AnswerContext = {
      answer,
      others: scope === 'page' ? this.others(answer.key) : [],
      evidence: this.options.evidence,
      config: this.config,
    };
    const findings: Finding[] = [];
    for (const rule of rules) runAnswerRule(rule, ctx, findings, this.options.onRuleError);
    return findings;
  }
}

/** One answer checked on its own, against the rest of the page: the stateless form of AnswerEngine. */
export function checkAnswer(
  answer: Answer,
  others: readonly Answer[],
  options: AnswerEngineOptions,
): Finding[] {
  const engine = new AnswerEngine(options);
  engine.updatePage([...others, answer]);
  return engine.findingsFor(answer.key);
}
