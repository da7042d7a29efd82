/**
 * The calls that start, show or end a session, and what each does to `$lib/session`: the header,
 * and the CSRF token every later write sends, follow them. Everything else about accounts is a
 * generated function used as it is (`registerAccount`, `verifyAccount`, `requestPasswordReset`, …).
 */
import {
  ApiError,
  confirmPasswordReset,
  deleteMe,
  etagOf,
  exportMe,
  getCurrentSession,
  getMe,
  signIn,
  signOut,
  updateMe,
  type ApiClient,
  type MeRead,
  type MeUpdate,
  type PasswordResetConfirmationCreate,
  type SessionCreate,
} from '$lib/api';
import { attachmentName } from '$lib/domain/files';
import { session } from './index.svelte';

/** Which client, or which fetch (a load function's), a call goes through; the site's by default. */
export interface CallWith {
  client?: ApiClient;
  fetch?: (request: Request) => Promise<Response>;
}

function transport(via: CallWith) {
  return {
    ...(via.client && { client: via.client }),
    ...(via.fetch && { fetch: via.fetch as typeof fetch }),
  };
}

/** My account as it is now, with the `ETag` that a change must send back as `If-Match`. */
export interface MyAccount {
  account: MeRead;
  etag: string;
}

/** Sign in: the API sets the session cookie; the site keeps the account and the CSRF token. */
export async function startSession(body: SessionCreate, via: CallWith = {}): Promise<MeRead> {
  const { data: opened } = await signIn({ body, ...transport(via) });
  session.begin(opened.account, opened.csrfToken);
  return opened.account;
}

/** Sign out. A session that was already gone (401) counts as signed out too. */
export async function endSession(via: CallWith = {}): Promise<void> {
  try {
    await signOut(transport(via));
  } catch (cause) {
    if (!(cause instanceof ApiError && cause.status === 401)) throw cause;
  }
  session.end();
}

/** Set a new password with the token from the mail. The API signs the account out everywhere. */
export async function resetPassword(
  body: PasswordResetConfirmationCreate,
  via: CallWith = {},
): Promise<void> {
  await confirmPasswordReset({ body, ...transport(via) });
  session.end();
}

/** Delete my account; contributions stay, as made by a 'verwijderde deelnemer'. */
export async function deleteMyAccount(via: CallWith = {}): Promise<void> {
  await deleteMe(transport(via));
  session.end();
}

/** Everything Samenspel holds on me, as a JSON file to save. */
export interface ExportFile {
  blob: Blob;
  filename: string;
}

const EXPORT_FILENAME = 'samenspel-gegevens.json';

export async function exportMyData(via: CallWith = {}): Promise<ExportFile> {
  const { data, response } = await exportMe({ parseAs: 'blob', ...transport(via) });
  return {
    // Asked as a blob: the file as the API wrote it.
    blob: data as unknown as Blob,
    filename: attachmentName(response.headers.get('Content-Disposition'), EXPORT_FILENAME),
  };
}

/** My account and its ETag; a 401 (signed out) is an `ApiError` and ends the session in the store. */
export async function loadMyAccount(via: CallWith = {}): Promise<MyAccount> {
  const { data, response } = await getMe(transport(via));
  session.begin(data, data.csrfToken);
  return { account: data, etag: etagOf(response) };
}

/** Change my account (name, mail choice), guarded by the ETag I last saw (412 when it changed meanwhile). */
export async function changeMyAccount(body: MeUpdate, etag: string, via: CallWith = {}): Promise<MyAccount> {
  const { data, response } = await updateMe({ body, headers: { 'If-Match': etag }, ...transport(via) });
  session.update(data);
  return { account: data, etag: etagOf(response) };
}

/**
 * Find out whether this browser is signed in, once per page load. Asked in a way that is never an
 * error (`GET /sessions/current` answers 200 with `signedIn: false`), so an anonymous visitor's
 * browser logs no failed request. Never fails: without an answer the site shows the way to sign in.
 */
export async function loadSession(via: CallWith = {}): Promise<void> {
  try {
    const { data } = await getCurrentSession(transport(via));
    if (data.signedIn && data.account) session.begin(data.account, data.account.csrfToken);
    else session.end();
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') return;
    if (!(cause instanceof ApiError)) throw cause;
  }
}
