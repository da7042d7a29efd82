"""Bodies of sign-up, sign-in and my-account endpoints."""

from datetime import datetime
from typing import Annotated
from uuid import UUID

import msgspec

from api.domains.accounts.models import Language, MailChoice, RoleName
from api.domains.accounts.passwords import MAX_LENGTH, MIN_LENGTH
from api.lib.pagination import Items, Page
from api.lib.schema import LINE, Heading, Paragraph, Positive, Prose, Schema, Text

Email = Annotated[
    str,
    msgspec.Meta(
        max_length=254,
        # Explicit ranges, not \s: Python and the ECMAScript regexes of JSON Schema disagree on \s.
        # No quoting, comments, groups or lists either: such an address would turn into other
        # recipients (or none) once it stands in a mail header.
        pattern=r'^[^@\x00-\x20\x7f-\x9f()<>\[\]:;,\\"]+@[^@\x00-\x20\x7f-\x9f()<>\[\]:;,\\"]+\.[^@\x00-\x20\x7f-\x9f()<>\[\]:;,\\"]+$',
        description="Een e-mailadres; nooit openbaar.",
        examples=["inwoner@example.org"],
    ),
]
# A password as typed to sign in: whatever it was once set to.
Password = Annotated[Text, msgspec.Meta(max_length=MAX_LENGTH, description="Het wachtwoord.")]
# A password being chosen: its length is checked here, the rest by ``check_password``.
NewPassword = Annotated[
    Text,
    msgspec.Meta(
        min_length=MIN_LENGTH,
        max_length=MAX_LENGTH,
        description=f"Minstens {MIN_LENGTH} tekens, niet gangbaar of makkelijk te raden.",
    ),
]
DisplayName = Annotated[
    str,
    msgspec.Meta(
        min_length=2,
        max_length=80,
        pattern=LINE,
        description="De naam die anderen zien bij uw bijdragen.",
        examples=["Fatima uit Overvecht"],
    ),
]
Token = Annotated[str, msgspec.Meta(min_length=20, max_length=100, pattern=r"^[A-Za-z0-9_-]+$")]
MunicipalitySlug = Annotated[str, msgspec.Meta(max_length=60, pattern=r"^[a-z0-9-]+$", examples=["utrecht"])]


class RegistrationCreate(Schema):
    """Een account aanmaken bij een gemeente."""

    email: Email
    password: NewPassword
    display_name: DisplayName
    municipality: Annotated[MunicipalitySlug, msgspec.Meta(description="De gemeente waar u inwoner bent.")]


class RegistrationAccepted(Schema):
    """Er is een bevestigingsmail verstuurd (ook als het adres al een account had)."""

    email: Email


class VerificationCreate(Schema):
    """De code uit de bevestigingsmail."""

    token: Token


class VerificationEmailCreate(Schema):
    """Een nieuwe bevestigingsmail aanvragen."""

    email: Email


class PasswordResetCreate(Schema):
    """Een herstellink aanvragen."""

    email: Email


class PasswordResetConfirmationCreate(Schema):
    """Een nieuw wachtwoord instellen met de code uit de herstelmail."""

    token: Token
    password: NewPassword


class PasswordChangeCreate(Schema):
    """Het wachtwoord wijzigen terwijl u bent aangemeld."""

    current_password: Password
    new_password: NewPassword


class SessionCreate(Schema):
    """Aanmelden met e-mailadres en wachtwoord."""

    email: Email
    password: Password


class MunicipalitySummary(Schema):
    id: UUID
    slug: Annotated[str, msgspec.Meta(max_length=60)]
    name: Annotated[str, msgspec.Meta(max_length=120)]


class MyRole(Schema):
    """Mijn rol in een gemeente."""

    municipality: MunicipalitySummary
    role: RoleName


class MyOrganisation(Schema):
    """Een organisatie waar ik lid van ben."""

    id: UUID
    name: Heading
    municipality: MunicipalitySummary
    is_admin: bool


class MeRead(Schema):
    """Mijn account."""

    id: UUID
    email: Email
    display_name: DisplayName
    email_verified: bool
    email_notifications: Annotated[
        MailChoice,
        msgspec.Meta(
            description=(
                "Wanneer meldingen over mijn ideeën, reacties en besluiten over mijn inhoud per e-mail komen: "
                "meteen, in één overzicht per dag, of nooit."
            )
        ),
    ]
    language: Annotated[
        Language,
        msgspec.Meta(description="De taal van meldingen en e-mail aan mij: `nl` (standaard) of `en`."),
    ]
    roles: Annotated[list[MyRole], msgspec.Meta(max_length=500)]
    organisations: Annotated[list[MyOrganisation], msgspec.Meta(max_length=500)]
    csrf_token: (
        Annotated[
            str,
            msgspec.Meta(
                max_length=64,
                description="Stuur mee als X-CSRF-Token bij elke wijziging met een sessiecookie.",
            ),
        ]
        | None
    )
    created_at: datetime


class MeUpdate(Schema):
    """Mijn openbare naam, mijn keuze voor meldingen per e-mail of de taal daarvan wijzigen; wat ontbreekt
    blijft zoals het is."""

    display_name: DisplayName | msgspec.UnsetType = msgspec.UNSET
    email_notifications: MailChoice | msgspec.UnsetType = msgspec.UNSET
    language: Language | msgspec.UnsetType = msgspec.UNSET


class SessionRead(Schema):
    """Een geopende sessie. De sessie zelf zit in een HttpOnly-cookie, nooit in deze inhoud."""

    csrf_token: Annotated[str, msgspec.Meta(max_length=64)]
    expires_at: datetime
    account: MeRead


class ExportedSession(Schema):
    created_at: datetime
    last_seen_at: datetime
    expires_at: datetime
    user_agent: Annotated[str, msgspec.Meta(max_length=300)]


class ExportedAuditEvent(Schema):
    created_at: datetime
    action: Annotated[str, msgspec.Meta(max_length=80)]
    object_type: Annotated[str, msgspec.Meta(max_length=40)]
    object_id: Annotated[str, msgspec.Meta(max_length=100)] | None


class ExportedExternalIdentity(Schema):
    """Een koppeling met een identiteitsprovider van een gemeente: die voor medewerkers (`staff`), of de
    broker voor inwoners (`residents`, zoals DigiD via de gemeente)."""

    municipality: MunicipalitySummary
    purpose: Annotated[str, msgspec.Meta(pattern="^(staff|residents)$", max_length=20)]
    issuer: Annotated[str, msgspec.Meta(max_length=300)]
    subject: Annotated[str, msgspec.Meta(max_length=255, description="Uw kenmerk bij die provider.")]
    created_at: datetime
    last_sign_in_at: datetime


class ExportedProposal(Schema):
    id: UUID
    opgave_id: UUID
    title: Heading
    body: Annotated[str, msgspec.Meta(max_length=20000)]
    status: Annotated[str, msgspec.Meta(max_length=20)]
    created_at: datetime


class ExportedComment(Schema):
    id: UUID
    opgave_id: UUID
    proposal_id: UUID | None
    parent_id: UUID | None
    body: Prose
    stance: Annotated[str, msgspec.Meta(max_length=10)] | None
    created_at: datetime
    edited_at: datetime | None


class ExportedSupport(Schema):
    proposal_id: UUID
    created_at: datetime


class ExportedBallotVote(Schema):
    """Mijn stem bij een stemming over een budget: alleen ik zie hem."""

    ballot_id: UUID
    choices: Annotated[
        list[UUID], msgspec.Meta(max_length=50, description="De gekozen opties op het stembiljet.")
    ]
    postcode: Annotated[str, msgspec.Meta(max_length=6)] | None
    created_at: datetime
    updated_at: datetime


class ExportedPollAnswer(Schema):
    """Mijn antwoord op één vraag: gekozen opties (hun tekst), een punt op de schaal, of een tekst."""

    question: Annotated[str, msgspec.Meta(max_length=300)]
    kind: Annotated[str, msgspec.Meta(max_length=30)]
    choices: Annotated[list[Annotated[str, msgspec.Meta(max_length=100)]], msgspec.Meta(max_length=10)] | None
    value: int | None
    text: Prose | None
    hidden: bool
    hidden_reason: Paragraph | None


class ExportedPollResponse(Schema):
    """Mijn antwoorden op een peiling met naam. Antwoorden op een anonieme peiling staan hier niet: die
    zijn bij het insturen losgemaakt van mijn account, en niemand (ook Samenspel niet) kan ze nog aan mij
    koppelen."""

    poll_id: UUID
    poll_title: Heading
    opgave_id: UUID
    created_at: datetime
    updated_at: datetime
    answers: Annotated[list[ExportedPollAnswer], msgspec.Meta(max_length=50)]


class ExportedFollow(Schema):
    opgave_id: UUID
    created_at: datetime


class ExportedNotification(Schema):
    kind: Annotated[str, msgspec.Meta(max_length=40)]
    title: Annotated[str, msgspec.Meta(max_length=300)]
    body: Paragraph
    created_at: datetime
    read_at: datetime | None


class ExportedReflectionEntry(Schema):
    moment_id: UUID
    prompt: Annotated[str, msgspec.Meta(max_length=300)]
    body: Prose
    created_at: datetime


class ExportedReport(Schema):
    comment_id: UUID | None
    proposal_id: UUID | None
    reason: Annotated[str, msgspec.Meta(max_length=20)]
    explanation: Paragraph
    created_at: datetime
    resolved_at: datetime | None


class ExportedAppeal(Schema):
    decision_id: UUID
    explanation: Paragraph
    outcome: Annotated[str, msgspec.Meta(max_length=20)] | None
    resolution_reason: Paragraph | None
    created_at: datetime
    resolved_at: datetime | None


class ExportedPostingBlock(Schema):
    municipality: MunicipalitySummary
    reason: Paragraph
    ends_at: datetime | None
    created_at: datetime


class ExportedTeamMembership(Schema):
    opgave_id: UUID
    organisation_id: UUID | None
    role: Annotated[str, msgspec.Meta(max_length=30)]
    status: Annotated[str, msgspec.Meta(max_length=20)]
    created_at: datetime


class ExportedProgressUpdate(Schema):
    claim_id: UUID
    text: Prose
    percent: Annotated[int, msgspec.Meta(ge=0, le=100)]
    created_at: datetime


class ExportedUpload(Schema):
    """Een foto of document dat ik toevoegde; `url` geeft de inhoud."""

    id: UUID
    subject_type: Annotated[str, msgspec.Meta(max_length=30)]
    subject_id: UUID
    kind: Annotated[str, msgspec.Meta(max_length=20)]
    file_name: Heading
    alt_text: Annotated[str, msgspec.Meta(max_length=300)]
    size_bytes: Positive
    url: Annotated[str, msgspec.Meta(max_length=300)]
    created_at: datetime


class ExportedBudgetRequest(Schema):
    budget_id: UUID
    organisation_id: UUID
    amount_cents: Positive
    motivation: Prose
    status: Annotated[str, msgspec.Meta(max_length=20)]
    created_at: datetime


class ExportedInvitation(Schema):
    """Een uitnodiging aan mijn (bevestigde) adres, of een die ik beantwoordde."""

    municipality: MunicipalitySummary
    kind: Annotated[str, msgspec.Meta(max_length=20)]
    role: Annotated[str, msgspec.Meta(max_length=20)] | None
    status: Annotated[str, msgspec.Meta(max_length=20)]
    created_at: datetime
    answered_at: datetime | None


class AccountExport(Schema):
    """Alles wat Samenspel over mij bewaart."""

    exported_at: datetime
    account: MeRead
    sessions: list[ExportedSession]
    external_identities: Annotated[list[ExportedExternalIdentity], msgspec.Meta(max_length=500)]
    activity: Annotated[
        list[ExportedAuditEvent], msgspec.Meta(description="Wat ik deed, volgens het logboek.")
    ]
    proposals: Annotated[list[ExportedProposal], msgspec.Meta(description="Mijn ideeën.")]
    comments: Annotated[
        list[ExportedComment], msgspec.Meta(description="Mijn reacties (niet de verwijderde).")
    ]
    supports: Annotated[list[ExportedSupport], msgspec.Meta(description="De ideeën die ik steun.")]
    ballot_votes: Annotated[
        list[ExportedBallotVote], msgspec.Meta(description="Mijn stemmen bij stemmingen over budgetten.")
    ]
    following: Annotated[list[ExportedFollow], msgspec.Meta(description="De opgaven die ik volg.")]
    notifications: Annotated[list[ExportedNotification], msgspec.Meta(description="Mijn meldingen.")]
    reflection_entries: Annotated[
        list[ExportedReflectionEntry], msgspec.Meta(description="Wat ik schreef bij reflectiemomenten.")
    ]
    reports: Annotated[list[ExportedReport], msgspec.Meta(description="Wat ik meldde aan de moderatie.")]
    appeals: Annotated[
        list[ExportedAppeal], msgspec.Meta(description="Mijn bezwaren tegen moderatiebesluiten.")
    ]
    posting_blocks: Annotated[
        list[ExportedPostingBlock], msgspec.Meta(description="Waar ik nu niet mag bijdragen, en waarom.")
    ]
    team_memberships: Annotated[
        list[ExportedTeamMembership], msgspec.Meta(description="De opgaveteams waarin ik zit of zat.")
    ]
    progress_updates: Annotated[
        list[ExportedProgressUpdate], msgspec.Meta(description="Voortgang die ik meldde bij taken.")
    ]
    uploads: Annotated[
        list[ExportedUpload],
        msgspec.Meta(description="De foto's en documenten die ik toevoegde, met hun inhoud."),
    ]
    budget_requests: Annotated[
        list[ExportedBudgetRequest],
        msgspec.Meta(description="Budgetaanvragen die ik deed namens een organisatie."),
    ]
    poll_responses: Annotated[
        list[ExportedPollResponse],
        msgspec.Meta(
            description=(
                "Mijn antwoorden op peilingen met naam; die op anonieme peilingen zijn niet aan mij gekoppeld "
                "en staan er dus niet in."
            )
        ),
    ]
    invitations: Annotated[
        list[ExportedInvitation],
        msgspec.Meta(description="Uitnodigingen aan mijn bevestigde e-mailadres, en die ik beantwoordde."),
    ]


class AccountSummary(Schema):
    """Een persoon zoals de beheerder van de gemeente die ziet."""

    id: UUID
    display_name: Annotated[str, msgspec.Meta(max_length=80)]
    email: Annotated[str, msgspec.Meta(max_length=254)] | None
    email_verified: Annotated[
        bool,
        msgspec.Meta(description="Of het e-mailadres bevestigd is; tot dan is de persoon alleen inwoner."),
    ]


class RoleAssignmentCreate(Schema):
    """Iemand uitnodigen voor een rol in de gemeente; die krijgt de rol als die met dit (bevestigde) adres aanneemt."""

    email: Email
    role: RoleName


class RoleAssignmentUpdate(Schema):
    role: RoleName


class RoleAssignmentRead(Schema):
    """Een rol van een persoon in een gemeente."""

    id: UUID
    municipality_id: UUID
    account: AccountSummary
    role: RoleName
    created_at: datetime
    updated_at: datetime


class RoleAssignmentPage(Page):
    """Een pagina rollen, nieuwste eerst."""

    items: Items[RoleAssignmentRead]


class CurrentSession(Schema):
    """Of deze browser is aangemeld, en zo ja als wie. Altijd 200, zodat een site zonder foutmelding kan kijken."""

    signed_in: bool
    account: MeRead | None
