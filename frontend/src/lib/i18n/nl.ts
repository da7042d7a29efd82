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
  /** An example of the right form, where the form gives one. */
  example?: string;
  /** The API's own (Dutch) explanation. */
  reason: string;
}

/** "15 seconden", "1 minuut", "15 minuten", "2 uur": how long to wait, rounded up. */
function duration(seconds: number): string {
  if (seconds < 60) return seconds === 1 ? '1 seconde' : `${seconds} seconden`;
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 60) return minutes === 1 ? '1 minuut' : `${minutes} minuten`;
  return `${Math.ceil(minutes / 60)} uur`;
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
    joinHeading: 'Doe mee',
    joinText: (name: string) =>
      `Maak een account aan om mee te praten over de opgaven in ${name}. Het kost een paar minuten.`,
    joinLink: (name: string) => `Maak een account aan als inwoner van ${name}`,
  },
  account: {
    navigation: 'Account',
    signIn: 'Aanmelden',
    signOut: 'Afmelden',
    signingOut: 'Bezig met afmelden…',
    signedInAs: 'Aangemeld als',
    myAccount: 'Mijn account',
    /** The roles' labels (RoleName), as the glossary has them. */
    roles: {
      inwoner: 'Inwoner',
      partner: 'Partner',
      medewerker: 'Medewerker',
      beheerder: 'Beheerder',
    } as Record<string, string>,
    emailLabel: 'E-mailadres',
    emailExample: 'naam@voorbeeld.nl',
    passwordLabel: 'Wachtwoord',
    newPasswordLabel: 'Nieuw wachtwoord',
    currentPasswordLabel: 'Huidig wachtwoord',
    passwordRules:
      'Minstens 12 tekens. Een zin van een paar woorden is sterk en goed te onthouden, bijvoorbeeld ‘fietsen langs de Vecht in mei’.',
    displayNameLabel: 'Uw naam op Samenspel',
    displayNameDescription:
      'Anderen zien deze naam bij uw ideeën en reacties. Alleen uw voornaam mag ook, bijvoorbeeld ‘Fatima uit Overvecht’.',
    showPassword: 'Toon wachtwoord',
    hidePassword: 'Verberg wachtwoord',
    passwordShown: 'Uw wachtwoord is zichtbaar.',
    passwordHidden: 'Uw wachtwoord is verborgen.',
  },
  register: {
    title: 'Account aanmaken',
    intro:
      'Met een account kunt u ideeën indienen, steunen en reageren. Anderen zien alleen de naam die u hieronder kiest, nooit uw e-mailadres.',
    municipalityLabel: 'Gemeente',
    municipalityDescription: 'U doet mee als inwoner van deze gemeente.',
    municipalityChoose: 'Kies uw gemeente',
    emailDescription: 'We sturen een link naar dit adres om het te bevestigen.',
    submit: 'Account aanmaken',
    privacy: 'In de privacyverklaring leest u wat we met uw gegevens doen.',
    haveAccount: 'Heeft u al een account?',
    toSignIn: 'Meld u aan',
  },
  checkMail: {
    title: 'Kijk in uw mail',
    sentTo: (email: string) => `We hebben een mail gestuurd naar ${email}.`,
    sent: 'We hebben u een mail gestuurd.',
    instructions:
      'Klik op de link in die mail om uw e-mailadres te bevestigen. De link is 48 uur geldig. Had u met dit adres al een account? Dan staat in de mail hoe u zich aanmeldt.',
    noMailHeading: 'Geen mail gekregen?',
    noMailText:
      'Kijk ook bij uw ongewenste mail (spam). Staat hij daar niet, laat de mail dan opnieuw sturen. Alleen de nieuwste link werkt.',
    signInMeanwhile: 'U kunt zich al aanmelden. Bevestig uw e-mailadres daarna.',
  },
  resend: {
    submit: 'Stuur de mail opnieuw',
    sent: (email: string) =>
      `We hebben een nieuwe mail gestuurd naar ${email}. Alleen de link in die mail werkt.`,
  },
  verify: {
    title: 'E-mailadres bevestigen',
    working: 'Uw e-mailadres wordt bevestigd…',
    doneTitle: 'Uw e-mailadres is bevestigd',
    doneSignedIn: 'Dank u wel. U kunt nu overal op Samenspel meedoen.',
    doneSignedOut: 'Dank u wel. Meld u aan om mee te doen.',
    toMyAccount: 'Naar mijn account',
    invalidTitle: 'Deze link werkt niet (meer)',
    invalid:
      'De link is ongeldig, al gebruikt of verlopen. Een bevestigingslink is 48 uur geldig, en alleen de link in de nieuwste mail werkt.',
    alreadyVerified: 'Uw e-mailadres is al bevestigd. U hoeft niets meer te doen.',
    askNew: 'Vraag een nieuwe bevestigingsmail aan:',
  },
  verifyBanner: {
    heading: 'Bevestig uw e-mailadres',
    text: (email: string) =>
      `We hebben een link gestuurd naar ${email}. Klik op de link in die mail om uw adres te bevestigen.`,
  },
  signIn: {
    title: 'Aanmelden',
    intro: 'Meld u aan met het e-mailadres en het wachtwoord van uw Samenspel-account.',
    submit: 'Aanmelden',
    forgot: 'Wachtwoord vergeten?',
    noAccountHeading: 'Nog geen account?',
    noAccountText: 'Een account maken is gratis en duurt een paar minuten.',
    toRegister: 'Maak een account aan',
    alreadySignedIn: (name: string) => `U bent al aangemeld als ${name}.`,
    /** Why signing in elsewhere did not work, from `?fout=`. */
    failures: {
      staff_sign_in_failed:
        'Aanmelden via uw organisatie is niet gelukt. Probeer het opnieuw; lukt het dan nog niet, neem dan contact op met de beheerder van uw gemeente.',
      session_expired: 'U was te lang niet actief en bent afgemeld. Meld u opnieuw aan.',
    } as Record<string, string>,
    failureUnknown: 'Aanmelden is niet gelukt. Probeer het opnieuw.',
  },
  signedOut: {
    title: 'U bent afgemeld',
    text: 'U bent afgemeld bij Samenspel. Gebruikt u een computer die anderen ook gebruiken? Sluit dan ook de browser.',
    again: 'Opnieuw aanmelden',
  },
  forgotPassword: {
    title: 'Wachtwoord vergeten',
    intro:
      'Vul het e-mailadres van uw account in. We sturen u een link waarmee u een nieuw wachtwoord kiest.',
    submit: 'Stuur mij een link',
    sentHeading: 'Kijk in uw mail',
    sent: (email: string) =>
      `Hoort er een account bij ${email}? Dan krijgt u binnen een paar minuten een mail met een link. De link is 1 uur geldig. Kijk ook bij uw ongewenste mail (spam).`,
    backToSignIn: 'Terug naar aanmelden',
  },
  resetPassword: {
    title: 'Nieuw wachtwoord kiezen',
    intro: 'Kies een nieuw wachtwoord voor uw account. Daarna wordt u overal afgemeld.',
    submit: 'Wachtwoord opslaan',
    doneTitle: 'Uw wachtwoord is gewijzigd',
    done: 'U bent op al uw apparaten afgemeld. Meld u aan met uw nieuwe wachtwoord.',
    invalidTitle: 'Deze link werkt niet (meer)',
    invalid:
      'De link is ongeldig, al gebruikt of verlopen. Een link voor een nieuw wachtwoord is 1 uur geldig en werkt één keer.',
    askNew: 'Vraag een nieuwe link aan',
  },
  myAccount: {
    title: 'Mijn account',
    detailsHeading: 'Uw gegevens',
    name: 'Naam',
    email: 'E-mailadres',
    verified: 'bevestigd',
    notVerified: 'nog niet bevestigd',
    roles: 'Rollen',
    roleIn: (role: string, municipality: string) => `${role} in gemeente ${municipality}`,
    organisations: 'Organisaties',
    organisationIn: (name: string, municipality: string, admin: boolean) =>
      `${name} (gemeente ${municipality})${admin ? ', als beheerder' : ''}`,
    none: 'Geen',
    since: 'Account sinds',
    renameHeading: 'Uw naam wijzigen',
    renameSubmit: 'Naam opslaan',
    renamed: (name: string) => `Uw naam is gewijzigd. Anderen zien nu ‘${name}’.`,
    renameStale: (name: string) =>
      `Uw naam is intussen ergens anders gewijzigd in ‘${name}’. Wilt u toch de naam hieronder? Kies dan nog eens ‘Naam opslaan’.`,
    passwordHeading: 'Uw wachtwoord wijzigen',
    passwordSubmit: 'Wachtwoord wijzigen',
    passwordChanged: 'Uw wachtwoord is gewijzigd. Op andere apparaten bent u afgemeld.',
    exportHeading: 'Uw gegevens downloaden',
    exportText:
      'Download alles wat Samenspel over u bewaart: uw account, uw sessies en wat u deed. U krijgt een JSON-bestand.',
    exportSubmit: 'Download mijn gegevens',
    exported: (filename: string) => `Uw gegevens zijn gedownload als ${filename}.`,
    deleteHeading: 'Account verwijderen',
    deleteText:
      'Wilt u niet meer meedoen? Dan kunt u uw account verwijderen. Uw ideeën en reacties blijven staan, zonder uw naam.',
    deleteLink: 'Account verwijderen',
  },
  deleteAccount: {
    title: 'Account verwijderen',
    question: 'Weet u zeker dat u uw account wilt verwijderen?',
    whatGoes: 'Dit verdwijnt meteen en voorgoed:',
    goes: [
      'uw e-mailadres, uw naam en uw wachtwoord;',
      'uw rollen bij gemeenten en organisaties;',
      'al uw sessies: u wordt overal afgemeld.',
    ],
    whatStays:
      'Wat u bijdroeg, zoals ideeën, steun en reacties, blijft staan. Daarbij staat dan ‘verwijderde deelnemer’ in plaats van uw naam. Zo blijven gesprekken voor anderen te volgen.',
    exportFirst: 'Wilt u eerst uw gegevens bewaren? Download ze dan op de pagina Mijn account.',
    confirm: 'Ja, verwijder mijn account',
    cancel: 'Nee, terug naar mijn account',
    doneTitle: 'Uw account is verwijderd',
    done: 'Uw account en uw gegevens zijn verwijderd, en u bent afgemeld. Bedankt dat u meedeed.',
    toHome: 'Naar de lijst met gemeenten',
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
    retryAfter: (seconds: number) =>
      `U heeft het te vaak achter elkaar geprobeerd. Probeer het over ${duration(seconds)} opnieuw.`,
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
      invalid_credentials:
        'Het e-mailadres of het wachtwoord klopt niet. Let op hoofdletters. Weet u uw wachtwoord niet meer? Kies dan ‘Wachtwoord vergeten?’.',
      csrf_failed: 'Deze pagina is verouderd. Laad de pagina opnieuw en probeer het nog eens.',
      precondition_required: 'Laad de pagina opnieuw en probeer het nog eens.',
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
      pattern: ({ label, example }: FieldContext) =>
        example
          ? `${label} heeft niet de juiste vorm. Vul het in zoals ${example}.`
          : `${label} heeft niet de juiste vorm.`,
      format: ({ label }: FieldContext) => `${label} heeft niet de juiste vorm.`,
      type: ({ label }: FieldContext) => `${label} heeft niet de juiste vorm.`,
      invalid_choice: ({ label }: FieldContext) => `Kies een van de mogelijkheden bij ‘${label}’.`,
      invalid_cursor: () =>
        'De link naar de volgende pagina is verlopen. Begin opnieuw bij de eerste pagina.',
      unknown_field: ({ label }: FieldContext) => `${label} wordt hier niet gebruikt.`,
      weak_password: () =>
        'Kies een ander wachtwoord: dit is te makkelijk te raden, of het komt voor in lijsten van gelekte wachtwoorden. Een zin van een paar woorden is sterker.',
      wrong_password: ({ label }: FieldContext) => `${label} klopt niet.`,
      unknown_municipality: ({ label }: FieldContext) => `Kies een gemeente uit de lijst bij ‘${label}’.`,
      invalid_token: () => 'Deze link is ongeldig, al gebruikt of verlopen.',
    } as Record<string, (context: FieldContext) => string>,
  },
};

export type Messages = typeof nl;
