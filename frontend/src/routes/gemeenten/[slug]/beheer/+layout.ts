import { requireBeheerder } from '$lib/session/guard';
import type { LayoutLoad } from './$types';

/** The console is its beheerders' only: signed out, the way to sign in; anyone else, a plain refusal. */
export const load: LayoutLoad = async ({ params, url, parent }) => {
  await parent();
  requireBeheerder(params.slug, url);
};
