import { MeasureError, requireAmount, requireDate } from '../measures/errors';
import type { Contract } from '../model/schema';
import type { Claim } from './read';
import { type ClaimState, claimStatus } from './status';

/** What the claims need of the Payments tab: each outcome's price and cap, the total cap and the end. */
export type Tariff = Pick<Contract, 'metrics' | 'totalCap' | 'end'>;

export interface ClaimsOptions {
  asOf: string;
  /** The day the projection runs to; the tariff's end when left out. */
  contractEnd?: string;
  /** The most the contract pays for any one participant, over all their outcomes (the Innovation Fund's £11,700). */
  participantCap?: number;
}

export interface Allocation {
  asOf: string;
  end?: string;
  states: ClaimState[];
  /** Money paid, claimed, claimable now, and due by the end, each after the caps. */
  money: [number, number, number, number];
  /** What each claim pays, in the order of `claims`: 0 for a claim rejected, beyond a cap or due after the end. */
  amounts: number[];
  /** Outcomes of each metric the ledger counts by the end, paid for or not. */
  used: number[];
  /** Money for each participant by the end. */
  byParticipant: Map<string, number>;
  perParticipant: number;
  /** What the counted claims would pay with no cap at all. */
  uncapped: number;
  /** What the Total cap has left once the counted claims are paid. */
  totalLeft: number;
}

const key = (metric: string) => metric.trim().toLowerCase();

/** The Payments row of each claim's outcome: a claim for an outcome the contract does not price is refused. */
function metricIndexes(claims: readonly Claim[], tariff: Tariff): number[] {
  const index = new Map<string, number>();
  tariff.metrics.forEach((m, i) => {
    if (!index.has(key(m.metric))) index.set(key(m.metric), i);
  });
  return claims.map((claim) => {
    const at = index.get(key(claim.metric));
    if (at === undefined) {
      throw new MeasureError(
        `Claims row ${claim.row}: "${claim.metric}" is not an Outcome metric of the Payments rows.`,
      );
    }
    return at;
  });
}

/** Paid, claimed, claimable, due by the end: the order claims use up the caps. Anything else pays nothing. */
function stageOf(state: ClaimState, end: string | undefined): number {
  const stage = ['paid', 'claimed', 'claimable', 'due'].indexOf(state.status);
  if (stage === 3 && end !== undefined && state.windowCloses > end) return -1;
  return stage;
}

/**
 * Claims in money. Each claim pays its outcome's Price, within what is left of three caps: the metric's Cap on
 * outcomes, the participant's cap and the contract's Total cap. Claims use the caps up in the order a contract pays
 * them (paid, then claimed, then claimable, then due by the end), and in the order of their rows within each, so a
 * claimable outcome gets what the claims already paid and claimed have left. Without a participant cap this is
 * exactly `payments` over each metric's count (the test says so); a participant's cap is in money across metrics,
 * which counts per metric cannot express, so the claims are paid one by one.
 */
export function allocateClaims(claims: readonly Claim[], tariff: Tariff, options: ClaimsOptions): Allocation {
  const asOf = requireDate(options.asOf, 'As-of date');
  const given = options.contractEnd ?? tariff.end;
  const end = given === undefined ? undefined : requireDate(given, 'Contract end');
  const perParticipant =
    options.participantCap === undefined
      ? Infinity
      : requireAmount(options.participantCap, 'Participant cap');
  let totalLeft = tariff.totalCap === undefined ? Infinity : requireAmount(tariff.totalCap, 'Total cap');
  const at = metricIndexes(claims, tariff);
  const states = claims.map((claim) => claimStatus(claim, { asOf }));
  const stages = states.map((state) => stageOf(state, end));
  const used = tariff.metrics.map(() => 0);
  const byParticipant = new Map<string, number>();
  const money = [0, 0, 0, 0];
  const amounts = claims.map(() => 0);
  let uncapped = 0;
  for (let stage = 0; stage < 4; stage++) {
    stages.forEach((claimStage, i) => {
      if (claimStage !== stage) return;
      const metric = tariff.metrics[at[i]!]!;
      const participant = claims[i]!.participant;
      const had = byParticipant.get(participant) ?? 0;
      uncapped += metric.price;
      const underCap = used[at[i]!]!++ < (metric.cap ?? Infinity);
      const amount = underCap ? Math.min(metric.price, perParticipant - had, totalLeft) : 0;
      byParticipant.set(participant, had + amount);
      totalLeft -= amount;
      money[stage] = money[stage]! + amount;
      amounts[i] = amount;
    });
  }
  return {
    asOf,
    ...(end === undefined ? {} : { end }),
    states,
    money: money as Allocation['money'],
    amounts,
    used,
    byParticipant,
    perParticipant,
    uncapped,
    totalLeft,
  };
}
