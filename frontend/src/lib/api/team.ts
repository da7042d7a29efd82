/**
 * Calls about an opgave's team: people and partner organisations with their role. Joining is a
 * request that staff approve; staff invite, and the invitee accepts.
 */
import { api, unwrap, type ApiClient, type WithDefaults } from './client';
import { idempotencyHeader } from './idempotency';
import { allPages } from './paging';
import type { InvitationRead } from './invitations';
import type { components } from './schema';

export type TeamMemberRead = components['schemas']['TeamMemberRead'];
type TeamMemberBody = components['schemas']['TeamMemberCreate'];
export type TeamMemberCreate = WithDefaults<TeamMemberBody, 'email' | 'organisationId' | 'partnerRole'>;
export type TeamMemberUpdate = components['schemas']['TeamMemberUpdate'];
export type MemberRole = components['schemas']['MemberRole'];
export type MemberStatus = components['schemas']['MemberStatus'];
export type PartnerRole = components['schemas']['PartnerRole'];

/** The whole team: the public sees active members, staff and the person concerned see the rest too. */
export async function allMembers(opgaveId: string, client: ApiClient = api): Promise<TeamMemberRead[]> {
  return allPages((cursor) =>
    unwrap(
      client.GET('/opgaven/{id}/members', {
        params: { path: { id: opgaveId }, query: { limit: 100, ...(cursor && { cursor }) } },
      }),
    ),
  );
}

/**
 * Ask to join (`{role: 'resident'}`: the request, 201), or (staff) invite someone by email: an
 * invitation to that address (202), the same whether it has an account or not.
 */
export async function addMember(
  opgaveId: string,
  body: TeamMemberCreate,
  idempotencyKey: string,
  client: ApiClient = api,
): Promise<TeamMemberRead | InvitationRead> {
  return unwrap(
    client.POST('/opgaven/{id}/members', {
      params: { path: { id: opgaveId } },
      body: body as TeamMemberBody,
      headers: idempotencyHeader(idempotencyKey),
    }),
  );
}

/** Make a member active: the invitee accepts, or staff approve a request. */
export async function activateMember(id: string, client: ApiClient = api): Promise<TeamMemberRead> {
  return unwrap(client.PATCH('/members/{id}', { params: { path: { id } }, body: { status: 'active' } }));
}

/** Leave the team, or (staff) take someone off it. */
export async function removeMember(id: string, client: ApiClient = api): Promise<void> {
  await unwrap(client.DELETE('/members/{id}', { params: { path: { id } } }));
}

/** The team as a page shows it: people, then organisations, each in the order they joined. */
export function teamGroups(members: TeamMemberRead[]): {
  people: TeamMemberRead[];
  organisations: TeamMemberRead[];
} {
  const order: Record<MemberRole, number> = { procesregisseur: 0, core_team: 1, resident: 2, partner: 3 };
  const people = members.filter((m) => m.person).sort((a, b) => order[a.role] - order[b.role]);
  return { people, organisations: members.filter((m) => m.organisation) };
}
