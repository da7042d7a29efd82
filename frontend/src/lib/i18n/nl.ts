/**
 * The Dutch texts: the source every other language follows. `Messages` is derived from this
 * object, so a key missing from (or added only to) another language is a type error.
 *
 * Texts that need a value are functions; everything else is a plain string. Long page content
 * (the accessibility statement, the privacy statement) lives in components under `$lib/content`.
 */

import { beheerNl } from './beheer/nl';
import { pollsNl } from './polls/nl';

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

/** "a", "a en b", "a, b en c". */
function listOf(items: string[]): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} en ${items.at(-1)}`;
}

export const nl = {
  beheer: beheerNl,
  polls: pollsNl,
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
    inviteEmailDescription:
      'De persoon krijgt een uitnodiging op dit adres en komt in het team zodra die de uitnodiging aanneemt. Het adres wordt nergens getoond.',
    inviteRole: 'Rol in het team',
    invite: 'Uitnodigen',
    invited: (email: string) =>
      `We hebben een uitnodiging gestuurd naar ${email}. Zodra de uitnodiging is aangenomen, staat de persoon in het team.`,
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
    plan: 'Taak plannen',
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
    edit: 'Taak wijzigen',
    planned: (title: string) =>
      `De taak ‘${title}’ staat in het plan. Partnerorganisaties in het team kunnen haar nu oppakken.`,
    saved: 'De wijzigingen in de taak zijn opgeslagen.',
  },
  ballot: {
    pageTitle: 'Stemming',
    listHeading: 'Stemmingen over dit budget',
    listLink: (title: string) => `Stem mee of bekijk de uitslag: ‘${title}’`,
    amount: (amount: string) => `Te verdelen: ${amount}`,
    window: (opens: string, closes: string) => `Stemmen kan van ${opens} tot ${closes}.`,
    methodKnapsack: (amount: string) =>
      `Kies de ideeën die u het geld gunt. Samen mogen ze niet meer kosten dan ${amount}.`,
    methodApproval: (count: number) => `Kies hoogstens ${count} ideeën die u het geld gunt.`,
    ruleHeading: 'Zo wordt geteld',
    notOpenYet: 'De stemming is nog niet begonnen.',
    closed: 'De stemming is gesloten.',
    signInToVote: 'Meld u aan om te stemmen.',
    voteHeading: 'Uw stem',
    choicesLegend: 'Ideeën op het stembiljet',
    cost: (amount: string) => `Kost ${amount}`,
    left: (amount: string) => `Nog te verdelen: ${amount}`,
    over: (amount: string) => `U zit ${amount} boven het bedrag. Haal een idee weg.`,
    chosenCount: (count: number, max: number) => `U koos ${count} van de ${max} ideeën.`,
    tooMany: (max: number) => `U koos meer dan ${max} ideeën. Haal er een weg.`,
    submit: 'Stem uitbrengen',
    change: 'Stem wijzigen',
    saved:
      'Uw stem is opgeslagen. U kunt hem wijzigen tot de stemming sluit; niemand anders ziet wat u koos.',
    yourVote: 'U heeft gestemd. U kunt uw stem wijzigen tot de stemming sluit.',
    secret: 'Niemand ziet wat u kiest: na de sluiting telt de gemeente alleen de stemmen per idee.',
    resultsHeading: 'Uitslag',
    resultsIntro: (voters: number, funded: string, amount: string) =>
      `${voters} mensen stemden. Er gaat ${funded} van de ${amount} naar de gekozen ideeën.`,
    chartCaption: (title: string) => `Stemmen per idee in ‘${title}’`,
    chartAlternative: 'Dezelfde cijfers staan in de tabel onder de grafiek.',
    barText: (title: string, votes: number, funded: boolean) =>
      `${title}: ${votes} ${votes === 1 ? 'stem' : 'stemmen'}${funded ? ', gekozen' : ''}`,
    tableCaption: (title: string) => `Uitslag van ‘${title}’`,
    tableRank: 'Plaats',
    tableIdea: 'Idee',
    tableVotes: 'Stemmen',
    tableCost: 'Kosten',
    tableFunded: 'Gekozen',
    yes: 'Ja',
    no: 'Nee',
    award: {
      none: '',
      pending: 'Toekenning wacht op de gemeente',
      granted: 'Toegekend',
      rejected: 'Niet toegekend',
    },
    tally: 'Stemming sluiten en tellen',
    tallyText: 'Sluit de stemming nu en tel de stemmen volgens de regel hierboven.',
    tallied: 'De stemming is geteld. De gekozen ideeën zijn overgenomen; bevestig hieronder hun toekenning.',
    grant: (title: string) => `Toekenning aan ‘${title}’ bevestigen`,
    legalBasis: 'Grondslag van de toekenning',
    granted: (title: string) => `Het geld voor ‘${title}’ is toegekend en staat in het kasboek.`,
    whoHeading: 'Wie mag stemmen',
    who: {
      verified: 'Iedereen met een bevestigd account mag één keer stemmen.',
      postcode: 'Alleen inwoners van de gemeente: u vult uw postcode in, en die moet in de gemeente liggen.',
      broker:
        'Alleen inwoners van de gemeente die zich via de gemeente aanmeldden (zoals met DigiD). De gemeente ziet daarmee dat u hier woont; wat u kiest, ziet niemand.',
    },
    brokerHow:
      'Meld u hiervoor één keer aan via de gemeente. Bent u al aangemeld, dan koppelt u zo uw account, en komt u hier terug.',
    postcode: 'Uw postcode',
    postcodeDescription:
      'Deze stemming is voor inwoners van de gemeente: uw postcode laat zien dat u hier woont.',
    backToBudget: 'Terug naar het budget',
  },
  ballotForm: {
    heading: 'Inwoners laten stemmen',
    intro: (budget: string, free: string) =>
      `Inwoners kiezen welke ideeën geld krijgen uit ‘${budget}’. Nu vrij in dit budget: ${free}.`,
    link: 'Inwoners laten stemmen over dit budget',
    linkOf: (budget: string) => `Inwoners laten stemmen over ‘${budget}’`,
    title: 'Naam van de stemming',
    method: 'Hoe wordt er gekozen?',
    knapsack: 'Ideeën kiezen binnen het bedrag',
    approval: 'Een aantal ideeën kiezen',
    amount: 'Te verdelen bedrag',
    maxChoices: 'Hoeveel ideeën mag iemand kiezen?',
    opens: 'Stemmen kan vanaf',
    closes: 'Stemmen kan tot en met',
    eligibility: 'Wie mag stemmen?',
    verified: 'Iedereen met een bevestigd account',
    postcode: 'Alleen inwoners, naar postcode (de beheerder legt de postcodes vast)',
    broker:
      'Alleen inwoners die zich via de gemeente aanmelden, zoals met DigiD (de beheerder stelt de broker in)',
    ideas: 'Ideeën op het stembiljet',
    ideasDescription:
      'Vul de kosten in van elk idee dat op het stembiljet komt; laat leeg wat er niet op komt.',
    noIdeas: 'Deze opgave heeft nog geen ideeën die op een stembiljet kunnen.',
    cost: (idea: string) => `Kosten van ‘${idea}’`,
    submit: 'Stemming openen',
  },
  division: {
    heading: 'Samen verdelen',
    intro:
      'De partnerorganisaties in het team verdelen dit budget samen. De gemeente doet een voorstel; elke organisatie stemt in, maakt bezwaar of onthoudt zich. Een bezwaar vraagt om een nieuw voorstel. Alles hier is openbaar.',
    none: 'Er is nog geen verdeelronde over dit budget.',
    respondBy: (when: string) => `Reageren kan tot ${when}.`,
    finalised: (when: string) => `Vastgesteld op ${when}. De toekenningen staan in het kasboek.`,
    proposalHeading: (number: number) => `Voorstel ${number}`,
    earlier: (count: number) =>
      count === 1
        ? 'Er was 1 eerder voorstel; de reacties daarop vervielen.'
        : `Er waren ${count} eerdere voorstellen; de reacties daarop vervielen.`,
    noProposal: 'De gemeente heeft nog geen voorstel gedaan.',
    tableCaption: (number: number, title: string) => `Voorstel ${number} voor ‘${title}’`,
    tableOrganisation: 'Organisatie',
    tableAmount: 'Bedrag',
    tablePurpose: 'Waarvoor',
    total: (amount: string) => `Samen ${amount}`,
    responsesHeading: 'Reacties',
    position: { consent: 'stemt in', object: 'maakt bezwaar', abstain: 'onthoudt zich' },
    response: (organisation: string, position: string) => `${organisation} ${position}`,
    waitingFor: (names: string) => `Wacht nog op: ${names}.`,
    objections: (count: number) =>
      count === 1
        ? 'Er is 1 bezwaar: de verdeling kan niet worden vastgesteld.'
        : `Er zijn ${count} bezwaren: de verdeling kan niet worden vastgesteld.`,
    respondHeading: 'Uw reactie',
    organisationLabel: 'Namens',
    positionLegend: 'Wat vindt uw organisatie van dit voorstel?',
    positions: { consent: 'Instemmen', object: 'Bezwaar maken', abstain: 'Onthouden' },
    reasonLabel: 'Toelichting',
    reasonDescription: 'Bij bezwaar verplicht: zeg wat er anders moet.',
    respond: 'Reactie versturen',
    responded: 'Uw reactie is verstuurd. U kunt haar wijzigen zolang dit voorstel geldt.',
    openHeading: 'Verdeelronde openen',
    titleLabel: 'Naam van de ronde',
    respondByLabel: 'Reageren kan tot en met',
    open: 'Verdeelronde openen',
    opened: (title: string) => `De verdeelronde ‘${title}’ is geopend. Doe nu een voorstel.`,
    proposeHeading: 'Voorstel doen',
    proposeIntro:
      'Vul per organisatie het bedrag en het doel in; laat het bedrag leeg voor wie niets krijgt. Een nieuw voorstel vervangt het vorige.',
    amountFor: (organisation: string) => `Bedrag voor ${organisation}`,
    purposeFor: (organisation: string) => `Waarvoor krijgt ${organisation} het geld?`,
    noteLabel: 'Toelichting op het voorstel',
    propose: 'Voorstel doen',
    proposed: (number: number) => `Voorstel ${number} staat klaar; de organisaties kunnen reageren.`,
    finaliseHeading: 'Verdeling vaststellen',
    legalBasis: 'Grondslag van de toekenningen',
    finalise: 'Verdeling vaststellen',
    finaliseWaiting:
      'Vaststellen kan als niemand bezwaar maakt en iedere organisatie reageerde of de termijn voorbij is.',
    finalisedNotice: 'De verdeling is vastgesteld; de toekenningen staan in het kasboek.',
    emptyProposal: 'Vul voor minstens één organisatie een bedrag in.',
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
      'Elke bevestigde inleg, correctie, toekenning en intrekking, met de stand erna. Regels in het kasboek worden nooit gewijzigd of verwijderd: een fout wordt hersteld met een correctie.',
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
      correction: 'Correctie',
    },
    scrollHint: 'Schuif de tabel opzij om alle kolommen te zien.',
    open: 'Budget openen',
    manageHeading: 'Voor de gemeente',
    opened: (title: string) =>
      `Het budget ‘${title}’ is geopend. Leg er geld van de gemeente in met het formulier hieronder.`,
    edit: 'Budget wijzigen',
    editOf: (title: string) => `Budget wijzigen: ${title}`,
    saved: (title: string) => `De wijzigingen in het budget ‘${title}’ zijn opgeslagen.`,
    pledgeHeading: 'Geld van de gemeente inleggen',
    pledgeText:
      'Wat de gemeente inlegt, staat meteen in het kasboek en bij wie inlegde. Iedereen kan het zien.',
    pledgedNotice: (amount: string, budget: string) =>
      `De inleg van de gemeente van ${amount} in ‘${budget}’ staat in het kasboek.`,
    pendingTotal: (amount: string) =>
      `Partners zegden nog ${amount} toe. Dat telt mee zodra de gemeente het bevestigt.`,
    contributionsHeading: 'Inleg en toezeggingen',
    contributionsNone: 'Er is nog niets ingelegd of toegezegd.',
    contributionStatuses: {
      pending: 'Wacht op bevestiging',
      confirmed: 'Bevestigd',
      rejected: 'Afgewezen',
    },
    contributionHeading: (funder: string, amount: string) => `${funder}: ${amount}`,
    contributionCounts: 'Telt mee',
    contributionNote: 'Toelichting',
    contributionReason: 'Reden van afwijzing',
    contributionBy: (name: string, date: string) => `Toegezegd door ${name} op ${date}.`,
    contributionOn: (date: string) => `Toegezegd op ${date}.`,
    confirm: 'Bevestigen',
    confirmHeading: (funder: string) => `Toezegging van ${funder} bevestigen`,
    confirmText: (amount: string) =>
      `Bevestig alleen als het geld er echt is. Daarna telt ${amount} mee in het budget en staat het in het kasboek.`,
    confirmSubmit: 'Bevestigen',
    confirmedNotice: (amount: string, funder: string) =>
      `De toezegging van ${amount} van ${funder} is bevestigd en staat in het kasboek.`,
    rejectPledgeHeading: (funder: string) => `Toezegging van ${funder} afwijzen`,
    rejectedPledgeNotice: (funder: string) => `De toezegging van ${funder} is afgewezen.`,
    correct: 'Corrigeren',
    correctHeading: (funder: string) => `Bijdrage van ${funder} corrigeren`,
    correctText:
      'Het kasboek wordt nooit gewijzigd: het verschil met het juiste bedrag komt er als correctie in, met uw reden.',
    correctAmount: 'Juiste bedrag in euro’s',
    correctAmountDescription: (now: string) => `Nu telt ${now} mee.`,
    correctReason: 'Reden van de correctie',
    correctSubmit: 'Correctie boeken',
    correctUnchanged: (label: string) => `Dit bedrag telt al. Vul bij ‘${label}’ het juiste bedrag in.`,
    correctedNotice: (amount: string, funder: string) =>
      `De bijdrage van ${funder} telt nu ${amount}. De correctie staat in het kasboek.`,
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
    pledgeText:
      'Legt uw organisatie geld in? De gemeente bevestigt uw toezegging; daarna telt zij mee. Iedereen ziet wie wat inlegt: samen de schouders eronder.',
    noteLabel: 'Toelichting',
    noteDescription: 'Bijvoorbeeld waar het geld vandaan komt.',
    pledgeSubmit: 'Bijdrage toezeggen',
    pledgedNotice: (amount: string, budget: string) =>
      `Uw toezegging van ${amount} aan ‘${budget}’ is verstuurd. Zodra de gemeente haar bevestigt, telt zij mee en staat zij in het kasboek.`,
  },
  money: {
    required: (label: string) => `Vul het veld ‘${label}’ in.`,
    invalid: (label: string) => `Vul bij ‘${label}’ een bedrag in, zoals 4.500 of 1.250,50.`,
    tooSmall: (label: string) => `Vul bij ‘${label}’ een bedrag van meer dan € 0 in.`,
    tooLarge: (label: string) => `Het bedrag bij ‘${label}’ is te hoog.`,
    moreThanAsked: (label: string) =>
      `Er kan niet meer worden toegekend dan gevraagd. Verlaag het bedrag bij ‘${label}’.`,
  },
  /** Planning a task and changing it (staff). */
  taskForm: {
    planTitle: 'Taak plannen',
    planIntro:
      'Een taak is een stuk werk uit het plan van aanpak. Partnerorganisaties in het team pakken haar op; iedereen die de opgave bekijkt, ziet de taak en wie haar oppakt.',
    editTitle: 'Taak wijzigen',
    title: 'Titel',
    titleDescription: 'Kort en concreet, bijvoorbeeld ‘Twintig werkgevers in Overvecht benaderen’.',
    description: 'Omschrijving',
    descriptionDescription: 'Wat moet er gebeuren, en wanneer is de taak klaar?',
    actionLine: 'Actielijn',
    actionLineNone: 'Geen actielijn (de hele opgave)',
    effortHours: 'Geschatte inzet in uren',
    effortHoursDescription: 'Een heel getal, bijvoorbeeld 40.',
    dueDate: 'Klaar op',
    capacity: 'Hoeveel organisaties kunnen de taak oppakken?',
    capacityDescription: 'Meestal één. Bij meer pakken verschillende organisaties de taak samen op.',
    capacityTaken: (taken: number) =>
      taken === 1
        ? 'Er pakt nu 1 organisatie deze taak op; minder plekken dan dat kan niet.'
        : `Er pakken nu ${taken} organisaties deze taak op; minder plekken dan dat kan niet.`,
    skills: 'Vraagt om',
    skillsDescription:
      'Domeinen of vaardigheden, gescheiden door komma’s, bijvoorbeeld ‘schuldhulp, werkgeversdienstverlening’.',
    proposals: 'Komt voort uit de ideeën',
    proposalsDescription:
      'De ideeën van inwoners en partners waaruit de taak voortkomt. Bij elk idee is te zien wat ermee gebeurt.',
    proposalsNone: 'Deze opgave heeft nog geen ideeën.',
    planSubmit: 'Taak plannen',
    saveSubmit: 'Wijzigingen opslaan',
    cancel: 'Annuleren',
    wholeNumber: (label: string) => `Vul bij ‘${label}’ een heel getal in, zoals 2.`,
    staleHeading: 'Intussen gewijzigd',
    stale:
      'Iemand anders heeft deze taak gewijzigd terwijl u dit formulier invulde. Uw wijzigingen staan nog in het formulier, maar zijn niet opgeslagen.',
    staleChoice:
      'Laad de nieuwste versie in het formulier (wat u typte, gaat dan verloren), of kies nog eens ‘Wijzigingen opslaan’ om uw versie toch op te slaan.',
    reload: 'Nieuwste versie laden',
    reloaded: 'Het formulier toont nu de nieuwste versie van de taak.',
    viewCurrent: 'Bekijk de taak zoals ze nu is (opent in een nieuw tabblad)',
  },
  /** Opening a budget and changing it (staff). */
  budgetForm: {
    title: 'Budget openen',
    intro:
      'Een budget is een pot geld voor de opgave, of voor één actielijn ervan. De gemeente en de partners leggen erin in; partners in het team vragen er een deel van aan. Alle bedragen zijn openbaar.',
    name: 'Naam van het budget',
    nameDescription: 'Bijvoorbeeld ‘Werkbudget 2026’.',
    description: 'Omschrijving',
    descriptionDescription: 'Waarvoor is het geld bedoeld?',
    actionLine: 'Voor de actielijn',
    actionLineNone: 'Geen actielijn (de hele opgave)',
    submit: 'Budget openen',
    cancel: 'Annuleren',
    editTitle: 'Budget wijzigen',
    editIntro:
      'De bedragen veranderen alleen door inleg en besluiten over aanvragen; hier wijzigt u de naam, de omschrijving en de actielijn.',
    saveSubmit: 'Wijzigingen opslaan',
    staleHeading: 'Intussen gewijzigd',
    stale:
      'Iemand anders heeft dit budget gewijzigd terwijl u dit formulier invulde. Uw wijzigingen staan nog in het formulier, maar zijn niet opgeslagen.',
    staleChoice:
      'Laad de nieuwste versie in het formulier (wat u typte, gaat dan verloren), of kies nog eens ‘Wijzigingen opslaan’ om uw versie toch op te slaan.',
    reload: 'Nieuwste versie laden',
    reloaded: 'Het formulier toont nu de nieuwste versie van het budget.',
    viewCurrent: 'Bekijk het budget zoals het nu is (opent in een nieuw tabblad)',
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
  /** The statuses of an idea (ProposalStatus). */
  ideaStatuses: {
    submitted: 'Ingediend',
    under_review: 'In behandeling',
    adopted: 'Overgenomen',
    declined: 'Afgewezen',
    withdrawn: 'Ingetrokken',
  },
  /** An opgave's ideas, on its page. */
  ideas: {
    heading: 'Ideeën',
    intro:
      'Ideeën en voorstellen van inwoners en partners voor deze opgave. Steun een idee dat u goed vindt, praat erover mee, of dien zelf een idee in. De gemeente reageert openbaar op elk idee.',
    submit: 'Dien een idee in',
    submitText: 'Heeft u een idee voor deze opgave? Dien het in; iedereen kan het steunen.',
    signIn: 'Meld u aan om een idee in te dienen, te steunen of te reageren',
    verifyFirst: 'Bevestig eerst uw e-mailadres. Daarna kunt u ideeën indienen, steunen en erop reageren.',
    closed: (phase: string, open: string[]) =>
      open.length
        ? `Deze opgave is in de fase ${phase.toLowerCase()}. Nieuwe ideeën kunnen alleen in de ${open.length === 1 ? 'fase' : 'fasen'} ${listOf(open.map((name) => name.toLowerCase()))}. U kunt de ideeën hieronder wel steunen en erop reageren.`
        : 'Deze opgave neemt geen nieuwe ideeën aan. U kunt de ideeën hieronder wel steunen en erop reageren.',
    filtersHeading: 'Ideeën zoeken en filteren',
    searchLabel: 'Zoekwoorden',
    searchDescription: 'Zoek in de titel en de tekst van de ideeën.',
    statusLabel: 'Status',
    statusAll: 'Alle statussen',
    actionLineLabel: 'Actielijn',
    actionLineAll: 'Alle actielijnen',
    sortLabel: 'Volgorde',
    sorts: {
      '-createdAt': 'Nieuwste eerst',
      createdAt: 'Oudste eerst',
      '-supportCount': 'Meeste steun eerst',
      '-commentCount': 'Meeste reacties eerst',
      '-trendingCount': 'Meeste steun deze week',
    },
    filterSubmit: 'Toon ideeën',
    reset: 'Wis zoekwoorden en filters',
    resultsHeading: 'Gevonden ideeën',
    results: (count: number, more: boolean) => {
      if (more) return `${count} ideeën getoond. Er zijn er meer.`;
      return count === 1 ? '1 idee gevonden.' : `${count} ideeën gevonden.`;
    },
    loading: 'Bezig met zoeken…',
    noResults: 'Geen ideeën gevonden. Probeer andere zoekwoorden of minder filters.',
    none: 'Er zijn nog geen ideeën.',
    loadMore: 'Meer ideeën laden',
    by: (name: string) => `Door ${name}`,
    onBehalfOf: (name: string, organisation: string) => `Door ${name}, namens ${organisation}`,
    submittedOn: (date: string) => `ingediend op ${date}`,
    actionLine: 'Actielijn:',
    supports: (n: number) => (n === 1 ? '1 keer gesteund' : `${n} keer gesteund`),
    comments: (n: number) => (n === 1 ? '1 reactie' : `${n} reacties`),
    answered: 'De gemeente heeft gereageerd.',
  },
  /** Supporting an idea. */
  support: {
    button: 'Steun dit idee',
    buttonShort: 'Steunen',
    /** The button's name where several share a page: which idea. */
    buttonFor: (title: string) => `Steunen (${title})`,
    supported: (n: number) => `U steunt dit idee. Het is nu ${n === 1 ? '1 keer' : `${n} keer`} gesteund.`,
    unsupported: (n: number) =>
      `U steunt dit idee niet meer. Het is nu ${n === 1 ? '1 keer' : `${n} keer`} gesteund.`,
    signIn: 'Meld u aan om dit idee te steunen',
  },
  /** One idea's page. */
  idea: {
    details: 'Over dit idee',
    opgave: 'Opgave',
    actionLine: 'Actielijn',
    location: 'Locatie',
    locationText: (latitude: number, longitude: number) => `${latitude}, ${longitude}`,
    locationMap: 'Bekijk op OpenStreetMap (opent in een nieuw tabblad)',
    tasks: 'Leidde tot de taken',
    organisation: 'Namens',
    supportHeading: 'Steun',
    supportText:
      'Vindt u dit een goed idee? Steun het. Hoe meer steun, hoe beter de gemeente ziet wat mensen willen.',
    responseHeading: 'Reactie van de gemeente',
    responseNone: 'De gemeente heeft nog niet gereageerd.',
    respondedBy: (name: string, date: string) => `${name}, ${date}`,
    respondedOn: (date: string) => `Op ${date}`,
    hiddenHeading: 'Verborgen idee',
    hidden: (reason: string) =>
      reason
        ? `De gemeente heeft dit idee verborgen. De reden: ${reason}`
        : 'De gemeente heeft dit idee verborgen.',
    hiddenOwn: 'Alleen u en de gemeente zien de inhoud nog.',
    hiddenAppeal: 'Bent u het er niet mee eens? Maak bezwaar via uw meldingen.',
    restoreHeading: 'Moderatie',
    withdrawnNotice: 'De schrijver heeft dit idee ingetrokken.',
    planTask: 'Taak plannen vanuit dit idee',
    mineHeading: 'Uw idee',
    edit: 'Idee wijzigen',
    editUntil: 'U kunt uw idee wijzigen tot de gemeente het in behandeling neemt.',
    notEditable: 'De gemeente heeft uw idee in behandeling genomen; wijzigen kan niet meer.',
    answeredMine: 'De gemeente heeft op uw idee gereageerd; wijzigen of intrekken kan niet meer.',
    withdrawnMine: 'U heeft dit idee ingetrokken.',
    withdraw: 'Idee intrekken',
    withdrawText: 'Wilt u uw idee niet meer voorstellen? Trek het in. Het blijft zichtbaar, als ingetrokken.',
    withdrawConfirm: 'Weet u zeker dat u uw idee wilt intrekken? Dat kunt u niet ongedaan maken.',
    withdrawYes: 'Ja, trek mijn idee in',
    withdrawn: 'Uw idee is ingetrokken.',
    withdrawStale:
      'Uw idee is intussen veranderd (misschien heeft de gemeente gereageerd). De pagina toont nu de nieuwste versie; kijk of u het nog wilt intrekken.',
    cancel: 'Annuleren',
    submitted: (title: string) =>
      `Dank u wel. Uw idee ‘${title}’ is ingediend. Iedereen kan het nu lezen, steunen en erop reageren.`,
    saved: 'De wijzigingen in uw idee zijn opgeslagen.',
    toOpgave: (title: string) => `Terug naar de opgave ‘${title}’`,
    conversationHeading: 'Reacties',
    conversationIntro:
      'Wat vinden anderen van dit idee? Reageer, vul het aan, of zeg of u voor of tegen bent.',
  },
  /** What staff do with an idea: answer it in public. */
  respond: {
    heading: 'Voor de gemeente',
    intro:
      'Reageer openbaar op dit idee. De indiener krijgt bericht, en de reactie komt bij het idee en op de tijdlijn van de opgave.',
    statusLegend: 'Nieuwe status',
    statusDescription: 'Neem een idee eerst in behandeling; daarna neemt u het over of wijst u het af.',
    keep: (status: string) => `${status} (alleen een nieuwe reactie)`,
    text: 'Reactie van de gemeente',
    textDescription: 'Iedereen leest deze reactie. Bij afwijzen legt u uit waarom (minstens 10 tekens).',
    submit: 'Reactie plaatsen',
    done: (status: string) => `Uw reactie is geplaatst. Het idee is nu: ${status.toLowerCase()}.`,
    none: 'Een ingetrokken idee krijgt geen reactie meer.',
  },
  /** Submitting and changing an idea. */
  /** Places: an idea's address, the map of an opgave's ideas and the list beside it. */
  places: {
    addressLabel: 'Adres',
    addressDescription:
      'Gaat uw idee over een plek? Typ een deel van het adres, bijvoorbeeld ‘Stadhuisbrug 1’, en kies ‘Zoek adres’.',
    find: 'Zoek adres',
    searching: 'Adressen zoeken…',
    typeMore: 'Typ minstens twee tekens van het adres.',
    found: (n: number) =>
      n === 1 ? '1 adres gevonden. Kies het hieronder.' : `${n} adressen gevonden. Kies er een hieronder.`,
    noneFound: 'Geen adres gevonden. Probeer het anders te schrijven, of vul hieronder de coördinaten in.',
    unavailable:
      'De adreszoeker is nu niet bereikbaar. U kunt uw idee zonder adres indienen, of hieronder de coördinaten invullen.',
    chooseLegend: 'Kies het adres',
    chosen: (label: string) => `Gekozen adres: ${label}.`,
    chosenLabel: 'Gekozen adres:',
    another: 'Ander adres kiezen',
    orPoint: 'Of een punt op de kaart',
    mapHeading: 'Ideeën op de kaart',
    listIntro: 'De ideeën met een plek, met hun adres en wijk. De kaart laat dezelfde ideeën zien.',
    placed: (n: number) => (n === 1 ? '1 idee heeft een plek.' : `${n} ideeën hebben een plek.`),
    nonePlaced: 'Nog geen idee heeft een plek.',
    point: 'Een punt op de kaart',
    inWijk: (wijk: string) => `wijk ${wijk}`,
    mapLabel: 'Kaart met de ideeën (de lijst hierboven toont dezelfde ideeën)',
    mapUnavailable: 'De kaart is nu niet beschikbaar. De lijst toont alle ideeën met een plek.',
    mapLoading: 'De kaart wordt geladen…',
    attribution: 'Kaart: BRT-Achtergrondkaart (PDOK, Kadaster)',
    zoomIn: 'Inzoomen',
    zoomOut: 'Uitzoomen',
    wijkLabel: 'Wijk',
    wijkAll: 'Alle wijken',
    areaHeading: 'Wijken van de opgave',
    areaIntro: 'Kies de CBS-wijken waar de opgave over gaat. Ideeën van buiten het gebied zijn ook welkom.',
    areaLegend: 'Wijken',
    areaBroken: 'Het gebied kan nu niet worden geladen. Probeer het later opnieuw.',
    areaLoading: 'De wijken worden geladen…',
    areaUnavailable:
      'De lijst met wijken is nu niet bereikbaar. De wijken die al gekozen waren, staan hieronder.',
    areaNoWijken: 'Er zijn nu geen wijken om uit te kiezen.',
    areaSave: 'Gebied opslaan',
    areaSaved: (n: number) =>
      n === 1 ? 'Het gebied is opgeslagen: 1 wijk.' : `Het gebied is opgeslagen: ${n} wijken.`,
    pickOnMap:
      'Of klik op de kaart om de plek aan te wijzen. Met het toetsenbord of een schermlezer: gebruik het adres hierboven, of vul de coördinaten in.',
    pickedOnMap: (lat: string, lon: string) => `Punt gekozen op de kaart: ${lat}, ${lon}.`,
    pickUnavailable: 'De kaart is nu niet beschikbaar. Vul het adres of de coördinaten in.',
    pickMapLabel: 'Kaart om een punt aan te wijzen',
  },
  ideaForm: {
    createTitle: 'Idee indienen',
    createIntro: (opgave: string) =>
      `Uw idee voor de opgave ‘${opgave}’. Iedereen kan het lezen, steunen en erop reageren, en de gemeente reageert openbaar. Anderen zien uw naam erbij, nooit uw e-mailadres.`,
    editTitle: 'Idee wijzigen',
    title: 'Titel van uw idee',
    titleDescription: 'Kort en duidelijk, bijvoorbeeld ‘Koffie-ochtend in het wijkcentrum’.',
    body: 'Uw idee',
    bodyDescription:
      'Wat stelt u voor, en waarom? Een witregel begint een nieuwe alinea. Begin regels met ‘- ’ voor een opsomming. Webadressen worden links.',
    actionLine: 'Actielijn',
    actionLineDescription: 'Bij welke actielijn van de opgave past uw idee?',
    actionLineNone: 'Geen of weet ik niet',
    location: 'Locatie',
    locationDescription:
      'Gaat uw idee over een bepaalde plek? Vul dan de coördinaten in, bijvoorbeeld 52.1075 en 5.1128. Op de meeste online kaarten ziet u ze als u op de plek klikt.',
    latitude: 'Breedtegraad',
    longitude: 'Lengtegraad',
    organisation: 'Namens',
    organisationDescription: 'Dient u het idee in voor uzelf, of namens een organisatie waarvan u lid bent?',
    organisationSelf: 'Mijzelf',
    submit: 'Idee indienen',
    save: 'Wijzigingen opslaan',
    cancel: 'Annuleren',
    staleHeading: 'Intussen gewijzigd',
    stale:
      'Uw idee is gewijzigd terwijl u dit formulier invulde, bijvoorbeeld in een ander tabblad. Uw wijzigingen staan nog in het formulier, maar zijn niet opgeslagen. Wilt u uw versie toch opslaan? Kies dan nog eens ‘Wijzigingen opslaan’.',
    viewCurrent: 'Bekijk het idee zoals het nu is (opent in een nieuw tabblad)',
    notEditable: 'Dit idee kan niet meer worden gewijzigd: de gemeente heeft het in behandeling genomen.',
    closedHeading: 'Geen nieuwe ideeën',
    similarHeading: 'Lijkt uw idee op een van deze?',
    similarIntro:
      'Deze ideeën bestaan al. Steun er een in plaats van hetzelfde idee nog eens in te dienen, of vul het aan met een reactie.',
    similarFound: (n: number) =>
      n === 1 ? 'Er is 1 idee dat lijkt op het uwe.' : `Er zijn ${n} ideeën die lijken op het uwe.`,
    similarOpens: '(opent in een nieuw tabblad)',
  },
  /** Comments on an opgave or an idea. */
  comments: {
    opgaveHeading: 'Gesprek',
    opgaveIntro:
      'Praat mee over deze opgave: stel een vraag, deel wat u weet of ziet, en reageer op elkaar. Zeg als u wilt of u voor of tegen bent.',
    none: 'Er zijn nog geen reacties.',
    count: (n: number, more: boolean) =>
      more ? `${n} reacties getoond. Er zijn er meer.` : n === 1 ? '1 reactie.' : `${n} reacties.`,
    newHeading: 'Reageer',
    body: 'Uw reactie',
    bodyDescription: 'Gewone tekst; regels en witregels blijven staan. Anderen zien uw naam bij uw reactie.',
    replyBody: (name: string) => `Uw antwoord aan ${name}`,
    stance: 'Uw standpunt',
    stanceNone: 'Geen standpunt',
    stances: { for: 'Voor', against: 'Tegen', neutral: 'Neutraal' },
    stanceOf: (stance: string) => `Standpunt: ${stance.toLowerCase()}`,
    submit: 'Reactie plaatsen',
    replySubmit: 'Antwoord plaatsen',
    save: 'Wijziging opslaan',
    cancel: 'Annuleren',
    reply: 'Antwoorden',
    replyTo: (name: string) => `Antwoorden aan ${name}`,
    edit: 'Wijzigen',
    editOf: (name: string) => `Reactie van ${name} wijzigen`,
    editUntil: (time: string) => `U kunt deze reactie wijzigen tot ${time}.`,
    delete: 'Verwijderen',
    deleteConfirm: 'Weet u zeker dat u uw reactie wilt verwijderen?',
    deleteYes: 'Ja, verwijderen',
    posted: 'Uw reactie is geplaatst.',
    replied: 'Uw antwoord is geplaatst.',
    saved: 'Uw reactie is gewijzigd.',
    deleted: 'Uw reactie is verwijderd.',
    edited: '(gewijzigd)',
    deletedPlaceholder: 'Deze reactie is verwijderd door de schrijver.',
    hiddenPlaceholder: (reason: string) =>
      reason
        ? `De gemeente heeft deze reactie verborgen. De reden: ${reason}`
        : 'De gemeente heeft deze reactie verborgen.',
    hiddenOwn: 'Alleen u en de gemeente zien de tekst nog.',
    hiddenAppeal: 'Bent u het er niet mee eens? Maak bezwaar via uw meldingen.',
    replies: (name: string) => `Antwoorden op ${name}`,
    ofAuthor: (name: string) => `de reactie van ${name}`,
    showReplies: (n: number) => `Toon alle ${n} antwoorden`,
    loadMore: 'Meer reacties laden',
    signIn: 'Meld u aan om te reageren',
    verifyFirst: 'Bevestig eerst uw e-mailadres. Daarna kunt u reageren.',
    closed: 'Op dit idee kan niet meer worden gereageerd.',
  },
  /** My contributions: my ideas and my comments. */
  contributions: {
    title: 'Mijn bijdragen',
    intro:
      'De ideeën die u indiende en de reacties die u plaatste. Bij uw ideeën ziet u hoe de gemeente erop reageerde.',
    ideasHeading: 'Mijn ideeën',
    ideasNone: 'U heeft nog geen ideeën ingediend.',
    commentsHeading: 'Mijn reacties',
    commentsNone: 'U heeft nog geen reacties geplaatst.',
    onOpgave: 'Bij de opgave',
    onIdea: 'Bij het idee',
    answer: 'Reactie van de gemeente',
    loadMoreIdeas: 'Meer ideeën laden',
    loadMoreComments: 'Meer reacties laden',
    someOpgave: 'een opgave',
    someIdea: 'een idee',
    placeholder: '(verwijderd of verborgen)',
  },
  /** My notifications. */
  notifications: {
    title: 'Meldingen',
    navLabel: 'Meldingen',
    /** Said after the count in the header's link: "Meldingen 3 ongelezen". */
    unreadSuffix: 'ongelezen',
    intro:
      'Wat er gebeurde met uw ideeën en reacties: een reactie van de gemeente, een antwoord op uw reactie, een besluit van de moderatie, en nieuwe ideeën bij opgaven die u volgt.',
    unreadCount: (n: number) =>
      n === 0
        ? 'U heeft geen ongelezen meldingen.'
        : n === 1
          ? 'U heeft 1 ongelezen melding.'
          : `U heeft ${n} ongelezen meldingen.`,
    showAll: 'Toon alle meldingen',
    showUnread: 'Toon alleen ongelezen meldingen',
    viewLabel: 'Welke meldingen',
    markAll: 'Alles als gelezen markeren',
    markedAll: (n: number) =>
      n === 1 ? '1 melding is als gelezen gemarkeerd.' : `${n} meldingen zijn als gelezen gemarkeerd.`,
    markRead: 'Markeer als gelezen',
    markUnread: 'Markeer als ongelezen',
    markReadOf: (title: string) => `Markeer als gelezen: ${title}`,
    markUnreadOf: (title: string) => `Markeer als ongelezen: ${title}`,
    markedRead: 'Gemarkeerd als gelezen.',
    markedUnread: 'Gemarkeerd als ongelezen.',
    unread: 'Nieuw',
    read: 'Gelezen',
    kinds: {
      proposal_answered: 'Reactie op uw idee',
      comment_replied: 'Antwoord op uw reactie',
      moderation_decision: 'Besluit van de moderatie',
      proposal_on_followed: 'Nieuw idee bij een opgave die u volgt',
      budget_claim_decided: 'Besluit over een budgetaanvraag',
      task_cancelled: 'Een taak gaat niet door',
      opgave_update: 'Nieuws van een opgave die u volgt',
      contribution_decided: 'Besluit over een toezegging',
    } as Record<string, string>,
    decisionLink: 'Bekijk het besluit en maak eventueel bezwaar',
    none: 'U heeft nog geen meldingen.',
    noneUnread: 'U heeft geen ongelezen meldingen.',
    loadMore: 'Meer meldingen laden',
    mailHint: 'Wilt u meldingen ook per e-mail krijgen, of juist niet? Kies het op Mijn account.',
    mailLink: 'Meldingen per e-mail instellen',
  },
  /** A moderation decision, as the author of the content sees it, with the way to object. */
  decision: {
    title: (type: string): string =>
      `Besluit over uw ${type === 'comment' ? 'reactie' : type === 'proposal' ? 'idee' : 'antwoord'}`,
    action: {
      hide: (noun: string) => `De gemeente heeft uw ${noun} verborgen.`,
      restore: (noun: string) => `De gemeente heeft uw ${noun} weer zichtbaar gemaakt.`,
      dismiss: (noun: string) =>
        `De gemeente heeft de meldingen over uw ${noun} afgewezen. Er verandert niets.`,
    },
    noun: { comment: 'reactie', proposal: 'idee', poll_answer: 'antwoord' } as Record<string, string>,
    when: (date: string) => `Besloten op ${date}.`,
    reasonHeading: 'De reden',
    reasonNone: 'De gemeente gaf geen toelichting.',
    hiddenNote:
      'Anderen zien nu alleen dat het verborgen is, met deze reden. U en de gemeente zien de inhoud nog.',
    contentHeading: 'Waar het om gaat',
    contentLink: 'Bekijk het op de site',
    appealHeading: 'Bezwaar maken',
    appealIntro:
      'Bent u het niet eens met dit besluit? Leg uit waarom. U kunt één keer bezwaar maken; een medewerker van de gemeente beoordeelt het en u krijgt bericht.',
    appealLabel: 'Waarom bent u het niet eens met het besluit?',
    appealDescription: 'Gewone tekst, hoogstens 2000 tekens. Alleen de gemeente leest dit.',
    appealSubmit: 'Bezwaar maken',
    appealSent: 'Uw bezwaar is verstuurd. De gemeente beoordeelt het, en u krijgt bericht.',
    appealOpen: (date: string) => `U maakte bezwaar op ${date}. De gemeente beoordeelt het nog.`,
    appealYours: 'Uw bezwaar',
    appealOutcome: {
      upheld: 'De gemeente heeft uw bezwaar afgewezen: het besluit blijft staan.',
      overturned: 'De gemeente heeft uw bezwaar toegewezen: de inhoud is weer zichtbaar.',
    } as Record<string, string>,
    appealResolution: 'Toelichting van de gemeente',
    notAppealable: 'Tegen dit besluit kunt u geen bezwaar maken: alleen tegen verbergen.',
    toNotifications: 'Naar mijn meldingen',
  },
  /** Reporting an idea or a comment. */
  report: {
    action: 'Melden',
    actionFor: (what: string) => `Melden: ${what}`,
    ideaAction: 'Dit idee melden',
    ideaHeading: 'Iets mis met dit idee?',
    ideaText:
      'Staat er iets in dat niet hoort, zoals scheldwoorden, reclame of iemands persoonlijke gegevens? Meld het; de gemeente bekijkt het.',
    formLabel: (what: string) => `${what.charAt(0).toUpperCase()}${what.slice(1)} melden`,
    reason: 'Wat is er mis?',
    reasons: {
      offensive: 'Beledigend, discriminerend of bedreigend',
      spam: 'Reclame of spam',
      personal_data: 'Persoonlijke gegevens van iemand',
      off_topic: 'Hoort niet bij dit onderwerp',
      other: 'Iets anders',
    } as Record<string, string>,
    explanation: 'Toelichting',
    explanationDescription: 'Wat moet de gemeente weten? Alleen de gemeente leest dit, niet de schrijver.',
    submit: 'Melding versturen',
    cancel: 'Annuleren',
    sent: 'Dank u wel. Uw melding is ontvangen; de gemeente bekijkt het. Wie meldde, blijft onbekend voor de schrijver.',
    comment: 'deze reactie',
    idea: 'dit idee',
  },
  /** The staff's moderation pages. */
  moderation: {
    title: 'Moderatie',
    navLabel: 'Moderatie',
    sections: 'Onderdelen van de moderatie',
    reports: 'Meldingen',
    appeals: 'Bezwaren',
    blocks: 'Uitsluitingen',
    intro:
      'Ideeën en reacties die mensen meldden. Verberg wat niet hoort, met een reden die iedereen ziet, of wijs de meldingen af. De schrijver krijgt bericht en kan één keer bezwaar maken.',
    statusLabel: 'Welke meldingen',
    open: 'Open',
    resolved: 'Afgehandeld',
    showOpen: 'Toon open meldingen',
    showResolved: 'Toon afgehandelde meldingen',
    none: 'Er zijn geen open meldingen. Alles is bekeken.',
    noneResolved: 'Er zijn nog geen afgehandelde meldingen.',
    count: (n: number, more: boolean) =>
      more ? `${n} getoond. Er zijn er meer.` : n === 1 ? '1 melding.' : `${n} meldingen.`,
    itemTitle: (type: string, what: string) =>
      type === 'comment' ? `Reactie van ${what}` : `${type === 'proposal' ? 'Idee' : 'Peiling'} ‘${what}’`,
    anonymous: 'Anoniem',
    by: (name: string) => `Door ${name}`,
    reported: (n: number, date: string) =>
      n === 1 ? `1 keer gemeld, op ${date}` : `${n} keer gemeld, het eerst op ${date}`,
    reasonCount: (reason: string, n: number) => `${reason}: ${n}`,
    reportsHeading: 'De meldingen',
    noExplanation: '(zonder toelichting)',
    hidden: 'Verborgen',
    deleted: 'Door de schrijver verwijderd',
    view: 'Bekijk het op de site',
    decideLegend: 'Besluit',
    hide: 'Verbergen',
    dismiss: 'Meldingen afwijzen: het blijft staan',
    restore: 'Weer tonen',
    publicReason: 'Reden (openbaar)',
    publicReasonDescription:
      'Bij verbergen verplicht. Iedereen ziet deze reden op de plek van de inhoud, en de schrijver krijgt hem te lezen.',
    restoreReason: 'Toelichting voor de schrijver',
    restoreReasonDescription: 'Waarom het weer zichtbaar wordt. De schrijver krijgt dit te lezen.',
    decideSubmit: 'Besluit vastleggen',
    restoreSubmit: 'Weer tonen',
    decided: {
      hide: 'Verborgen. De schrijver krijgt bericht met de reden.',
      dismiss: 'De meldingen zijn afgewezen; de inhoud blijft staan.',
      restore: 'Weer zichtbaar. De schrijver krijgt bericht.',
    } as Record<string, string>,
    decision: (action: string, date: string) => `${action} op ${date}`,
    actions: {
      hide: 'Verborgen',
      restore: 'Weer zichtbaar gemaakt',
      dismiss: 'Meldingen afgewezen',
    } as Record<string, string>,
    loadMore: 'Meer laden',
    appealsIntro:
      'Bezwaren van schrijvers tegen het verbergen van hun idee of reactie. Blijft het besluit staan, of komt de inhoud terug? De schrijver krijgt uw uitleg te lezen.',
    appealsNone: 'Er zijn geen open bezwaren.',
    appealsNoneResolved: 'Er zijn nog geen afgehandelde bezwaren.',
    showOpenAppeals: 'Toon open bezwaren',
    showResolvedAppeals: 'Toon afgehandelde bezwaren',
    appealFrom: (date: string) => `Bezwaar van ${date}`,
    appealExplanation: 'Het bezwaar',
    theDecision: 'Het besluit',
    outcomeLegend: 'Uitkomst',
    outcomes: {
      upheld: 'Het besluit blijft staan',
      overturned: 'Bezwaar toewijzen: de inhoud wordt weer zichtbaar',
    } as Record<string, string>,
    outcomeShort: { upheld: 'Afgewezen', overturned: 'Toegewezen' } as Record<string, string>,
    resolutionReason: 'Uitleg aan de schrijver',
    resolveSubmit: 'Bezwaar afhandelen',
    resolvedOn: (outcome: string, date: string) => `${outcome} op ${date}`,
    appealResolved: {
      upheld: 'Het bezwaar is afgewezen: het besluit blijft staan. De schrijver krijgt bericht.',
      overturned: 'Het bezwaar is toegewezen: de inhoud is weer zichtbaar. De schrijver krijgt bericht.',
    } as Record<string, string>,
    blocksIntro:
      'Wie zich niet aan de regels houdt, kunt u uitsluiten van bijdragen in de gemeente: geen ideeën, reacties of steun meer. Lezen kan wel. De persoon ziet de reden als hij iets probeert te plaatsen.',
    blockHeading: 'Iemand uitsluiten',
    blockEmail: 'E-mailadres van de persoon',
    blockEmailDescription: 'Het adres waarmee de persoon zich aanmeldt bij Samenspel.',
    blockReason: 'Reden',
    blockReasonDescription: 'De persoon krijgt deze reden te zien.',
    blockUntil: 'Tot en met',
    blockUntilDescription: 'Leeg laten: tot u de uitsluiting opheft.',
    blockSubmit: 'Uitsluiten',
    blocked: (name: string) => `${name} is uitgesloten van bijdragen.`,
    blocksHeading: 'Uitgesloten',
    blocksNone: 'Niemand is uitgesloten.',
    blockSince: (date: string) => `Sinds ${date}`,
    blockEnds: (date: string) => `tot en met ${date}`,
    blockForever: 'tot het wordt opgeheven',
    blockedBy: (name: string) => `door ${name}`,
    blockActive: 'Geldt nu',
    blockEnded: 'Verlopen of opgeheven',
    lift: 'Opheffen',
    liftFor: (name: string) => `Uitsluiting van ${name} opheffen`,
    lifted: (name: string) => `De uitsluiting van ${name} is opgeheven.`,
  },
  /** The municipality's dashboard (staff): who takes part and how. */
  dashboard: {
    title: 'Dashboard',
    navLabel: 'Dashboard',
    intro: (months: number) =>
      `Wie doet mee en hoe, bij alle opgaven van de gemeente: in totaal, per maand (de laatste ${months}), per opgave en per wijk. Elke grafiek staat ook als tabel op deze pagina, en elke tabel is als CSV te downloaden.`,
    totals: 'In totaal',
    overTime: 'Verloop per maand',
    overTimeIntro: 'Elke balk noemt de maand en het aantal; de tabel per maand hieronder heeft alle cijfers.',
    chartCaption: (measure: string) => `${measure} per maand`,
    chartAlternative: 'Dezelfde cijfers staan in de tabel per maand.',
    perMonth: 'Per maand',
    perOpgave: 'Per opgave',
    perWijk: 'Per wijk',
    month: 'Maand',
    opgave: 'Opgave',
    wijk: 'Wijk',
    wholeMunicipality: 'Hele gemeente (geen wijk)',
    empty: 'Nog niets te tellen.',
    none: 'geen',
    csv: (table: string) => `Download ‘${table}’ als CSV`,
    definitions:
      'Personen: wie een idee indiende, steunde of reageerde. Antwoorden: ideeën met een openbare reactie van de gemeente, in de maand van die reactie; de wachttijd is de mediaan in dagen. Ingebracht: bevestigde bijdragen aan budgetten. Toegekend: toekenningen min ingetrokken toekenningen. Een opgave in twee wijken telt in beide.',
    measures: {
      people: 'Personen',
      ideas: 'Ideeën',
      supports: 'Steunbetuigingen',
      comments: 'Reacties',
      answers: 'Antwoorden',
      medianAnswerDays: 'Dagen tot antwoord (mediaan)',
      tasks: 'Taken',
      tasksDone: 'Taken klaar',
      claims: 'Taken opgepakt',
      contributedCents: 'Ingebracht',
      grantedCents: 'Toegekend',
    },
  },
  /** The staff's queue of ideas that wait for an answer. */
  review: {
    title: 'Ideeën beoordelen',
    navLabel: 'Ideeën beoordelen',
    intro:
      'Ideeën bij alle opgaven van de gemeente die op een reactie wachten. Open een idee om het in behandeling te nemen, over te nemen of af te wijzen; de indiener krijgt bericht.',
    statusLabel: 'Status',
    statuses: {
      submitted: 'Ingediend: nog niet in behandeling',
      under_review: 'In behandeling',
    } as Record<string, string>,
    sortLabel: 'Volgorde',
    filterSubmit: 'Toon ideeën',
    count: (n: number, more: boolean) =>
      more ? `${n} ideeën getoond. Er zijn er meer.` : n === 1 ? '1 idee.' : `${n} ideeën.`,
    none: 'Er wachten geen ideeën. Alles heeft een reactie.',
    onOpgave: 'Bij de opgave',
    waiting: (days: number) => (days === 1 ? 'wacht 1 dag' : `wacht ${days} dagen`),
    loadMore: 'Meer ideeën laden',
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
      'Anderen zien deze naam bij uw ideeën en reacties. Alleen uw voornaam mag ook, bijvoorbeeld ‘Fatima uit Overvecht’. Woorden als ‘gemeente’ of ‘medewerker’ kunnen niet: medewerkers krijgen vanzelf een kenmerk bij hun naam.',
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
      staff_sign_in_link_pending:
        'Er is al een account met het e-mailadres dat uw organisatie doorgaf. Laat eerst zien dat dat account van u is: volg de link in de mail die we naar dat adres stuurden (30 minuten geldig), of meld u hieronder één keer aan met het wachtwoord van dat account. Daarna werkt aanmelden via uw organisatie.',
      resident_sign_in_failed:
        'Aanmelden via de gemeente (zoals met DigiD) is niet gelukt. Probeer het opnieuw; lukt het dan nog niet, neem dan contact op met de gemeente.',
      resident_sign_in_cancelled:
        'U heeft het aanmelden via de gemeente afgebroken, of u gaf geen toestemming. Er is niets veranderd.',
      resident_sign_in_unavailable:
        'Aanmelden via de gemeente kan op dit moment niet. Probeer het later opnieuw.',
      resident_sign_in_link_pending:
        'Er is al een account met het e-mailadres dat de gemeente doorgaf. Laat eerst zien dat dat account van u is: volg de link in de mail die we naar dat adres stuurden (30 minuten geldig), of meld u hieronder één keer aan met het wachtwoord van dat account.',
      session_expired: 'U was te lang niet actief en bent afgemeld. Meld u opnieuw aan.',
    } as Record<string, string>,
    failureUnknown: 'Aanmelden is niet gelukt. Probeer het opnieuw.',
    residentHeading: 'Inwoner van de gemeente?',
    residentText: (name: string) =>
      `Woont u in ${name}? Meld u dan aan via de gemeente, bijvoorbeeld met DigiD. Bent u al aangemeld, dan koppelt u zo uw account. Sommige stemmingen zijn alleen voor inwoners die zich zo aanmeldden.`,
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
    contributionsHeading: 'Mijn bijdragen',
    contributionsText:
      'De ideeën die u indiende, met de reactie van de gemeente, en de reacties die u plaatste.',
    contributionsLink: 'Bekijk mijn bijdragen',
    notificationsHeading: 'Meldingen',
    notificationsText:
      'Reacties van de gemeente op uw ideeën, antwoorden op uw reacties en besluiten over wat u plaatste.',
    notificationsLink: 'Bekijk mijn meldingen',
    invitationsHeading: 'Uitnodigingen',
    invitationsText:
      'Een rol bij een gemeente, lid worden van een organisatie of meedoen in het team van een opgave: u krijgt het pas als u de uitnodiging aanneemt.',
    invitationsLink: 'Bekijk mijn uitnodigingen',
    mailHeading: 'Meldingen per e-mail',
    mailLegend: 'Wanneer wilt u een e-mail over uw meldingen?',
    mailDescription:
      'Over een reactie van de gemeente op uw idee, een antwoord op uw reactie, en een besluit over wat u plaatste. Op de site ziet u uw meldingen altijd.',
    mailChoices: {
      immediately: 'Meteen: een e-mail per melding',
      daily: 'Eén keer per dag: alle meldingen van die dag in één e-mail',
      never: 'Nooit: ik kijk zelf op de site',
    } as Record<string, string>,
    mailSubmit: 'Keuze opslaan',
    mailSaved: {
      immediately: 'Opgeslagen. U krijgt voortaan meteen een e-mail bij elke melding.',
      daily: 'Opgeslagen. U krijgt voortaan één keer per dag een e-mail met de meldingen van die dag.',
      never: 'Opgeslagen. U krijgt geen e-mail meer over meldingen; ze staan wel op de site.',
    } as Record<string, string>,
    languageLegend: 'Taal van meldingen en e-mail',
    languageDescription: 'In deze taal schrijven wij u over opgaven die u volgt.',
    languageChoices: { nl: 'Nederlands', en: 'English' },
    mailStale:
      'Uw account is intussen ergens anders gewijzigd. Hierboven staat de keuze zoals die nu is opgeslagen; kies opnieuw en sla op.',
  },
  invitations: {
    title: 'Mijn uitnodigingen',
    intro:
      'De uitnodigingen voor uw e-mailadres. U krijgt een rol, een lidmaatschap of een plek in een team pas als u de uitnodiging aanneemt.',
    none: 'Er zijn geen open uitnodigingen voor uw e-mailadres.',
    verifyFirst:
      'Bevestig eerst uw e-mailadres met de link uit de mail die we u stuurden. Daarna ziet u hier de uitnodigingen voor dat adres, en kunt u ze aannemen.',
    role: (role: string, municipality: string) => `${role} bij de gemeente ${municipality}`,
    organisation: (name: string, municipality: string, admin: boolean) =>
      `Lid van ${name} (gemeente ${municipality})${admin ? ', als beheerder' : ''}`,
    team: (role: string, title: string) => `In het team van de opgave ‘${title}’: ${role.toLowerCase()}`,
    invitedBy: (name: string) => `Uitgenodigd door ${name}.`,
    until: (date: string) => `Geldig tot ${date}.`,
    accept: 'Aannemen',
    decline: 'Afslaan',
    acceptLabel: (what: string) => `Aannemen: ${what}`,
    declineLabel: (what: string) => `Afslaan: ${what}`,
    accepted: (what: string) => `U heeft de uitnodiging aangenomen: ${what}.`,
    declined: (what: string) => `U heeft de uitnodiging afgeslagen: ${what}.`,
    loadMore: 'Meer uitnodigingen',
  },
  linkConfirm: {
    title: 'Koppeling bevestigen',
    working: 'De koppeling wordt bevestigd…',
    doneTitle: 'De koppeling is bevestigd',
    done: 'U kunt zich voortaan aanmelden via de inlog van uw organisatie. Was uw e-mailadres nog niet bevestigd, dan is het dat nu; een wachtwoord dat al bij het account hoorde, werkt dan niet meer.',
    toSignIn: 'Naar aanmelden',
    invalidTitle: 'Deze link werkt niet (meer)',
    invalid:
      'De link is ongeldig, al gebruikt of verlopen. Een link om een koppeling te bevestigen is 30 minuten geldig. Meld u opnieuw aan via uw organisatie; dan krijgt u een nieuwe mail.',
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
    signInAgain: 'Afmelden en opnieuw aanmelden',
  },
  accessibility: {
    title: 'Toegankelijkheidsverklaring',
  },
  privacy: {
    title: 'Privacyverklaring',
  },
  /** Results of an opgave: its page, its indicators, reflection moments, and the trail of an idea. */
  results: {
    title: 'Resultaten',
    intro:
      'Wat deze opgave oplevert: hoe de indicatoren ervoor staan, hoe het gaat met taken en budget, en wat het team leerde bij het samen terugkijken.',
    opgaveHeading: 'Resultaten',
    opgaveIntro:
      'Wat de opgave wil veranderen en wat er gemeten is, taken en budget in het kort, de reflectiemomenten en de open data.',
    opgaveLink: 'Bekijk de resultaten van deze opgave',
    reflectionsLink: 'Naar de reflectiemomenten',
    glanceHeading: 'In het kort',
    tasksHeading: 'Taken',
    taskCounts: {
      total: 'Taken in het plan',
      open: 'Nog niet opgepakt',
      inProgress: 'Wordt aan gewerkt',
      done: 'Klaar',
      cancelled: 'Geschrapt',
    },
    budgetHeading: 'Budget',
    budgetCounts: {
      budgets: 'Budgetten',
      contributed: 'Ingebracht',
      granted: 'Toegekend',
      requested: 'Aangevraagd, nog niet besloten',
      open: 'Nog niet toegekend',
    },
    ideasHeading: 'Ideeën',
    ideasTotal: 'Ideeën ingediend',
    tasksLink: 'Alle taken en wie ze oppakte',
    budgetLink: 'Het budget: wie bijdraagt en wat is toegekend',
    ideasLink: 'Alle ideeën',
    reflectionCountsHeading: 'Terugkijken',
    reflectionCounts: {
      planned: 'Gepland, nog open',
      held: 'Gehouden',
      published: 'Met een openbare samenvatting',
    },
    indicatorsHeading: 'Indicatoren',
    indicatorsIntro:
      'Wat de opgave wil veranderen, gemeten vanaf een nulmeting naar een streefwaarde. Bij elke indicator staat of een hogere of een lagere waarde beter is.',
    indicatorsNone: 'Er zijn nog geen indicatoren vastgelegd.',
    reflectionsHeading: 'Reflecties',
    reflectionsIntro:
      'Het team kijkt geregeld samen terug: wat ging goed, wat niet, en wat veranderen we? Dit zijn de openbare samenvattingen.',
    reflectionsNone: 'Er is nog geen samenvatting van een reflectiemoment gepubliceerd.',
    heldOn: (date: string) => `Gehouden op ${date}`,
    allReflections: 'Alle reflectiemomenten',
    staffHeading: 'Voor medewerkers',
    addIndicator: 'Een indicator toevoegen',
    planReflection: 'Een reflectiemoment plannen',
    openDataHeading: 'Open data',
    openDataIntro:
      'De openbare gegevens van deze opgave, om zelf te bekijken of te hergebruiken. Zonder persoonsgegevens: ideeën staan erin zonder wie ze schreef. Een CSV-bestand per soort gegevens, of alles in één JSON-bestand.',
    datasets: {
      opgaven: 'De opgave',
      proposals: 'Ideeën',
      tasks: 'Taken',
      grants: 'Toekenningen van budget',
      indicators: 'Indicatoren',
      measurements: 'Metingen',
    } as Record<string, string>,
    csv: (name: string) => `${name} (CSV)`,
    json: 'Alles in één bestand (JSON)',
    municipalityData: (name: string) => `Alle open data van ${name} (JSON)`,
    toOpgave: (title: string) => `Terug naar de opgave ‘${title}’`,
    toResults: 'Terug naar de resultaten',
  },
  people: {
    /** Staff of the municipality, after the name they chose: a badge no chosen name can hold. */
    staff: (name: string) => `${name} (gemeente)`,
    /** A comment the municipality wrote itself, through one of its systems (named to its staff only). */
    municipality: (name: string, system?: string | null) =>
      system ? `Gemeente ${name} (via ${system})` : `Gemeente ${name}`,
    /** The same, where only the system is known (moderation is always of one's own municipality). */
    system: (system: string) => `de gemeente (via ${system})`,
  },
  indicator: {
    kinds: { effect: 'Maatschappelijk effect', output: 'Prestatie' } as Record<string, string>,
    directions: { higher: 'Hoger is beter', lower: 'Lager is beter' } as Record<string, string>,
    kind: 'Soort',
    direction: 'Richting',
    baseline: 'Nulmeting',
    target: 'Streefwaarde',
    latest: 'Laatste meting',
    source: 'Bron',
    actionLine: 'Actielijn',
    value: (value: string, unit: string) => `${value} ${unit}`,
    valueOn: (value: string, date: string) => `${value} op ${date}`,
    progress: {
      none: 'Nog geen metingen',
      towards: (percent: number) => `${percent}% van nulmeting naar streefwaarde`,
      reached: (percent: number) => `Streefwaarde gehaald: ${percent}% van nulmeting naar streefwaarde`,
      away: (percent: number) =>
        `Verder van de streefwaarde af dan bij de nulmeting: ${percent}% van nulmeting naar streefwaarde`,
    },
    chartCaption: (name: string) => `Verloop van ‘${name}’`,
    chartTitle: ({
      name,
      baseline,
      latest,
      target,
      direction,
    }: {
      name: string;
      baseline: string;
      latest: string | null;
      target: string;
      direction: string;
    }) =>
      `${name}: nulmeting ${baseline}, ${latest ? `laatste meting ${latest}` : 'nog geen metingen'}, streefwaarde ${target}. ${direction}.`,
    chartDescription:
      'Een doorgetrokken lijn door de metingen, vanaf de nulmeting; een stippellijn op de hoogte van de nulmeting en een streepjeslijn op de streefwaarde. Dezelfde cijfers staan in de tabel onder de grafiek.',
    legend: {
      series: 'Metingen (doorgetrokken lijn, rondjes)',
      baseline: 'Nulmeting (stippellijn, vierkantje)',
      target: 'Streefwaarde (streepjeslijn, ruit)',
    },
    lineLabel: (what: string, value: string) => `${what} ${value}`,
    tableToggle: 'Bekijk de cijfers als tabel',
    tableCaption: (name: string) => `Cijfers van ‘${name}’`,
    tableDate: 'Datum',
    tableWhat: 'Wat',
    tableValue: (unit: string) => `Waarde (${unit})`,
    rowMeasurement: 'Meting',
    moreLink: (name: string) => `Alle metingen en bronnen van ‘${name}’`,
    pageIntro: 'Een indicator van de opgave, met al zijn metingen en waar de cijfers vandaan komen.',
    courseHeading: 'Verloop',
    measurementsHeading: 'Metingen',
    measurementsNone: 'Er zijn nog geen metingen.',
    recordedBy: (name: string, date: string) => `Vastgelegd door ${name} op ${date}`,
    recordHeading: 'Een meting vastleggen',
    recordIntro: 'Per datum één meting. Staat er al een op die datum, corrigeer die dan.',
    measurementValue: 'Waarde',
    measurementValueDescription: (unit: string) => `In ${unit}. Decimalen met een komma, zoals 6,5.`,
    measuredOn: 'Datum van de meting',
    measuredOnDescription: 'Niet in de toekomst.',
    sourceNote: 'Bron of toelichting',
    recordSubmit: 'Meting vastleggen',
    recorded: (value: string, date: string) => `De meting van ${date} (${value}) is vastgelegd.`,
    correct: 'Corrigeren',
    correctLabel: (date: string) => `Meting van ${date} corrigeren`,
    correctSubmit: 'Correctie opslaan',
    corrected: (date: string) =>
      `De meting van ${date} is gecorrigeerd. De oude waarde blijft in het logboek.`,
    correctStale: (value: string) =>
      `Iemand anders heeft deze meting intussen gecorrigeerd; de waarde is nu ${value}. Uw invoer staat er nog: sla opnieuw op om die te bewaren.`,
    cancel: 'Annuleren',
    createTitle: 'Een indicator toevoegen',
    createIntro:
      'Wat wil de opgave veranderen, en hoe meet u dat? Leg een nulmeting en een streefwaarde vast; de nulmeting en de richting liggen daarna vast.',
    name: 'Naam',
    nameDescription: 'Zoals: Bewegingen naar werk.',
    kindLegend: 'Soort indicator',
    kindDescription:
      'Een maatschappelijk effect is wat er in de samenleving verandert, zoals meer mensen aan het werk. Een prestatie is wat de opgave doet of levert, zoals ontmoetingen tussen inwoners en werkgevers.',
    unit: 'Eenheid',
    unitDescription: 'Zoals: personen per kwartaal, procent, rapportcijfer.',
    directionLegend: 'Wat is beter?',
    baselineValue: 'Nulmeting: waarde',
    baselineDate: 'Nulmeting: datum',
    targetValue: 'Streefwaarde',
    targetDate: 'Streefdatum',
    description: 'Toelichting',
    dataSource: 'Bron van de cijfers',
    actionLineNone: 'Geen: de hele opgave',
    createSubmit: 'Indicator toevoegen',
    created: (name: string) => `De indicator ‘${name}’ is toegevoegd.`,
  },
  reflection: {
    listTitle: 'Reflectiemomenten',
    listIntro:
      'Momenten waarop het team samen terugkijkt: wat ging goed, wat niet, en wat veranderen we? Zolang een moment open is, schrijven de deelnemers mee; daarna volgt een openbare samenvatting.',
    listNone: 'Er zijn nog geen reflectiemomenten.',
    listNonePublic: 'Er is nog geen reflectiemoment met een openbare samenvatting.',
    statuses: { open: 'Open', closed: 'Afgesloten' } as Record<string, string>,
    published: 'Samenvatting gepubliceerd',
    heldOn: (date: string) => `Op ${date}`,
    phase: (phase: string) => `Fase: ${phase}`,
    entryCount: (count: number) => (count === 1 ? '1 bijdrage' : `${count} bijdragen`),
    residentsInvited: 'Inwoners schrijven mee',
    planTitle: 'Een reflectiemoment plannen',
    planIntro:
      'Kies een titel en een datum. De vragen zijn standaard: wat ging goed, wat ging niet goed, wat veranderen we? U kunt ze aanpassen zolang er nog niets bij geschreven is.',
    title: 'Titel',
    heldOnLabel: 'Datum',
    prompts: 'Vragen',
    promptsDescription: 'Eén vraag per regel, hoogstens tien.',
    inviteResidents: 'Ook inwoners schrijven mee',
    inviteResidentsDescription:
      'Dan kan iedere inwoner met een bevestigd e-mailadres meeschrijven, ook wie niet in het team zit.',
    proposals: 'Ideeën die u bespreekt',
    proposalsDescription: 'Wie zo’n idee volgt, ziet later bij het idee dat het besproken is.',
    proposalsNone: 'Deze opgave heeft nog geen ideeën.',
    planSubmit: 'Moment plannen',
    planned: (title: string) => `Het reflectiemoment ‘${title}’ is gepland.`,
    summaryHeading: 'Samenvatting',
    summaryNone: 'Er is nog geen openbare samenvatting.',
    conclusionsHeading: 'Conclusies',
    followUpHeading: 'Vervolgacties',
    followUpKinds: {
      task: 'Taak',
      formulation: 'Voorstel voor de formulering',
      action_line: 'Actielijn',
      note: 'Notitie',
    } as Record<string, string>,
    followUpBecame: {
      action_line: (title: string) => `Bij de actielijn ‘${title}’.`,
      formulation: 'Werd een voorstel voor de formulering.',
    },
    followUpTask: 'Werd de taak',
    proposalsHeading: 'Besproken ideeën',
    closedBy: (name: string, date: string) => `Afgesloten door ${name} op ${date}.`,
    entriesHeading: 'Wat de deelnemers schreven',
    entriesIntro:
      'Per vraag wat de deelnemers schreven. Dit lezen alleen het team, de medewerkers van de gemeente en wie is uitgenodigd; anderen lezen de samenvatting.',
    entriesNone: 'Nog niets geschreven bij deze vraag.',
    entryBy: (name: string, date: string) => `${name}, ${date}`,
    formerParticipant: 'Een oud-deelnemer',
    writeLabel: (prompt: string) => `Uw bijdrage bij ‘${prompt}’`,
    writeSubmit: 'Bijdrage plaatsen',
    written: 'Uw bijdrage is geplaatst.',
    closedNotice: 'Dit moment is afgesloten; er kan niet meer worden geschreven.',
    notParticipant:
      'Wat de deelnemers schreven, lezen alleen het team, de medewerkers van de gemeente en wie is uitgenodigd.',
    signInToWrite: 'Meld u aan om mee te schrijven, als u in het team zit of bent uitgenodigd.',
    closeHeading: 'Het moment afsluiten',
    closeIntro:
      'Leg vast wat u samen concludeert en wat er nu gebeurt. Een vervolgactie kan een taak worden, een voorstel voor de formulering of een aangepaste actielijn. Na het afsluiten kan niemand meer schrijven.',
    closeNotAllowed: 'Alleen de procesregisseur of een beheerder van de gemeente sluit een moment af.',
    conclusions: 'Conclusies',
    conclusionsDescription: 'Voor het team en de gemeente. Minstens 10 tekens.',
    summary: 'Openbare samenvatting',
    summaryDescription: 'Wat iedereen mag lezen, zonder namen. Nodig om te publiceren.',
    publish: 'De samenvatting meteen publiceren',
    actionsHeading: 'Vervolgacties',
    actionHeading: (n: number) => `Vervolgactie ${n}`,
    actionKind: 'Wat wordt het?',
    actionDescription: 'Omschrijving',
    actionLine: 'Actielijn',
    actionLineNew: 'Een nieuwe actielijn',
    actionLineNone: 'Geen',
    actionKindDescriptions: {
      task: 'Wordt een taak in het plan; kies eventueel de actielijn waar hij bij hoort.',
      formulation: 'Wordt een voorstel voor de formulering van de opgave (minstens 10 tekens).',
      action_line: 'Wordt het nieuwe doel van de gekozen actielijn, of een nieuwe actielijn.',
      note: 'Blijft een notitie bij het moment.',
    } as Record<string, string>,
    addAction: 'Vervolgactie toevoegen',
    removeAction: (n: number) => `Vervolgactie ${n} weghalen`,
    closeSubmit: 'Moment afsluiten',
    closed: 'Het moment is afgesloten.',
    publishHeading: 'Samenvatting publiceren',
    publishIntro:
      'Het moment is afgesloten. Publiceer de samenvatting, dan leest iedereen haar bij de resultaten.',
    publishSubmit: 'Samenvatting publiceren',
    publishedNotice: 'De samenvatting is gepubliceerd.',
    stale:
      'Iemand anders heeft dit moment intussen gewijzigd. Wat u typte staat er nog; kijk het na en probeer het nog eens.',
    toList: 'Alle reflectiemomenten',
  },
  trail: {
    heading: 'Wat er van dit idee werd',
    intro:
      'Van antwoord tot resultaat: wat de gemeente besloot, welke taken eruit voortkwamen en wie ze oppakte, het budget daarvoor, wat er gemeten wordt en waar het team erop terugkeek.',
    responseHeading: 'Het antwoord van de gemeente',
    responseBy: (status: string, name: string, date: string) =>
      `${status}: geantwoord door ${name} op ${date}.`,
    responseOn: (status: string, date: string) => `${status}: geantwoord op ${date}.`,
    responseNone: 'De gemeente heeft nog niet geantwoord.',
    readAnswer: 'Lees het antwoord',
    tasksHeading: 'Taken en wie ze oppakten',
    tasksNone: 'Er zijn (nog) geen taken uit dit idee voortgekomen.',
    taskStatuses: {
      open: 'Open',
      in_progress: 'Wordt aan gewerkt',
      done: 'Klaar',
      cancelled: 'Geschrapt',
    } as Record<string, string>,
    takenOnBy: 'Opgepakt door',
    nobodyYet: 'Nog niemand heeft deze taak opgepakt.',
    claim: (name: string, percent: number) => `${name}, ${percent}% klaar`,
    released: (name: string, date: string) => `${name}, gestopt op ${date}`,
    grants: 'Budget',
    grant: (amount: string, name: string) => `${amount} toegekend aan ${name}`,
    grantWithdrawn: (amount: string, name: string, date: string) =>
      `${amount} toegekend aan ${name}, ingetrokken op ${date}`,
    indicatorsHeading: 'Wat er gemeten wordt',
    indicatorsIntro: (line: string) => `De indicatoren van de actielijn ‘${line}’, waar dit idee bij hoort.`,
    indicatorsNone: 'Dit idee hoort (nog) niet bij een actielijn met indicatoren.',
    toResults: 'Bekijk de grafieken bij de resultaten van de opgave',
    reflectionsHeading: 'Besproken bij het terugkijken',
    reflectionsNone: 'Het idee is (nog) niet besproken bij een gepubliceerd reflectiemoment.',
  },
  forms: {
    errorSummaryTitle: 'Er is iets misgegaan. Controleer het volgende:',
    errorPrefix: 'Fout:',
    optional: '(niet verplicht)',
  },
  attachments: {
    photosHeading: "Foto's",
    none: "Er zijn nog geen foto's bij dit idee.",
    addHeading: 'Een foto toevoegen',
    addIntro:
      'Een foto laat zien wat u bedoelt. Wij bewaren de foto zonder de gegevens die uw camera of telefoon erin zet (zoals de plek waar hij is gemaakt).',
    file: 'Foto',
    fileDescription: 'JPEG, PNG of WebP, hooguit 10 MB.',
    altText: 'Beschrijving van de foto',
    altTextDescription:
      'Wat is er te zien? Voor wie de foto niet kan zien, bijvoorbeeld met een schermlezer.',
    add: 'Foto toevoegen',
    added: 'De foto is toegevoegd.',
    remove: 'Verwijderen',
    removeLabel: (alt: string) => `Foto verwijderen: ${alt}`,
    removed: 'De foto is verwijderd.',
    noFile: 'Kies een foto.',
  },
  meetings: {
    listTitle: 'Bijeenkomsten',
    listIntro:
      'Werksessies, kennissessies, klankbordgroepen en reflectiemomenten van deze opgave. Meld u aan, of zet ze in uw agenda.',
    none: 'Er zijn nog geen bijeenkomsten gepland.',
    kinds: {
      work_session: 'Werksessie',
      knowledge_session: 'Kennissessie',
      sounding_board: 'Klankbordgroep',
      reflection_moment: 'Reflectiemoment',
    } as Record<string, string>,
    when: (date: string, from: string, to: string) => `${date}, ${from}–${to}`,
    where: 'Plaats',
    online: 'Online meedoen',
    places: (taken: number, capacity: number) => `${taken} van ${capacity} plaatsen bezet`,
    waiting: (count: number) =>
      count === 1 ? '1 persoon op de wachtlijst' : `${count} mensen op de wachtlijst`,
    cancelledBadge: 'Gaat niet door',
    register: 'Aanmelden',
    registerFor: (title: string) => `Aanmelden voor ${title}`,
    registered: 'U bent aangemeld.',
    waitingListed: (position: number) =>
      `U staat op de wachtlijst (nummer ${position}). Komt er een plaats vrij, dan krijgt u bericht.`,
    cancel: 'Afmelden',
    cancelFor: (title: string) => `Afmelden voor ${title}`,
    cancelledRegistration: 'U bent afgemeld.',
    signInToRegister: 'Log in om u aan te melden.',
    calendar: 'Zet in mijn agenda (.ics)',
    calendarFor: (title: string) => `Zet in mijn agenda (.ics): ${title}`,
    feed: 'Alle bijeenkomsten van deze opgave in uw agenda (iCalendar)',
    notes: 'Aantekeningen',
    decisions: 'Besluiten',
    toMeetings: 'Naar de bijeenkomsten',
    planTitle: 'Een bijeenkomst plannen',
    plan: 'Een bijeenkomst plannen',
    planIntro: 'Geef een tijd, een plaats of een link om online mee te doen, en het aantal plaatsen.',
    kind: 'Soort bijeenkomst',
    title: 'Titel',
    description: 'Wat gaan we doen?',
    date: 'Datum',
    startTime: 'Begintijd',
    endTime: 'Eindtijd',
    location: 'Plaats (adres of zaal)',
    onlineUrl: 'Link om online mee te doen',
    onlineUrlDescription: 'Begint met https://. Laat leeg als de bijeenkomst alleen op een plaats is.',
    capacity: 'Aantal plaatsen',
    planSubmit: 'Bijeenkomst plannen',
    planned: (title: string) => `‘${title}’ is gepland.`,
    back: 'Annuleren',
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
    deactivatedTitle: 'Deze gemeente doet niet meer mee',
    problem: {
      municipality_deactivated:
        'Deze gemeente doet niet meer mee aan Samenspel. Haar gegevens zijn bewaard; neem voor vragen contact op met de gemeente.',
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
      unsupported_file_type:
        'Dit soort bestand kan niet worden toegevoegd. Kies een foto (JPEG, PNG of WebP).',
      unreadable_file: 'Dit bestand kan niet worden gelezen. Is het echt een foto? Kies een andere.',
      file_too_large: 'Dit bestand is te groot. Kies een kleinere foto.',
      quota_exceeded: 'U heeft de ruimte voor uw bestanden opgebruikt. Verwijder eerst een foto.',
      too_many_attachments: 'Hier zijn al genoeg bestanden bij gevoegd.',
      already_registered: 'U bent al aangemeld voor deze bijeenkomst.',
      meeting_closed: 'Aanmelden voor deze bijeenkomst kan niet meer.',
      capacity_below_registered: 'Er zijn al meer aanmeldingen dan dit aantal plaatsen.',
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
      already_decided: 'Hierover is al besloten, misschien net door iemand anders. Laad de pagina opnieuw.',
      not_confirmed: 'Alleen een bevestigde bijdrage kan worden gecorrigeerd. Laad de pagina opnieuw.',
      below_granted:
        'Er is al meer toegekend dan er na deze correctie in het budget zou zitten. Kies een hoger bedrag, of trek eerst een toekenning in.',
      not_granted: 'Alleen een toekenning kan worden ingetrokken. Laad de pagina opnieuw.',
      already_on_team: 'Deze persoon of organisatie staat al op het team.',
      procesregisseur_stays: 'De procesregisseur blijft op het team. Kies eerst een andere procesregisseur.',
      slug_taken: 'Deze gemeente heeft al een opgave met dit webadres.',
      phase_not_allowed: 'Alleen de procesregisseur of een beheerder van de gemeente kan de fase wijzigen.',
      idempotency_key_reused:
        'Dit formulier is al eens verstuurd met andere gegevens. Laad de pagina opnieuw en probeer het nog eens.',
      idempotency_in_progress:
        'Uw vorige verzoek wordt nog verwerkt. Wacht even en laad dan de pagina opnieuw om te zien of het gelukt is.',
      phase_closed:
        'In deze fase neemt de opgave geen nieuwe ideeën aan. U kunt de ideeën die er zijn wel steunen en erop reageren.',
      not_editable: 'Dit idee kan niet meer worden gewijzigd: de gemeente heeft het in behandeling genomen.',
      already_answered: 'De gemeente heeft al op dit idee gereageerd; intrekken kan niet meer.',
      not_supportable: 'Dit idee kan niet (meer) worden gesteund.',
      invalid_status_change:
        'Zo kan de status van dit idee niet veranderen. Misschien heeft iemand anders net gereageerd; laad de pagina opnieuw.',
      not_commentable: 'Hierop kan niet (meer) worden gereageerd.',
      edit_window_closed: 'Een reactie kan alleen kort na het plaatsen worden gewijzigd. De tijd is om.',
      too_many_edits: 'Deze reactie is al vaak gewijzigd. Plaats een nieuwe reactie.',
      hidden: 'De gemeente heeft dit verborgen; wijzigen kan niet.',
      already_reported: 'U heeft dit al gemeld. De gemeente bekijkt uw melding nog.',
      already_hidden: 'Dit is al verborgen door de gemeente.',
      not_hidden:
        'Dit is niet (meer) verborgen. Misschien heeft iemand anders het net teruggezet; laad de pagina opnieuw.',
      no_open_reports:
        'Over dit idee of deze reactie zijn geen open meldingen meer. Misschien heeft iemand anders al besloten; laad de pagina opnieuw.',
      already_appealed: 'U heeft al bezwaar gemaakt tegen dit besluit. Dat kan één keer.',
      not_appealable: 'Tegen dit besluit kunt u geen bezwaar maken.',
      already_resolved: 'Dit bezwaar is al afgehandeld. Laad de pagina opnieuw.',
      already_blocked: 'Deze persoon is al uitgesloten van bijdragen in deze gemeente.',
      reauthentication_required:
        'U bent al een tijdje aangemeld. Meld u opnieuw aan om te bevestigen dat u het bent; daarna kunt u uw account verwijderen.',
      // No text for posting_blocked: the API's own detail says until when, and the reason.
      // Reflection and results.
      reflection_closed: 'Dit moment is afgesloten; er kan niet meer worden geschreven.',
      already_closed:
        'Dit moment is al afgesloten. Misschien deed iemand anders dat net; laad de pagina opnieuw.',
      prompts_in_use: 'Er is al geschreven bij deze vragen; ze kunnen niet meer veranderen.',
      not_closed: 'Publiceer de samenvatting nadat het moment is afgesloten.',
      measurement_exists:
        'Er is al een meting op deze datum. Corrigeer die in plaats van een tweede vast te leggen.',
      // Trust: verified addresses, invitations, the procesregisseur's powers.
      email_unverified:
        'Bevestig eerst uw e-mailadres: klik op de link in de mail die we u stuurden. Daarna kunt u dit doen.',
      procesregisseur_only:
        'Alleen de procesregisseur van de opgave of een beheerder van de gemeente mag dit.',
      last_beheerder:
        'U bent de laatste beheerder van een gemeente. Maak eerst iemand anders beheerder; daarna kan dit.',
      invitation_answered: 'Deze uitnodiging is al beantwoord of ingetrokken. Laad de pagina opnieuw.',
      invitation_expired: 'Deze uitnodiging is verlopen. Vraag om een nieuwe uitnodiging.',
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
      reserved_name: ({ label }: FieldContext) =>
        `${label} lijkt op een rol of instantie (zoals ‘gemeente’, ‘medewerker’ of ‘moderator’). Kies een andere naam; medewerkers van de gemeente krijgen vanzelf een kenmerk bij hun naam.`,
      bidi_control: ({ label }: FieldContext) =>
        `${label} bevat een teken dat de leesrichting omkeert of verbergt. Haal het weg en probeer het opnieuw.`,
      format_character: ({ label }: FieldContext) =>
        `${label} bevat een onzichtbaar teken (zoals een zero-width space). Typ de tekst opnieuw in plaats van te plakken.`,
      control_character: ({ label }: FieldContext) => `${label} bevat een stuurteken. Haal het weg.`,
      invisible_text: ({ label }: FieldContext) =>
        `${label} bestaat alleen uit onzichtbare tekens. Schrijf tekst die anderen kunnen lezen.`,
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
      unknown_action_line: ({ label }: FieldContext) => `Kies een actielijn uit de lijst bij ‘${label}’.`,
      not_a_member: ({ label }: FieldContext) =>
        `Kies bij ‘${label}’ uzelf, of een organisatie waarvan u lid bent.`,
      unknown_comment: () => 'De reactie waarop u antwoordt, bestaat niet (meer). Laad de pagina opnieuw.',
      nested_reply: () => 'U kunt alleen op een reactie zelf antwoorden, niet op een antwoord.',
      // Reflection and results.
      in_future: ({ label }: FieldContext) =>
        `${label} ligt in de toekomst. Kies vandaag of een eerdere datum.`,
      measurement_exists: () =>
        'Op deze datum is al een meting. Kies een andere datum, of corrigeer die meting bij de metingen hieronder.',
      target_not_better: ({ label }: FieldContext) =>
        `${label} ligt niet in de goede richting: bij ‘hoger is beter’ boven de nulmeting, bij ‘lager is beter’ eronder.`,
      target_before_baseline: ({ label }: FieldContext) =>
        `${label} moet na de datum van de nulmeting liggen.`,
      unknown_prompt: () => 'Deze vraag bestaat niet (meer) bij dit moment. Laad de pagina opnieuw.',
      not_a_number: ({ label }: FieldContext) => `${label} is geen getal. Vul een getal in, zoals 6,5.`,
      unknown_proposal: ({ label }: FieldContext) => `Kies ideeën van deze opgave bij ‘${label}’.`,
      insufficient_contrast: ({ reason }: FieldContext) => reason,
      not_a_colour: ({ label }: FieldContext) => `${label} is geen kleur. Kies een kleur, zoals #1a1a1a.`,
    } as Record<string, (context: FieldContext) => string>,
  },
};

export type Messages = typeof nl;
