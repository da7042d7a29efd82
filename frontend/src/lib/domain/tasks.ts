/** What the site knows about tasks: the order of their statuses, and who may still take one on. */
import { TaskStatus, type TaskRead } from '$lib/api';
import { inOrder } from './enums';

/** The statuses in the order a task goes through them; `cancelled` is the way out. */
export const TASK_STATUSES = inOrder(TaskStatus, ['open', 'in_progress', 'done', 'cancelled']);

/** A task takes claims while it is open or in progress and has a place left. */
export function isClaimable(task: TaskRead): boolean {
  return (task.status === 'open' || task.status === 'in_progress') && task.placesLeft > 0;
}

/** Whether one of these organisations has a running claim on the task. */
export function claimedByAny(task: TaskRead, organisationIds: ReadonlySet<string>): boolean {
  return task.claims.some((claim) => organisationIds.has(claim.organisation.id));
}
