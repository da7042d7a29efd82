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
    opgaven: 'Opgaven',
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
    opgavenHeading: 'Opgaven',
    opgavenIntro: (name: string) =>
      `Hieraan werken inwoners, maatschappelijke partners, ondernemers en de gemeente ${name} samen.`,
    opgavenNone: 'Er zijn nog geen opgaven.',
    allOpgaven: (name: string) => `Alle opgaven van ${name}`,
  },
  /** The five phases of an opgave (Phase), in the glossary's words. */
  phases: {
    exploring: 'Verkennen',
    formulating: 'Formuleren',
    planning: 'Plan van aanpak',
    executing: 'Uitvoeren en monitoren',
    completed: 'Afgerond',
  },
  opgaven: {
    title: (name: string) => `Opgaven in ${name}`,
    intro:
      'Een opgave is een maatschappelijke uitdaging waar de gemeente, inwoners en partners samen aan werken: eerst verkennen en formuleren, dan een plan van aanpak, uitvoeren en terugkijken.',
    filtersHeading: 'Zoeken en filteren',
    searchLabel: 'Zoekwoorden',
    searchDescription: 'Zoek in de titel, de samenvatting en de formulering. ‘werken’ vindt ook ‘werk’.',
    phaseLabel: 'Fase',
    phaseAll: 'Alle fasen',
    domainLabel: 'Beleidsdomein',
    domainAll: 'Alle beleidsdomeinen',
    sortLabel: 'Volgorde',
    sorts: {
      '-createdAt': 'Nieuwste eerst',
      createdAt: 'Oudste eerst',
      title: 'Op titel (A–Z)',
      '-supporterCount': 'Meeste steun eerst',
    },
    submit: 'Toon opgaven',
    reset: 'Wis zoekwoorden en filters',
    resultsHeading: 'Resultaten',
    results: (count: number, more: boolean) => {
      if (more) return `${count} opgaven getoond. Er zijn er meer.`;
      return count === 1 ? '1 opgave gevonden.' : `${count} opgaven gevonden.`;
    },
    noResults: 'Geen opgaven gevonden. Probeer andere zoekwoorden of minder filters.',
    loadMore: 'Meer opgaven laden',
    newOpgave: 'Nieuwe opgave',
    draft: 'Concept',
    phase: 'Fase',
    domains: 'Beleidsdomeinen',
    countsLabel: 'In cijfers',
    counts: {
      members: (n: number) => (n === 1 ? '1 deelnemer' : `${n} deelnemers`),
      proposals: (n: number) => (n === 1 ? '1 idee' : `${n} ideeën`),
      supporters: (n: number) => (n === 1 ? '1 steunbetuiging' : `${n} steunbetuigingen`),
      openTasks: (n: number) => (n === 1 ? '1 open taak' : `${n} open taken`),
      budget: (granted: string, total: string) => `${granted} van ${total} budget toegekend`,
    },
  },
  opgave: {
    draftNotice: 'Dit is een concept. Alleen medewerkers van de gemeente zien deze opgave.',
    phaseHeading: 'Fase',
    phaseCurrent: 'huidige fase',
    phaseDone: 'gedaan',
    phaseUpcoming: 'nog niet begonnen',
    detailsHeading: 'Over deze opgave',
    targetGroup: 'Doelgroep',
    area: 'Gebied',
    domains: 'Beleidsdomeinen',
    period: 'Looptijd',
    periodFromTo: (from: string, to: string) => `${from} tot en met ${to}`,
    periodFrom: (from: string) => `Vanaf ${from}`,
    periodUntil: (to: string) => `Tot en met ${to}`,
    procesregisseur: 'Procesregisseur',
    none: 'Niet ingevuld',
    formulationHeading: 'Formulering',
    formulationIntro: 'Zo omschrijven we de opgave samen. Iedereen kan een betere formulering voorstellen.',
    formulationNone: 'Er is nog geen formulering aangenomen.',
    adoptedOn: (name: string, date: string) => `Aangenomen door ${name} op ${date}.`,
    proposedBy: (name: string, date: string) => `Voorgesteld door ${name} op ${date}.`,
    rationale: 'Toelichting:',
    proposalsHeading: 'Voorgestelde formuleringen',
    earlierHeading: (count: number) => `Eerdere versies (${count})`,
    adopt: 'Neem deze formulering aan',
    adopted: 'De formulering is aangenomen. Ze staat nu bovenaan en op de tijdlijn.',
    proposeHeading: 'Stel een formulering voor',
    proposeText: 'Uw formulering',
    proposeTextDescription:
      'Minstens 10 tekens. Bijvoorbeeld als vraag: ‘Hoe zorgen we er samen voor dat …?’',
    proposeRationale: 'Waarom deze formulering?',
    proposeSubmit: 'Formulering voorstellen',
    proposed: 'Dank u wel. Uw formulering staat nu bij de voorgestelde formuleringen.',
    proposeSignIn: 'Meld u aan om een formulering voor te stellen',
    actionLinesHeading: 'Actielijnen',
    actionLinesIntro: 'De lijnen waarlangs de opgave wordt aangepakt, elk met een doel.',
    actionLinesNone: 'Er zijn nog geen actielijnen.',
    goal: 'Doel:',
    teamHeading: 'Team',
    teamPeople: 'Mensen',
    teamOrganisations: 'Organisaties',
    teamNone: 'Nog niemand.',
    roles: {
      procesregisseur: 'Procesregisseur',
      core_team: 'Kernteam',
      partner: 'Partner',
      resident: 'Inwoner',
    },
    partnerRoles: {
      initiator: 'Initiatiefnemer',
      co_owner: 'Mede-eigenaar',
      contributor: 'Bijdrager',
      funder: 'Financier',
    },
    statuses: {
      active: 'Doet mee',
      invited: 'Uitgenodigd',
      requested: 'Wil meedoen',
    },
    timelineHeading: 'Tijdlijn',
    timelineIntro: 'Wat er met de opgave gebeurde, van het begin tot nu: wie, wanneer en waarom.',
    timelineNone: 'Er is nog niets gebeurd.',
    timelineBy: (name: string) => `Door ${name}`,
    timelineReason: 'Waarom:',
    timelineSystem: 'Samenspel',
    events: {
      opgave_created: 'De opgave is aangemaakt.',
      opgave_published: 'De opgave is gepubliceerd.',
      formulation_adopted: 'Een nieuwe formulering is aangenomen.',
    } as Record<string, string>,
    phaseForward: (from: string, to: string) => `Van ${from} naar ${to}`,
    phaseBack: (from: string, to: string) => `Terug van ${from} naar ${to}`,
  },
  participate: {
    heading: 'Doe mee',
    follow: 'Volg deze opgave',
    unfollow: 'Niet meer volgen',
    followText: 'Volg de opgave om te horen wat er verandert.',
    following: 'U volgt deze opgave.',
    unfollowed: 'U volgt deze opgave niet meer.',
    join: 'Ik wil meedoen',
    joinText:
      'Wilt u meewerken aan deze opgave? Vraag of u in het team mag. De gemeente neemt het verzoek in behandeling.',
    requested: 'U heeft gevraagd om mee te doen. De gemeente beslist over uw verzoek.',
    invited: 'U bent uitgenodigd voor het team van deze opgave.',
    accept: 'Uitnodiging aannemen',
    member: (role: string) => `U zit in het team, als ${role.toLowerCase()}.`,
    signIn: 'Meld u aan om deze opgave te volgen of mee te doen',
    verifyFirst:
      'Bevestig eerst uw e-mailadres. Daarna kunt u vragen om mee te doen en formuleringen voorstellen.',
  },
  manage: {
    heading: 'Voor de gemeente',
    edit: 'Opgave wijzigen',
    publishText: 'Deze opgave is een concept. Publiceer haar zodra iedereen haar mag zien.',
    publish: 'Publiceren',
    published: 'De opgave is gepubliceerd. Iedereen kan haar nu zien.',
    publishStale:
      'Iemand anders heeft de opgave intussen gewijzigd. De pagina toont nu de nieuwste versie; kies nog eens ‘Publiceren’ als u haar wilt publiceren.',
    phaseHeading: 'Fase wijzigen',
    phaseNow: (phase: string) => `De opgave is nu in de fase ${phase.toLowerCase()}.`,
    phaseOnly: (name: string) =>
      `Alleen de procesregisseur (${name}) of een beheerder van de gemeente kan de fase wijzigen.`,
    forward: (phase: string) => `Naar de volgende fase: ${phase.toLowerCase()}`,
    forwardDone: (phase: string) =>
      `De opgave is nu in de fase ${phase.toLowerCase()}. Dat staat op de tijdlijn.`,
    backHeading: 'Een fase terug',
    backText: (phase: string) =>
      `Moet de opgave terug naar ${phase.toLowerCase()}? Zeg waarom; de reden komt op de tijdlijn.`,
    reason: 'Reden',
    reasonDescription: 'Iedereen die de opgave bekijkt, ziet de reden op de tijdlijn.',
    back: (phase: string) => `Terug naar ${phase.toLowerCase()}`,
    backDone: (phase: string) =>
      `De opgave is teruggezet naar de fase ${phase.toLowerCase()}. De reden staat op de tijdlijn.`,
    lastPhase: 'De opgave is afgerond; een volgende fase is er niet.',
    actionLineAddHeading: 'Actielijn toevoegen',
    actionLineTitle: 'Titel van de actielijn',
    actionLineGoal: 'Doel',
    actionLineAdd: 'Actielijn toevoegen',
    actionLineAdded: (title: string) => `De actielijn ‘${title}’ is toegevoegd.`,
    actionLineEdit: 'Wijzigen',
    actionLineEditLabel: (title: string) => `Actielijn ‘${title}’ wijzigen`,
    actionLineSave: 'Actielijn opslaan',
    actionLineSaved: (title: string) => `De actielijn ‘${title}’ is opgeslagen.`,
    actionLineRemove: 'Verwijderen',
    actionLineRemoveConfirm: (title: string) =>
      `Weet u zeker dat u de actielijn ‘${title}’ wilt verwijderen?`,
    actionLineRemoveYes: 'Ja, verwijderen',
    actionLineRemoved: (title: string) => `De actielijn ‘${title}’ is verwijderd.`,
    actionLineStale:
      'Iemand anders heeft deze actielijn intussen gewijzigd. Hieronder staat de nieuwste versie; probeer het nog eens.',
    cancel: 'Annuleren',
    approve: 'Goedkeuren',
    approved: (name: string) => `${name} zit nu in het team.`,
    inviteHeading: 'Iemand uitnodigen voor het team',
    inviteEmail: 'E-mailadres',
    inviteEmailDescription: 'De persoon heeft al een account op Samenspel. Het adres wordt nergens getoond.',
    inviteRole: 'Rol in het team',
    invite: 'Uitnodigen',
    invited: (email: string) =>
      `${email} is uitgenodigd. Zodra de uitnodiging is aangenomen, staat de persoon in het team.`,
  },
  /*
   * Co-creation: the tasks of an opgave and the organisations that take them on (`tasks`, `task`),
   * its budgets shared in the open (`budget`), a partner's workspace (`workspace`), and amounts
   * typed in euros (`money`).
   */
  tasks: {
    heading: 'Taken',
    intro:
      'Het plan van aanpak, verdeeld in taken. Partnerorganisaties in het team pakken ze op en laten zien hoe ver ze zijn.',
    none: 'Er zijn nog geen taken.',
    noLine: 'Zonder actielijn',
    statuses: {
      open: 'Open',
      in_progress: 'In uitvoering',
      done: 'Klaar',
      cancelled: 'Geannuleerd',
    },
    places: (left: number, capacity: number) => {
      if (left === 0) return capacity === 1 ? 'Plek bezet' : 'Alle plekken bezet';
      return left === 1 ? '1 plek vrij' : `${left} plekken vrij`;
    },
    takenBy: 'Opgepakt door:',
    nobody: 'Nog door niemand opgepakt.',
    claimProgress: (organisation: string, percent: number) => `${organisation} (${percent}% klaar)`,
    hours: (hours: number) => (hours === 1 ? '1 uur' : `${hours} uur`),
    count: (n: number) => (n === 1 ? '1 taak' : `${n} taken`),
  },
  task: {
    title: (title: string) => `Taak: ${title}`,
    inOpgave: (title: string) => `Een taak van de opgave ‘${title}’.`,
    backToOpgave: (title: string) => `Terug naar de opgave ‘${title}’`,
    detailsHeading: 'Over deze taak',
    status: 'Status',
    actionLine: 'Actielijn',
    effort: 'Geschatte inzet',
    due: 'Klaar op',
    places: 'Plekken',
    placesTaken: (taken: number, capacity: number) =>
      capacity === 1
        ? taken
          ? 'Eén organisatie kan deze taak oppakken; de plek is bezet.'
          : 'Eén organisatie kan deze taak oppakken; de plek is nog vrij.'
        : `${taken} van de ${capacity} plekken bezet.`,
    skills: 'Vraagt om',
    proposals: 'Komt voort uit de ideeën',
    cancelledHeading: 'Deze taak gaat niet door',
    reason: 'Waarom:',
    doneNotice: 'Deze taak is klaar. Dank aan iedereen die eraan werkte.',
    claimsHeading: 'Wie pakt deze taak op',
    claimsNone: 'Nog niemand heeft deze taak opgepakt.',
    commitment: 'Toezegging:',
    noCommitment: 'Geen toezegging beschreven.',
    claimedBy: (name: string, date: string) => `Opgepakt door ${name} op ${date}.`,
    claimedOn: (date: string) => `Opgepakt op ${date}.`,
    progressOf: (organisation: string) => `Voortgang van ${organisation}`,
    percentDone: (percent: number) => `${percent}% klaar`,
    updates: (count: number) => (count === 1 ? '1 voortgangsbericht' : `${count} voortgangsberichten`),
    updateBy: (name: string, date: string, percent: number) => `${name}, ${date} (${percent}% klaar)`,
    someone: 'verwijderde deelnemer',
    claimHeading: 'Deze taak oppakken',
    claimText:
      'Pak deze taak op namens uw organisatie. Zeg wat u toezegt: iedereen die de opgave volgt, ziet het.',
    claimOrganisation: 'Namens',
    claimCommitment: 'Wat zegt uw organisatie toe?',
    claimCommitmentDescription: 'Bijvoorbeeld: ‘Wij begeleiden de eerste tien proefplaatsingen.’',
    claimSubmit: 'Taak oppakken',
    claimed: (organisation: string) => `${organisation} pakt deze taak nu op. Dank u wel!`,
    claimSignIn: 'Meld u aan om deze taak op te pakken namens uw organisatie',
    claimOnlyTeam:
      'Alleen partnerorganisaties in het team van deze opgave kunnen taken oppakken. Hoort uw organisatie erbij? Vraag de gemeente haar aan het team toe te voegen.',
    claimFull: 'Alle plekken op deze taak zijn bezet.',
    claimClosed: 'Deze taak neemt geen organisaties meer aan.',
    claimAllTaken: 'Uw organisatie pakt deze taak al op.',
    yourClaim: '(uw organisatie)',
    progressHeading: 'Voortgang melden',
    progressText: 'Bericht',
    progressTextDescription: 'Wat is er gedaan, en wat komt er nog?',
    progressPercent: 'Hoe ver is de taak, in procenten?',
    progressPercentDescription: 'Een heel getal van 0 tot en met 100.',
    progressSubmit: 'Voortgang melden',
    progressReported: (percent: number) => `Uw bericht staat bij de taak. De taak is nu ${percent}% klaar.`,
    percentInvalid: (label: string) => `Vul bij ‘${label}’ een heel getal van 0 tot en met 100 in.`,
    handOverHeading: 'Overdragen aan een andere organisatie',
    handOverText: 'Een andere organisatie in het team neemt de taak over, met wat er al gedaan is.',
    handOverTo: 'Overdragen aan',
    handOverChoose: 'Kies een organisatie',
    handOverSubmit: 'Taak overdragen',
    handedOver: (organisation: string) => `De taak is overgedragen aan ${organisation}.`,
    handOverNone: 'Er is geen andere organisatie in het team die de taak kan overnemen.',
    handOverRequired: (label: string) => `Kies een organisatie bij ‘${label}’.`,
    releaseHeading: 'Stoppen met deze taak',
    releaseText:
      'Kan uw organisatie de taak niet (meer) doen? Geef haar vrij, zodat een andere organisatie haar kan oppakken.',
    release: 'Taak vrijgeven',
    releaseConfirm: (organisation: string) => `Weet u zeker dat ${organisation} stopt met deze taak?`,
    releaseYes: 'Ja, vrijgeven',
    released: (organisation: string) => `${organisation} heeft de taak vrijgegeven. De plek is weer vrij.`,
    cancel: 'Annuleren',
    budgetLink: 'Budget aanvragen voor deze taak',
    manageHeading: 'Voor de gemeente',
    manageText: (status: string) => `De taak is nu: ${status.toLowerCase()}.`,
    markDone: 'Markeer als klaar',
    markedDone: 'De taak is klaar. Dat staat nu op de tijdlijn van de opgave.',
    reopen: 'Terug naar in uitvoering',
    reopenCancelled: 'Weer openzetten',
    reopened: (status: string) => `De taak is weer ${status.toLowerCase()}.`,
    cancelHeading: 'Taak annuleren',
    cancelText: 'Gaat de taak niet door? Zeg waarom; de reden staat bij de taak en op de tijdlijn.',
    cancelReason: 'Reden',
    cancelSubmit: 'Taak annuleren',
    cancelled: 'De taak is geannuleerd. De reden staat bij de taak en op de tijdlijn.',
    stale:
      'Iemand anders heeft de taak intussen gewijzigd. De pagina toont nu de nieuwste versie; probeer het nog eens.',
    statusConflict:
      'Zo kan de status van deze taak niet veranderen. Misschien heeft iemand anders haar net gewijzigd; laad de pagina opnieuw.',
  },
  budget: {
    heading: 'Budget',
    intro:
      'Wat de gemeente en de partners samen inleggen, en hoe het wordt verdeeld: aan wie en waarvoor. Alle bedragen zijn openbaar.',
    none: 'Deze opgave heeft nog geen budget.',
    total: 'Ingelegd',
    granted: 'Toegekend',
    available: 'Nog te verdelen',
    requested: 'Aangevraagd, nog niet besloten',
    forLine: (title: string) => `Voor de actielijn ‘${title}’`,
    view: 'Bekijk het budget: wie wat inlegde, aanvroeg en kreeg',
    waiting: 'Er wachten aanvragen op een besluit.',
    decide: 'Aanvragen beoordelen',
    pageTitle: 'Budget',
    pageHeading: (opgave: string) => `Budget van ‘${opgave}’`,
    pageIntro:
      'De gemeente en de partners leggen samen geld in voor de opgave. Partners in het team vragen een deel aan voor hun werk; de gemeente besluit. Hier ziet iedereen wie wat inlegde, wat is aangevraagd en wat is toegekend, aan wie en waarvoor.',
    pageNone: 'Deze opgave heeft nog geen budget.',
    requestHere: 'Vraag budget aan vanuit de werkruimte van uw organisatie',
    chartHeading: 'In cijfers',
    chartCaption: (title: string) => `Ingelegd, toegekend en nog te verdelen in ‘${title}’`,
    chartAlternative: 'Dezelfde cijfers staan in de tabel onder de grafiek.',
    bars: {
      contributed: 'Ingelegd',
      granted: 'Toegekend',
      available: 'Nog te verdelen',
      requested: 'Aangevraagd, nog niet besloten',
    },
    barText: (label: string, amount: string) => `${label}: ${amount}`,
    tableCaption: (title: string) => `De cijfers van ‘${title}’`,
    tableWhat: 'Wat',
    tableAmount: 'Bedrag',
    tableShare: 'Deel van wat is ingelegd',
    percent: (value: number) => `${value}%`,
    fundersHeading: 'Wie legde in',
    fundersCaption: (title: string) => `Wie legde in voor ‘${title}’`,
    fundersNone: 'Nog niemand heeft iets ingelegd.',
    funder: 'Wie',
    amount: 'Bedrag',
    claimsHeading: 'Aanvragen en toekenningen',
    claimsNone: 'Er is nog niets aangevraagd.',
    claimStatuses: {
      requested: 'Aangevraagd',
      granted: 'Toegekend',
      rejected: 'Afgewezen',
      withdrawn: 'Ingetrokken',
    },
    claimHeading: (organisation: string, amount: string) => `${organisation}: ${amount}`,
    claimFor: 'Waarvoor',
    claimTask: 'Voor de taak',
    claimAsked: 'Gevraagd',
    claimGranted: 'Toegekend',
    claimGrantedPart: (granted: string, asked: string) => `${granted} (gevraagd: ${asked})`,
    claimAskedBy: (name: string, date: string) => `Aangevraagd door ${name} op ${date}.`,
    claimAskedOn: (date: string) => `Aangevraagd op ${date}.`,
    legalBasis: 'Grondslag',
    decidedOn: 'Besloten op',
    rejectionReason: 'Reden van afwijzing',
    withdrawnOn: 'Ingetrokken op',
    withdrawalReason: 'Reden van intrekking',
    grant: 'Toekennen',
    reject: 'Afwijzen',
    withdraw: 'Toekenning intrekken',
    grantHeading: (organisation: string) => `Aanvraag van ${organisation} toekennen`,
    grantText:
      'De Woo vraagt om de grondslag, de ontvanger, de activiteiten, het bedrag en de datum openbaar te maken. De ontvanger en de activiteiten komen uit de aanvraag; de datum is vandaag.',
    grantAmount: 'Toe te kennen bedrag in euro’s',
    grantAmountDescription: (asked: string) =>
      `Gevraagd is ${asked}. Een lager bedrag mag ook: dan kent u een deel toe.`,
    legalBasisLabel: 'Juridische grondslag',
    legalBasisDescription: 'De regeling en het artikel waarop de toekenning berust.',
    grantSubmit: 'Toekennen',
    grantedNotice: (amount: string, organisation: string) =>
      `${amount} is toegekend aan ${organisation}. Het staat in het kasboek en op de tijdlijn van de opgave.`,
    rejectHeading: (organisation: string) => `Aanvraag van ${organisation} afwijzen`,
    rejectReason: 'Reden van afwijzing',
    reasonDescription: 'Iedereen ziet de reden bij de aanvraag.',
    rejectSubmit: 'Afwijzen',
    rejectedNotice: (organisation: string) => `De aanvraag van ${organisation} is afgewezen.`,
    withdrawHeading: (organisation: string) => `Toekenning aan ${organisation} intrekken`,
    withdrawReason: 'Reden van intrekking',
    withdrawSubmit: 'Toekenning intrekken',
    withdrawnNotice: (amount: string, organisation: string) =>
      `De toekenning van ${amount} aan ${organisation} is ingetrokken. Het geld is weer te verdelen.`,
    actionFor: (action: string, organisation: string) => `${action} (${organisation})`,
    cancel: 'Annuleren',
    ledgerHeading: 'Kasboek',
    ledgerIntro:
      'Elke inleg, toekenning en intrekking, met de stand erna. Regels in het kasboek worden nooit gewijzigd of verwijderd.',
    ledgerCaption: (title: string) => `Kasboek van ‘${title}’`,
    ledgerNone: 'Het kasboek is nog leeg.',
    ledgerNumber: 'Nr.',
    ledgerDate: 'Datum',
    ledgerKind: 'Soort',
    ledgerParty: 'Wie',
    ledgerAmount: 'Bedrag',
    ledgerTotalAfter: 'Ingelegd daarna',
    ledgerGrantedAfter: 'Toegekend daarna',
    ledgerReason: 'Toelichting',
    ledgerKinds: {
      contribution: 'Inleg',
      grant: 'Toekenning',
      withdrawal: 'Intrekking',
    },
    scrollHint: 'Schuif de tabel opzij om alle kolommen te zien.',
  },
  workspace: {
    link: 'Werkruimte',
    chooseTitle: 'Werkruimte',
    chooseIntro: 'Kies de organisatie waarvoor u werkt.',
    noOrganisation:
      'U bent geen lid van een partnerorganisatie. De werkruimte is voor leden van organisaties die met de gemeente aan opgaven werken.',
    title: (organisation: string) => `Werkruimte van ${organisation}`,
    intro:
      'De opgaven waaraan uw organisatie meewerkt, de taken die u kunt oppakken, hoe het gaat met uw taken, en uw budgetaanvragen en bijdragen.',
    notMember:
      'U bent geen lid van deze organisatie. U ziet de werkruimte, maar kunt niets namens haar doen.',
    opgavenHeading: 'Onze opgaven',
    opgavenNone: 'Uw organisatie zit nog niet in het team van een opgave.',
    openHeading: 'Taken om op te pakken',
    openNone: 'Er zijn nu geen taken die uw organisatie kan oppakken.',
    inOpgave: (title: string) => `Opgave: ${title}`,
    claimsHeading: 'Onze taken',
    claimsNone: 'Uw organisatie heeft nog geen taken opgepakt.',
    claimRunning: (percent: number) => `Loopt, ${percent}% klaar`,
    claimEnded: (date: string) => `Gestopt op ${date}`,
    unknownTask: 'Een taak van een opgave waarin uw organisatie niet meer zit',
    requestsHeading: 'Onze budgetaanvragen',
    requestsNone: 'Uw organisatie heeft nog geen budget aangevraagd.',
    requestFrom: (budget: string) => `Uit ‘${budget}’`,
    requestHeading: 'Budget aanvragen',
    requestText:
      'Vraag een deel van een budget aan voor het werk van uw organisatie. De gemeente besluit erover; wat wordt aangevraagd en toegekend, is openbaar.',
    budgetLabel: 'Budget',
    budgetChoose: 'Kies een budget',
    budgetOption: (title: string, opgave: string, available: string) =>
      `${title} (${opgave}), nog ${available} te verdelen`,
    amountLabel: 'Bedrag in euro’s',
    amountDescription: 'Bijvoorbeeld 4.500 of 1.250,50.',
    taskLabel: 'Voor de taak',
    taskNone: 'Geen bepaalde taak',
    motivationLabel: 'Waarvoor vraagt u het geld?',
    motivationDescription:
      'De activiteiten die het geld mogelijk maakt, in minstens 10 tekens. Iedereen kan dit lezen.',
    requestSubmit: 'Budget aanvragen',
    requestedNotice: (amount: string, budget: string) =>
      `Uw aanvraag van ${amount} uit ‘${budget}’ is verstuurd. De gemeente besluit erover.`,
    noBudgets: 'De opgaven van uw organisatie hebben nog geen budget.',
    budgetRequired: (label: string) => `Kies een budget bij ‘${label}’.`,
    contributionsHeading: 'Onze bijdragen',
    contributionsNone: 'Uw organisatie heeft nog niets ingelegd.',
    contributionTo: (budget: string, opgave: string) => `In ‘${budget}’ (${opgave})`,
    pledgeHeading: 'Een bijdrage toezeggen',
    pledgeText: 'Legt uw organisatie geld in? Iedereen ziet wie wat inlegt: samen de schouders eronder.',
    noteLabel: 'Toelichting',
    noteDescription: 'Bijvoorbeeld waar het geld vandaan komt.',
    pledgeSubmit: 'Bijdrage toezeggen',
    pledgedNotice: (amount: string, budget: string) =>
      `Uw bijdrage van ${amount} aan ‘${budget}’ staat in het kasboek.`,
  },
  money: {
    required: (label: string) => `Vul het veld ‘${label}’ in.`,
    invalid: (label: string) => `Vul bij ‘${label}’ een bedrag in, zoals 4.500 of 1.250,50.`,
    tooSmall: (label: string) => `Vul bij ‘${label}’ een bedrag van meer dan € 0 in.`,
    tooLarge: (label: string) => `Het bedrag bij ‘${label}’ is te hoog.`,
    moreThanAsked: (label: string) =>
      `Er kan niet meer worden toegekend dan gevraagd. Verlaag het bedrag bij ‘${label}’.`,
  },
  opgaveForm: {
    createTitle: 'Nieuwe opgave',
    createIntro:
      'Beschrijf de opgave. Ze begint in de fase verkennen, en u wordt de procesregisseur. Zolang de opgave niet gepubliceerd is, zien alleen medewerkers van de gemeente haar.',
    editTitle: 'Opgave wijzigen',
    title: 'Titel',
    titleDescription: 'Kort en duidelijk, bijvoorbeeld ‘Minder eenzaamheid in Overvecht’.',
    summary: 'Samenvatting',
    summaryDescription: 'In een paar zinnen: waar gaat het om, en voor wie?',
    formulation: 'Formulering',
    formulationDescription:
      'De opgave als vraag, bijvoorbeeld ‘Hoe zorgen we er samen voor dat …?’. Later kan iedereen een betere formulering voorstellen.',
    targetGroup: 'Doelgroep',
    area: 'Gebied',
    areaDescription: 'Wijken of buurten, gescheiden door komma’s, bijvoorbeeld ‘Overvecht, Zuilen’.',
    domains: 'Beleidsdomeinen',
    domainsDescription: 'Kies alle domeinen die de opgave raakt.',
    startDate: 'Begindatum',
    endDate: 'Einddatum',
    publish: 'Meteen publiceren',
    publishDescription: 'Dan kan iedereen de opgave zien. U kunt ook later publiceren.',
    createSubmit: 'Opgave aanmaken',
    saveSubmit: 'Wijzigingen opslaan',
    cancel: 'Annuleren',
    created: (title: string) => `De opgave ‘${title}’ is aangemaakt.`,
    saved: 'De wijzigingen zijn opgeslagen.',
    stale:
      'Iemand anders heeft deze opgave gewijzigd terwijl u dit formulier invulde. Uw wijzigingen staan nog in het formulier, maar zijn niet opgeslagen. Bekijk zo nodig eerst de opgave zoals ze nu is. Wilt u uw versie toch opslaan? Kies dan nog eens ‘Wijzigingen opslaan’.',
    staleHeading: 'Intussen gewijzigd',
    viewCurrent: 'Bekijk de opgave zoals ze nu is (opent in een nieuw tabblad)',
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
      staff_sign_in_cancelled:
        'U heeft het aanmelden via uw organisatie afgebroken, of u gaf geen toestemming. Er is niets veranderd. Probeer het opnieuw als u zich wilt aanmelden.',
      staff_sign_in_unavailable:
        'Aanmelden via uw organisatie kan op dit moment niet. Probeer het later opnieuw, of meld u aan met uw e-mailadres en wachtwoord.',
      session_expired: 'U was te lang niet actief en bent afgemeld. Meld u opnieuw aan.',
    } as Record<string, string>,
    failureUnknown: 'Aanmelden is niet gelukt. Probeer het opnieuw.',
    staffHeading: 'Medewerker van de gemeente?',
    staffText: (name: string) =>
      `Werkt u bij de gemeente ${name}? Meld u dan aan met het account van uw organisatie.`,
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
      invalid_transition:
        'Zo kan de fase niet veranderen: alleen één stap vooruit, of één stap terug met een reden. Misschien heeft iemand anders de fase net gewijzigd; laad de pagina opnieuw.',
      same_phase:
        'De opgave is al in die fase. Misschien heeft iemand anders de fase net gewijzigd; laad de pagina opnieuw.',
      task_full:
        'Deze taak is intussen vol: een andere organisatie was u net voor. Er is geen plek meer vrij.',
      already_claimed: 'Deze organisatie pakt de taak al op.',
      task_closed: 'Deze taak is klaar of geannuleerd; oppakken kan niet meer.',
      not_on_team:
        'Die organisatie zit niet (meer) in het team van deze opgave. Vraag de gemeente haar aan het team toe te voegen.',
      claim_released: 'Deze organisatie is al gestopt met de taak. Laad de pagina opnieuw.',
      capacity_below_claims: 'Er pakken al meer organisaties deze taak op dan de nieuwe capaciteit toelaat.',
      exceeds_budget: 'U vraagt meer dan er in het hele budget zit. Vraag een lager bedrag.',
      budget_exceeded:
        'Er is niet genoeg meer te verdelen voor deze toekenning. Ken minder toe, of wacht tot er meer is ingelegd.',
      already_decided:
        'Over deze aanvraag is al besloten, misschien net door iemand anders. Laad de pagina opnieuw.',
      not_granted: 'Alleen een toekenning kan worden ingetrokken. Laad de pagina opnieuw.',
      already_on_team: 'Deze persoon of organisatie staat al op het team.',
      procesregisseur_stays: 'De procesregisseur blijft op het team. Kies eerst een andere procesregisseur.',
      slug_taken: 'Deze gemeente heeft al een opgave met dit webadres.',
      phase_not_allowed: 'Alleen de procesregisseur of een beheerder van de gemeente kan de fase wijzigen.',
      idempotency_key_reused:
        'Dit formulier is al eens verstuurd met andere gegevens. Laad de pagina opnieuw en probeer het nog eens.',
      idempotency_in_progress:
        'Uw vorige verzoek wordt nog verwerkt. Wacht even en laad dan de pagina opnieuw om te zien of het gelukt is.',
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
      unknown_task: ({ label }: FieldContext) => `Kies een taak uit de lijst bij ‘${label}’.`,
      unknown_domain: ({ label }: FieldContext) => `Kies beleidsdomeinen uit de lijst bij ‘${label}’.`,
      not_staff: ({ label }: FieldContext) => `${label} moet een medewerker van de gemeente zijn.`,
      before_start: ({ label }: FieldContext) => `${label} ligt vóór de begindatum. Kies een latere datum.`,
      unknown_account: () =>
        'Er is geen account met dit e-mailadres. Vraag de persoon eerst een account op Samenspel aan te maken.',
      unknown_organisation: ({ label }: FieldContext) => `Kies een organisatie uit de lijst bij ‘${label}’.`,
    } as Record<string, (context: FieldContext) => string>,
  },
};

export type Messages = typeof nl;
