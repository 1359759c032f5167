import { describeWindow } from '../records/window';
import { formatLongDate } from '../util/calendar';
import type { Claim } from './read';
import type { ClaimState } from './status';

/** A claim's status in words, for the row's note or a sidebar: what a due claim waits for, what is missing. */
export function describeClaim(claim: Claim, state: ClaimState): string {
  if (claim.recorded) {
    return `${claim.recorded}${claim.recordedOn ? ` on ${formatLongDate(claim.recordedOn)}` : ''}.`;
  }
  if (state.waitingFor === 'window') {
    const held = claim.sustainment ? ` once it has lasted ${describeWindow(claim.sustainment)}` : '';
    return `Claimable from ${formatLongDate(state.windowCloses)}${held}.`;
  }
  if (state.waitingFor === 'evidence') {
    return `The window closed on ${formatLongDate(state.windowCloses)}, but no evidence is recorded: note what proves the outcome (a payslip, a tenancy agreement) in Evidence.`;
  }
  return `Claimable: ${claim.evidence} held.`;
}
