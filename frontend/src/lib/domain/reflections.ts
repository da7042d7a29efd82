/** What the site knows about reflection moments: their default prompts and follow-up actions. */
import { FollowUpKind, type EntryRead } from '$lib/api';
import { inOrder } from './enums';

/** The prompts a moment has unless staff choose others: the API's own, in Dutch. */
export const DEFAULT_PROMPTS: readonly string[] = [
  'Wat ging goed?',
  'Wat ging niet goed?',
  'Wat veranderen we?',
];

/** What a follow-up action can become, in the order a form offers them. */
export const FOLLOW_UP_KINDS = inOrder(FollowUpKind, ['task', 'formulation', 'action_line', 'note']);

/** The entries grouped by the prompt they answer, one list per prompt (also an empty one). */
export function entriesByPrompt(prompts: readonly string[], entries: readonly EntryRead[]): EntryRead[][] {
  const groups = prompts.map((): EntryRead[] => []);
  for (const entry of entries) groups[entry.promptIndex]?.push(entry);
  return groups;
}
