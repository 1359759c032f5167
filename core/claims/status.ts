import { closes } from '../records/window';
import type { Claim } from './read';

export const CLAIM_STATUSES = ['due', 'claimable', 'claimed', 'paid', 'rejected'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

export interface ClaimState {
  status: ClaimStatus;
  /** The day the sustainment window closes: the first day the outcome may be claimed. */
  windowCloses: string;
  /** For a due claim: what it still waits for (`describeClaim` says it in words). */
  waitingFor?: 'window' | 'evidence';
}

/**
 * Where a claim stands on `asOf`. What the user recorded (claimed, paid, rejected) stands as recorded. Otherwise a
 * claim is due until its sustainment window has closed and evidence is held, then claimable; a claim whose window
 * has closed without evidence is still due, waiting for the evidence.
 */
export function claimStatus(claim: Claim, { asOf }: { asOf: string }): ClaimState {
  const windowCloses = claim.sustainment ? closes(claim.sustainment, claim.achieved) : claim.achieved;
  if (claim.recorded) return { status: claim.recorded.toLowerCase() as ClaimStatus, windowCloses };
  if (windowCloses > asOf) return { status: 'due', windowCloses, waitingFor: 'window' };
  if (!claim.evidence) return { status: 'due', windowCloses, waitingFor: 'evidence' };
  return { status: 'claimable', windowCloses };
}
