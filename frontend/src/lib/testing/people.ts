import type { MeRead } from '$lib/api';

/**
 * A signed-in account for tests: a verified resident of nowhere in particular, with what the test
 * is about said in `fields`.
 */
export function account(fields: Partial<MeRead> = {}): MeRead {
  return {
    id: 'a',
    email: 'zoe@example.org',
    displayName: 'Zoë van ’t Hof',
    emailVerified: true,
    emailNotifications: 'immediately',
    language: 'nl',
    roles: [],
    organisations: [],
    csrfToken: null,
    createdAt: '2026-11-28T13:56:04Z',
    ...fields,
  };
}

/** Someone with a role in a municipality, named by their id. */
export function person(
  id: string,
  role: 'medewerker' | 'beheerder' | 'inwoner',
  municipality: MeRead['roles'][number]['municipality'],
): MeRead {
  return account({
    id,
    email: `${id}@example.org`,
    displayName: id,
    roles: [{ municipality, role }],
    createdAt: '2026-01-01T00:00:00Z',
  });
}
