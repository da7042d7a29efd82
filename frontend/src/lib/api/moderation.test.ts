import { afterEach, describe, expect, it } from 'vitest';
import { decisionHref, notificationHref } from '$lib/components/notifications/links';
import { contentHref } from '$lib/components/moderation/links';
import { session } from '$lib/session/index.svelte';
import { UnreadNotifications } from '$lib/session/notifications.svelte';
import { messagesFor } from '$lib/i18n/index.svelte';
import { reportContent } from '$lib/domain/moderation';
import { notificationPath } from '$lib/domain/notifications';
import { changeMyAccount } from '$lib/session/account';
import {
  createModerationAppeal,
  createModerationDecision,
  createPostingBlock,
  liftPostingBlock,
  listModerationAppeals,
  listModerationReports,
  listMunicipalityProposals,
  listMyNotifications,
  markMyNotificationsRead,
  resolveModerationAppeal,
  updateNotification,
} from './generated/sdk.gen';
import { problemMessage } from './messages';
import { toProblem } from './problem';
import { account } from '$lib/testing/people';
import { clientAnswering, json, requestOf } from '$lib/testing/client';

const IDEA = '22222222-2222-4222-8222-222222222222';
const COMMENT = '33333333-3333-4333-8333-333333333333';

const me = account({ id: 'sam', email: 'sam@example.org', displayName: 'Sam uit Zuilen' });

afterEach(() => {
  session.end();
});

describe('my notifications', () => {
  it('are listed all or only unread, page after page', async () => {
    const { client, fetch } = clientAnswering(json({ items: [], nextCursor: null, unreadCount: 0 }));
    await listMyNotifications({ query: { unread: true, cursor: 'c', limit: 20 }, client });
    const url = new URL(requestOf(fetch).url);
    expect(url.pathname).toBe('/api/v1/me/notifications');
    expect(Object.fromEntries(url.searchParams)).toEqual({ unread: 'true', cursor: 'c', limit: '20' });
  });

  it('are marked read one by one, or all up to the newest one seen, with an Idempotency-Key', async () => {
    const { client, fetch } = clientAnswering(json({}), json({ marked: 3, readAt: '2026-11-28T14:00:00Z' }));
    await updateNotification({ path: { id: 'n' }, body: { read: true }, client });
    expect(requestOf(fetch).method).toBe('PATCH');
    expect(new URL(requestOf(fetch).url).pathname).toBe('/api/v1/notifications/n');
    expect(await requestOf(fetch).json()).toEqual({ read: true });
    const marked = await markMyNotificationsRead({
      body: { upTo: '2026-11-28T13:59:00Z' },
      headers: { 'Idempotency-Key': 'key-1' },
      client,
    });
    expect(marked.data.marked).toBe(3);
    const all = requestOf(fetch, 1);
    expect(new URL(all.url).pathname).toBe('/api/v1/me/notifications/read-markers');
    expect(all.headers.get('Idempotency-Key')).toBe('key-1');
    expect(await all.json()).toEqual({ upTo: '2026-11-28T13:59:00Z' });
  });

  it('lead only to paths of this site, whatever the API stored', () => {
    expect(notificationPath(`/ideeen/${IDEA}`)).toBe(`/ideeen/${IDEA}`);
    for (const elsewhere of [
      '//evil.example/x',
      '/\\evil.example',
      'https://evil.example',
      'javascript:alert(1)',
      '',
      '/ideeen/ x',
    ]) {
      expect(notificationPath(elsewhere), elsewhere).toBeNull();
      expect(notificationHref(elsewhere), elsewhere).toBeNull();
    }
    expect(notificationHref(`/ideeen/${IDEA}#reactie-${COMMENT}`)).toBe(`/ideeen/${IDEA}#reactie-${COMMENT}`);
    expect(notificationHref(`/opgaven/${IDEA}`)).toBe(`/opgaven/${IDEA}`);
    expect(notificationHref(`/taken/${IDEA}`)).toBe(`/taken/${IDEA}`);
  });

  it('about a moderation decision also lead to where its author may object', () => {
    expect(
      decisionHref({ kind: 'moderation_decision', objectType: 'moderation_decision', objectId: IDEA }),
    ).toBe(`/mijn-account/besluiten/${IDEA}`);
    expect(decisionHref({ kind: 'proposal_answered', objectType: 'proposal', objectId: IDEA })).toBeNull();
  });

  it('come by mail as chosen, saved with the ETag last seen', async () => {
    const { client, fetch } = clientAnswering(
      json({ ...me, emailNotifications: 'daily' }, 200, { ETag: '"2"' }),
    );
    session.begin(me, 'csrf');
    const changed = await changeMyAccount({ emailNotifications: 'daily' }, '"1"', { client });
    expect(changed.etag).toBe('"2"');
    expect(requestOf(fetch).headers.get('If-Match')).toBe('"1"');
    expect(await requestOf(fetch).json()).toEqual({ emailNotifications: 'daily' });
    expect(session.account?.emailNotifications).toBe('daily');
  });

  it('are counted for the header while someone is signed in, and not asked for again too soon', async () => {
    const unread = new UnreadNotifications();
    const { client, fetch } = clientAnswering(json({ items: [], nextCursor: null, unreadCount: 4 }));
    await unread.refresh(0, client);
    expect(unread.count).toBeNull();
    expect(fetch).not.toHaveBeenCalled();
    session.begin(me, 'csrf');
    await unread.refresh(0, client);
    expect(unread.count).toBe(4);
    expect(Object.fromEntries(new URL(requestOf(fetch).url).searchParams)).toEqual({
      unread: 'true',
      limit: '1',
    });
    await unread.refresh(60_000, client);
    expect(fetch).toHaveBeenCalledTimes(1);
    unread.set(1);
    expect(unread.count).toBe(1);
    session.end();
    expect(unread.count).toBeNull();
  });
});

describe('moderation', () => {
  it('takes a report of an idea or a comment, with an Idempotency-Key', async () => {
    const { client, fetch } = clientAnswering(json({}, 201), json({}, 201));
    await reportContent(
      { type: 'comment', id: COMMENT },
      { reason: 'offensive', explanation: 'Kleinerend.' },
      { 'Idempotency-Key': 'k1' },
      client,
    );
    await reportContent(
      { type: 'proposal', id: IDEA },
      { reason: 'spam' },
      { 'Idempotency-Key': 'k2' },
      client,
    );
    expect(new URL(requestOf(fetch).url).pathname).toBe(`/api/v1/comments/${COMMENT}/reports`);
    expect(requestOf(fetch).headers.get('Idempotency-Key')).toBe('k1');
    expect(await requestOf(fetch).json()).toEqual({ reason: 'offensive', explanation: 'Kleinerend.' });
    expect(new URL(requestOf(fetch, 1).url).pathname).toBe(`/api/v1/proposals/${IDEA}/reports`);
  });

  it('lists the queue and the objections of one municipality', async () => {
    const page = json({ items: [], nextCursor: null });
    const { client, fetch } = clientAnswering(page, json({ items: [], nextCursor: null }));
    await listModerationReports({
      query: { status: 'resolved', limit: 20, municipality: 'utrecht' },
      client,
    });
    await listModerationAppeals({ query: { municipality: 'utrecht', status: 'open' }, client });
    expect(new URL(requestOf(fetch).url).pathname).toBe('/api/v1/moderation-reports');
    expect(Object.fromEntries(new URL(requestOf(fetch).url).searchParams)).toEqual({
      status: 'resolved',
      limit: '20',
      municipality: 'utrecht',
    });
    expect(new URL(requestOf(fetch, 1).url).pathname).toBe('/api/v1/moderation-appeals');
  });

  it('decides, objects and resolves as the API names it', async () => {
    const { client, fetch } = clientAnswering(json({}, 201), json({}, 201), json({}));
    const body = {
      target: { type: 'comment' as const, id: COMMENT },
      action: 'hide' as const,
      publicReason: 'Nee.',
    };
    await createModerationDecision({ body, headers: { 'Idempotency-Key': 'k' }, client });
    expect(new URL(requestOf(fetch).url).pathname).toBe('/api/v1/moderation-decisions');
    expect(await requestOf(fetch).json()).toEqual(body);
    await createModerationAppeal({
      path: { id: 'd' },
      body: { explanation: 'Ik bedoelde het anders.' },
      headers: { 'Idempotency-Key': 'k2' },
      client,
    });
    expect(new URL(requestOf(fetch, 1).url).pathname).toBe('/api/v1/moderation-decisions/d/appeals');
    await resolveModerationAppeal({
      path: { id: 'a' },
      body: { outcome: 'overturned', reason: 'Terecht.' },
      client,
    });
    expect(requestOf(fetch, 2).method).toBe('PATCH');
    expect(new URL(requestOf(fetch, 2).url).pathname).toBe('/api/v1/moderation-appeals/a');
  });

  it('blocks someone from posting in a municipality, and lifts it', async () => {
    const { client, fetch } = clientAnswering(json({}, 201), new Response(null, { status: 204 }));
    await createPostingBlock({
      path: { slug: 'utrecht' },
      body: { email: 'x@example.org', reason: 'Reclame.' },
      headers: { 'Idempotency-Key': 'k' },
      client,
    });
    expect(new URL(requestOf(fetch).url).pathname).toBe('/api/v1/municipalities/utrecht/posting-blocks');
    await liftPostingBlock({ path: { id: 'b' }, client });
    expect(requestOf(fetch, 1).method).toBe('DELETE');
    expect(new URL(requestOf(fetch, 1).url).pathname).toBe('/api/v1/posting-blocks/b');
  });

  it('tells a blocked person until when and why, in the API’s own words', () => {
    const detail = 'De gemeente heeft u tot nader order uitgesloten van bijdragen: Herhaaldelijk reclame.';
    const blocked = toProblem({ status: 403, code: 'posting_blocked', title: 'Forbidden', detail });
    expect(problemMessage(blocked, messagesFor('nl'))).toBe(detail);
    expect(problemMessage(blocked, messagesFor('en'))).toBe(detail);
  });

  it('links to content where it is on the site', () => {
    const none = { proposalId: null, taskId: null };
    expect(contentHref({ ...none, type: 'proposal', id: IDEA, opgaveId: 'o' })).toBe(`/ideeen/${IDEA}`);
    expect(contentHref({ ...none, type: 'comment', id: COMMENT, opgaveId: IDEA })).toBe(
      `/opgaven/${IDEA}#reactie-${COMMENT}`,
    );
    expect(contentHref({ ...none, type: 'comment', id: COMMENT, opgaveId: 'o', proposalId: IDEA })).toBe(
      `/ideeen/${IDEA}#reactie-${COMMENT}`,
    );
    expect(contentHref({ ...none, type: 'comment', id: COMMENT, opgaveId: 'o', taskId: IDEA })).toBe(
      `/taken/${IDEA}#reactie-${COMMENT}`,
    );
    expect(contentHref({ ...none, type: 'poll_answer', id: COMMENT, opgaveId: 'o', pollId: IDEA })).toBe(
      `/peilingen/${IDEA}`,
    );
  });
});

describe('the review queue', () => {
  it('asks for a municipality’s ideas by status, the longest waiting first', async () => {
    const { client, fetch } = clientAnswering(json({ items: [], nextCursor: null }));
    await listMunicipalityProposals({
      query: { municipality: 'utrecht', status: 'submitted', sort: 'createdAt' },
      client,
    });
    const url = new URL(requestOf(fetch).url);
    expect(url.pathname).toBe('/api/v1/proposals');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      status: 'submitted',
      sort: 'createdAt',
      municipality: 'utrecht',
    });
  });
});
