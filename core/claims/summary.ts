import { allocateClaims, type ClaimsOptions, type Tariff } from './allocate';
import type { Claim } from './read';
import type { ClaimState, ClaimStatus } from './status';

export type { ClaimsOptions, Tariff } from './allocate';

export interface ClaimsSummary {
  asOf: string;
  /** The contract's end the projection runs to, when it is known. */
  end?: string;
  counts: Record<ClaimStatus, number>;
  /** Money, each after the caps, counted in the order a contract pays: paid, then claimed, then claimable. */
  paid: number;
  claimed: number;
  claimableNow: number;
  /**
   * What the ledger will have earned by the contract's end: paid, claimed and claimable claims, and due claims whose
   * window closes by the end, after the caps. Outcomes not yet achieved are not guessed at.
   */
  projected: number;
  /** What the caps keep back from `projected`. */
  withheld: number;
  /** Outcome metrics whose Cap the projection reaches. */
  capsReached: string[];
  /** Participants whose own cap the projection reaches. */
  participantCapsReached: string[];
  totalCapReached: boolean;
  /** Claims rows whose window has closed with no evidence recorded. */
  missingEvidence: number[];
  states: ClaimState[];
}

/** The claims in money (`allocateClaims`), with what a Dashboard or sidebar says about them. */
export function claimsSummary(
  claims: readonly Claim[],
  tariff: Tariff,
  options: ClaimsOptions,
): ClaimsSummary {
  const { asOf, end, states, money, used, byParticipant, perParticipant, uncapped, totalLeft } =
    allocateClaims(claims, tariff, options);
  const counts: Record<ClaimStatus, number> = { due: 0, claimable: 0, claimed: 0, paid: 0, rejected: 0 };
  for (const state of states) counts[state.status]++;
  const [paid, claimed, claimableNow, due] = money;
  const projected = paid + claimed + claimableNow + due;
  return {
    asOf,
    ...(end === undefined ? {} : { end }),
    counts,
    paid,
    claimed,
    claimableNow,
    projected,
    withheld: uncapped - projected,
    capsReached: tariff.metrics
      .filter((m, i) => m.cap !== undefined && used[i]! >= m.cap)
      .map((m) => m.metric),
    participantCapsReached: [...byParticipant]
      .filter(([, paidFor]) => paidFor >= perParticipant)
      .map(([p]) => p),
    totalCapReached: totalLeft <= 0,
    missingEvidence: states.flatMap((s, i) => (s.waitingFor === 'evidence' ? [claims[i]!.row] : [])),
    states,
  };
}
