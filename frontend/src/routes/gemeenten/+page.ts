import { redirect } from '@sveltejs/kit';
import type { PageLoad } from './$types';

// The list of municipalities is the front page; /gemeenten is what people guess, so lead them there.
export const load: PageLoad = ({ url }) => {
  redirect(308, `/${url.search}`);
};
