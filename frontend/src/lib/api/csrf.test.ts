import { afterEach, describe, expect, it, vi } from 'vitest';
import { session } from '$lib/session/index.svelte';
import { CSRF_HEADER, newApiClient, type SessionCredentials } from './client';
import {
  changePassword,
  deleteMe,
  getMe,
  requestPasswordReset,
  signIn,
  signOut,
  updateMe,
} from './generated/sdk.gen';

const BASE = 'http://samenspel.test/api/v1';

function credentials(csrfToken: string | null): SessionCredentials & { ended: number } {
  return {
    csrfToken,
    ended: 0,
    end() {
      this.ended++;
    },
  };
}

function clientAnswering(status: number, store: SessionCredentials) {
  const fetch = vi.fn(async (request: Request) => {
    void request;
    return new Response(status === 204 ? null : '{}', {
      status,
      headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json' },
    });
  });
  return { client: newApiClient({ baseUrl: BASE, fetch, session: store }), fetch };
}

const sent = (fetch: ReturnType<typeof clientAnswering>['fetch']) => fetch.mock.calls[0]![0];

afterEach(() => {
  session.end();
});

describe('the CSRF token', () => {
  it('goes with every write of a signed-in person', async () => {
    const store = credentials('csrf-123');
    const { client, fetch } = clientAnswering(204, store);
    await changePassword({ body: { currentPassword: 'a', newPassword: 'b' }, client });
    await updateMe({ headers: { 'If-Match': '"1"' }, body: { displayName: 'Zoë' }, client });
    await signOut({ client });
    expect(fetch.mock.calls.map(([request]) => request.headers.get(CSRF_HEADER))).toEqual([
      'csrf-123',
      'csrf-123',
      'csrf-123',
    ]);
  });

  it('stays home on reads', async () => {
    const { client, fetch } = clientAnswering(200, credentials('csrf-123'));
    await getMe({ client });
    expect(sent(fetch).headers.has(CSRF_HEADER)).toBe(false);
  });

  it('is not made up when nobody is signed in', async () => {
    const { client, fetch } = clientAnswering(202, credentials(null));
    await requestPasswordReset({ body: { email: 'a@example.org' }, client });
    expect(sent(fetch).headers.has(CSRF_HEADER)).toBe(false);
  });

  it('comes from the session store by default, and only while signed in', async () => {
    const fetch = vi.fn(async (request: Request) => {
      void request;
      return new Response(null, { status: 204 });
    });
    const client = newApiClient({ baseUrl: BASE, fetch });
    session.begin(
      {
        id: 'a',
        email: 'zoe@example.org',
        displayName: 'Zoë',
        emailVerified: true,
        emailNotifications: 'immediately',
        language: 'nl',
        roles: [],
        organisations: [],
        csrfToken: 'from-me',
        createdAt: '2026-01-01T00:00:00Z',
      },
      'from-me',
    );
    await signOut({ client });
    session.end();
    await signOut({ client });
    expect(fetch.mock.calls.map(([request]) => request.headers.get(CSRF_HEADER))).toEqual(['from-me', null]);
  });
});

describe('a lost session', () => {
  it('is noticed on any 401', async () => {
    const store = credentials('csrf-123');
    const { client } = clientAnswering(401, store);
    await getMe({ client }).catch(() => undefined);
    expect(store.ended).toBe(1);
  });

  it('is not concluded from a failed sign-in', async () => {
    const store = credentials('csrf-123');
    const { client } = clientAnswering(401, store);
    await signIn({ body: { email: 'a@example.org', password: 'wrong' }, client }).catch(() => undefined);
    expect(store.ended).toBe(0);
  });

  it('is not concluded from other refusals', async () => {
    const store = credentials('csrf-123');
    const { client } = clientAnswering(403, store);
    await deleteMe({ client }).catch(() => undefined);
    expect(store.ended).toBe(0);
  });
});
