/**
 * Calls about tasks (taken) and claims: the work in an opgave's plan that partner organisations
 * on its team take on, with what they commit to and how far they are. A claim takes a place on
 * the task (409 `task_full` when none is left, `already_claimed` when the organisation has one);
 * releasing frees it, a hand-over passes it to another organisation on the team. Staff plan a task,
 * change it (never below the places taken: 409 `capacity_below_claims`), mark it done or cancel it
 * with a reason, every change guarded by the task's ETag.
 */
import { api, unwrap, unwrapResponse, type ApiClient, type WithDefaults } from './client';
import { idempotencyHeader } from './idempotency';
import { allPages } from './paging';
import type { components } from './schema';

export type TaskRead = components['schemas']['TaskRead'];
export type TaskStatus = components['schemas']['TaskStatus'];
export type TaskUpdate = components['schemas']['TaskUpdate'];
type TaskBody = components['schemas']['TaskCreate'];
export type TaskCreate = WithDefaults<
  TaskBody,
  'actionLineId' | 'capacity' | 'description' | 'dueDate' | 'effortHours' | 'proposalIds' | 'skills'
>;
export type ClaimRead = components['schemas']['ClaimRead'];
type ClaimBody = components['schemas']['ClaimCreate'];
export type ClaimCreate = WithDefaults<ClaimBody, 'commitment'>;
export type ClaimUpdate = components['schemas']['ClaimUpdate'];
export type ProgressUpdateCreate = components['schemas']['ProgressUpdateCreate'];
export type ProgressUpdateRead = components['schemas']['ProgressUpdateRead'];

/** The statuses in the order a task goes through them; `cancelled` is the way out. */
export const TASK_STATUSES: readonly TaskStatus[] = ['open', 'in_progress', 'done', 'cancelled'];

/** A task as it is now, with the ETag a change by staff must send back as `If-Match`. */
export interface TaskVersion {
  task: TaskRead;
  etag: string;
}

/** Every task of an opgave, in the order they were planned, with the claims that run now. */
export async function allTasks(opgaveId: string, client: ApiClient = api): Promise<TaskRead[]> {
  return allPages((cursor) =>
    unwrap(
      client.GET('/opgaven/{id}/tasks', {
        params: { path: { id: opgaveId }, query: { limit: 100, ...(cursor && { cursor }) } },
      }),
    ),
  );
}

export async function getTask(id: string, client: ApiClient = api): Promise<TaskVersion> {
  const { data, response } = await unwrapResponse(client.GET('/tasks/{id}', { params: { path: { id } } }));
  return { task: data, etag: response.headers.get('ETag') ?? '' };
}

/** Plan a task in the opgave (staff); a retry with the same key plans it once. */
export async function createTask(
  opgaveId: string,
  body: TaskCreate,
  idempotencyKey: string,
  client: ApiClient = api,
): Promise<TaskRead> {
  return unwrap(
    client.POST('/opgaven/{id}/tasks', {
      params: { path: { id: opgaveId } },
      body: body as TaskBody,
      headers: idempotencyHeader(idempotencyKey),
    }),
  );
}

/**
 * Change what the task is, mark it done, cancel it with a reason, or open it again (staff),
 * guarded by the ETag last seen.
 */
export async function updateTask(
  id: string,
  body: TaskUpdate,
  etag: string,
  client: ApiClient = api,
): Promise<TaskVersion> {
  const { data, response } = await unwrapResponse(
    client.PATCH('/tasks/{id}', { params: { path: { id }, header: { 'If-Match': etag } }, body }),
  );
  return { task: data, etag: response.headers.get('ETag') ?? '' };
}

/** Take the task on for an organisation on the team, saying what it commits to. */
export async function claimTask(
  taskId: string,
  body: ClaimCreate,
  idempotencyKey: string,
  client: ApiClient = api,
): Promise<ClaimRead> {
  return unwrap(
    client.POST('/tasks/{id}/claims', {
      params: { path: { id: taskId } },
      body: body as ClaimBody,
      headers: idempotencyHeader(idempotencyKey),
    }),
  );
}

/** Change what the organisation commits to, or hand the claim over (`organisationId`). */
export async function updateClaim(
  id: string,
  body: ClaimUpdate,
  client: ApiClient = api,
): Promise<ClaimRead> {
  return unwrap(client.PATCH('/claims/{id}', { params: { path: { id } }, body }));
}

/** Stop: the place on the task is free again. Releasing twice changes nothing. */
export async function releaseClaim(id: string, client: ApiClient = api): Promise<void> {
  await unwrap(client.DELETE('/claims/{id}', { params: { path: { id } } }));
}

/** How it goes: a short text and how far the task is, in percent. */
export async function reportProgress(
  claimId: string,
  body: ProgressUpdateCreate,
  idempotencyKey: string,
  client: ApiClient = api,
): Promise<ProgressUpdateRead> {
  return unwrap(
    client.POST('/claims/{id}/progress-updates', {
      params: { path: { id: claimId } },
      body,
      headers: idempotencyHeader(idempotencyKey),
    }),
  );
}

/** A claim's progress updates, newest first. */
export async function allProgress(claimId: string, client: ApiClient = api): Promise<ProgressUpdateRead[]> {
  return allPages((cursor) =>
    unwrap(
      client.GET('/claims/{id}/progress-updates', {
        params: { path: { id: claimId }, query: { limit: 100, ...(cursor && { cursor }) } },
      }),
    ),
  );
}

/** An organisation's claims, newest first, ended ones too (members of it, and staff). */
export async function organisationClaims(
  organisationId: string,
  client: ApiClient = api,
): Promise<ClaimRead[]> {
  return allPages((cursor) =>
    unwrap(
      client.GET('/organisations/{id}/task-claims', {
        params: { path: { id: organisationId }, query: { limit: 100, ...(cursor && { cursor }) } },
      }),
    ),
  );
}

/** A task takes claims while it is open or in progress and has a place left. */
export function isClaimable(task: TaskRead): boolean {
  return (task.status === 'open' || task.status === 'in_progress') && task.placesLeft > 0;
}

/** Whether one of these organisations has a running claim on the task. */
export function claimedByAny(task: TaskRead, organisationIds: ReadonlySet<string>): boolean {
  return task.claims.some((claim) => organisationIds.has(claim.organisation.id));
}
