/**
 * Calls about action lines (actielijnen): the ordered lines of an opgave's plan, each with a
 * goal. Staff change and remove one with the ETag of the line as they saw it.
 */
import { api, unwrap, unwrapResponse, type ApiClient, type WithDefaults } from './client';
import { idempotencyHeader } from './idempotency';
import type { components } from './schema';

export type ActionLineRead = components['schemas']['ActionLineRead'];
type ActionLineBody = components['schemas']['ActionLineCreate'];
export type ActionLineCreate = WithDefaults<ActionLineBody, 'goal' | 'position'>;
export type ActionLineUpdate = components['schemas']['ActionLineUpdate'];

export interface ActionLineVersion {
  line: ActionLineRead;
  etag: string;
}

/** The opgave's action lines, in their order. */
export async function listActionLines(opgaveId: string, client: ApiClient = api): Promise<ActionLineRead[]> {
  const list = await unwrap(client.GET('/opgaven/{id}/action-lines', { params: { path: { id: opgaveId } } }));
  return list.items;
}

/** One line with its ETag: what a change or a removal sends back as `If-Match`. */
export async function getActionLine(id: string, client: ApiClient = api): Promise<ActionLineVersion> {
  const { data, response } = await unwrapResponse(
    client.GET('/action-lines/{id}', { params: { path: { id } } }),
  );
  return { line: data, etag: response.headers.get('ETag') ?? '' };
}

export async function createActionLine(
  opgaveId: string,
  body: ActionLineCreate,
  idempotencyKey: string,
  client: ApiClient = api,
): Promise<ActionLineRead> {
  return unwrap(
    client.POST('/opgaven/{id}/action-lines', {
      params: { path: { id: opgaveId } },
      body: body as ActionLineBody,
      headers: idempotencyHeader(idempotencyKey),
    }),
  );
}

export async function updateActionLine(
  id: string,
  body: ActionLineUpdate,
  etag: string,
  client: ApiClient = api,
): Promise<ActionLineVersion> {
  const { data, response } = await unwrapResponse(
    client.PATCH('/action-lines/{id}', { params: { path: { id }, header: { 'If-Match': etag } }, body }),
  );
  return { line: data, etag: response.headers.get('ETag') ?? '' };
}

export async function deleteActionLine(id: string, etag: string, client: ApiClient = api): Promise<void> {
  await unwrap(
    client.DELETE('/action-lines/{id}', { params: { path: { id }, header: { 'If-Match': etag } } }),
  );
}
