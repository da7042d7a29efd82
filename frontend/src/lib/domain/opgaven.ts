/** What the site knows about an opgave's phases and the orders its list may be sorted in. */
import { OpgaveSort, Phase } from '$lib/api';
import { inOrder, isOneOf, valuesOf } from './enums';

/** The phases in their order: an opgave moves one step at a time. */
export const PHASES = inOrder(Phase, ['exploring', 'formulating', 'planning', 'executing', 'completed']);

/** The sort orders the API allows, the default first. */
export const OPGAVE_SORTS = valuesOf(OpgaveSort);

export const isPhase = (value: unknown): value is Phase => isOneOf(PHASES, value);
export const isOpgaveSort = (value: unknown): value is OpgaveSort => isOneOf(OPGAVE_SORTS, value);

/** The phase after `phase`, or null at the end. */
export function nextPhase(phase: Phase): Phase | null {
  return PHASES[PHASES.indexOf(phase) + 1] ?? null;
}

/** The phase before `phase`, or null at the start. */
export function previousPhase(phase: Phase): Phase | null {
  const index = PHASES.indexOf(phase);
  return index > 0 ? PHASES[index - 1]! : null;
}
