import { afterEach, describe, expect, it } from 'vitest';
import { session } from '$lib/session/index.svelte';
import { ApiError } from '$lib/api';
import { attachmentName } from '$lib/domain/files';
import {
  changeMyAccount,
  endSession,
  exportMyData,
  loadMyAccount,
  loadSession,
  resetPassword,
  startSession,
} from './account';
import { account } from '$lib/testing/people';
import { clientAnswering, json } from '$lib/testing/client';

const me = account({ id: '01a22271-0d83-73e7-9d8e-f27a6ef4aa63', csrfToken: 'csrf-from-me' });

const problem = (status: number, code: string, headers: Record<string, string> = {}) =>
  new Response(
    JSON.stringify({ type: 'x', title: 't', status, detail: 'd', instance: '/', code, requestId: 'r' }),
    {
      status,
      headers: { 'Content-Type': 'application/problem+json', ...headers },
    },
  );

afterEach(() => {
  session.end();
});

describe('signing in and out', () => {
  it('keeps the account and the CSRF token of a new session', async () => {
    const { client } = clientAnswering(
      json({ csrfToken: 'csrf-new', expiresAt: '2026-12-12T00:00:00Z', account: me }, 201),
    );
    await startSession({ email: me.email, password: 'Fietsen-langs-de-Vecht' }, { client });
    expect(session.signedIn).toBe(true);
    expect(session.csrfToken).toBe('csrf-new');
    expect(session.account?.displayName).toBe(me.displayName);
  });

  it('keeps nothing after a wrong password', async () => {
    const { client } = clientAnswering(problem(401, 'invalid_credentials'));
    const error = await startSession({ email: me.email, password: 'x' }, { client }).catch((e: unknown) => e);
    expect((error as ApiError).code).toBe('invalid_credentials');
    expect(session.signedIn).toBe(false);
    expect(session.csrfToken).toBeNull();
  });

  it('signs out, also when the session was already gone', async () => {
    session.begin(me, 'csrf');
    const { client, fetch } = clientAnswering(problem(401, 'unauthenticated'));
    await endSession({ client });
    expect(session.status).toBe('signed-out');
    expect(fetch.mock.calls[0]![0].method).toBe('DELETE');
  });

  it('stays signed in when signing out failed for another reason', async () => {
    session.begin(me, 'csrf');
    const { client } = clientAnswering(problem(503, 'unavailable'));
    await expect(endSession({ client })).rejects.toBeInstanceOf(ApiError);
    expect(session.signedIn).toBe(true);
  });

  it('ends the session in the store after a new password (the API signs out everywhere)', async () => {
    session.begin(me, 'csrf');
    const { client } = clientAnswering(new Response(null, { status: 204 }));
    await resetPassword({ token: 'a'.repeat(43), password: 'Een-nieuwe-fiets' }, { client });
    expect(session.signedIn).toBe(false);
  });
});

describe('my account', () => {
  it('comes with its ETag and the token for later writes', async () => {
    const { client } = clientAnswering(json(me, 200, { ETag: '"4"' }));
    const mine = await loadMyAccount({ client });
    expect(mine.etag).toBe('"4"');
    expect(session.csrfToken).toBe('csrf-from-me');
  });

  it('is loaded once per page; signed out or unreachable is no failure', async () => {
    // Asked in a way that is never a 401: a browser logs every failed request as an error.
    const anonymous = clientAnswering(json({ signedIn: false, account: null }));
    await loadSession({ client: anonymous.client });
    expect(new URL(anonymous.fetch.mock.calls[0]![0].url).pathname).toBe('/api/v1/sessions/current');
    expect(session.status).toBe('signed-out');
    await expect(
      loadSession({ client: clientAnswering(problem(503, 'unavailable')).client }),
    ).resolves.toBeUndefined();
  });

  it('is loaded with the account and its CSRF token when there is a session', async () => {
    await loadSession({ client: clientAnswering(json({ signedIn: true, account: me })).client });
    expect(session.signedIn).toBe(true);
    expect(session.csrfToken).toBe('csrf-from-me');
    expect(session.account?.displayName).toBe(me.displayName);
  });

  it('is renamed with If-Match, and the new ETag is kept', async () => {
    session.begin(me, 'csrf');
    const { client, fetch } = clientAnswering(
      json({ ...me, displayName: 'Zoë', csrfToken: null }, 200, { ETag: '"5"' }),
    );
    const renamed = await changeMyAccount({ displayName: 'Zoë' }, '"4"', { client });
    const request = fetch.mock.calls[0]![0];
    expect(request.method).toBe('PATCH');
    expect(request.headers.get('If-Match')).toBe('"4"');
    expect(request.headers.get('X-CSRF-Token')).toBe('csrf');
    expect(await request.json()).toEqual({ displayName: 'Zoë' });
    expect(renamed.etag).toBe('"5"');
    expect(session.account?.displayName).toBe('Zoë');
  });

  it('says when the name changed elsewhere meanwhile', async () => {
    const { client } = clientAnswering(problem(412, 'precondition_failed'));
    const error = await changeMyAccount({ displayName: 'Zoë' }, '"3"', { client }).catch((e: unknown) => e);
    expect((error as ApiError).status).toBe(412);
  });

  it('is exported as a file with the name the API gives', async () => {
    const { client } = clientAnswering(
      new Response('{"account":{}}', {
        headers: {
          'Content-Type': 'application/json',
          'Content-Disposition': 'attachment; filename="samenspel-gegevens.json"',
        },
      }),
    );
    const file = await exportMyData({ client });
    expect(file.filename).toBe('samenspel-gegevens.json');
    expect(await file.blob.text()).toBe('{"account":{}}');
  });

  it('takes only a plain file name from Content-Disposition', () => {
    expect(attachmentName('attachment; filename="../../etc/passwd"', 'f.json')).toBe('f.json');
    expect(attachmentName(null, 'f.json')).toBe('f.json');
    expect(attachmentName('attachment; filename=gegevens.json', 'f.json')).toBe('gegevens.json');
  });
});
