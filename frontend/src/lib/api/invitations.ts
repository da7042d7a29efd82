/**
 * Invitations to my address: a role in a municipality, a place in an organisation or on an
 * opgave's team. Nothing is given until I accept, and accepting needs a verified address (the API
 * answers 403 `email_unverified` before that). Also the link mailed to an account's owner when a
 * municipality's identity provider asked to use that account.
 */
import { api, unwrap, type ApiClient } from './client';
import { idempotencyHeader } from './idempotency';
import type { components } from './schema';

export type InvitationRead = components['schemas']['InvitationRead'];
export type InvitationPage = components['schemas']['InvitationPage'];
export type InvitationAnswer = components['schemas']['InvitationAnswer'];

/** The open invitations for my address, newest first. */
export async function listMyInvitations(
  query: { limit?: number; cursor?: string } = {},
  client: ApiClient = api,
): Promise<InvitationPage> {
  return unwrap(client.GET('/me/invitations', { params: { query } }));
}

/** Accept or decline an invitation; answers the invitation as it now stands. */
export async function respondToInvitation(
  id: string,
  answer: InvitationAnswer,
  idempotencyKey: string,
  client: ApiClient = api,
): Promise<InvitationRead> {
  return unwrap(
    client.POST('/invitations/{id}/responses', {
      params: { path: { id } },
      body: { answer },
      headers: idempotencyHeader(idempotencyKey),
    }),
  );
}

/** Confirm, with the token from the mail, that a municipality's sign-in may open my account. */
export async function confirmIdentityLink(token: string, client: ApiClient = api): Promise<void> {
  await unwrap(client.POST('/identity-link-confirmations', { body: { token } }));
}
