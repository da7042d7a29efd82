/**
 * Calls about budgets: the pots of money of an opgave, filled by contributions of the
 * municipality and the partners, shared out through requests (budgetaanvragen) that staff grant in
 * full or in part, reject, or withdraw. Amounts are whole euro cents. Everything here is public
 * with the opgave, the ledger (kasboek) too; only writing needs a role: staff open a budget and
 * put the municipality's money in (it counts at once), partners pledge their organisation's (it
 * counts once staff confirm it); staff correct confirmed money with an entry in the ledger.
 */
import { api, unwrap, unwrapResponse, type ApiClient, type WithDefaults } from './client';
import { idempotencyHeader } from './idempotency';
import { allPages } from './paging';
import type { components } from './schema';

export type BudgetRead = components['schemas']['BudgetRead'];
export type Funder = components['schemas']['Funder'];
export type BudgetClaimRead = components['schemas']['BudgetClaimRead'];
export type BudgetClaimStatus = components['schemas']['ClaimStatus'];
export type ContributionRead = components['schemas']['ContributionRead'];
export type ContributionStatus = components['schemas']['ContributionStatus'];
export type ContributionDecisionCreate = WithDefaults<ContributionDecisionBody, 'reason'>;
export type ContributionCorrectionCreate = components['schemas']['ContributionCorrectionCreate'];
export type LedgerEntryRead = components['schemas']['LedgerEntryRead'];
export type LedgerKind = components['schemas']['LedgerKind'];
export type Decision = components['schemas']['Decision'];
export type BudgetUpdate = components['schemas']['BudgetUpdate'];
type BudgetBody = components['schemas']['BudgetCreate'];
type BudgetClaimBody = components['schemas']['BudgetClaimCreate'];
type ContributionBody = components['schemas']['ContributionCreate'];
type DecisionBody = components['schemas']['DecisionCreate'];
type ContributionDecisionBody = components['schemas']['ContributionDecisionCreate'];
/**
 * The amount may be left out: a form that could not read an amount sends none, so the API names
 * it (`required`) together with whatever else is wrong.
 */
export type BudgetCreate = WithDefaults<BudgetBody, 'actionLineId' | 'description'>;
export type BudgetClaimCreate = WithDefaults<BudgetClaimBody, 'amountCents' | 'taskId'>;
export type ContributionCreate = WithDefaults<ContributionBody, 'amountCents' | 'note' | 'organisationId'>;
export type DecisionCreate = WithDefaults<DecisionBody, 'amountCents' | 'legalBasis' | 'reason'>;

export interface BudgetVersion {
  budget: BudgetRead;
  etag: string;
}

/** The opgave's budgets, oldest first, each with its totals and who funded it. */
export async function allBudgets(opgaveId: string, client: ApiClient = api): Promise<BudgetRead[]> {
  return allPages((cursor) =>
    unwrap(
      client.GET('/opgaven/{id}/budgets', {
        params: { path: { id: opgaveId }, query: { limit: 100, ...(cursor && { cursor }) } },
      }),
    ),
  );
}

export async function getBudget(id: string, client: ApiClient = api): Promise<BudgetVersion> {
  const { data, response } = await unwrapResponse(client.GET('/budgets/{id}', { params: { path: { id } } }));
  return { budget: data, etag: response.headers.get('ETag') ?? '' };
}

/** Open a budget for the opgave, or for one of its action lines (staff); it fills with contributions. */
export async function createBudget(
  opgaveId: string,
  body: BudgetCreate,
  idempotencyKey: string,
  client: ApiClient = api,
): Promise<BudgetRead> {
  return unwrap(
    client.POST('/opgaven/{id}/budgets', {
      params: { path: { id: opgaveId } },
      body: body as BudgetBody,
      headers: idempotencyHeader(idempotencyKey),
    }),
  );
}

/**
 * Change a budget's name, description or action line (staff), guarded by the ETag last seen.
 * Its amounts change only through contributions and decisions.
 */
export async function updateBudget(
  id: string,
  body: BudgetUpdate,
  etag: string,
  client: ApiClient = api,
): Promise<BudgetVersion> {
  const { data, response } = await unwrapResponse(
    client.PATCH('/budgets/{id}', { params: { path: { id }, header: { 'If-Match': etag } }, body }),
  );
  return { budget: data, etag: response.headers.get('ETag') ?? '' };
}

/** Every request on a budget, newest first, with the decision about it. */
export async function allBudgetClaims(budgetId: string, client: ApiClient = api): Promise<BudgetClaimRead[]> {
  return allPages((cursor) =>
    unwrap(
      client.GET('/budgets/{id}/claims', {
        params: { path: { id: budgetId }, query: { limit: 100, ...(cursor && { cursor }) } },
      }),
    ),
  );
}

/** Every contribution to a budget, oldest first. */
export async function allContributions(
  budgetId: string,
  client: ApiClient = api,
): Promise<ContributionRead[]> {
  return allPages((cursor) =>
    unwrap(
      client.GET('/budgets/{id}/contributions', {
        params: { path: { id: budgetId }, query: { limit: 100, ...(cursor && { cursor }) } },
      }),
    ),
  );
}

/** The whole ledger of a budget, oldest first: every contribution, grant and withdrawal. */
export async function fullLedger(budgetId: string, client: ApiClient = api): Promise<LedgerEntryRead[]> {
  return allPages((cursor) =>
    unwrap(
      client.GET('/budgets/{id}/ledger', {
        params: { path: { id: budgetId }, query: { limit: 100, ...(cursor && { cursor }) } },
      }),
    ),
  );
}

/** An organisation's requests over all opgaven, newest first (members of it, and staff). */
export async function organisationBudgetClaims(
  organisationId: string,
  client: ApiClient = api,
): Promise<BudgetClaimRead[]> {
  return allPages((cursor) =>
    unwrap(
      client.GET('/organisations/{id}/budget-claims', {
        params: { path: { id: organisationId }, query: { limit: 100, ...(cursor && { cursor }) } },
      }),
    ),
  );
}

/** Ask for part of a budget, for an organisation on the team (409 `exceeds_budget` above the pot). */
export async function requestBudget(
  budgetId: string,
  body: BudgetClaimCreate,
  idempotencyKey: string,
  client: ApiClient = api,
): Promise<BudgetClaimRead> {
  return unwrap(
    client.POST('/budgets/{id}/claims', {
      params: { path: { id: budgetId } },
      body: body as BudgetClaimBody,
      headers: idempotencyHeader(idempotencyKey),
    }),
  );
}

/** Put money into a budget: for the municipality (staff, no organisation) or an organisation on the team. */
export async function contribute(
  budgetId: string,
  body: ContributionCreate,
  idempotencyKey: string,
  client: ApiClient = api,
): Promise<ContributionRead> {
  return unwrap(
    client.POST('/budgets/{id}/contributions', {
      params: { path: { id: budgetId } },
      body: body as ContributionBody,
      headers: idempotencyHeader(idempotencyKey),
    }),
  );
}

/**
 * Staff decide: grant (all that was asked, or `amountCents` of it, with the legal basis the Woo asks
 * to publish), reject with a reason, or withdraw a grant with a reason.
 */
export async function decideBudgetClaim(
  claimId: string,
  body: DecisionCreate,
  idempotencyKey: string,
  client: ApiClient = api,
): Promise<BudgetClaimRead> {
  return unwrap(
    client.POST('/budget-claims/{id}/decisions', {
      params: { path: { id: claimId } },
      body: body as DecisionBody,
      headers: idempotencyHeader(idempotencyKey),
    }),
  );
}

/** Staff confirm a partner's pledge (from then on it counts), or reject it with a reason. */
export async function decideContribution(
  contributionId: string,
  body: ContributionDecisionCreate,
  idempotencyKey: string,
  client: ApiClient = api,
): Promise<ContributionRead> {
  return unwrap(
    client.POST('/contributions/{id}/decisions', {
      params: { path: { id: contributionId } },
      body: body as ContributionDecisionBody,
      headers: idempotencyHeader(idempotencyKey),
    }),
  );
}

/**
 * Staff say what a confirmed contribution really is, with a reason: the difference goes into the
 * ledger as a correction (409 `below_granted` when less would be left than is granted).
 */
export async function correctContribution(
  contributionId: string,
  body: ContributionCorrectionCreate,
  idempotencyKey: string,
  client: ApiClient = api,
): Promise<ContributionRead> {
  return unwrap(
    client.POST('/contributions/{id}/corrections', {
      params: { path: { id: contributionId } },
      body,
      headers: idempotencyHeader(idempotencyKey),
    }),
  );
}

/** What an opgave's budgets add up to, for a summary. */
export interface BudgetTotals {
  totalCents: number;
  grantedCents: number;
  availableCents: number;
  requestedCents: number;
}

export function budgetTotals(budgets: readonly BudgetRead[]): BudgetTotals {
  return budgets.reduce<BudgetTotals>(
    (sum, budget) => ({
      totalCents: sum.totalCents + budget.totalCents,
      grantedCents: sum.grantedCents + budget.grantedCents,
      availableCents: sum.availableCents + budget.availableCents,
      requestedCents: sum.requestedCents + budget.requestedCents,
    }),
    { totalCents: 0, grantedCents: 0, availableCents: 0, requestedCents: 0 },
  );
}
