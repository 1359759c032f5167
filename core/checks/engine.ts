import type { QuestionKind } from '../questions/types';
import { SentenceCache, TextAnalysis } from '../text/analysis';
import {
  type AnalysedAnswer,
  type Answer,
  appliesTo,
  type Check,
  type CheckConfig,
  type CheckContext,
  DEFAULT_CONFIG,
  docsPath,
  type EvidenceContext,
  type Finding,
  internalErrorMessage,
  type RawFinding,
  SEVERITY_ORDER,
} from './define';

export interface EngineOptions {
  config?: Partial<CheckConfig>;
  evidence?: EvidenceContext;
  /** The checks to run; run-checks.ts defaults it to every check in the registry. */
  checks: readonly Check[];
  /** Sentences remembered across keystrokes (default 4,000); 0 analyses every sentence afresh, as benchmarks need. */
  sentenceCacheSize?: number;
  /** Told about a check that threw, for logs; the user sees an `internal-error` finding. */
  onCheckError?: (checkId: string, error: unknown) => void;
}

function byImportance(a: Finding, b: Finding): number {
  return (
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || (a.span?.start ?? -1) - (b.span?.start ?? -1)
  );
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
 * Runs checks on a page of answers (the registry's, by default, through run-checks.ts). Answer-level findings are cached per answer, so a keystroke re-checks one
 * field; page-level checks (which compare answers) re-run from the cached analyses, which is cheap. A check that
 * throws becomes one `internal-error` finding naming it, and the other checks still run.
 */
export class CheckEngine {
  private readonly cache = new Map<string, Cached>();
  /** Shared by the page's answers: a keystroke re-analyses one sentence. */
  private readonly sentences: SentenceCache;
  private readonly config: CheckConfig;
  private readonly checks: readonly Check[];

  constructor(private readonly options: EngineOptions) {
    this.config = { ...DEFAULT_CONFIG, ...options.config };
    this.sentences = new SentenceCache(options.sentenceCacheSize ?? 4_000);
    const disabled = new Set(this.config.disabled);
    this.checks = options.checks.filter(
      (c) => !disabled.has(c.id) && (!c.needsEvidence || options.evidence !== undefined),
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
    const analysed: AnalysedAnswer = {
      ...answer,
      analysis: new TextAnalysis(answer.text, this.config.countRule, this.sentences),
    };
    const entry: Cached = { answer: analysed, signature: sig, answerFindings: [] };
    // In the cache before the checks run, so that none of them sees the answer's previous text.
    this.cache.set(answer.key, entry);
    entry.answerFindings = this.run(analysed, 'answer');
  }

  private others(key: string): AnalysedAnswer[] {
    const out: AnalysedAnswer[] = [];
    for (const [k, c] of this.cache) if (k !== key) out.push(c.answer);
    return out;
  }

  /** The checks for a question kind and scope, worked out once per engine (they are asked for on every keystroke). */
  private readonly applicable = {
    answer: new Map<string, readonly Check[]>(),
    page: new Map<string, readonly Check[]>(),
  };

  private checksFor(kind: QuestionKind, scope: Check['scope']): readonly Check[] {
    const byKind = this.applicable[scope];
    let list = byKind.get(kind);
    if (!list) {
      list = this.checks.filter((c) => c.scope === scope && appliesTo(c, kind));
      byKind.set(kind, list);
    }
    return list;
  }

  /**
   * A check's raw finding with the check's id, severity and docs. Built field by field: each check's findings have
   * their own shape, and spreading that many shapes sends V8 down its slow generic copy for every finding.
   */
  private finding(check: Check, raw: RawFinding): Finding {
    const finding: Finding = {
      checkId: check.id,
      severity: check.severity,
      message: raw.message,
      docs: docsPath(check.id),
    };
    if (raw.span !== undefined) finding.span = raw.span;
    if (raw.suggestion !== undefined) finding.suggestion = raw.suggestion;
    if (raw.evidence !== undefined) finding.evidence = raw.evidence;
    return finding;
  }

  private run(answer: AnalysedAnswer, scope: Check['scope']): Finding[] {
    const checks = this.checksFor(answer.question.kind, scope);
    if (checks.length === 0) return [];
    const findings: Finding[] = [];
    const ctx: CheckContext = {
      answer,
      others: scope === 'page' ? this.others(answer.key) : [],
      evidence: this.options.evidence,
      config: this.config,
    };
    for (const check of checks) {
      try {
        for (const raw of check.check(ctx)) findings.push(this.finding(check, raw));
      } catch (error) {
        this.options.onCheckError?.(check.id, error);
        findings.push({
          checkId: 'internal-error',
          severity: 'error',
          message: internalErrorMessage(check.id, error),
          docs: docsPath('internal-error'),
        });
      }
    }
    return findings;
  }
}

/** One answer checked on its own, against the rest of the page: the stateless form of CheckEngine. */
export function checkAnswer(answer: Answer, others: readonly Answer[], options: EngineOptions): Finding[] {
  const engine = new CheckEngine(options);
  engine.updatePage([...others, answer]);
  return engine.findingsFor(answer.key);
}
