/**
 * The Dutch texts: the source every other language follows. `Messages` is derived from this
 * object, so a key missing from (or added only to) another language is a type error.
 *
 * Texts that need a value are functions; everything else is a plain string. Long page content
 * (the accessibility statement, the privacy statement) lives in components under `$lib/content`.
 */

/** What an error text about one field may use: its label and, where the form knows them, its limits. */
export interface FieldContext {
  label: string;
  maxLength?: number;
  minLength?: number;
  min?: number;
  max?: number;
  /** The API's own (Dutch) explanation. */
  reason: string;
}

export const nl = {
  site: {
    name: 'Samenspel',
    tagline: 'Samen werken aan de opgaven in uw gemeente',
    skipLink: 'Direct naar de inhoud',
    mainNavigation: 'Hoofdmenu',
    footerNavigation: 'Over deze website',
    municipalities: 'Gemeenten',
    municipalityHome: 'Home',
    accessibility: 'Toegankelijkheid',
    privacy: 'Privacy',
    footerText:
      'Samenspel is open-sourcesoftware waarmee gemeenten, inwoners en partners samen werken aan maatschappelijke opgaven.',
    municipalityOf: (name: string) => `Gemeente ${name}`,
    loading: 'Bezig met laden…',
  },
  language: {
    label: 'Taal',
    /** Each language's name, in that language: shown on the switch. */
    names: { nl: 'Nederlands', en: 'English' },
    switchTo: (name: string) => `Schakel naar ${name}`,
  },
  home: {
    title: 'Gemeenten op Samenspel',
    intro:
      'Kies uw gemeente en doe mee. Op Samenspel werken de gemeente, inwoners, maatschappelijke partners en ondernemers samen aan een opgave in uw omgeving: van het idee tot het resultaat.',
    searchHeading: 'Zoek een gemeente',
    searchLabel: 'Naam van de gemeente',
    searchDescription: 'Typ een deel van de naam, bijvoorbeeld ‘utr’.',
    searchSubmit: 'Zoeken',
    searchReset: 'Toon alle gemeenten',
    resultsHeading: 'Resultaten',
    results: (count: number, query: string) => {
      const found = count === 1 ? '1 gemeente' : `${count} gemeenten`;
      return query ? `${found} gevonden voor ‘${query}’.` : `${found} op Samenspel.`;
    },
    noResults: (query: string) =>
      `Geen gemeente gevonden voor ‘${query}’. Controleer de spelling of zoek op een deel van de naam.`,
    nextPage: 'Volgende gemeenten',
    cbsCode: 'CBS-code',
  },
  municipality: {
    title: (name: string) => `Gemeente ${name}`,
    aboutHeading: 'Waar we samen aan werken',
    howHeading: 'Zo werkt Samenspel',
    howSteps: [
      'De gemeente, inwoners en partners beschrijven samen de opgave: wat willen we bereiken, en waarom?',
      'Iedereen kan ideeën en voorstellen indienen, steunen en bespreken. De gemeente reageert openbaar.',
      'Het werk wordt verdeeld in taken die partners oppakken, met een budget dat open en eerlijk wordt verdeeld.',
      'We kijken samen terug en meten wat het oplevert.',
    ],
    detailsHeading: 'Gegevens',
    name: 'Naam',
    cbsCode: 'CBS-gemeentecode',
    allMunicipalities: 'Alle gemeenten',
  },
  accessibility: {
    title: 'Toegankelijkheidsverklaring',
  },
  privacy: {
    title: 'Privacyverklaring',
  },
  forms: {
    errorSummaryTitle: 'Er is iets misgegaan. Controleer het volgende:',
    errorPrefix: 'Fout:',
    optional: '(niet verplicht)',
  },
  errors: {
    pageTitle: 'Er ging iets mis',
    notFoundTitle: 'Pagina niet gevonden',
    notFound:
      'Deze pagina bestaat niet (meer). Misschien is de link verouderd, of is het adres niet helemaal goed overgenomen.',
    toHome: 'Naar de lijst met gemeenten',
    requestId: (id: string) => `Kenmerk voor de helpdesk: ${id}`,
    /** Per problem code of the API; unknown codes fall back to the status, then to the API's title. */
    problem: {
      invalid_input: 'Niet alles is goed ingevuld.',
      malformed_json: 'Het verzoek kon niet worden gelezen. Probeer het opnieuw.',
      not_found: 'Wat u zoekt bestaat niet (meer).',
      unauthenticated: 'U bent niet (meer) ingelogd. Log in en probeer het opnieuw.',
      forbidden: 'U hebt geen toegang tot deze gegevens.',
      conflict: 'Dit kan nu niet: iemand anders heeft intussen iets veranderd.',
      precondition_failed:
        'Iemand anders heeft dit intussen gewijzigd. Laad de pagina opnieuw en probeer het nog eens.',
      too_many_requests: 'U doet te veel verzoeken achter elkaar. Wacht even en probeer het opnieuw.',
      unavailable: 'Samenspel is op dit moment niet bereikbaar. Probeer het over een paar minuten opnieuw.',
      internal_error:
        'Er ging aan onze kant iets mis. Probeer het later opnieuw; blijft het misgaan, neem dan contact op en noem het kenmerk hieronder.',
      network:
        'Er is geen verbinding met Samenspel. Controleer uw internetverbinding en probeer het opnieuw.',
    } as Record<string, string>,
    /** By HTTP status class, when the code is unknown. */
    status: {
      client: 'Dit verzoek kan niet worden uitgevoerd.',
      server:
        'Er ging aan onze kant iets mis. Probeer het later opnieuw; blijft het misgaan, neem dan contact op en noem het kenmerk hieronder.',
    },
    /** Per `invalidParams[].code`; an unknown code shows the API's own reason. */
    field: {
      required: ({ label }: FieldContext) => `Vul het veld ‘${label}’ in.`,
      too_long: ({ label, maxLength }: FieldContext) =>
        maxLength === undefined
          ? `${label} is te lang.`
          : `${label} mag hoogstens ${maxLength} tekens lang zijn.`,
      too_short: ({ label, minLength }: FieldContext) =>
        minLength === undefined
          ? `${label} is te kort.`
          : `${label} moet minstens ${minLength} tekens lang zijn.`,
      out_of_range: ({ label, min, max }: FieldContext) =>
        min !== undefined && max !== undefined
          ? `${label} moet tussen ${min} en ${max} liggen.`
          : `${label} valt buiten de toegestane waarden.`,
      pattern: ({ label }: FieldContext) => `${label} heeft niet de juiste vorm.`,
      format: ({ label }: FieldContext) => `${label} heeft niet de juiste vorm.`,
      type: ({ label }: FieldContext) => `${label} heeft niet de juiste vorm.`,
      invalid_choice: ({ label }: FieldContext) => `Kies een van de mogelijkheden bij ‘${label}’.`,
      invalid_cursor: () =>
        'De link naar de volgende pagina is verlopen. Begin opnieuw bij de eerste pagina.',
      unknown_field: ({ label }: FieldContext) => `${label} wordt hier niet gebruikt.`,
    } as Record<string, (context: FieldContext) => string>,
  },
};

export type Messages = typeof nl;
