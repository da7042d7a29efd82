import { afterEach, describe, expect, it, vi } from 'vitest';
import { session } from '$lib/session/index.svelte';
import { createApiClient } from './client';
import { CSRF_HEADER, type SessionCredentials } from './csrf';

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
  return { client: createApiClient({ baseUrl: BASE, fetch, session: store }), fetch };
}

const sent = (fetch: ReturnType<typeof clientAnswering>['fetch']) => fetch.mock.calls[0]![0];

afterEach(() => {
  session.end();
});

describe('the CSRF token', () => {
  it('goes with every write of a signed-in person', async () => {
    const store = credentials('csrf-123');
    const { client, fetch } = clientAnswering(204, store);
    await client.POST('/me/password-changes', { body: { currentPassword: 'a', newPassword: 'b' } });
    await client.PATCH('/me', { params: { header: { 'If-Match': '"1"' } }, body: { displayName: 'Zoë' } });
    await client.DELETE('/sessions/current');
    expect(fetch.mock.calls.map(([request]) => request.headers.get(CSRF_HEADER))).toEqual([
      'csrf-123',
      'csrf-123',
      'csrf-123',
    ]);
  });

  it('stays home on reads', async () => {
    const { client, fetch } = clientAnswering(200, credentials('csrf-123'));
    await client.GET('/me');
    expect(sent(fetch).headers.has(CSRF_HEADER)).toBe(false);
  });

  it('is not made up when nobody is signed in', async () => {
    const { client, fetch } = clientAnswering(202, credentials(null));
    await client.POST('/password-resets', { body: { email: 'a@example.org' } });
    expect(sent(fetch).headers.has(CSRF_HEADER)).toBe(false);
  });

  it('comes from the session store by default, and only while signed in', async () => {
    const fetch = vi.fn(async (request: Request) => {
      void request;
      return new Response(null, { status: 204 });
    });
    const client = createApiClient({ baseUrl: BASE, fetch });
    session.begin(
      {
        id: 'a',
        email: 'zoe@example.org',
        displayName: 'Zoë',
        emailVerified: true,
        emailNotifications: 'immediately',
        roles: [],
        organisations: [],
        csrfToken: 'from-me',
        createdAt: '2026-01-01T00:00:00Z',
      },
      'from-me',
    );
    await client.DELETE('/sessions/current');
    session.end();
    await client.DELETE('/sessions/current');
    expect(fetch.mock.calls.map(([request]) => request.headers.get(CSRF_HEADER))).toEqual(['from-me', null]);
  });
});

describe('a lost session', () => {
  it('is noticed on any 401', async () => {
    const store = credentials('csrf-123');
    const { client } = clientAnswering(401, store);
    await client.GET('/me');
    expect(store.ended).toBe(1);
  });

  it('is not concluded from a failed sign-in', async () => {
    const store = credentials('csrf-123');
    const { client } = clientAnswering(401, store);
    await client.POST('/sessions', { body: { email: 'a@example.org', password: 'wrong' } });
    expect(store.ended).toBe(0);
  });

  it('is not concluded from other refusals', async () => {
    const store = credentials('csrf-123');
    const { client } = clientAnswering(403, store);
    await client.DELETE('/me');
    expect(store.ended).toBe(0);
  });
});
