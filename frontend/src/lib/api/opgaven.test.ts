import { afterEach, describe, expect, it } from 'vitest';
import { formulationHistory } from '$lib/domain/formulations';
import { staffSignInHref } from '$lib/domain/links';
import { nextPhase, previousPhase } from '$lib/domain/opgaven';
import { teamGroups } from '$lib/domain/team';
import { session } from '$lib/session/index.svelte';
import { etagOf } from './client';
import {
  addTeamMember,
  adoptFormulation,
  createActionLine,
  createOpgave,
  deleteActionLine,
  followOpgave,
  getActionLine,
  getOpgave,
  getOpgaveTimeline,
  listOpgaven,
  proposeFormulation,
  transitionOpgavePhase,
  unfollowOpgave,
  updateActionLine,
  updateOpgave,
  updateTeamMember,
} from './generated/sdk.gen';
import type { FormulationRead, TeamMemberRead } from './generated/types.gen';
import { SubmissionKey } from './idempotency';
import { allPages } from './paging';
import { ApiError } from './problem';
import { account } from '$lib/testing/people';
import { clientAnswering, json } from '$lib/testing/client';

const me = account({
  email: 'sanne@example.org',
  displayName: 'Sanne',
  roles: [{ municipality: { id: 'u', slug: 'utrecht', name: 'Utrecht' }, role: 'medewerker' }],
});

afterEach(() => {
  session.end();
});

describe('finding opgaven', () => {
  it('asks for one municipality, searched, filtered and sorted', async () => {
    const { client, fetch } = clientAnswering(json({ items: [], nextCursor: null }));
    await listOpgaven({
      query: { municipality: 'utrecht', q: 'werken', phase: 'planning', domain: 'jeugd', sort: 'title' },
      client,
    });
    const url = new URL(fetch.mock.calls[0]![0].url);
    expect(url.pathname).toBe('/api/v1/opgaven');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      municipality: 'utrecht',
      q: 'werken',
      phase: 'planning',
      domain: 'jeugd',
      sort: 'title',
    });
  });

  it('reads one opgave with its ETag', async () => {
    const { client } = clientAnswering(json({ id: 'o', title: 'Samen' }, 200, { ETag: '"3"' }));
    const { data: opgave, response } = await getOpgave({ path: { id: 'o' }, client });
    expect(opgave.title).toBe('Samen');
    expect(etagOf(response)).toBe('"3"');
  });

  it('reads the whole timeline, page after page', async () => {
    const { client, fetch } = clientAnswering(
      json({ items: [{ id: '1' }], nextCursor: 'c2' }),
      json({ items: [{ id: '2' }], nextCursor: null }),
    );
    const events = await allPages((query) => getOpgaveTimeline({ path: { id: 'o' }, query, client }));
    expect(events.map((event) => event.id)).toEqual(['1', '2']);
    expect(new URL(fetch.mock.calls[1]![0].url).searchParams.get('cursor')).toBe('c2');
  });
});

describe('running an opgave', () => {
  it('creates one with an Idempotency-Key and the CSRF token', async () => {
    session.begin(me, 'csrf');
    const { client, fetch } = clientAnswering(json({ id: 'o', title: 'Nieuw' }, 201, { ETag: '"1"' }));
    const created = await createOpgave({
      body: { municipality: 'utrecht', title: 'Nieuw' },
      headers: { 'Idempotency-Key': 'key-1' },
      client,
    });
    const request = fetch.mock.calls[0]![0];
    expect(request.method).toBe('POST');
    expect(request.headers.get('Idempotency-Key')).toBe('key-1');
    expect(request.headers.get('X-CSRF-Token')).toBe('csrf');
    expect(await request.json()).toEqual({ municipality: 'utrecht', title: 'Nieuw' });
    expect(etagOf(created.response)).toBe('"1"');
  });

  it('changes one with If-Match, and a stale ETag is a 412', async () => {
    const { client, fetch } = clientAnswering(
      json({ id: 'o' }, 200, { ETag: '"4"' }),
      new Response(JSON.stringify({ status: 412, code: 'precondition_failed' }), {
        status: 412,
        headers: { 'Content-Type': 'application/problem+json' },
      }),
    );
    const change = { path: { id: 'o' }, body: { published: true }, headers: { 'If-Match': '"3"' }, client };
    expect(etagOf((await updateOpgave(change)).response)).toBe('"4"');
    const request = fetch.mock.calls[0]![0];
    expect(request.method).toBe('PATCH');
    expect(request.headers.get('If-Match')).toBe('"3"');
    const stale = await updateOpgave(change).catch((e: unknown) => e);
    expect((stale as ApiError).status).toBe(412);
  });

  it('moves the phase with a reason and a key', async () => {
    const { client, fetch } = clientAnswering(json({ fromPhase: 'planning', toPhase: 'formulating' }, 201));
    await transitionOpgavePhase({
      path: { id: 'o' },
      body: { toPhase: 'formulating', reason: 'Opnieuw.' },
      headers: { 'Idempotency-Key': 'key-2' },
      client,
    });
    const request = fetch.mock.calls[0]![0];
    expect(new URL(request.url).pathname).toBe('/api/v1/opgaven/o/phase-transitions');
    expect(request.headers.get('Idempotency-Key')).toBe('key-2');
    expect(await request.json()).toEqual({ toPhase: 'formulating', reason: 'Opnieuw.' });
  });

  it('knows the phase before and after', () => {
    expect(nextPhase('exploring')).toBe('formulating');
    expect(nextPhase('completed')).toBeNull();
    expect(previousPhase('executing')).toBe('planning');
    expect(previousPhase('exploring')).toBeNull();
  });

  it('follows and unfollows', async () => {
    const { client, fetch } = clientAnswering(
      new Response(null, { status: 204 }),
      new Response(null, { status: 204 }),
    );
    await followOpgave({ path: { id: 'o' }, client });
    await unfollowOpgave({ path: { id: 'o' }, client });
    expect(fetch.mock.calls.map(([request]) => request.method)).toEqual(['PUT', 'DELETE']);
  });
});

describe('formulations', () => {
  const person = { id: 'p', displayName: 'Fatima', badge: null };
  const version = (id: string, extra: Partial<FormulationRead>): FormulationRead => ({
    id,
    opgaveId: 'o',
    text: id,
    rationale: '',
    proposedBy: person,
    adoptedAt: null,
    adoptedBy: null,
    current: false,
    createdAt: '2026-01-01T00:00:00Z',
    ...extra,
  });

  it('are the current one, the proposals waiting, and earlier versions, newest first', () => {
    const history = formulationHistory([
      version('first', { adoptedAt: '2026-02-01T00:00:00Z', adoptedBy: person }),
      version('second', { adoptedAt: '2026-03-01T00:00:00Z', adoptedBy: person }),
      version('now', { adoptedAt: '2026-04-01T00:00:00Z', adoptedBy: person, current: true }),
      version('idea', { createdAt: '2026-05-01T00:00:00Z' }),
    ]);
    expect(history.current?.id).toBe('now');
    expect(history.proposals.map((item) => item.id)).toEqual(['idea']);
    expect(history.earlier.map((item) => item.id)).toEqual(['second', 'first']);
  });

  it('are proposed and adopted with a key', async () => {
    const { client, fetch } = clientAnswering(json(version('x', {}), 201), json(version('x', {}), 201));
    await proposeFormulation({
      path: { id: 'o' },
      body: { text: 'Hoe zorgen we samen …?' },
      headers: { 'Idempotency-Key': 'k1' },
      client,
    });
    await adoptFormulation({ path: { id: 'x' }, headers: { 'Idempotency-Key': 'k2' }, client });
    const [propose, adopt] = fetch.mock.calls.map(([request]) => request);
    expect(new URL(propose!.url).pathname).toBe('/api/v1/opgaven/o/formulations');
    expect(propose!.headers.get('Idempotency-Key')).toBe('k1');
    expect(new URL(adopt!.url).pathname).toBe('/api/v1/formulations/x/adoption');
    expect(adopt!.headers.get('Idempotency-Key')).toBe('k2');
  });
});

describe('action lines', () => {
  it('are changed and removed with the ETag of the line', async () => {
    const line = { id: 'l', opgaveId: 'o', position: 1, title: 'Banen', goal: '' };
    const { client, fetch } = clientAnswering(
      json(line, 200, { ETag: '"2"' }),
      json(line, 200, { ETag: '"3"' }),
      new Response(null, { status: 204 }),
      json(line, 201),
    );
    const etag = etagOf((await getActionLine({ path: { id: 'l' }, client })).response);
    const changed = await updateActionLine({
      path: { id: 'l' },
      body: { title: 'Banen' },
      headers: { 'If-Match': etag },
      client,
    });
    expect(etagOf(changed.response)).toBe('"3"');
    await deleteActionLine({ path: { id: 'l' }, headers: { 'If-Match': '"3"' }, client });
    await createActionLine({
      path: { id: 'o' },
      body: { title: 'Nieuw' },
      headers: { 'Idempotency-Key': 'k' },
      client,
    });
    const requests = fetch.mock.calls.map(([request]) => request);
    expect(requests[1]!.headers.get('If-Match')).toBe('"2"');
    expect(requests[2]!.method).toBe('DELETE');
    expect(requests[2]!.headers.get('If-Match')).toBe('"3"');
    expect(requests[3]!.headers.get('Idempotency-Key')).toBe('k');
  });
});

describe('the team', () => {
  it('is joined with a request, and an invitation accepted by making it active', async () => {
    const { client, fetch } = clientAnswering(json({}, 201), json({}));
    await addTeamMember({
      path: { id: 'o' },
      body: { role: 'resident' },
      headers: { 'Idempotency-Key': 'k' },
      client,
    });
    await updateTeamMember({ path: { id: 'm' }, body: { status: 'active' }, client });
    const [join, accept] = fetch.mock.calls.map(([request]) => request);
    expect(await join!.json()).toEqual({ role: 'resident' });
    expect(accept!.method).toBe('PATCH');
    expect(await accept!.json()).toEqual({ status: 'active' });
  });

  it('shows people (procesregisseur first) apart from organisations', () => {
    const member = (id: string, role: TeamMemberRead['role'], organisation = false): TeamMemberRead => ({
      id,
      opgaveId: 'o',
      person: organisation ? null : { id, displayName: id, badge: null },
      organisation: organisation ? { id, name: id } : null,
      role,
      partnerRole: organisation ? 'funder' : null,
      status: 'active',
      createdAt: '2026-01-01T00:00:00Z',
    });
    const groups = teamGroups([
      member('fatima', 'resident'),
      member('bank', 'partner', true),
      member('ahmed', 'core_team'),
      member('sanne', 'procesregisseur'),
    ]);
    expect(groups.people.map((m) => m.id)).toEqual(['sanne', 'ahmed', 'fatima']);
    expect(groups.organisations.map((m) => m.id)).toEqual(['bank']);
  });
});

describe('a submission key', () => {
  it('stays the same for the same values until the submission worked', () => {
    const key = new SubmissionKey();
    const first = key.for({ title: 'A' });
    expect(key.for({ title: 'A' })).toBe(first);
    const other = key.for({ title: 'B' });
    expect(other).not.toBe(first);
    key.done();
    expect(key.for({ title: 'B' })).not.toBe(other);
  });
});

describe('staff sign-in', () => {
  it("is the API's address for the municipality, with the way back", () => {
    expect(staffSignInHref('utrecht', '/gemeenten/utrecht/opgaven?q=werk')).toBe(
      '/api/v1/municipalities/utrecht/staff-sign-in?returnTo=%2Fgemeenten%2Futrecht%2Fopgaven%3Fq%3Dwerk',
    );
  });
});
