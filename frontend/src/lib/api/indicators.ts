/**
 * Calls about indicators and their measurements: what an opgave wants to change (with a baseline
 * and a target) and what was measured. Anyone reads them with the opgave; staff record them. One
 * measurement per date (409 `measurement_exists`: correct that one), never in the future (400
 * `in_future`). Every POST carries an Idempotency-Key.
 */
import { api, unwrap, unwrapResponse, type ApiClient, type WithDefaults } from './client';
import { idempotencyHeader } from './idempotency';
import { allPages } from './paging';
import type { components } from './schema';

export type IndicatorRead = components['schemas']['IndicatorRead'];
export type IndicatorKind = components['schemas']['IndicatorKind'];
export type IndicatorDirection = components['schemas']['Direction'];
export type IndicatorPoint = components['schemas']['Point'];
type IndicatorBody = components['schemas']['IndicatorCreate'];
export type IndicatorCreate = WithDefaults<IndicatorBody, 'actionLineId' | 'dataSource' | 'description'>;
export type MeasurementRead = components['schemas']['MeasurementRead'];
export type MeasurementPage = components['schemas']['MeasurementPage'];
type MeasurementBody = components['schemas']['MeasurementCreate'];
export type MeasurementCreate = WithDefaults<MeasurementBody, 'sourceNote'>;
export type MeasurementUpdate = components['schemas']['MeasurementUpdate'];

export const INDICATOR_KINDS: readonly IndicatorKind[] = ['effect', 'output'];
export const INDICATOR_DIRECTIONS: readonly IndicatorDirection[] = ['higher', 'lower'];

/** An indicator as it is now, with its ETag. */
export interface IndicatorVersion {
  indicator: IndicatorRead;
  etag: string;
}

/** Every indicator of an opgave, in the order they were set up, each with its series. */
export async function allIndicators(opgaveId: string, client: ApiClient = api): Promise<IndicatorRead[]> {
  return allPages((cursor) =>
    unwrap(
      client.GET('/opgaven/{id}/indicators', {
        params: { path: { id: opgaveId }, query: { limit: 100, ...(cursor && { cursor }) } },
      }),
    ),
  );
}

export async function getIndicator(id: string, client: ApiClient = api): Promise<IndicatorVersion> {
  const { data, response } = await unwrapResponse(
    client.GET('/indicators/{id}', { params: { path: { id } } }),
  );
  return { indicator: data, etag: response.headers.get('ETag') ?? '' };
}

/** A new indicator (staff); the target lies beyond the baseline in the better direction (400 if not). */
export async function createIndicator(
  opgaveId: string,
  body: IndicatorCreate,
  idempotencyKey: string,
  client: ApiClient = api,
): Promise<IndicatorRead> {
  return unwrap(
    client.POST('/opgaven/{id}/indicators', {
      params: { path: { id: opgaveId } },
      body: body as IndicatorBody,
      headers: idempotencyHeader(idempotencyKey),
    }),
  );
}

/** Every measurement, newest date first, with its source note and who recorded it. */
export async function allMeasurements(
  indicatorId: string,
  client: ApiClient = api,
): Promise<MeasurementRead[]> {
  return allPages((cursor) =>
    unwrap(
      client.GET('/indicators/{id}/measurements', {
        params: { path: { id: indicatorId }, query: { limit: 100, ...(cursor && { cursor }) } },
      }),
    ),
  );
}

/** Record a measurement (staff): one per date, none in the future. */
export async function recordMeasurement(
  indicatorId: string,
  body: MeasurementCreate,
  idempotencyKey: string,
  client: ApiClient = api,
): Promise<MeasurementRead> {
  return unwrap(
    client.POST('/indicators/{id}/measurements', {
      params: { path: { id: indicatorId } },
      body: body as MeasurementBody,
      headers: idempotencyHeader(idempotencyKey),
    }),
  );
}

/** A measurement as it is now, with its ETag. */
export interface MeasurementVersion {
  measurement: MeasurementRead;
  etag: string;
}

export async function getMeasurement(id: string, client: ApiClient = api): Promise<MeasurementVersion> {
  const { data, response } = await unwrapResponse(
    client.GET('/measurements/{id}', { params: { path: { id } } }),
  );
  return { measurement: data, etag: response.headers.get('ETag') ?? '' };
}

/**
 * Correct a measurement's value or source note (staff); its date stays. The old value stays in the
 * audit log. `etag` is what `getMeasurement` gave: 412 when someone corrected it meanwhile.
 */
export async function correctMeasurement(
  id: string,
  body: MeasurementUpdate,
  etag: string,
  client: ApiClient = api,
): Promise<MeasurementVersion> {
  const { data, response } = await unwrapResponse(
    client.PATCH('/measurements/{id}', { params: { path: { id }, header: { 'If-Match': etag } }, body }),
  );
  return { measurement: data, etag: response.headers.get('ETag') ?? '' };
}
