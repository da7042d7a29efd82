/** The kinds of events a webhook can ask for, in the contract's order. */
import type { WebhookSubscriptionCreate } from '$lib/api';

export const EVENT_TYPES: NonNullable<WebhookSubscriptionCreate['eventTypes']> = [
  'nl.samenspel.opgave.published',
  'nl.samenspel.opgave.phase-changed',
  'nl.samenspel.action-line.created',
  'nl.samenspel.formulation.adopted',
  'nl.samenspel.proposal.submitted',
  'nl.samenspel.proposal.answered',
  'nl.samenspel.proposal.hidden',
  'nl.samenspel.proposal.withdrawn',
  'nl.samenspel.task.planned',
  'nl.samenspel.task.claimed',
  'nl.samenspel.task.done',
  'nl.samenspel.task.cancelled',
  'nl.samenspel.budget.contribution-added',
  'nl.samenspel.budget-claim.granted',
  'nl.samenspel.budget-claim.withdrawn',
  'nl.samenspel.reflection.published',
  'nl.samenspel.measurement.recorded',
];
