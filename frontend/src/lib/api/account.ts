/**
 * Calls about accounts: registering, verifying the address, signing in and out, a new password,
 * and my account. The calls that start or end a session keep `$lib/session` up to date, so the
 * header and every later write (its CSRF token) follow.
 */
import { session } from '$lib/session/index.svelte';
import { api, unwrap, unwrapResponse, type ApiClient } from './client';
import { ApiError } from './problem';
import type { components } from './schema';

export type MeRead = components['schemas']['MeRead'];
export type RoleName = components['schemas']['RoleName'];
export type RegistrationCreate = components['schemas']['RegistrationCreate'];
export type SessionCreate = components['schemas']['SessionCreate'];
export type PasswordChangeCreate = components['schemas']['PasswordChangeCreate'];
export type PasswordResetConfirmationCreate = components['schemas']['PasswordResetConfirmationCreate'];

/** My account as it is now, with the `ETag` that a change must send back as `If-Match`. */
export interface MyAccount {
  account: MeRead;
  etag: string;
}

/** Create an account; the API mails a link to verify the address (also when it already has one). */
export async function register(body: RegistrationCreate, client: ApiClient = api): Promise<void> {
  await unwrap(client.POST('/accounts', { body }));
}

/** Verify the address with the token from the mail's link. */
export async function verifyAccount(token: string, client: ApiClient = api): Promise<void> {
  await unwrap(client.POST('/account-verifications', { body: { token } }));
}

/** Mail a new verification link; only the newest link works. */
export async function requestVerificationEmail(email: string, client: ApiClient = api): Promise<void> {
  await unwrap(client.POST('/verification-emails', { body: { email } }));
}

/** Mail a link to choose a new password. The answer is the same whether the address is known or not. */
export async function requestPasswordReset(email: string, client: ApiClient = api): Promise<void> {
  await unwrap(client.POST('/password-resets', { body: { email } }));
}

/** Set a new password with the token from the mail. The API signs the account out everywhere. */
export async function confirmPasswordReset(
  body: PasswordResetConfirmationCreate,
  client: ApiClient = api,
): Promise<void> {
  await unwrap(client.POST('/password-reset-confirmations', { body }));
  session.end();
}

/** Sign in: the API sets the session cookie; the site keeps the account and the CSRF token. */
export async function signIn(body: SessionCreate, client: ApiClient = api): Promise<MeRead> {
  const opened = await unwrap(client.POST('/sessions', { body }));
  session.begin(opened.account, opened.csrfToken);
  return opened.account;
}

/** Sign out. A session that was already gone (401) counts as signed out too. */
export async function signOut(client: ApiClient = api): Promise<void> {
  try {
    await unwrap(client.DELETE('/sessions/current'));
  } catch (cause) {
    if (!(cause instanceof ApiError && cause.status === 401)) throw cause;
  }
  session.end();
}

/** My account and its ETag; a 401 (signed out) is an `ApiError` and ends the session in the store. */
export async function getMyAccount(client: ApiClient = api): Promise<MyAccount> {
  const { data, response } = await unwrapResponse(client.GET('/me'));
  session.begin(data, data.csrfToken);
  return { account: data, etag: response.headers.get('ETag') ?? '' };
}

/**
 * Find out whether this browser is signed in, once per page load. Never fails: without an answer
 * the site simply shows the way to sign in.
 */
export async function loadSession(client: ApiClient = api): Promise<void> {
  try {
    await getMyAccount(client);
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') return;
    if (!(cause instanceof ApiError)) throw cause;
  }
}

/** Change my public name, guarded by the ETag I last saw (412 when it changed meanwhile). */
export async function renameMe(
  displayName: string,
  etag: string,
  client: ApiClient = api,
): Promise<MyAccount> {
  const { data, response } = await unwrapResponse(
    client.PATCH('/me', { params: { header: { 'If-Match': etag } }, body: { displayName } }),
  );
  session.update(data);
  return { account: data, etag: response.headers.get('ETag') ?? '' };
}

/** Change my password; the API signs out my other sessions, this one stays. */
export async function changePassword(body: PasswordChangeCreate, client: ApiClient = api): Promise<void> {
  await unwrap(client.POST('/me/password-changes', { body }));
}

/** Everything Samenspel holds on me, as a JSON file to save. */
export interface ExportFile {
  blob: Blob;
  filename: string;
}

const EXPORT_FILENAME = 'samenspel-gegevens.json';

/** The file name the API gives in `Content-Disposition`, if it is a plain, safe one. */
export function attachmentName(disposition: string | null, fallback: string): string {
  const found = disposition?.match(/filename="([^"]*)"|filename=([^;\s]*)/);
  const name = found?.[1] ?? found?.[2];
  return name && /^\w[\w.-]{0,99}$/.test(name) ? name : fallback;
}

export async function exportMe(client: ApiClient = api): Promise<ExportFile> {
  const { data, response } = await unwrapResponse(client.GET('/me/export', { parseAs: 'blob' }));
  return {
    blob: data,
    filename: attachmentName(response.headers.get('Content-Disposition'), EXPORT_FILENAME),
  };
}

/** Delete my account; contributions stay, as made by a 'verwijderde deelnemer'. */
export async function deleteMe(client: ApiClient = api): Promise<void> {
  await unwrap(client.DELETE('/me'));
  session.end();
}
