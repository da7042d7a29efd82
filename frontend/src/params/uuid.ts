import type { ParamMatcher } from '@sveltejs/kit';

/** A resource id: anything else in its place is no page of ours (404), not a question for the API. */
export const match: ParamMatcher = (param) =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(param);
