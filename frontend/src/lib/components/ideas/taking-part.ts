/**
 * Whether the person looking can take part here (submit an idea, support, comment), and if not,
 * why: the API refuses these writes without a signed-in account with a confirmed address, and
 * takes new ideas only in the phases the opgave lists. The site says so before anyone types.
 */
import type { OpgaveRead, Phase } from '$lib/api';
import { PHASES } from '$lib/domain/opgaven';
import type { MeRead } from '$lib/session/index.svelte';

/** Signed in with a confirmed address (`ok`); or what is missing. */
export type TakingPart = 'ok' | 'sign-in' | 'verify';

export function takingPart(account: Pick<MeRead, 'emailVerified'> | null | undefined): TakingPart {
  if (!account) return 'sign-in';
  return account.emailVerified ? 'ok' : 'verify';
}

/** Whether a new idea can be submitted: the person may, and the opgave's phase takes ideas. */
export type Submission =
  | { state: 'open' }
  | { state: 'sign-in' }
  | { state: 'verify' }
  | { state: 'closed'; phase: Phase; open: Phase[] };

export function ideaSubmission(
  opgave: Pick<OpgaveRead, 'phase' | 'proposalPhases'>,
  account: Pick<MeRead, 'emailVerified'> | null | undefined,
): Submission {
  if (!opgave.proposalPhases.includes(opgave.phase)) {
    return {
      state: 'closed',
      phase: opgave.phase,
      open: PHASES.filter((p) => opgave.proposalPhases.includes(p)),
    };
  }
  const who = takingPart(account);
  return who === 'ok' ? { state: 'open' } : { state: who };
}
