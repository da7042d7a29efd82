/**
 * Calls about formulations: every version of an opgave's statement is kept, with who proposed it
 * and who adopted it. Anyone signed in may propose one; staff adopt one as the current wording.
 */
import { api, unwrap, type ApiClient, type WithDefaults } from './client';
import { idempotencyHeader } from './idempotency';
import { allPages } from './paging';
import type { components } from './schema';

export type FormulationRead = components['schemas']['FormulationRead'];
type FormulationBody = components['schemas']['FormulationCreate'];
export type FormulationCreate = WithDefaults<FormulationBody, 'rationale'>;
export type FormulationPage = components['schemas']['FormulationPage'];

/** Every version, oldest first. */
export async function allFormulations(opgaveId: string, client: ApiClient = api): Promise<FormulationRead[]> {
  return allPages((cursor) =>
    unwrap(
      client.GET('/opgaven/{id}/formulations', {
        params: { path: { id: opgaveId }, query: { limit: 100, ...(cursor && { cursor }) } },
      }),
    ),
  );
}

export async function proposeFormulation(
  opgaveId: string,
  body: FormulationCreate,
  idempotencyKey: string,
  client: ApiClient = api,
): Promise<FormulationRead> {
  return unwrap(
    client.POST('/opgaven/{id}/formulations', {
      params: { path: { id: opgaveId } },
      body: body as FormulationBody,
      headers: idempotencyHeader(idempotencyKey),
    }),
  );
}

/** Adopt a version as the opgave's current formulation (staff); it goes on the timeline. */
export async function adoptFormulation(
  formulationId: string,
  idempotencyKey: string,
  client: ApiClient = api,
): Promise<FormulationRead> {
  return unwrap(
    client.POST('/formulations/{id}/adoption', {
      params: { path: { id: formulationId } },
      headers: idempotencyHeader(idempotencyKey),
    }),
  );
}

/** How the versions show: the current one, proposals waiting, and the earlier adopted ones. */
export interface FormulationHistory {
  current: FormulationRead | null;
  proposals: FormulationRead[];
  earlier: FormulationRead[];
}

export function formulationHistory(items: FormulationRead[]): FormulationHistory {
  const current = items.find((item) => item.current) ?? null;
  const byNewest = (a: FormulationRead, b: FormulationRead) =>
    (b.adoptedAt ?? b.createdAt).localeCompare(a.adoptedAt ?? a.createdAt);
  return {
    current,
    proposals: items.filter((item) => !item.adoptedAt).sort(byNewest),
    earlier: items.filter((item) => item.adoptedAt && !item.current).sort(byNewest),
  };
}
