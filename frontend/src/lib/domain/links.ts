/**
 * Addresses of the API that the browser opens itself rather than the site calling them: the open
 * data (downloads, as anyone reusing the data would) and the staff sign-in (the browser goes to
 * the municipality's identity provider and back). Built by the generated client from the contract.
 */
import { api, Dataset, type ExportFormat } from '$lib/api';
import { valuesOf } from './enums';

/** The datasets of the open data, in the order a page lists them. */
export const OPEN_DATASETS = valuesOf(Dataset);

/** The address of an opgave's open data: all of it as JSON, or one dataset (CSV needs one). */
export function opgaveExportHref(opgaveId: string, format: ExportFormat, dataset?: Dataset): string {
  return api.buildUrl({
    url: '/opgaven/{id}/export',
    path: { id: opgaveId },
    query: { format, ...(dataset && { dataset }) },
  });
}

/** The address of a municipality's open data, across its published opgaven. */
export function municipalityExportHref(slug: string, format: ExportFormat, dataset?: Dataset): string {
  return api.buildUrl({
    url: '/municipalities/{slug}/export',
    path: { slug },
    query: { format, ...(dataset && { dataset }) },
  });
}

/** The address of one of the dashboard's tables as CSV (for the municipality's staff). */
export function statisticsCsvHref(
  slug: string,
  table: 'months' | 'opgaven' | 'wijken',
  months: number,
): string {
  return api.buildUrl({
    url: '/municipalities/{slug}/statistics',
    path: { slug },
    query: { format: 'csv', table, months },
  });
}

/**
 * Where the staff sign-in button leads: the API starts the sign-in at the municipality's identity
 * provider and, afterwards, sends the browser to `returnTo` (a path on this site).
 */
export function staffSignInHref(slug: string, returnTo: string): string {
  return api.buildUrl({ url: '/municipalities/{slug}/staff-sign-in', path: { slug }, query: { returnTo } });
}

/**
 * Where a resident signs in through the municipality's broker (such as DigiD through the
 * municipality), or links it to the account they are signed in with; afterwards to `returnTo`.
 */
export function residentSignInHref(slug: string, returnTo: string): string {
  return api.buildUrl({
    url: '/municipalities/{slug}/resident-sign-in',
    path: { slug },
    query: { returnTo },
  });
}
