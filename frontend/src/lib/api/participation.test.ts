import { afterEach, describe, expect, it } from 'vitest';
import { session } from '$lib/session/index.svelte';
import { commentAt, commentIdOf, isEditableBy, listCommentsAt, placeOf } from '$lib/domain/comments';
import {
  answersFrom,
  isEditable,
  isSupportable,
  isWithdrawable,
  SIMILAR_TEXT_MAX,
  similarIdeas,
} from '$lib/domain/proposals';
import { etagOf } from './client';
import {
  deleteComment,
  getProposal,
  listMyComments,
  listMyProposals,
  listProposals,
  respondToProposal,
  submitProposal,
  supportProposal,
  updateComment,
  updateProposal,
  withdrawSupport,
} from './generated/sdk.gen';
import { allPages } from './paging';
import { ApiError } from './problem';
import { account } from '$lib/testing/people';
import { clientAnswering, json, requestOf } from '$lib/testing/client';

const problem = (status: number, code: string) =>
  new Response(JSON.stringify({ status, code, title: code }), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  });

const me = account({
  id: 'fatima',
  email: 'fatima@example.org',
  displayName: 'Fatima uit Overvecht',
  roles: [{ municipality: { id: 'u', slug: 'utrecht', name: 'Utrecht' }, role: 'inwoner' }],
});

afterEach(() => {
  session.end();
});

describe('an opgave’s ideas', () => {
  it('are listed filtered, searched and sorted, page after page', async () => {
    const { client, fetch } = clientAnswering(json({ items: [], nextCursor: null }));
    await listProposals({
      path: { id: 'o' },
      query: {
        status: 'adopted',
        actionLine: 'l',
        q: 'koffie',
        sort: '-supportCount',
        cursor: 'c',
        limit: 20,
      },
      client,
    });
    const url = new URL(requestOf(fetch).url);
    expect(url.pathname).toBe('/api/v1/opgaven/o/proposals');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      status: 'adopted',
      actionLine: 'l',
      q: 'koffie',
      sort: '-supportCount',
      cursor: 'c',
      limit: '20',
    });
  });

  it('that look like what someone writes are asked for with the text cut to what the API takes', async () => {
    const { client, fetch } = clientAnswering(json({ items: [{ id: 'p', title: 'Koffie' }] }));
    const found = await similarIdeas('o', 'k'.repeat(3000), undefined, client);
    expect(found).toEqual([{ id: 'p', title: 'Koffie' }]);
    const url = new URL(requestOf(fetch).url);
    expect(url.pathname).toBe('/api/v1/opgaven/o/proposals/similar');
    expect(url.searchParams.get('text')).toHaveLength(SIMILAR_TEXT_MAX);
  });

  it('that look alike are asked for with a signal, so a newer question cancels an older one', async () => {
    const { client, fetch } = clientAnswering(json({ items: [] }));
    const controller = new AbortController();
    await similarIdeas('o', 'koffie', controller.signal, client);
    controller.abort();
    expect(requestOf(fetch).signal.aborted).toBe(true);
  });
});

describe('one idea', () => {
  it('is read with its ETag', async () => {
    const { client } = clientAnswering(json({ id: 'p', title: 'Koffie' }, 200, { ETag: '"2"' }));
    const { data: proposal, response } = await getProposal({ path: { id: 'p' }, client });
    expect(proposal.title).toBe('Koffie');
    expect(etagOf(response)).toBe('"2"');
  });

  it('is submitted with an Idempotency-Key and the CSRF token', async () => {
    session.begin(me, 'csrf');
    const { client, fetch } = clientAnswering(json({ id: 'p' }, 201, { ETag: '"1"' }));
    const body = { title: 'Koffie op het plein', body: '<p>Elke woensdag.</p>' };
    const { response } = await submitProposal({
      path: { id: 'o' },
      body,
      headers: { 'Idempotency-Key': 'key-1' },
      client,
    });
    const request = requestOf(fetch);
    expect(new URL(request.url).pathname).toBe('/api/v1/opgaven/o/proposals');
    expect(request.method).toBe('POST');
    expect(request.headers.get('Idempotency-Key')).toBe('key-1');
    expect(request.headers.get('X-CSRF-Token')).toBe('csrf');
    expect(await request.json()).toEqual(body);
    expect(etagOf(response)).toBe('"1"');
  });

  it('says when the phase takes no ideas', async () => {
    const { client } = clientAnswering(problem(409, 'phase_closed'));
    const refused = await submitProposal({
      path: { id: 'o' },
      body: { title: 'Koffie', body: '<p>x</p>' },
      headers: { 'Idempotency-Key': 'k' },
      client,
    }).catch((e: unknown) => e);
    expect((refused as ApiError).code).toBe('phase_closed');
  });

  it('is changed and withdrawn with the ETag last seen', async () => {
    const { client, fetch } = clientAnswering(
      json({ id: 'p' }, 200, { ETag: '"3"' }),
      json({ id: 'p', status: 'withdrawn' }, 200, { ETag: '"4"' }),
      problem(412, 'precondition_failed'),
    );
    const edit = { path: { id: 'p' }, body: { title: 'Beter' }, headers: { 'If-Match': '"2"' }, client };
    expect(etagOf((await updateProposal(edit)).response)).toBe('"3"');
    const withdraw = {
      path: { id: 'p' },
      body: { status: 'withdrawn' as const },
      headers: { 'If-Match': '"3"' },
      client,
    };
    await updateProposal(withdraw);
    const [change, withdrawal] = fetch.mock.calls.map(([request]) => request);
    expect(change!.method).toBe('PATCH');
    expect(change!.headers.get('If-Match')).toBe('"2"');
    expect(withdrawal!.headers.get('If-Match')).toBe('"3"');
    expect(await withdrawal!.json()).toEqual({ status: 'withdrawn' });
    const stale = await updateProposal(withdraw).catch((e: unknown) => e);
    expect((stale as ApiError).status).toBe(412);
  });

  it('is answered by staff with a status, a text and a key', async () => {
    const { client, fetch } = clientAnswering(json({ id: 'p', status: 'adopted' }));
    const { data: answered } = await respondToProposal({
      path: { id: 'p' },
      body: { status: 'adopted', text: 'We doen het.' },
      headers: { 'Idempotency-Key': 'k2' },
      client,
    });
    expect(answered.status).toBe('adopted');
    const request = requestOf(fetch);
    expect(new URL(request.url).pathname).toBe('/api/v1/proposals/p/responses');
    expect(request.headers.get('Idempotency-Key')).toBe('k2');
    expect(await request.json()).toEqual({ status: 'adopted', text: 'We doen het.' });
  });

  it('is supported with PUT and no longer with DELETE, and the answer is the state after', async () => {
    const { client, fetch } = clientAnswering(
      json({ supportedByMe: true, supportCount: 5 }),
      json({ supportedByMe: false, supportCount: 4 }),
    );
    const path = { id: 'p' };
    expect((await supportProposal({ path, client })).data).toEqual({ supportedByMe: true, supportCount: 5 });
    expect((await withdrawSupport({ path, client })).data).toEqual({ supportedByMe: false, supportCount: 4 });
    expect(fetch.mock.calls.map(([request]) => `${request.method} ${new URL(request.url).pathname}`)).toEqual(
      ['PUT /api/v1/proposals/p/support', 'DELETE /api/v1/proposals/p/support'],
    );
  });

  it('moves along the statuses the API allows', () => {
    expect(answersFrom('submitted')).toEqual(['under_review', 'declined']);
    expect(answersFrom('under_review')).toEqual(['under_review', 'adopted', 'declined']);
    expect(answersFrom('adopted')).toEqual(['adopted']);
    expect(answersFrom('withdrawn')).toEqual([]);
    expect(isEditable({ status: 'submitted' })).toBe(true);
    expect(isEditable({ status: 'under_review' })).toBe(false);
    expect(isWithdrawable({ status: 'under_review' })).toBe(true);
    expect(isWithdrawable({ status: 'adopted' })).toBe(false);
    expect(isSupportable({ status: 'adopted', hidden: false })).toBe(true);
    expect(isSupportable({ status: 'declined', hidden: false })).toBe(false);
    expect(isSupportable({ status: 'submitted', hidden: true })).toBe(false);
  });

  it('of mine are listed with their status', async () => {
    const { client, fetch } = clientAnswering(json({ items: [], nextCursor: null }));
    await listMyProposals({ query: { status: 'adopted', limit: 20 }, client });
    expect(new URL(requestOf(fetch).url).search).toBe('?status=adopted&limit=20');
  });
});

describe('comments', () => {
  it('are read on an opgave or on an idea', async () => {
    const { client, fetch } = clientAnswering(
      json({ items: [], nextCursor: null }),
      json({ items: [], nextCursor: null }),
    );
    await listCommentsAt({ kind: 'opgave', id: 'o' }, { limit: 20 }, client);
    await listCommentsAt({ kind: 'proposal', id: 'p' }, { sort: '-createdAt' }, client);
    expect(
      fetch.mock.calls.map(([request]) => new URL(request.url).pathname + new URL(request.url).search),
    ).toEqual(['/api/v1/opgaven/o/comments?limit=20', '/api/v1/proposals/p/comments?sort=-createdAt']);
  });

  it('have all their replies read page after page', async () => {
    const { client, fetch } = clientAnswering(
      json({ items: [{ id: 'r1' }], nextCursor: 'c2' }),
      json({ items: [{ id: 'r2' }], nextCursor: null }),
    );
    const place = { kind: 'proposal' as const, id: 'p' };
    const replies = await allPages((query) => listCommentsAt(place, { parent: 'c', ...query }, client));
    expect(replies.map((reply) => reply.id)).toEqual(['r1', 'r2']);
    const second = new URL(requestOf(fetch, 1).url);
    expect(Object.fromEntries(second.searchParams)).toEqual({ parent: 'c', limit: '100', cursor: 'c2' });
  });

  it('are posted as plain text with a stance, or as a reply, with a key', async () => {
    const { client, fetch } = clientAnswering(json({ id: 'c' }, 201), json({ id: 'r' }, 201));
    const opgave = { kind: 'opgave' as const, id: 'o' };
    await commentAt(opgave, { body: '<b>Mooi</b>', stance: 'for' }, { 'Idempotency-Key': 'k1' }, client);
    await commentAt(
      { kind: 'proposal', id: 'p' },
      { body: 'Eens', parentId: 'c' },
      { 'Idempotency-Key': 'k2' },
      client,
    );
    const [comment, reply] = fetch.mock.calls.map(([request]) => request);
    expect(new URL(comment!.url).pathname).toBe('/api/v1/opgaven/o/comments');
    expect(await comment!.json()).toEqual({ body: '<b>Mooi</b>', stance: 'for' });
    expect(comment!.headers.get('Idempotency-Key')).toBe('k1');
    expect(new URL(reply!.url).pathname).toBe('/api/v1/proposals/p/comments');
    expect(await reply!.json()).toEqual({ body: 'Eens', parentId: 'c' });
  });

  it('are changed and deleted by their author', async () => {
    const { client, fetch } = clientAnswering(
      json({ id: 'c', body: 'Beter' }),
      new Response(null, { status: 204 }),
    );
    await updateComment({ path: { id: 'c' }, body: { body: 'Beter', stance: null }, client });
    await deleteComment({ path: { id: 'c' }, client });
    expect(fetch.mock.calls.map(([request]) => request.method)).toEqual(['PATCH', 'DELETE']);
  });

  it('of mine are listed newest first', async () => {
    const { client, fetch } = clientAnswering(json({ items: [], nextCursor: null }));
    await listMyComments({ query: { limit: 20 }, client });
    expect(new URL(requestOf(fetch).url).pathname).toBe('/api/v1/me/comments');
  });

  it('are where their idea or opgave is, and have an anchor a link finds', () => {
    expect(placeOf({ opgaveId: 'o', proposalId: 'p' })).toEqual({ kind: 'proposal', id: 'p' });
    expect(placeOf({ opgaveId: 'o', proposalId: null })).toEqual({ kind: 'opgave', id: 'o' });
    const id = '0193a5b2-7c1d-7e0f-8a9b-1c2d3e4f5a6b';
    expect(commentIdOf(`#reactie-${id}`)).toBe(id);
    expect(commentIdOf('#reactie-<img>')).toBeNull();
    expect(commentIdOf('')).toBeNull();
  });

  it('may be changed by their author until the window closes', () => {
    const now = Date.parse('2026-11-28T12:00:00Z');
    const comment = {
      author: { id: 'fatima', displayName: 'Fatima', badge: null },
      deleted: false,
      hidden: false,
      editableUntil: '2026-11-28T12:10:00Z',
    };
    expect(isEditableBy(comment, 'fatima', now)).toBe(true);
    expect(isEditableBy(comment, 'peter', now)).toBe(false);
    expect(isEditableBy(comment, null, now)).toBe(false);
    expect(isEditableBy({ ...comment, editableUntil: '2026-11-28T11:59:00Z' }, 'fatima', now)).toBe(false);
    expect(isEditableBy({ ...comment, hidden: true }, 'fatima', now)).toBe(false);
  });
});
