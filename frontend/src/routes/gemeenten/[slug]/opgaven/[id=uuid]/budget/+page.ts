import { redirect } from '@sveltejs/kit';
import { resolve } from '$app/paths';
import {
  allPages,
  getLedger,
  getOpgave,
  listBallots,
  listBudgetClaims,
  listBudgetRounds,
  listBudgets,
  listContributions,
} from '$lib/api';
import { failLoad } from '$lib/api/kit';
import type { PageLoad } from './$types';

/** What `invalidate` names to load the budgets again after a decision. */
export const _BUDGET_DEPENDENCY = 'samenspel:budget';

/**
 * An opgave's budgets in the open: each with who funded it, what was put in and pledged, every
 * request and its decision, and its whole ledger. Public with the opgave; an opgave of another municipality moves to its own address.
 */
export const load: PageLoad = async ({ params, fetch, depends }) => {
  depends(_BUDGET_DEPENDENCY);
  const path = { id: params.id };
  try {
    const [{ data: opgave }, budgets] = await Promise.all([
      getOpgave({ path, fetch }),
      allPages((query) => listBudgets({ path, query, fetch })),
    ]);
    const slug = opgave.municipality.slug;
    if (slug !== params.slug)
      redirect(308, resolve('/gemeenten/[slug]/opgaven/[id=uuid]/budget', { slug, id: opgave.id }));
    const details = await Promise.all(
      budgets.map(({ id }) =>
        Promise.all([
          allPages((query) => listBudgetClaims({ path: { id }, query, fetch })),
          allPages((query) => getLedger({ path: { id }, query, fetch })),
          allPages((query) => listContributions({ path: { id }, query, fetch })),
          allPages((query) => listBallots({ path: { id }, query, fetch })),
          allPages((query) => listBudgetRounds({ path: { id }, query, fetch })),
        ]),
      ),
    );
    const shown = budgets.map((budget, index) => ({
      budget,
      claims: details[index]?.[0] ?? [],
      ledger: details[index]?.[1] ?? [],
      contributions: details[index]?.[2] ?? [],
      ballots: details[index]?.[3] ?? [],
      rounds: details[index]?.[4] ?? [],
    }));
    return { opgave, budgets: shown };
  } catch (cause) {
    failLoad(cause);
  }
};
