import { MeasureError, quote, RowError, requireShare } from './errors';
import { meanInterval } from './mean-interval';

/** One participant's score at one stage ("start", "end"). */
export interface StageScore {
  readonly participant: string;
  readonly stage: string;
  readonly score: number;
}

export interface MatchedChangeOptions {
  /** The earlier stage, as the records name it: "start". Matched ignoring case and spaces around it. */
  readonly from: string;
  /** The later stage: "end". */
  readonly to: string;
  /** 0.95 unless set. */
  readonly confidence?: number;
}

export interface MatchedChange {
  from: string;
  to: string;
  /** Participants with a score at either stage. */
  participants: number;
  /** Participants with a score at both: the change is theirs alone. */
  matched: number;
  /** Mean of (to − from) over the matched participants, with its paired t interval. */
  meanChange: number;
  lower: number;
  upper: number;
  /** Participants with a `to` score but none at `from`, and the other way round. */
  missingFrom: number;
  missingTo: number;
  /** Who is left out, in words: ["31 of 120 have no end score"]; empty when everyone is matched. */
  unmatched: string[];
}

interface Seen {
  score: number;
  record: number;
}

const NAMED_DUPLICATES = 3;

const sameStage = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

function checkedStages(options: MatchedChangeOptions): { from: string; to: string } {
  const from = typeof options.from === 'string' ? options.from.trim() : '';
  const to = typeof options.to === 'string' ? options.to.trim() : '';
  if (from === '' || to === '') {
    throw new MeasureError('A change needs two stages to compare, such as "start" and "end".');
  }
  if (sameStage(from, to)) {
    throw new MeasureError(`The two stages are both "${from}": a change needs two different stages.`);
  }
  return { from, to };
}

/** A participant with two scores at one stage: which participant, which stage, which records. */
interface Duplicate {
  participant: string;
  stage: string;
  records: number[];
}

function duplicateError(duplicates: readonly Duplicate[]): RowError {
  const rows = duplicates.flatMap((d) => d.records);
  return new RowError(rows, (numbers) => {
    let at = 0;
    const named = duplicates.map((d) => {
      const own = numbers.slice(at, at + d.records.length);
      at += d.records.length;
      const list = `${own.slice(0, -1).join(', ')} and ${own[own.length - 1]}`;
      return `participant ${JSON.stringify(d.participant)} has ${own.length} "${d.stage}" scores (records ${list})`;
    });
    const shown = named.slice(0, NAMED_DUPLICATES).join('; ');
    const more = named.length - NAMED_DUPLICATES;
    const rest = more > 0 ? `; and ${more} more participant${more === 1 ? '' : 's'} likewise` : '';
    return `${shown.charAt(0).toUpperCase()}${shown.slice(1)}${rest}. Keep one score per participant and stage, or give the others their own stage.`;
  });
}

/** Each participant's score at each of the two stages; other stages are left out. */
function scoresByParticipant(scores: readonly StageScore[], from: string, to: string) {
  const atFrom = new Map<string, Seen>();
  const atTo = new Map<string, Seen>();
  const repeats = new Map<string, Duplicate>();
  scores.forEach((s, i) => {
    const record = i + 1;
    const stage = typeof s?.stage === 'string' ? s.stage : '';
    const into = sameStage(stage, from) ? atFrom : sameStage(stage, to) ? atTo : null;
    if (!into) return;
    const participant = typeof s.participant === 'string' ? s.participant.trim() : '';
    if (participant === '') {
      throw new RowError([record], ([r]) => `Record ${r} has no participant ID, so it cannot be matched.`);
    }
    if (typeof s.score !== 'number' || !Number.isFinite(s.score)) {
      throw new RowError([record], ([r]) => `Record ${r}: Score must be a number, found ${quote(s.score)}.`);
    }
    const earlier = into.get(participant);
    if (!earlier) {
      into.set(participant, { score: s.score, record });
      return;
    }
    const stageName = into === atFrom ? from : to;
    const key = `${stageName}\u0000${participant}`;
    const repeat = repeats.get(key) ?? { participant, stage: stageName, records: [earlier.record] };
    repeat.records.push(record);
    repeats.set(key, repeat);
  });
  if (repeats.size > 0) throw duplicateError([...repeats.values()]);
  return { atFrom, atTo };
}

function missingSentence(count: number, participants: number, stage: string): string {
  return `${count} of ${participants} ${count === 1 ? 'has' : 'have'} no ${stage} score`;
}

/**
 * How a score changed between two stages, over the participants scored at both, matched by participant ID: the
 * mean change with its paired t interval (the t interval of each participant's own change). Participants scored
 * at only one stage are left out of the change and counted, in words; a participant scored twice at one stage is
 * an error that names them, never averaged silently. The result does not depend on the order of the records.
 */
export function matchedChange(scores: readonly StageScore[], options: MatchedChangeOptions): MatchedChange {
  const { from, to } = checkedStages(options);
  const confidence = requireShare(options.confidence ?? 0.95, 'Confidence', {
    allowZero: false,
    allowOne: false,
  });
  const { atFrom, atTo } = scoresByParticipant(scores, from, to);
  const changes: number[] = [];
  for (const [participant, start] of atFrom) {
    const end = atTo.get(participant);
    if (end) changes.push(end.score - start.score);
  }
  const matched = changes.length;
  const participants = atFrom.size + atTo.size - matched;
  const missingTo = atFrom.size - matched;
  const missingFrom = atTo.size - matched;
  if (participants === 0) {
    throw new MeasureError(
      `No scores are for the stages "${from}" or "${to}": check how the stages are named.`,
    );
  }
  if (matched < 2) {
    throw new MeasureError(
      `${matched === 0 ? 'None' : 'Only 1'} of ${participants} participants ${matched === 1 ? 'has' : 'have'} scores at both ${from} and ${to}: a change needs at least two.`,
    );
  }
  const { mean, lower, upper } = meanInterval(changes, confidence);
  const unmatched = [
    ...(missingTo > 0 ? [missingSentence(missingTo, participants, to)] : []),
    ...(missingFrom > 0 ? [missingSentence(missingFrom, participants, from)] : []),
  ];
  return {
    from,
    to,
    participants,
    matched,
    meanChange: mean,
    lower,
    upper,
    missingFrom,
    missingTo,
    unmatched,
  };
}
