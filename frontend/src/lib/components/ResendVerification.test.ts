import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, toProblem } from '$lib/api';
import ResendVerification from './ResendVerification.svelte';

const api = vi.hoisted(() => ({ requestVerificationEmail: vi.fn() }));
vi.mock('$lib/api', async (original) => ({ ...(await original<typeof import('$lib/api')>()), ...api }));

afterEach(() => {
  vi.resetAllMocks();
});

describe('ResendVerification', () => {
  it('sends to the known address with one button, and says where it went', async () => {
    const user = userEvent.setup();
    api.requestVerificationEmail.mockResolvedValue(undefined);
    render(ResendVerification, { props: { email: 'zoe@example.org' } });
    expect(screen.queryByLabelText('E-mailadres')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Stuur de mail opnieuw' }));
    expect(api.requestVerificationEmail).toHaveBeenCalledWith({ body: { email: 'zoe@example.org' } });
    expect(
      await screen.findByText(/We hebben een nieuwe mail gestuurd naar zoe@example\.org\./),
    ).toBeVisible();
  });

  it('asks for the address when it is not known', async () => {
    const user = userEvent.setup();
    api.requestVerificationEmail.mockResolvedValue(undefined);
    render(ResendVerification);
    const field = screen.getByLabelText('E-mailadres');
    expect(field).toHaveAttribute('autocomplete', 'email');
    await user.type(field, 'zoe@example.org');
    await user.click(screen.getByRole('button', { name: 'Stuur de mail opnieuw' }));
    expect(api.requestVerificationEmail).toHaveBeenCalledWith({ body: { email: 'zoe@example.org' } });
  });

  it('says how long to wait when the API says too many', async () => {
    const user = userEvent.setup();
    api.requestVerificationEmail.mockRejectedValue(
      new ApiError(
        toProblem(
          { status: 429, code: 'too_many_requests' },
          new Response('', { status: 429, headers: { 'Retry-After': '300' } }),
        ),
      ),
    );
    render(ResendVerification, { props: { email: 'zoe@example.org' } });
    await user.click(screen.getByRole('button', { name: 'Stuur de mail opnieuw' }));
    const summary = await screen.findByRole('region', { name: /Controleer het volgende/ });
    expect(summary).toHaveTextContent('Probeer het over 5 minuten opnieuw.');
    expect(summary).toHaveFocus();
  });
});
