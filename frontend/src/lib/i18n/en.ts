import type { FieldContext, Messages } from './nl';

/** The English texts. The type makes every Dutch key required here, and no other. */
export const en: Messages = {
  site: {
    name: 'Samenspel',
    tagline: 'Working together on the challenges in your municipality',
    skipLink: 'Skip to content',
    mainNavigation: 'Main menu',
    footerNavigation: 'About this website',
    municipalities: 'Municipalities',
    municipalityHome: 'Home',
    accessibility: 'Accessibility',
    privacy: 'Privacy',
    footerText:
      'Samenspel is open-source software with which municipalities, residents and partners work together on societal challenges.',
    municipalityOf: (name: string) => `Municipality of ${name}`,
    loading: 'Loading…',
  },
  language: {
    label: 'Language',
    names: { nl: 'Nederlands', en: 'English' },
    switchTo: (name: string) => `Switch to ${name}`,
  },
  home: {
    title: 'Municipalities on Samenspel',
    intro:
      'Choose your municipality and take part. On Samenspel the municipality, residents, societal partners and entrepreneurs work together on a challenge in your area: from the first idea to the result.',
    searchHeading: 'Find a municipality',
    searchLabel: 'Name of the municipality',
    searchDescription: 'Type part of the name, for example ‘utr’.',
    searchSubmit: 'Search',
    searchReset: 'Show all municipalities',
    resultsHeading: 'Results',
    results: (count: number, query: string) => {
      const found = count === 1 ? '1 municipality' : `${count} municipalities`;
      return query ? `${found} found for ‘${query}’.` : `${found} on Samenspel.`;
    },
    noResults: (query: string) =>
      `No municipality found for ‘${query}’. Check the spelling or search for part of the name.`,
    nextPage: 'More municipalities',
    cbsCode: 'CBS code',
  },
  municipality: {
    title: (name: string) => `Municipality of ${name}`,
    aboutHeading: 'What we work on together',
    howHeading: 'How Samenspel works',
    howSteps: [
      'The municipality, residents and partners describe the challenge together: what do we want to achieve, and why?',
      'Anyone can submit, support and discuss ideas and proposals. The municipality answers in public.',
      'The work is split into tasks that partners take on, with a budget that is shared openly and fairly.',
      'We look back together and measure what it achieves.',
    ],
    detailsHeading: 'Details',
    name: 'Name',
    cbsCode: 'CBS municipality code',
    allMunicipalities: 'All municipalities',
  },
  accessibility: {
    title: 'Accessibility statement',
  },
  privacy: {
    title: 'Privacy statement',
  },
  forms: {
    errorSummaryTitle: 'Something went wrong. Please check the following:',
    errorPrefix: 'Error:',
    optional: '(optional)',
  },
  errors: {
    pageTitle: 'Something went wrong',
    notFoundTitle: 'Page not found',
    notFound:
      'This page does not exist (any more). The link may be out of date, or the address may not have been copied completely.',
    toHome: 'To the list of municipalities',
    requestId: (id: string) => `Reference for the help desk: ${id}`,
    problem: {
      invalid_input: 'Not everything has been filled in correctly.',
      malformed_json: 'The request could not be read. Please try again.',
      not_found: 'What you are looking for does not exist (any more).',
      unauthenticated: 'You are not signed in (any more). Sign in and try again.',
      forbidden: 'You do not have access to this information.',
      conflict: 'This is not possible right now: someone else has changed something in the meantime.',
      precondition_failed: 'Someone else has changed this in the meantime. Reload the page and try again.',
      too_many_requests: 'You are sending too many requests in a row. Wait a moment and try again.',
      unavailable: 'Samenspel cannot be reached right now. Please try again in a few minutes.',
      internal_error:
        'Something went wrong on our side. Please try again later; if it keeps happening, contact us and quote the reference below.',
      network: 'There is no connection to Samenspel. Check your internet connection and try again.',
    },
    status: {
      client: 'This request cannot be carried out.',
      server:
        'Something went wrong on our side. Please try again later; if it keeps happening, contact us and quote the reference below.',
    },
    field: {
      required: ({ label }: FieldContext) => `Fill in ‘${label}’.`,
      too_long: ({ label, maxLength }: FieldContext) =>
        maxLength === undefined
          ? `${label} is too long.`
          : `${label} must be ${maxLength} characters or fewer.`,
      too_short: ({ label, minLength }: FieldContext) =>
        minLength === undefined
          ? `${label} is too short.`
          : `${label} must be at least ${minLength} characters.`,
      out_of_range: ({ label, min, max }: FieldContext) =>
        min !== undefined && max !== undefined
          ? `${label} must be between ${min} and ${max}.`
          : `${label} is outside the allowed values.`,
      pattern: ({ label }: FieldContext) => `${label} is not in the right format.`,
      format: ({ label }: FieldContext) => `${label} is not in the right format.`,
      type: ({ label }: FieldContext) => `${label} is not in the right format.`,
      invalid_choice: ({ label }: FieldContext) => `Choose one of the options for ‘${label}’.`,
      invalid_cursor: () => 'The link to the next page has expired. Start again from the first page.',
      unknown_field: ({ label }: FieldContext) => `${label} is not used here.`,
    },
  },
};
