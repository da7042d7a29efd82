/**
 * A partner whose task does not go ahead (kind `task_cancelled`): the notification says so in
 * words, its title leads to the task, its text is the reason, and it counts as unread in the list
 * and in the header until opened or marked read.
 */
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { NotificationRead } from '$lib/api';
import { i18n } from '$lib/i18n/index.svelte';
import { session } from '$lib/session/index.svelte';
import { unreadNotifications } from '$lib/session/notifications.svelte';
import { answer } from '$lib/testing/answers';
import Notifications from './+page.svelte';
import { account } from '$lib/testing/people';

const api = vi.hoisted(() => ({ updateNotification: vi.fn() }));
vi.mock('$lib/api', async (original) => ({ ...(await original<typeof import('$lib/api')>()), ...api }));

afterEach(() => {
  session.end();
  i18n.locale = 'nl';
  vi.clearAllMocks();
});

const TASK = '33333333-3333-4333-8333-333333333333';
const cancelled: NotificationRead = {
  id: 'n1',
  kind: 'task_cancelled',
  title: 'De taak ‘Banenmarkt’ gaat niet door',
  body: 'De markt gaat niet door.',
  link: `/taken/${TASK}`,
  municipalityId: 'u',
  objectType: 'task',
  objectId: TASK,
  read: false,
  readAt: null,
  createdAt: '2026-11-02T09:00:00Z',
};
const answered: NotificationRead = {
  ...cancelled,
  id: 'n0',
  kind: 'proposal_answered',
  title: 'De gemeente reageerde op uw idee',
  body: '',
  link: '/ideeen/22222222-2222-4222-8222-222222222222',
  objectType: 'proposal',
  objectId: null,
  read: true,
  readAt: '2026-11-01T10:00:00Z',
  createdAt: '2026-11-01T09:00:00Z',
};

const marieke = account({
  id: 'marieke',
  email: 'marieke@example.org',
  displayName: 'Marieke',
  createdAt: '2026-01-01T00:00:00Z',
});

function renderList() {
  return render(Notifications, {
    props: {
      data: { page: { items: [cancelled, answered], nextCursor: null, unreadCount: 1 }, unreadOnly: false },
    } as never,
  });
}

describe('a cancelled task among my notifications', () => {
  it('says what happened, leads to the task, gives the reason, and counts as unread', async () => {
    const user = userEvent.setup();
    session.begin(marieke, 'csrf');
    renderList();
    expect(screen.getByText('U heeft 1 ongelezen melding.')).toBeVisible();
    expect(unreadNotifications.count).toBe(1);
    const item = screen.getByRole('article', { name: 'De taak ‘Banenmarkt’ gaat niet door' });
    expect(item).toHaveTextContent('Nieuw');
    expect(item).toHaveTextContent('Een taak gaat niet door');
    expect(item).toHaveTextContent('De markt gaat niet door.');
    expect(within(item).getByRole('link', { name: 'De taak ‘Banenmarkt’ gaat niet door' })).toHaveAttribute(
      'href',
      `/taken/${TASK}`,
    );
    // No moderation decision to object to.
    expect(within(item).queryByRole('link', { name: /besluit/ })).toBeNull();

    api.updateNotification.mockResolvedValue(
      answer({ ...cancelled, read: true, readAt: '2026-11-02T10:00:00Z' }),
    );
    await user.click(
      within(item).getByRole('button', { name: 'Markeer als gelezen: De taak ‘Banenmarkt’ gaat niet door' }),
    );
    expect(api.updateNotification).toHaveBeenCalledWith({ path: { id: 'n1' }, body: { read: true } });
    expect(screen.getByText('U heeft geen ongelezen meldingen.')).toBeVisible();
    expect(unreadNotifications.count).toBe(0);
  });

  it('names the kind in English too', () => {
    session.begin(marieke, 'csrf');
    i18n.locale = 'en';
    renderList();
    const item = screen.getByRole('article', { name: 'De taak ‘Banenmarkt’ gaat niet door' });
    expect(item).toHaveTextContent('A task does not go ahead');
  });
});
