import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, toProblem } from '$lib/api';
import { subjectsOf } from './subjects';

const api = vi.hoisted(() => ({ getOpgave: vi.fn(), getProposal: vi.fn() }));
vi.mock('$lib/api', async (original) => ({ ...(await original<typeof import('$lib/api')>()), ...api }));

const opgave = (id: string, title: string) => ({
  data: { id, title, municipality: { id: 'u', slug: 'utrecht', name: 'Utrecht' } },
});
type Asked = { path: { id: string } };

afterEach(() => {
  vi.resetAllMocks();
});

describe('what my contributions are about', () => {
  it('is looked up once per opgave and idea, and what is known already is not asked again', async () => {
    api.getOpgave.mockImplementation(async ({ path: { id } }: Asked) => opgave(id, `Opgave ${id}`));
    api.getProposal.mockImplementation(async ({ path: { id } }: Asked) => ({
      data: { id, title: `Idee ${id}` },
    }));
    const subjects = await subjectsOf(
      [{ id: 'mine', opgaveId: 'o1', title: 'Mijn idee' }],
      [
        { opgaveId: 'o1', proposalId: 'p1' },
        { opgaveId: 'o1', proposalId: 'p1' },
        { opgaveId: 'o2', proposalId: null },
        { opgaveId: 'o1', proposalId: 'mine' },
      ],
    );
    expect(api.getOpgave.mock.calls.map(([asked]) => asked.path.id).sort()).toEqual(['o1', 'o2']);
    expect(api.getProposal.mock.calls.map(([asked]) => asked.path.id)).toEqual(['p1']);
    expect(subjects).toEqual({
      opgaven: { o1: { title: 'Opgave o1', slug: 'utrecht' }, o2: { title: 'Opgave o2', slug: 'utrecht' } },
      ideas: { mine: 'Mijn idee', p1: 'Idee p1' },
    });
    api.getOpgave.mockClear();
    await subjectsOf([], [{ opgaveId: 'o2', proposalId: null }], subjects);
    expect(api.getOpgave).not.toHaveBeenCalled();
  });

  it('leaves nameless what cannot be read (gone, or hidden from me)', async () => {
    api.getOpgave.mockRejectedValue(new ApiError(toProblem({ status: 404, code: 'not_found' })));
    const subjects = await subjectsOf([], [{ opgaveId: 'o1', proposalId: null }]);
    expect(subjects.opgaven).toEqual({});
  });
});
