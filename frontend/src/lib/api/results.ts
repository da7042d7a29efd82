/**
 * What an opgave achieves, as anyone may read it: where it stands (tasks, budget, ideas, reflections
 * and indicators in one call), what became of one idea (its trail), and the addresses of its open
 * data. The exports are plain links: the browser downloads them itself, as anyone reusing the data
 * would, and the API streams them as attachments.
 */
import { api, API_BASE_URL, unwrap, type ApiClient } from './client';
import type { components } from './schema';

export type OpgaveProgress = components['schemas']['ProgressRead'];
export type ProgressBudget = components['schemas']['BudgetTotals'];
export type ProgressTaskCounts = components['schemas']['TaskCounts'];
export type ProgressProposalCounts = components['schemas']['ProposalCounts'];
export type ProgressReflectionCounts = components['schemas']['ReflectionCounts'];
export type ReflectionSummary = components['schemas']['ReflectionSummary'];
export type TrailRead = components['schemas']['TrailRead'];
export type TrailTask = components['schemas']['TrailTask'];
export type TrailClaim = components['schemas']['TrailClaim'];
export type TrailGrant = components['schemas']['TrailGrant'];
export type TrailResponse = components['schemas']['TrailResponse'];
export type OpenDataset = components['schemas']['Dataset'];
export type OpenDataFormat = components['schemas']['ExportFormat'];

/** The datasets of the open data, in the order a page lists them. */
export const OPEN_DATASETS: readonly OpenDataset[] = [
  'opgaven',
  'proposals',
  'tasks',
  'grants',
  'indicators',
  'measurements',
];

/** Where an opgave stands, in one answer. */
export async function getOpgaveProgress(opgaveId: string, client: ApiClient = api): Promise<OpgaveProgress> {
  return unwrap(client.GET('/opgaven/{id}/progress', { params: { path: { id: opgaveId } } }));
}

/** What became of an idea: the answer, the tasks and who took them on, grants, indicators, reflections. */
export async function getProposalTrail(proposalId: string, client: ApiClient = api): Promise<TrailRead> {
  return unwrap(client.GET('/proposals/{id}/trail', { params: { path: { id: proposalId } } }));
}

function exportQuery(format: OpenDataFormat, dataset: OpenDataset | undefined): string {
  return new URLSearchParams({ format, ...(dataset && { dataset }) }).toString();
}

/** The address of an opgave's open data: all of it as JSON, or one dataset (CSV needs one). */
export function opgaveExportHref(opgaveId: string, format: OpenDataFormat, dataset?: OpenDataset): string {
  return `${API_BASE_URL}/opgaven/${encodeURIComponent(opgaveId)}/export?${exportQuery(format, dataset)}`;
}

/** The address of a municipality's open data, across its published opgaven. */
export function municipalityExportHref(slug: string, format: OpenDataFormat, dataset?: OpenDataset): string {
  return `${API_BASE_URL}/municipalities/${encodeURIComponent(slug)}/export?${exportQuery(format, dataset)}`;
}
