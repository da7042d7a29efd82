/**
 * How tasks are arranged for people: per action line in the plan's order, which organisations may
 * act on a task, and what a partner's workspace offers to take on.
 */
import type { ActionLineRead, ClaimRead, TaskRead, TeamMemberRead } from '$lib/api';
import type { MeRead } from '$lib/session/index.svelte';

export interface TaskGroup {
  /** The action line, or null for tasks outside any line (shown last). */
  line: { id: string; title: string } | null;
  tasks: TaskRead[];
}

/** Tasks per action line, in the order of the lines, each line's tasks in the API's order. */
export function tasksByLine(tasks: readonly TaskRead[], lines: readonly ActionLineRead[]): TaskGroup[] {
  const groups: TaskGroup[] = lines.map((line) => ({ line: { id: line.id, title: line.title }, tasks: [] }));
  const byId = new Map(groups.map((group) => [group.line!.id, group]));
  const loose: TaskRead[] = [];
  for (const task of tasks) {
    const group = task.actionLine ? byId.get(task.actionLine.id) : undefined;
    if (group) group.tasks.push(task);
    else if (task.actionLine) {
      // A line this page did not load (changed meanwhile): still its own group, after the known ones.
      const added: TaskGroup = { line: task.actionLine, tasks: [task] };
      byId.set(task.actionLine.id, added);
      groups.push(added);
    } else loose.push(task);
  }
  const shown = groups.filter((group) => group.tasks.length > 0);
  return loose.length ? [...shown, { line: null, tasks: loose }] : shown;
}

export interface Party {
  id: string;
  name: string;
}

/** The partner organisations on the team now (active members), in the team's order. */
export function teamOrganisations(members: readonly TeamMemberRead[]): Party[] {
  return members
    .filter((member) => member.status === 'active' && member.organisation)
    .map((member) => ({ id: member.organisation!.id, name: member.organisation!.name }));
}

/** The organisations the person may act for on this team: theirs, and on the team. */
export function myTeamOrganisations(account: MeRead | null, team: readonly Party[]): Party[] {
  if (!account) return [];
  const mine = new Set(account.organisations.map((organisation) => organisation.id));
  return team.filter((party) => mine.has(party.id));
}

/** Of the organisations someone acts for, those that have no running claim on the task yet. */
export function organisationsFreeToClaim(task: TaskRead, acting: readonly Party[]): Party[] {
  const claiming = new Set(task.claims.map((claim) => claim.organisation.id));
  return acting.filter((party) => !claiming.has(party.id));
}

/** The claim is one the person may act on: their organisation's. */
export function isMyClaim(claim: ClaimRead, account: MeRead | null): boolean {
  return Boolean(account?.organisations.some((organisation) => organisation.id === claim.organisation.id));
}

/** Who a claim can pass to: organisations on the team other than those claiming the task now. */
export function handOverCandidates(task: TaskRead, team: readonly Party[]): Party[] {
  const claiming = new Set(task.claims.map((claim) => claim.organisation.id));
  return team.filter((party) => !claiming.has(party.id));
}

/** Tasks an organisation can take on: open for claims, a place left, not claimed by it already. */
export function tasksToTake(tasks: readonly TaskRead[], organisationId: string): TaskRead[] {
  return tasks.filter(
    (task) =>
      (task.status === 'open' || task.status === 'in_progress') &&
      task.placesLeft > 0 &&
      !task.claims.some((claim) => claim.organisation.id === organisationId),
  );
}
