import type { FieldContext, Messages } from './nl';

/** "15 seconds", "1 minute", "15 minutes", "2 hours": how long to wait, rounded up. */
function duration(seconds: number): string {
  if (seconds < 60) return seconds === 1 ? '1 second' : `${seconds} seconds`;
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 60) return minutes === 1 ? '1 minute' : `${minutes} minutes`;
  const hours = Math.ceil(minutes / 60);
  return hours === 1 ? '1 hour' : `${hours} hours`;
}

/** "a", "a and b", "a, b and c". */
function listOf(items: string[]): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

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
    opgaven: 'Opgaven',
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
    joinHeading: 'Take part',
    joinText: (name: string) =>
      `Create an account to join the conversation about the challenges in ${name}. It takes a few minutes.`,
    joinLink: (name: string) => `Create an account as a resident of ${name}`,
    opgavenHeading: 'Opgaven',
    opgavenIntro: (name: string) =>
      `Residents, societal partners, entrepreneurs and the municipality of ${name} work on these together.`,
    opgavenNone: 'There are no opgaven yet.',
    allOpgaven: (name: string) => `All opgaven of ${name}`,
  },
  phases: {
    exploring: 'Exploring',
    formulating: 'Formulating',
    planning: 'Plan of approach',
    executing: 'Carrying out and monitoring',
    completed: 'Completed',
  },
  opgaven: {
    title: (name: string) => `Opgaven in ${name}`,
    intro:
      'An opgave is a societal challenge that the municipality, residents and partners work on together: first exploring and formulating it, then a plan of approach, carrying it out and looking back.',
    filtersHeading: 'Search and filter',
    searchLabel: 'Search words',
    searchDescription:
      'Searches the title, the summary and the formulation, in Dutch: ‘werken’ also finds ‘werk’.',
    phaseLabel: 'Phase',
    phaseAll: 'All phases',
    domainLabel: 'Policy domain',
    domainAll: 'All policy domains',
    sortLabel: 'Order',
    sorts: {
      '-createdAt': 'Newest first',
      createdAt: 'Oldest first',
      title: 'By title (A–Z)',
      '-supporterCount': 'Most support first',
    },
    submit: 'Show opgaven',
    reset: 'Clear search words and filters',
    resultsHeading: 'Results',
    results: (count: number, more: boolean) => {
      if (more) return `${count} opgaven shown. There are more.`;
      return count === 1 ? '1 opgave found.' : `${count} opgaven found.`;
    },
    noResults: 'No opgaven found. Try other search words or fewer filters.',
    loadMore: 'Load more opgaven',
    newOpgave: 'New opgave',
    draft: 'Draft',
    phase: 'Phase',
    domains: 'Policy domains',
    countsLabel: 'In numbers',
    counts: {
      members: (n: number) => (n === 1 ? '1 participant' : `${n} participants`),
      proposals: (n: number) => (n === 1 ? '1 idea' : `${n} ideas`),
      supporters: (n: number) => (n === 1 ? '1 supporter' : `${n} supporters`),
      openTasks: (n: number) => (n === 1 ? '1 open task' : `${n} open tasks`),
      budget: (granted: string, total: string) => `${granted} of ${total} budget granted`,
    },
  },
  opgave: {
    draftNotice: 'This is a draft. Only staff of the municipality can see this opgave.',
    phaseHeading: 'Phase',
    phaseCurrent: 'current phase',
    phaseDone: 'done',
    phaseUpcoming: 'not started yet',
    detailsHeading: 'About this opgave',
    targetGroup: 'Target group',
    area: 'Area',
    domains: 'Policy domains',
    period: 'Period',
    periodFromTo: (from: string, to: string) => `${from} to ${to}`,
    periodFrom: (from: string) => `From ${from}`,
    periodUntil: (to: string) => `Until ${to}`,
    procesregisseur: 'Process director (procesregisseur)',
    none: 'Not filled in',
    formulationHeading: 'Formulation',
    formulationIntro: 'This is how we describe the opgave together. Anyone can propose a better formulation.',
    formulationNone: 'No formulation has been adopted yet.',
    adoptedOn: (name: string, date: string) => `Adopted by ${name} on ${date}.`,
    proposedBy: (name: string, date: string) => `Proposed by ${name} on ${date}.`,
    rationale: 'Explanation:',
    proposalsHeading: 'Proposed formulations',
    earlierHeading: (count: number) => `Earlier versions (${count})`,
    adopt: 'Adopt this formulation',
    adopted: 'The formulation has been adopted. It is now shown at the top and on the timeline.',
    proposeHeading: 'Propose a formulation',
    proposeText: 'Your formulation',
    proposeTextDescription:
      'At least 10 characters. For example as a question: ‘How do we together make sure that …?’',
    proposeRationale: 'Why this formulation?',
    proposeSubmit: 'Propose formulation',
    proposed: 'Thank you. Your formulation is now among the proposed formulations.',
    proposeSignIn: 'Sign in to propose a formulation',
    actionLinesHeading: 'Action lines',
    actionLinesIntro: 'The lines along which the opgave is tackled, each with a goal.',
    actionLinesNone: 'There are no action lines yet.',
    goal: 'Goal:',
    teamHeading: 'Team',
    teamPeople: 'People',
    teamOrganisations: 'Organisations',
    teamNone: 'Nobody yet.',
    roles: {
      procesregisseur: 'Process director',
      core_team: 'Core team',
      partner: 'Partner',
      resident: 'Resident',
    },
    partnerRoles: {
      initiator: 'Initiator',
      co_owner: 'Co-owner',
      contributor: 'Contributor',
      funder: 'Funder',
    },
    statuses: {
      active: 'Taking part',
      invited: 'Invited',
      requested: 'Wants to take part',
    },
    timelineHeading: 'Timeline',
    timelineIntro: 'What happened to the opgave, from the start until now: who, when and why.',
    timelineNone: 'Nothing has happened yet.',
    timelineBy: (name: string) => `By ${name}`,
    timelineReason: 'Why:',
    timelineSystem: 'Samenspel',
    events: {
      opgave_created: 'The opgave was created.',
      opgave_published: 'The opgave was published.',
      formulation_adopted: 'A new formulation was adopted.',
    },
    phaseForward: (from: string, to: string) => `From ${from} to ${to}`,
    phaseBack: (from: string, to: string) => `Back from ${from} to ${to}`,
  },
  participate: {
    heading: 'Take part',
    follow: 'Follow this opgave',
    unfollow: 'Stop following',
    followText: 'Follow the opgave to hear what changes.',
    following: 'You are following this opgave.',
    unfollowed: 'You no longer follow this opgave.',
    join: 'I want to take part',
    joinText:
      'Would you like to work on this opgave? Ask to join the team. The municipality will consider your request.',
    requested: 'You have asked to take part. The municipality will decide on your request.',
    invited: 'You have been invited to the team of this opgave.',
    accept: 'Accept the invitation',
    member: (role: string) => `You are on the team, as ${role.toLowerCase()}.`,
    signIn: 'Sign in to follow this opgave or take part',
    verifyFirst:
      'Please verify your email address first. Then you can ask to take part and propose formulations.',
  },
  manage: {
    heading: 'For the municipality',
    edit: 'Change opgave',
    publishText: 'This opgave is a draft. Publish it as soon as everyone may see it.',
    publish: 'Publish',
    published: 'The opgave has been published. Everyone can see it now.',
    publishStale:
      'Someone else changed the opgave in the meantime. The page now shows the newest version; choose ‘Publish’ again if you want to publish it.',
    phaseHeading: 'Change phase',
    phaseNow: (phase: string) => `The opgave is now in the phase ${phase.toLowerCase()}.`,
    phaseOnly: (name: string) =>
      `Only the process director (${name}) or an administrator of the municipality can change the phase.`,
    forward: (phase: string) => `To the next phase: ${phase.toLowerCase()}`,
    forwardDone: (phase: string) =>
      `The opgave is now in the phase ${phase.toLowerCase()}. This is on the timeline.`,
    backHeading: 'One phase back',
    backText: (phase: string) =>
      `Does the opgave need to go back to ${phase.toLowerCase()}? Say why; the reason goes on the timeline.`,
    reason: 'Reason',
    reasonDescription: 'Everyone who views the opgave sees the reason on the timeline.',
    back: (phase: string) => `Back to ${phase.toLowerCase()}`,
    backDone: (phase: string) =>
      `The opgave has been moved back to the phase ${phase.toLowerCase()}. The reason is on the timeline.`,
    lastPhase: 'The opgave is completed; there is no next phase.',
    actionLineAddHeading: 'Add an action line',
    actionLineTitle: 'Title of the action line',
    actionLineGoal: 'Goal',
    actionLineAdd: 'Add action line',
    actionLineAdded: (title: string) => `The action line ‘${title}’ has been added.`,
    actionLineEdit: 'Change',
    actionLineEditLabel: (title: string) => `Change action line ‘${title}’`,
    actionLineSave: 'Save action line',
    actionLineSaved: (title: string) => `The action line ‘${title}’ has been saved.`,
    actionLineRemove: 'Remove',
    actionLineRemoveConfirm: (title: string) => `Are you sure you want to remove the action line ‘${title}’?`,
    actionLineRemoveYes: 'Yes, remove',
    actionLineRemoved: (title: string) => `The action line ‘${title}’ has been removed.`,
    actionLineStale:
      'Someone else changed this action line in the meantime. The newest version is shown below; please try again.',
    cancel: 'Cancel',
    approve: 'Approve',
    approved: (name: string) => `${name} is now on the team.`,
    inviteHeading: 'Invite someone to the team',
    inviteEmail: 'Email address',
    inviteEmailDescription: 'The person already has an account on Samenspel. The address is never shown.',
    inviteRole: 'Role on the team',
    invite: 'Invite',
    invited: (email: string) =>
      `${email} has been invited. Once the invitation is accepted, the person is on the team.`,
  },
  opgaveForm: {
    createTitle: 'New opgave',
    createIntro:
      'Describe the opgave. It starts in the phase exploring, and you become its process director. As long as the opgave is not published, only staff of the municipality can see it.',
    editTitle: 'Change opgave',
    title: 'Title',
    titleDescription: 'Short and clear, for example ‘Minder eenzaamheid in Overvecht’.',
    summary: 'Summary',
    summaryDescription: 'In a few sentences: what is it about, and for whom?',
    formulation: 'Formulation',
    formulationDescription:
      'The opgave as a question, for example ‘How do we together make sure that …?’. Later anyone can propose a better formulation.',
    targetGroup: 'Target group',
    area: 'Area',
    areaDescription: 'Neighbourhoods, separated by commas, for example ‘Overvecht, Zuilen’.',
    domains: 'Policy domains',
    domainsDescription: 'Choose every domain the opgave touches.',
    startDate: 'Start date',
    endDate: 'End date',
    publish: 'Publish right away',
    publishDescription: 'Then everyone can see the opgave. You can also publish later.',
    createSubmit: 'Create opgave',
    saveSubmit: 'Save changes',
    cancel: 'Cancel',
    created: (title: string) => `The opgave ‘${title}’ has been created.`,
    saved: 'The changes have been saved.',
    stale:
      'Someone else changed this opgave while you were filling in this form. Your changes are still in the form, but they have not been saved. If needed, first look at the opgave as it is now. Do you want to save your version anyway? Then choose ‘Save changes’ once more.',
    staleHeading: 'Changed in the meantime',
    viewCurrent: 'View the opgave as it is now (opens in a new tab)',
  },
  ideaStatuses: {
    submitted: 'Submitted',
    under_review: 'Under review',
    adopted: 'Adopted',
    declined: 'Declined',
    withdrawn: 'Withdrawn',
  },
  ideas: {
    heading: 'Ideas',
    intro:
      'Ideas and proposals from residents and partners for this opgave. Support an idea you like, join the conversation about it, or submit an idea yourself. The municipality answers every idea in public.',
    submit: 'Submit an idea',
    submitText: 'Do you have an idea for this opgave? Submit it; anyone can support it.',
    signIn: 'Sign in to submit, support or comment on ideas',
    verifyFirst:
      'Please confirm your email address first. Then you can submit, support and comment on ideas.',
    closed: (phase: string, open: string[]) =>
      open.length
        ? `This opgave is in the phase ${phase.toLowerCase()}. New ideas can only be submitted in the ${open.length === 1 ? 'phase' : 'phases'} ${listOf(open.map((name) => name.toLowerCase()))}. You can still support and comment on the ideas below.`
        : 'This opgave takes no new ideas. You can still support and comment on the ideas below.',
    filtersHeading: 'Search and filter ideas',
    searchLabel: 'Search words',
    searchDescription: 'Search the titles and texts of the ideas (in Dutch).',
    statusLabel: 'Status',
    statusAll: 'All statuses',
    actionLineLabel: 'Action line',
    actionLineAll: 'All action lines',
    sortLabel: 'Order',
    sorts: {
      '-createdAt': 'Newest first',
      createdAt: 'Oldest first',
      '-supportCount': 'Most support first',
      '-commentCount': 'Most comments first',
      '-trendingCount': 'Most support this week',
    },
    filterSubmit: 'Show ideas',
    reset: 'Clear search words and filters',
    resultsHeading: 'Ideas found',
    results: (count: number, more: boolean) => {
      if (more) return `${count} ideas shown. There are more.`;
      return count === 1 ? '1 idea found.' : `${count} ideas found.`;
    },
    loading: 'Searching…',
    noResults: 'No ideas found. Try other search words or fewer filters.',
    none: 'There are no ideas yet.',
    loadMore: 'Load more ideas',
    by: (name: string) => `By ${name}`,
    onBehalfOf: (name: string, organisation: string) => `By ${name}, on behalf of ${organisation}`,
    submittedOn: (date: string) => `submitted on ${date}`,
    actionLine: 'Action line:',
    supports: (n: number) => (n === 1 ? 'Supported once' : `Supported ${n} times`),
    comments: (n: number) => (n === 1 ? '1 comment' : `${n} comments`),
    answered: 'The municipality has answered.',
  },
  support: {
    button: 'Support this idea',
    buttonShort: 'Support',
    buttonFor: (title: string) => `Support (${title})`,
    supported: (n: number) =>
      `You support this idea. It is now supported ${n === 1 ? 'once' : `${n} times`}.`,
    unsupported: (n: number) =>
      `You no longer support this idea. It is now supported ${n === 1 ? 'once' : `${n} times`}.`,
    signIn: 'Sign in to support this idea',
  },
  idea: {
    details: 'About this idea',
    opgave: 'Opgave',
    actionLine: 'Action line',
    location: 'Location',
    locationText: (latitude: number, longitude: number) => `${latitude}, ${longitude}`,
    locationMap: 'View on OpenStreetMap (opens in a new tab)',
    tasks: 'Led to the tasks',
    organisation: 'On behalf of',
    supportHeading: 'Support',
    supportText:
      'Do you think this is a good idea? Support it. The more support, the better the municipality sees what people want.',
    responseHeading: 'Answer from the municipality',
    responseNone: 'The municipality has not answered yet.',
    respondedBy: (name: string, date: string) => `${name}, ${date}`,
    respondedOn: (date: string) => `On ${date}`,
    hiddenHeading: 'Hidden idea',
    hidden: (reason: string) =>
      reason
        ? `The municipality has hidden this idea. The reason: ${reason}`
        : 'The municipality has hidden this idea.',
    hiddenOwn: 'Only you and the municipality can still see its content.',
    hiddenAppeal: 'Do you disagree? Object through your notifications.',
    restoreHeading: 'Moderation',
    withdrawnNotice: 'The author has withdrawn this idea.',
    mineHeading: 'Your idea',
    edit: 'Change idea',
    editUntil: 'You can change your idea until the municipality takes it under review.',
    notEditable: 'The municipality has taken your idea under review; it can no longer be changed.',
    answeredMine: 'The municipality has answered your idea; it can no longer be changed or withdrawn.',
    withdrawnMine: 'You have withdrawn this idea.',
    withdraw: 'Withdraw idea',
    withdrawText: 'No longer want to propose your idea? Withdraw it. It stays visible, as withdrawn.',
    withdrawConfirm: 'Are you sure you want to withdraw your idea? This cannot be undone.',
    withdrawYes: 'Yes, withdraw my idea',
    withdrawn: 'Your idea has been withdrawn.',
    withdrawStale:
      'Your idea has changed in the meantime (perhaps the municipality answered). The page now shows the newest version; check whether you still want to withdraw it.',
    cancel: 'Cancel',
    submitted: (title: string) =>
      `Thank you. Your idea ‘${title}’ has been submitted. Anyone can now read, support and comment on it.`,
    saved: 'The changes to your idea have been saved.',
    toOpgave: (title: string) => `Back to the opgave ‘${title}’`,
    conversationHeading: 'Comments',
    conversationIntro:
      'What do others think of this idea? Comment, add to it, or say whether you are for or against.',
  },
  respond: {
    heading: 'For the municipality',
    intro:
      'Answer this idea in public. Its author is notified, and the answer shows with the idea and on the opgave’s timeline.',
    statusLegend: 'New status',
    statusDescription: 'Take an idea under review first; then adopt or decline it.',
    keep: (status: string) => `${status} (only a new answer)`,
    text: 'Answer from the municipality',
    textDescription: 'Everyone reads this answer. When declining, explain why (at least 10 characters).',
    submit: 'Post answer',
    done: (status: string) => `Your answer has been posted. The idea is now: ${status.toLowerCase()}.`,
    none: 'A withdrawn idea is not answered any more.',
  },
  ideaForm: {
    createTitle: 'Submit an idea',
    createIntro: (opgave: string) =>
      `Your idea for the opgave ‘${opgave}’. Anyone can read, support and comment on it, and the municipality answers in public. Others see your name with it, never your email address.`,
    editTitle: 'Change idea',
    title: 'Title of your idea',
    titleDescription: 'Short and clear, for example ‘Coffee morning in the community centre’.',
    body: 'Your idea',
    bodyDescription:
      'What do you propose, and why? An empty line starts a new paragraph. Start lines with ‘- ’ for a list. Web addresses become links.',
    actionLine: 'Action line',
    actionLineDescription: 'Which action line of the opgave does your idea fit?',
    actionLineNone: 'None, or I do not know',
    location: 'Location',
    locationDescription:
      'Is your idea about a particular place? Then fill in its coordinates, for example 52.1075 and 5.1128. Most online maps show them when you click the place.',
    latitude: 'Latitude',
    longitude: 'Longitude',
    organisation: 'On behalf of',
    organisationDescription:
      'Are you submitting the idea for yourself, or on behalf of an organisation you belong to?',
    organisationSelf: 'Myself',
    submit: 'Submit idea',
    save: 'Save changes',
    cancel: 'Cancel',
    staleHeading: 'Changed in the meantime',
    stale:
      'Your idea was changed while you were filling in this form, for example in another tab. Your changes are still in the form, but they have not been saved. Do you want to save your version anyway? Then choose ‘Save changes’ once more.',
    viewCurrent: 'View the idea as it is now (opens in a new tab)',
    notEditable: 'This idea can no longer be changed: the municipality has taken it under review.',
    closedHeading: 'No new ideas',
    similarHeading: 'Is your idea like one of these?',
    similarIntro:
      'These ideas already exist. Support one instead of submitting the same idea again, or add to it with a comment.',
    similarFound: (n: number) =>
      n === 1 ? 'There is 1 idea like yours.' : `There are ${n} ideas like yours.`,
    similarOpens: '(opens in a new tab)',
  },
  comments: {
    opgaveHeading: 'Conversation',
    opgaveIntro:
      'Join the conversation about this opgave: ask a question, share what you know or see, and reply to each other. Say whether you are for or against, if you like.',
    none: 'There are no comments yet.',
    count: (n: number, more: boolean) =>
      more ? `${n} comments shown. There are more.` : n === 1 ? '1 comment.' : `${n} comments.`,
    newHeading: 'Comment',
    body: 'Your comment',
    bodyDescription: 'Plain text; lines and empty lines are kept. Others see your name with your comment.',
    replyBody: (name: string) => `Your reply to ${name}`,
    stance: 'Your position',
    stanceNone: 'No position',
    stances: { for: 'For', against: 'Against', neutral: 'Neutral' },
    stanceOf: (stance: string) => `Position: ${stance.toLowerCase()}`,
    submit: 'Post comment',
    replySubmit: 'Post reply',
    save: 'Save change',
    cancel: 'Cancel',
    reply: 'Reply',
    replyTo: (name: string) => `Reply to ${name}`,
    edit: 'Change',
    editOf: (name: string) => `Change the comment of ${name}`,
    editUntil: (time: string) => `You can change this comment until ${time}.`,
    delete: 'Delete',
    deleteConfirm: 'Are you sure you want to delete your comment?',
    deleteYes: 'Yes, delete',
    posted: 'Your comment has been posted.',
    replied: 'Your reply has been posted.',
    saved: 'Your comment has been changed.',
    deleted: 'Your comment has been deleted.',
    edited: '(changed)',
    deletedPlaceholder: 'This comment was deleted by its author.',
    hiddenPlaceholder: (reason: string) =>
      reason
        ? `The municipality has hidden this comment. The reason: ${reason}`
        : 'The municipality has hidden this comment.',
    hiddenOwn: 'Only you and the municipality can still see its text.',
    hiddenAppeal: 'Do you disagree? Object through your notifications.',
    replies: (name: string) => `Replies to ${name}`,
    ofAuthor: (name: string) => `the comment by ${name}`,
    showReplies: (n: number) => `Show all ${n} replies`,
    loadMore: 'Load more comments',
    signIn: 'Sign in to comment',
    verifyFirst: 'Please confirm your email address first. Then you can comment.',
    closed: 'This idea can no longer be commented on.',
  },
  contributions: {
    title: 'My contributions',
    intro:
      'The ideas you submitted and the comments you posted. With your ideas you see how the municipality answered.',
    ideasHeading: 'My ideas',
    ideasNone: 'You have not submitted any ideas yet.',
    commentsHeading: 'My comments',
    commentsNone: 'You have not posted any comments yet.',
    onOpgave: 'On the opgave',
    onIdea: 'On the idea',
    answer: 'Answer from the municipality',
    loadMoreIdeas: 'Load more ideas',
    loadMoreComments: 'Load more comments',
    someOpgave: 'an opgave',
    someIdea: 'an idea',
    placeholder: '(deleted or hidden)',
  },
  notifications: {
    title: 'Notifications',
    navLabel: 'Notifications',
    unreadSuffix: 'unread',
    intro:
      'What happened to your ideas and comments: an answer from the municipality, a reply to your comment, a moderation decision, and new ideas on opgaven you follow.',
    unreadCount: (n: number) =>
      n === 0
        ? 'You have no unread notifications.'
        : n === 1
          ? 'You have 1 unread notification.'
          : `You have ${n} unread notifications.`,
    showAll: 'Show all notifications',
    showUnread: 'Show only unread notifications',
    viewLabel: 'Which notifications',
    markAll: 'Mark all as read',
    markedAll: (n: number) =>
      n === 1 ? '1 notification was marked as read.' : `${n} notifications were marked as read.`,
    markRead: 'Mark as read',
    markUnread: 'Mark as unread',
    markReadOf: (title: string) => `Mark as read: ${title}`,
    markUnreadOf: (title: string) => `Mark as unread: ${title}`,
    markedRead: 'Marked as read.',
    markedUnread: 'Marked as unread.',
    unread: 'New',
    read: 'Read',
    kinds: {
      proposal_answered: 'Answer to your idea',
      comment_replied: 'Reply to your comment',
      moderation_decision: 'Moderation decision',
      proposal_on_followed: 'New idea on an opgave you follow',
    },
    decisionLink: 'See the decision, and object if you want to',
    none: 'You have no notifications yet.',
    noneUnread: 'You have no unread notifications.',
    loadMore: 'Load more notifications',
    mailHint: 'Do you want notifications by email too, or not at all? Choose on My account.',
    mailLink: 'Set up notifications by email',
  },
  decision: {
    title: (type: string) => (type === 'comment' ? 'Decision on your comment' : 'Decision on your idea'),
    action: {
      hide: (noun: string) => `The municipality has hidden your ${noun}.`,
      restore: (noun: string) => `The municipality has made your ${noun} visible again.`,
      dismiss: (noun: string) =>
        `The municipality dismissed the reports about your ${noun}. Nothing changes.`,
    },
    noun: { comment: 'comment', proposal: 'idea' },
    when: (date: string) => `Decided on ${date}.`,
    reasonHeading: 'The reason',
    reasonNone: 'The municipality gave no explanation.',
    hiddenNote:
      'Others now only see that it was hidden, with this reason. You and the municipality can still see the content.',
    contentHeading: 'What it is about',
    contentLink: 'See it on the site',
    appealHeading: 'Object',
    appealIntro:
      'Do you disagree with this decision? Explain why. You can object once; a member of staff reviews it and you will be told.',
    appealLabel: 'Why do you disagree with the decision?',
    appealDescription: 'Plain text, at most 2000 characters. Only the municipality reads this.',
    appealSubmit: 'Object',
    appealSent: 'Your objection was sent. The municipality reviews it, and you will be told.',
    appealOpen: (date: string) => `You objected on ${date}. The municipality is still reviewing it.`,
    appealYours: 'Your objection',
    appealOutcome: {
      upheld: 'The municipality rejected your objection: the decision stands.',
      overturned: 'The municipality accepted your objection: the content is visible again.',
    },
    appealResolution: 'The municipality’s explanation',
    notAppealable: 'You cannot object to this decision: only to hiding.',
    toNotifications: 'To my notifications',
  },
  report: {
    action: 'Report',
    actionFor: (what: string) => `Report: ${what}`,
    ideaAction: 'Report this idea',
    ideaHeading: 'Something wrong with this idea?',
    ideaText:
      'Does it contain something that does not belong, such as abuse, advertising or someone’s personal details? Report it; the municipality will look at it.',
    formLabel: (what: string) => `Report ${what}`,
    reason: 'What is wrong?',
    reasons: {
      offensive: 'Offensive, discriminating or threatening',
      spam: 'Advertising or spam',
      personal_data: 'Someone’s personal details',
      off_topic: 'Does not belong to this subject',
      other: 'Something else',
    },
    explanation: 'Explanation',
    explanationDescription:
      'What should the municipality know? Only the municipality reads this, not the author.',
    submit: 'Send report',
    cancel: 'Cancel',
    sent: 'Thank you. Your report was received; the municipality will look at it. The author is not told who reported.',
    comment: 'this comment',
    idea: 'this idea',
  },
  moderation: {
    title: 'Moderation',
    navLabel: 'Moderation',
    sections: 'Parts of moderation',
    reports: 'Reports',
    appeals: 'Objections',
    blocks: 'Blocks',
    intro:
      'Ideas and comments that people reported. Hide what does not belong, with a reason everyone sees, or dismiss the reports. The author is told and can object once.',
    statusLabel: 'Which reports',
    open: 'Open',
    resolved: 'Resolved',
    showOpen: 'Show open reports',
    showResolved: 'Show resolved reports',
    none: 'There are no open reports. Everything has been looked at.',
    noneResolved: 'There are no resolved reports yet.',
    count: (n: number, more: boolean) =>
      more ? `${n} shown. There are more.` : n === 1 ? '1 report.' : `${n} reports.`,
    itemTitle: (type: string, what: string) => (type === 'comment' ? `Comment by ${what}` : `Idea ‘${what}’`),
    by: (name: string) => `By ${name}`,
    reported: (n: number, date: string) =>
      n === 1 ? `Reported once, on ${date}` : `Reported ${n} times, first on ${date}`,
    reasonCount: (reason: string, n: number) => `${reason}: ${n}`,
    reportsHeading: 'The reports',
    noExplanation: '(no explanation)',
    hidden: 'Hidden',
    deleted: 'Deleted by the author',
    view: 'See it on the site',
    decideLegend: 'Decision',
    hide: 'Hide',
    dismiss: 'Dismiss the reports: it stays',
    restore: 'Show again',
    publicReason: 'Reason (public)',
    publicReasonDescription:
      'Required to hide. Everyone sees this reason in place of the content, and the author is told.',
    restoreReason: 'Explanation for the author',
    restoreReasonDescription: 'Why it becomes visible again. The author is told.',
    decideSubmit: 'Record decision',
    restoreSubmit: 'Show again',
    decided: {
      hide: 'Hidden. The author is told, with the reason.',
      dismiss: 'The reports were dismissed; the content stays.',
      restore: 'Visible again. The author is told.',
    },
    decision: (action: string, date: string) => `${action} on ${date}`,
    actions: {
      hide: 'Hidden',
      restore: 'Made visible again',
      dismiss: 'Reports dismissed',
    },
    loadMore: 'Load more',
    appealsIntro:
      'Objections of authors to hiding their idea or comment. Does the decision stand, or does the content come back? The author reads your explanation.',
    appealsNone: 'There are no open objections.',
    appealsNoneResolved: 'There are no resolved objections yet.',
    showOpenAppeals: 'Show open objections',
    showResolvedAppeals: 'Show resolved objections',
    appealFrom: (date: string) => `Objection of ${date}`,
    appealExplanation: 'The objection',
    theDecision: 'The decision',
    outcomeLegend: 'Outcome',
    outcomes: {
      upheld: 'The decision stands',
      overturned: 'Accept the objection: the content becomes visible again',
    },
    outcomeShort: { upheld: 'Rejected', overturned: 'Accepted' },
    resolutionReason: 'Explanation for the author',
    resolveSubmit: 'Resolve objection',
    resolvedOn: (outcome: string, date: string) => `${outcome} on ${date}`,
    appealResolved: {
      upheld: 'The objection was rejected: the decision stands. The author is told.',
      overturned: 'The objection was accepted: the content is visible again. The author is told.',
    },
    blocksIntro:
      'Someone who does not keep to the rules can be blocked from posting in the municipality: no more ideas, comments or support. Reading still works. The person sees the reason when they try to post.',
    blockHeading: 'Block someone',
    blockEmail: 'The person’s email address',
    blockEmailDescription: 'The address the person signs in to Samenspel with.',
    blockReason: 'Reason',
    blockReasonDescription: 'The person sees this reason.',
    blockUntil: 'Until and including',
    blockUntilDescription: 'Leave empty: until you lift the block.',
    blockSubmit: 'Block',
    blocked: (name: string) => `${name} is blocked from posting.`,
    blocksHeading: 'Blocked',
    blocksNone: 'Nobody is blocked.',
    blockSince: (date: string) => `Since ${date}`,
    blockEnds: (date: string) => `until ${date}`,
    blockForever: 'until lifted',
    blockedBy: (name: string) => `by ${name}`,
    blockActive: 'In force',
    blockEnded: 'Expired or lifted',
    lift: 'Lift',
    liftFor: (name: string) => `Lift the block of ${name}`,
    lifted: (name: string) => `The block of ${name} was lifted.`,
  },
  review: {
    title: 'Review ideas',
    navLabel: 'Review ideas',
    intro:
      'Ideas on all opgaven of the municipality that wait for an answer. Open an idea to take it under review, adopt it or decline it; its author is told.',
    statusLabel: 'Status',
    statuses: {
      submitted: 'Submitted: not yet under review',
      under_review: 'Under review',
    },
    sortLabel: 'Order',
    filterSubmit: 'Show ideas',
    count: (n: number, more: boolean) =>
      more ? `${n} ideas shown. There are more.` : n === 1 ? '1 idea.' : `${n} ideas.`,
    none: 'No ideas are waiting. Everything has an answer.',
    onOpgave: 'On the opgave',
    waiting: (days: number) =>
      days < 1 ? 'submitted today' : days === 1 ? 'waiting 1 day' : `waiting ${days} days`,
    loadMore: 'Load more ideas',
  },
  account: {
    navigation: 'Account',
    signIn: 'Sign in',
    signOut: 'Sign out',
    signingOut: 'Signing out…',
    signedInAs: 'Signed in as',
    myAccount: 'My account',
    roles: {
      inwoner: 'Resident',
      partner: 'Partner',
      medewerker: 'Staff member',
      beheerder: 'Administrator',
    },
    emailLabel: 'Email address',
    emailExample: 'name@example.com',
    passwordLabel: 'Password',
    newPasswordLabel: 'New password',
    currentPasswordLabel: 'Current password',
    passwordRules:
      'At least 12 characters. A sentence of a few words is strong and easy to remember, for example ‘cycling along the river in May’.',
    displayNameLabel: 'Your name on Samenspel',
    displayNameDescription:
      'Others see this name with your ideas and comments. Just your first name is fine too, for example ‘Fatima from Overvecht’.',
    showPassword: 'Show password',
    hidePassword: 'Hide password',
    passwordShown: 'Your password is visible.',
    passwordHidden: 'Your password is hidden.',
  },
  register: {
    title: 'Create an account',
    intro:
      'With an account you can submit, support and comment on ideas. Others only see the name you choose below, never your email address.',
    municipalityLabel: 'Municipality',
    municipalityDescription: 'You take part as a resident of this municipality.',
    municipalityChoose: 'Choose your municipality',
    emailDescription: 'We will send a link to this address to confirm it.',
    submit: 'Create account',
    privacy: 'The privacy statement explains what we do with your information.',
    haveAccount: 'Already have an account?',
    toSignIn: 'Sign in',
  },
  checkMail: {
    title: 'Check your email',
    sentTo: (email: string) => `We have sent an email to ${email}.`,
    sent: 'We have sent you an email.',
    instructions:
      'Follow the link in that email to confirm your email address. The link works for 48 hours. Did you already have an account with this address? Then the email tells you how to sign in.',
    noMailHeading: 'No email?',
    noMailText:
      'Check your junk mail (spam) folder as well. If it is not there, have the email sent again. Only the newest link works.',
    signInMeanwhile: 'You can sign in already, and confirm your email address afterwards.',
  },
  resend: {
    submit: 'Send the email again',
    sent: (email: string) => `We have sent a new email to ${email}. Only the link in that email works.`,
  },
  verify: {
    title: 'Confirm your email address',
    working: 'Confirming your email address…',
    doneTitle: 'Your email address is confirmed',
    doneSignedIn: 'Thank you. You can now take part everywhere on Samenspel.',
    doneSignedOut: 'Thank you. Sign in to take part.',
    toMyAccount: 'To my account',
    invalidTitle: 'This link does not work (any more)',
    invalid:
      'The link is invalid, already used or expired. A confirmation link works for 48 hours, and only the link in the newest email works.',
    alreadyVerified: 'Your email address is already confirmed. There is nothing more to do.',
    askNew: 'Ask for a new confirmation email:',
  },
  verifyBanner: {
    heading: 'Confirm your email address',
    text: (email: string) =>
      `We have sent a link to ${email}. Follow the link in that email to confirm your address.`,
  },
  signIn: {
    title: 'Sign in',
    intro: 'Sign in with the email address and password of your Samenspel account.',
    submit: 'Sign in',
    forgot: 'Forgotten your password?',
    noAccountHeading: 'No account yet?',
    noAccountText: 'Creating an account is free and takes a few minutes.',
    toRegister: 'Create an account',
    alreadySignedIn: (name: string) => `You are already signed in as ${name}.`,
    failures: {
      staff_sign_in_failed:
        'Signing in through your organisation did not work. Please try again; if it still does not work, contact the administrator of your municipality.',
      staff_sign_in_cancelled:
        'You stopped signing in through your organisation, or did not give permission. Nothing has changed. Try again if you want to sign in.',
      staff_sign_in_unavailable:
        'Signing in through your organisation is not possible right now. Please try again later, or sign in with your email address and password.',
      session_expired: 'You were inactive for too long and have been signed out. Please sign in again.',
    },
    failureUnknown: 'Signing in did not work. Please try again.',
    staffHeading: 'Staff of the municipality?',
    staffText: (name: string) =>
      `Do you work for the municipality of ${name}? Then sign in with the account of your organisation.`,
  },
  signedOut: {
    title: 'You have signed out',
    text: 'You have signed out of Samenspel. Are you using a computer that others use too? Then close the browser as well.',
    again: 'Sign in again',
  },
  forgotPassword: {
    title: 'Forgotten password',
    intro: 'Enter the email address of your account. We will send you a link to choose a new password.',
    submit: 'Send me a link',
    sentHeading: 'Check your email',
    sent: (email: string) =>
      `If there is an account for ${email}, you will get an email with a link within a few minutes. The link works for 1 hour. Check your junk mail (spam) folder as well.`,
    backToSignIn: 'Back to sign in',
  },
  resetPassword: {
    title: 'Choose a new password',
    intro: 'Choose a new password for your account. You will then be signed out everywhere.',
    submit: 'Save password',
    doneTitle: 'Your password has been changed',
    done: 'You have been signed out on all your devices. Sign in with your new password.',
    invalidTitle: 'This link does not work (any more)',
    invalid:
      'The link is invalid, already used or expired. A link for a new password works for 1 hour, and only once.',
    askNew: 'Ask for a new link',
  },
  myAccount: {
    title: 'My account',
    detailsHeading: 'Your details',
    name: 'Name',
    email: 'Email address',
    verified: 'confirmed',
    notVerified: 'not confirmed yet',
    roles: 'Roles',
    roleIn: (role: string, municipality: string) => `${role} in the municipality of ${municipality}`,
    organisations: 'Organisations',
    organisationIn: (name: string, municipality: string, admin: boolean) =>
      `${name} (municipality of ${municipality})${admin ? ', as administrator' : ''}`,
    none: 'None',
    since: 'Account since',
    renameHeading: 'Change your name',
    renameSubmit: 'Save name',
    renamed: (name: string) => `Your name has been changed. Others now see ‘${name}’.`,
    renameStale: (name: string) =>
      `Your name was changed elsewhere in the meantime, to ‘${name}’. Do you still want the name below? Then choose ‘Save name’ once more.`,
    passwordHeading: 'Change your password',
    passwordSubmit: 'Change password',
    passwordChanged: 'Your password has been changed. You have been signed out on other devices.',
    exportHeading: 'Download your information',
    exportText:
      'Download everything Samenspel holds about you: your account, your sessions and what you did. You get a JSON file.',
    exportSubmit: 'Download my information',
    exported: (filename: string) => `Your information has been downloaded as ${filename}.`,
    deleteHeading: 'Delete account',
    deleteText:
      'No longer want to take part? Then you can delete your account. Your ideas and comments stay, without your name.',
    deleteLink: 'Delete account',
    contributionsHeading: 'My contributions',
    contributionsText:
      'The ideas you submitted, with the answer of the municipality, and the comments you posted.',
    contributionsLink: 'View my contributions',
    notificationsHeading: 'Notifications',
    notificationsText:
      'Answers of the municipality to your ideas, replies to your comments and decisions about what you posted.',
    notificationsLink: 'View my notifications',
    mailHeading: 'Notifications by email',
    mailLegend: 'When do you want an email about your notifications?',
    mailDescription:
      'About an answer of the municipality to your idea, a reply to your comment, and a decision about what you posted. On the site you always see your notifications.',
    mailChoices: {
      immediately: 'At once: an email per notification',
      daily: 'Once a day: all notifications of that day in one email',
      never: 'Never: I look on the site myself',
    },
    mailSubmit: 'Save choice',
    mailSaved: (choice: string) =>
      `Your choice was saved: ${choice.charAt(0).toLowerCase()}${choice.slice(1)}.`,
    mailStale:
      'Your account was changed elsewhere meanwhile. Above is the choice as it is saved now; choose again and save.',
  },
  deleteAccount: {
    title: 'Delete account',
    question: 'Are you sure you want to delete your account?',
    whatGoes: 'This disappears at once and for good:',
    goes: [
      'your email address, your name and your password;',
      'your roles with municipalities and organisations;',
      'all your sessions: you are signed out everywhere.',
    ],
    whatStays:
      'What you contributed, such as ideas, support and comments, stays. It then shows ‘verwijderde deelnemer’ (deleted participant) instead of your name, so that conversations still make sense to others.',
    exportFirst: 'Want to keep your information first? Download it on the My account page.',
    confirm: 'Yes, delete my account',
    cancel: 'No, back to my account',
    doneTitle: 'Your account has been deleted',
    done: 'Your account and your information have been deleted, and you have been signed out. Thank you for taking part.',
    toHome: 'To the list of municipalities',
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
    retryAfter: (seconds: number) =>
      `You have tried too often in a row. Please try again in ${duration(seconds)}.`,
    problem: {
      invalid_input: 'Not everything has been filled in correctly.',
      malformed_json: 'The request could not be read. Please try again.',
      not_found: 'What you are looking for does not exist (any more).',
      unauthenticated: 'You are not signed in (any more). Sign in and try again.',
      forbidden: 'You do not have access to this information.',
      conflict: 'This is not possible right now: someone else has changed something in the meantime.',
      precondition_failed: 'Someone else has changed this in the meantime. Reload the page and try again.',
      too_many_requests: 'You are sending too many requests in a row. Wait a moment and try again.',
      invalid_credentials:
        'The email address or the password is not right. Mind capital letters. Forgotten your password? Choose ‘Forgotten your password?’.',
      csrf_failed: 'This page is out of date. Reload the page and try again.',
      precondition_required: 'Reload the page and try again.',
      unavailable: 'Samenspel cannot be reached right now. Please try again in a few minutes.',
      internal_error:
        'Something went wrong on our side. Please try again later; if it keeps happening, contact us and quote the reference below.',
      network: 'There is no connection to Samenspel. Check your internet connection and try again.',
      invalid_transition:
        'The phase cannot change like this: only one step forward, or one step back with a reason. Perhaps someone else just changed the phase; reload the page.',
      same_phase:
        'The opgave is already in that phase. Perhaps someone else just changed the phase; reload the page.',
      already_on_team: 'This person or organisation is already on the team.',
      procesregisseur_stays: 'The process director stays on the team. Choose another process director first.',
      slug_taken: 'This municipality already has an opgave with this web address.',
      phase_not_allowed:
        'Only the process director or an administrator of the municipality can change the phase.',
      idempotency_key_reused: 'This form was sent before with other details. Reload the page and try again.',
      idempotency_in_progress:
        'Your previous request is still being processed. Wait a moment, then reload the page to see whether it worked.',
      phase_closed:
        'In this phase the opgave takes no new ideas. You can still support and comment on the ideas that are there.',
      not_editable: 'This idea can no longer be changed: the municipality has taken it under review.',
      already_answered: 'The municipality has already answered this idea; it can no longer be withdrawn.',
      not_supportable: 'This idea can not be supported (any more).',
      invalid_status_change:
        'The status of this idea cannot change like that. Perhaps someone else just answered; please reload the page.',
      not_commentable: 'This can not be commented on (any more).',
      edit_window_closed: 'A comment can only be changed shortly after posting it. The time is up.',
      too_many_edits: 'This comment has been changed many times. Please post a new comment.',
      hidden: 'The municipality has hidden this; it cannot be changed.',
      already_reported: 'You have reported this already. The municipality is still looking at your report.',
      already_hidden: 'The municipality has hidden this already.',
      not_hidden: 'This is not hidden (any more). Perhaps someone else just restored it; reload the page.',
      no_open_reports:
        'There are no open reports about this idea or comment any more. Perhaps someone else decided already; reload the page.',
      already_appealed: 'You have objected to this decision already. That can be done once.',
      not_appealable: 'You cannot object to this decision.',
      already_resolved: 'This objection was resolved already. Reload the page.',
      already_blocked: 'This person is already blocked from posting in this municipality.',
      posting_blocked: 'You can no longer post in this municipality.',
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
      pattern: ({ label, example }: FieldContext) =>
        example
          ? `${label} is not in the right format. Enter it like ${example}.`
          : `${label} is not in the right format.`,
      format: ({ label }: FieldContext) => `${label} is not in the right format.`,
      type: ({ label }: FieldContext) => `${label} is not in the right format.`,
      invalid_choice: ({ label }: FieldContext) => `Choose one of the options for ‘${label}’.`,
      invalid_cursor: () => 'The link to the next page has expired. Start again from the first page.',
      unknown_field: ({ label }: FieldContext) => `${label} is not used here.`,
      weak_password: () =>
        'Choose another password: this one is too easy to guess, or it appears in lists of leaked passwords. A sentence of a few words is stronger.',
      wrong_password: ({ label }: FieldContext) => `${label} is not right.`,
      unknown_municipality: ({ label }: FieldContext) => `Choose a municipality from the list at ‘${label}’.`,
      invalid_token: () => 'This link is invalid, already used or expired.',
      unknown_domain: ({ label }: FieldContext) => `Choose policy domains from the list at ‘${label}’.`,
      not_staff: ({ label }: FieldContext) => `${label} must be a member of staff of the municipality.`,
      before_start: ({ label }: FieldContext) => `${label} is before the start date. Choose a later date.`,
      unknown_account: () =>
        'There is no account with this email address. Ask the person to create an account on Samenspel first.',
      unknown_organisation: ({ label }: FieldContext) =>
        `Choose an organisation from the list at ‘${label}’.`,
      unknown_action_line: ({ label }: FieldContext) => `Choose an action line from the list at ‘${label}’.`,
      not_a_member: ({ label }: FieldContext) =>
        `At ‘${label}’, choose yourself or an organisation you belong to.`,
      unknown_comment: () =>
        'The comment you are replying to does not exist (any more). Please reload the page.',
      nested_reply: () => 'You can only reply to a comment itself, not to a reply.',
    },
  },
};
