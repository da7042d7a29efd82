/** How an opgave's team shows. */
import type { MemberRole, TeamMemberRead } from '$lib/api';

/** The team as a page shows it: people, then organisations, each in the order they joined. */
export function teamGroups(members: TeamMemberRead[]): {
  people: TeamMemberRead[];
  organisations: TeamMemberRead[];
} {
  const order: Record<MemberRole, number> = { procesregisseur: 0, core_team: 1, resident: 2, partner: 3 };
  const people = members.filter((m) => m.person).sort((a, b) => order[a.role] - order[b.role]);
  return { people, organisations: members.filter((m) => m.organisation) };
}
