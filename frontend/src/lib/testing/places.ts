import type { MunicipalityRead } from '$lib/api';

/** Utrecht as a reference names it (an opgave's municipality, a role's). */
export const utrecht = { id: 'u', slug: 'utrecht', name: 'Utrecht' };

/** Utrecht as the site loads it: in its own theme, without a staff sign-in of its own. */
export const municipality: MunicipalityRead = {
  ...utrecht,
  cbsCode: 'GM0344',
  description: '',
  theme: { baseTheme: 'utrecht', tokens: {} },
  staffSignIn: null,
};
