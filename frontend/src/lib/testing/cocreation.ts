import type { BudgetRead, TaskRead } from '$lib/api';

/**
 * A task for tests: open, one place, nothing planned yet, with what the test is about said in
 * `fields`.
 */
export function task(fields: Partial<TaskRead> = {}): TaskRead {
  return {
    id: 't',
    opgaveId: 'o',
    actionLine: null,
    title: 'Een taak',
    description: '',
    effortHours: null,
    dueDate: null,
    capacity: 1,
    claimedCount: 0,
    placesLeft: 1,
    skills: [],
    status: 'open',
    cancelReason: null,
    proposals: [],
    claims: [],
    createdAt: '2026-11-01T10:00:00Z',
    updatedAt: '2026-11-01T10:00:00Z',
    ...fields,
  };
}

/** A budget for tests: empty, for the whole opgave, with what the test is about in `fields`. */
export function budget(fields: Partial<BudgetRead> = {}): BudgetRead {
  return {
    id: 'b',
    opgaveId: 'o',
    actionLine: null,
    title: 'Werkbudget',
    description: '',
    totalCents: 0,
    grantedCents: 0,
    availableCents: 0,
    requestedCents: 0,
    pendingCents: 0,
    funders: [],
    createdAt: '2026-11-01T10:00:00Z',
    updatedAt: '2026-11-01T10:00:00Z',
    ...fields,
  };
}
