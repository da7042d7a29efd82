import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, toProblem, type CommentRead, type ReplyRead } from '$lib/api';
import { session } from '$lib/session/index.svelte';
import { answer as answered } from '$lib/testing/answers';
import CommentThread from './CommentThread.svelte';
import Conversation from './Conversation.svelte';
import { account } from '$lib/testing/people';

const api = vi.hoisted(() => ({
  commentOnProposal: vi.fn(),
  updateComment: vi.fn(),
  deleteComment: vi.fn(),
  listProposalComments: vi.fn(),
  getComment: vi.fn(),
}));
vi.mock('$lib/api', async (original) => ({ ...(await original<typeof import('$lib/api')>()), ...api }));
vi.mock('$app/state', () => ({
  page: { url: new URL('http://localhost/gemeenten/utrecht/opgaven/o/ideeen/p'), state: {} },
}));

const noor = account({ id: 'noor', email: 'noor@example.org', displayName: 'Noor' });

const place = { kind: 'proposal', id: 'p' } as const;
const later = () => new Date(Date.now() + 10 * 60_000).toISOString();

function reply(n: number, extra: Partial<ReplyRead> = {}): ReplyRead {
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    opgaveId: 'o',
    proposalId: 'p',
    taskId: null,
    parentId: null,
    author: { id: 'peter', displayName: 'Peter', badge: null },
    municipalityAuthor: null,
    body: `Reactie ${n}`,
    stance: null,
    deleted: false,
    hidden: false,
    hiddenReason: null,
    createdAt: '2026-11-28T10:00:00Z',
    editedAt: null,
    editableUntil: '2026-11-28T10:15:00Z',
    ...extra,
  };
}

function comment(n: number, extra: Partial<CommentRead> = {}): CommentRead {
  return { ...reply(n), replyCount: 0, replies: [], ...extra };
}

function conversation(items: CommentRead[], nextCursor: string | null = null) {
  return render(Conversation, { props: { place, initial: { items, nextCursor }, idPrefix: 'reacties' } });
}

afterEach(() => {
  vi.resetAllMocks();
  session.end();
});

describe('a conversation', () => {
  it('shows comments as text, whatever they contain, with line breaks kept', () => {
    conversation([
      comment(1, { body: '<img src=x onerror=alert(1)>\n<script>alert(1)</script>', stance: 'against' }),
    ]);
    const article = screen.getByRole('article');
    expect(article).toHaveAttribute('id', `reactie-${comment(1).id}`);
    expect(article.querySelector('img, script')).toBeNull();
    expect(article.querySelector('.samenspel-comment__body')?.textContent).toBe(
      '<img src=x onerror=alert(1)>\n<script>alert(1)</script>',
    );
    expect(article).toHaveTextContent('Standpunt: tegen');
    expect(screen.getByText('1 reactie.')).toBeVisible();
  });

  it('keeps the place of a deleted or hidden comment, with the reason', () => {
    conversation([
      comment(1, {
        deleted: true,
        author: null,
        body: '',
        replyCount: 1,
        replies: [reply(2, { parentId: comment(1).id })],
      }),
      comment(3, { hidden: true, body: '', hiddenReason: 'Persoonlijke gegevens.' }),
    ]);
    const [deleted, , hidden] = screen.getAllByRole('article');
    expect(deleted).toHaveTextContent('Deze reactie is verwijderd door de schrijver.');
    expect(hidden).toHaveTextContent(
      'De gemeente heeft deze reactie verborgen. De reden: Persoonlijke gegevens.',
    );
    expect(screen.getByRole('list', { name: 'Antwoorden op …' })).toHaveTextContent('Reactie 2');
    expect(screen.getByText('3 reacties.')).toBeVisible();
  });

  it('asks to sign in, or to confirm the address, before anyone comments', () => {
    const { unmount } = conversation([]);
    expect(screen.getByText('Er zijn nog geen reacties.')).toBeVisible();
    expect(screen.getByRole('link', { name: 'Meld u aan om te reageren' })).toBeVisible();
    unmount();
    session.begin({ ...noor, emailVerified: false }, 'csrf');
    conversation([]);
    expect(screen.getByText('Bevestig eerst uw e-mailadres. Daarna kunt u reageren.')).toBeVisible();
    expect(screen.queryByRole('textbox')).toBeNull();
  });

  it('posts a comment with a stance, shows it at once, puts focus on it and says so', async () => {
    const user = userEvent.setup();
    session.begin(noor, 'csrf');
    const created = comment(5, {
      author: { id: 'noor', displayName: 'Noor', badge: null },
      body: 'Mooi!',
      stance: 'for',
      editableUntil: later(),
    });
    api.commentOnProposal.mockResolvedValue(answered(created));
    conversation([comment(1)]);
    await user.type(screen.getByLabelText('Uw reactie'), 'Mooi!');
    await user.click(screen.getByRole('radio', { name: 'Voor' }));
    await user.click(screen.getByRole('button', { name: 'Reactie plaatsen' }));
    expect(api.commentOnProposal).toHaveBeenCalledWith({
      path: { id: place.id },
      body: { body: 'Mooi!', stance: 'for' },
      headers: { 'Idempotency-Key': expect.any(String) },
    });
    const article = document.getElementById(`reactie-${created.id}`)!;
    expect(article).toHaveFocus();
    expect(article).toHaveTextContent('Standpunt: voor');
    expect(screen.getByText('Uw reactie is geplaatst.')).toBeInTheDocument();
    expect(screen.getByLabelText('Uw reactie')).toHaveValue('');
    // Mine, and within its window: it can be changed and deleted.
    expect(within(article).getByRole('button', { name: 'Wijzigen' })).toBeVisible();
    expect(within(article).getByRole('button', { name: 'Verwijderen' })).toBeVisible();
  });

  it('leaves a blank comment out, so the API names it as required', async () => {
    const user = userEvent.setup();
    session.begin(noor, 'csrf');
    api.commentOnProposal.mockRejectedValue(
      new ApiError(
        toProblem(
          {
            status: 400,
            code: 'invalid_input',
            invalidParams: [{ name: 'body', code: 'required', reason: '' }],
          },
          new Response('', { status: 400 }),
        ),
      ),
    );
    conversation([]);
    await user.click(screen.getByRole('button', { name: 'Reactie plaatsen' }));
    expect(api.commentOnProposal).toHaveBeenCalledWith({
      path: { id: place.id },
      body: {},
      headers: { 'Idempotency-Key': expect.any(String) },
    });
    expect(screen.getByRole('region', { name: /Controleer het volgende/ })).toHaveFocus();
    expect(screen.getByRole('link', { name: 'Vul het veld ‘Uw reactie’ in.' })).toBeVisible();
    expect(screen.getByLabelText('Uw reactie')).toHaveAttribute('aria-invalid', 'true');
  });

  it('loads more comments and continues at the first new one', async () => {
    const user = userEvent.setup();
    api.listProposalComments.mockResolvedValue(answered({ items: [comment(2)], nextCursor: null }));
    conversation([comment(1)], 'next');
    await user.click(screen.getByRole('button', { name: 'Meer reacties laden' }));
    expect(api.listProposalComments).toHaveBeenCalledWith({
      path: { id: place.id },
      query: { cursor: 'next', limit: 20 },
    });
    expect(document.getElementById(`reactie-${comment(2).id}`)).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'Meer reacties laden' })).toBeNull();
  });
});

describe('a comment of mine', () => {
  it('is changed within its window, and marked as changed', async () => {
    const user = userEvent.setup();
    session.begin(noor, 'csrf');
    const mine = comment(1, {
      author: { id: 'noor', displayName: 'Noor', badge: null },
      body: 'Eerst',
      editableUntil: later(),
    });
    api.updateComment.mockResolvedValue(
      answered({ ...mine, body: 'Daarna', editedAt: new Date().toISOString() }),
    );
    conversation([mine]);
    await user.click(screen.getByRole('button', { name: 'Wijzigen' }));
    const field = screen.getByRole('form', { name: 'Reactie van Noor wijzigen' });
    const text = within(field).getByLabelText('Uw reactie');
    expect(text).toHaveFocus();
    await user.clear(text);
    await user.type(text, 'Daarna');
    await user.click(within(field).getByRole('button', { name: 'Wijziging opslaan' }));
    expect(api.updateComment).toHaveBeenCalledWith({
      path: { id: mine.id },
      body: { body: 'Daarna', stance: null },
    });
    const article = screen.getByRole('article');
    expect(article).toHaveTextContent('Daarna');
    expect(article).toHaveTextContent('(gewijzigd)');
    expect(screen.getByText('Uw reactie is gewijzigd.')).toBeInTheDocument();
  });

  it('names the municipality when one of its systems wrote it, and the system only when given', () => {
    const utrecht = { id: 'u', slug: 'utrecht', name: 'Utrecht' };
    conversation([
      comment(1, { author: null, municipalityAuthor: { municipality: utrecht, clientName: null } }),
      comment(2, { author: null, municipalityAuthor: { municipality: utrecht, clientName: 'Zaaksysteem' } }),
    ]);
    const [publicView, staffView] = screen.getAllByRole('article');
    expect(publicView).toHaveTextContent('Gemeente Utrecht');
    expect(publicView).not.toHaveTextContent('Zaaksysteem');
    expect(staffView).toHaveTextContent('Gemeente Utrecht (via Zaaksysteem)');
    expect(screen.queryByRole('button', { name: 'Wijzigen' })).toBeNull();
  });

  it('is not offered for changing after its window', () => {
    session.begin(noor, 'csrf');
    conversation([comment(1, { author: { id: 'noor', displayName: 'Noor', badge: null } })]);
    expect(screen.queryByRole('button', { name: 'Wijzigen' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Verwijderen' })).toBeVisible();
  });

  it('is deleted after saying yes: gone without replies, a placeholder with them', async () => {
    const user = userEvent.setup();
    session.begin(noor, 'csrf');
    api.deleteComment.mockResolvedValue(undefined);
    const author = { id: 'noor', displayName: 'Noor', badge: null };
    conversation([
      comment(1, { author }),
      comment(2, { author, replyCount: 1, replies: [reply(3, { parentId: comment(2).id })] }),
    ]);
    const [first, second] = screen.getAllByRole('article');
    await user.click(within(first!).getByRole('button', { name: 'Verwijderen' }));
    expect(within(first!).getByRole('button', { name: 'Ja, verwijderen' })).toHaveFocus();
    await user.click(within(first!).getByRole('button', { name: 'Ja, verwijderen' }));
    expect(api.deleteComment).toHaveBeenCalledWith({ path: { id: comment(1).id } });
    expect(screen.queryByText('Reactie 1')).toBeNull();
    await user.click(within(second!).getByRole('button', { name: 'Verwijderen' }));
    await user.click(within(second!).getByRole('button', { name: 'Ja, verwijderen' }));
    expect(document.getElementById(`reactie-${comment(2).id}`)).toHaveTextContent(
      'Deze reactie is verwijderd door de schrijver.',
    );
    expect(screen.getByText('Reactie 3')).toBeVisible();
  });
});

describe('a thread', () => {
  it('shows all its replies on request, continuing at the first new one', async () => {
    const user = userEvent.setup();
    const parent = comment(1, {
      replyCount: 5,
      replies: [2, 3, 4].map((n) => reply(n, { parentId: comment(1).id })),
    });
    api.listProposalComments.mockResolvedValue(
      answered({ items: [2, 3, 4, 5, 6].map((n) => reply(n, { parentId: parent.id })), nextCursor: null }),
    );
    render(CommentThread, {
      props: {
        comment: parent,
        place,
        canReply: false,
        onchanged: vi.fn(),
        onremoved: vi.fn(),
        announce: vi.fn(),
      },
    });
    await user.click(screen.getByRole('button', { name: 'Toon alle 5 antwoorden' }));
    expect(api.listProposalComments).toHaveBeenCalledWith({
      path: { id: place.id },
      query: { limit: 100, parent: parent.id },
    });
    expect(screen.getByRole('list', { name: 'Antwoorden op Peter' }).children).toHaveLength(5);
    expect(document.getElementById(`reactie-${reply(5).id}`)).toHaveFocus();
    expect(screen.queryByRole('button', { name: /Toon alle/ })).toBeNull();
  });

  it('takes a reply, one level deep, and puts focus on it', async () => {
    const user = userEvent.setup();
    session.begin(noor, 'csrf');
    const parent = comment(1);
    const answer = {
      ...comment(7, { parentId: parent.id, author: { id: 'noor', displayName: 'Noor', badge: null } }),
      body: 'Eens',
    };
    api.commentOnProposal.mockResolvedValue(answered(answer));
    const announce = vi.fn();
    const onchanged = vi.fn();
    render(CommentThread, {
      props: { comment: parent, place, canReply: true, onchanged, onremoved: vi.fn(), announce },
    });
    await user.click(screen.getByRole('button', { name: 'Antwoorden aan Peter' }));
    const field = screen.getByLabelText('Uw antwoord aan Peter');
    expect(field).toHaveFocus();
    // A reply has no stance of its own.
    expect(screen.queryByRole('radio')).toBeNull();
    await user.type(field, 'Eens');
    await user.click(screen.getByRole('button', { name: 'Antwoord plaatsen' }));
    expect(api.commentOnProposal).toHaveBeenCalledWith({
      path: { id: place.id },
      body: { body: 'Eens', parentId: parent.id },
      headers: { 'Idempotency-Key': expect.any(String) },
    });
    expect(document.getElementById(`reactie-${answer.id}`)).toHaveFocus();
    expect(announce).toHaveBeenCalledWith('Uw antwoord is geplaatst.');
    expect(onchanged).toHaveBeenCalledWith(expect.objectContaining({ replyCount: 1 }));
  });
});
