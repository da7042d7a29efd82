"""Proposals: submitting, editing, answering and supporting them. The rules live here."""

import html
from urllib.parse import urlsplit
from uuid import UUID

import msgspec
import nh3

from api.db.connection import Connection
from api.db.uow import RowService, UnitOfWork
from api.domains.events import outbox
from api.domains.events import types as event_types
from api.domains.moderation import ensure_may_post
from api.domains.notifications.models import NotificationKind
from api.domains.notifications.services import notify
from api.domains.opgaven.guards import opgave_of
from api.domains.opgaven.services import apply_sent_action_line, check_action_line
from api.domains.proposals.guards import ProposalFacts
from api.domains.proposals.models import Proposal, ProposalStatus
from api.domains.proposals.places import PlaceFacts
from api.domains.proposals.schemas import ProposalCreate, ProposalUpdate, ResponseCreate
from api.lib.access import Person, Target
from api.lib.errors import Conflict, InvalidInput
from api.lib.ids import new_id
from api.lib.schema import apply_sent, sent
from api.lib.time import utcnow

ALLOWED_TAGS = {"p", "br", "ul", "ol", "li", "a", "strong", "em"}
# Staff answer along this path; an idea that is obviously out of place may be declined at once.
ANSWERS = {
    ProposalStatus.SUBMITTED: {ProposalStatus.UNDER_REVIEW, ProposalStatus.DECLINED},
    ProposalStatus.UNDER_REVIEW: {ProposalStatus.ADOPTED, ProposalStatus.DECLINED},
}
SUPPORTABLE = {ProposalStatus.SUBMITTED, ProposalStatus.UNDER_REVIEW, ProposalStatus.ADOPTED}
STATUS_LABELS = {
    ProposalStatus.SUBMITTED: "ingediend",
    ProposalStatus.UNDER_REVIEW: "in behandeling",
    ProposalStatus.ADOPTED: "overgenomen",
    ProposalStatus.DECLINED: "afgewezen",
    ProposalStatus.WITHDRAWN: "ingetrokken",
}


def _absolute_link(href: str) -> bool:
    """An address that goes where it says: ``http(s)://host/…`` or ``mailto:someone``. Not relative
    (``/…``, ``#…``), not protocol-relative (``//evil.example``, which takes the page's scheme), not
    with the slashes left out (``https:evil.example``), and no user part to look like another host
    (``https://gemeente.example@evil.example``)."""
    parts = urlsplit(href)
    scheme = parts.scheme.lower()
    if scheme == "mailto":
        return bool(parts.path) and "@" in parts.path and not href[len("mailto:") :].startswith("/")
    return (
        scheme in {"http", "https"}
        and href[len(scheme) + 1 :].startswith("//")
        and bool(parts.hostname)
        and parts.username is None
        and parts.password is None
    )


def _keep_attribute(tag: str, attribute: str, value: str) -> str | None:
    if tag == "a" and attribute == "href":
        return value if _absolute_link(value) else None
    return value


def sanitise(body: str) -> tuple[str, str]:
    """The body as safe HTML (paragraphs, lists, links only), and as plain text. A link keeps its
    address only when it is absolute (``_absolute_link``); otherwise its text stays, as text."""
    safe = nh3.clean(
        body,
        tags=ALLOWED_TAGS,
        attributes={"a": {"href"}},
        url_schemes={"http", "https", "mailto"},
        url_relative="deny",
        attribute_filter=_keep_attribute,
        link_rel="nofollow noopener noreferrer",
        strip_comments=True,
    )
    text = nh3.clean(
        safe.replace("</p>", "</p>\n").replace("<br>", "\n").replace("</li>", "</li>\n"), tags=set()
    )
    # Plain text for search and mail: entities become the characters they stand for.
    return safe, " ".join(html.unescape(text).split())


_INSERT = """
INSERT INTO proposals (id, municipality_id, opgave_id, title, body, body_text, action_line_id, author_id,
                       organisation_id, latitude, longitude, address, wijk_code, wijk_name, buurt_code, buurt_name)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)
"""


async def submit(work: UnitOfWork, target: Target, data: ProposalCreate, place: PlaceFacts) -> UUID:
    """A new idea on the opgave. Driver SQL only: through the ORM, with its computed search column
    read back, this write cost six times the CPU of the statements themselves (bench/README.md)."""
    person = work.principal
    assert isinstance(person, Person)
    opgave_id: UUID = opgave_of(target).opgave_id
    assert target.municipality_id is not None
    connection = await work.connection()
    await ensure_may_post(connection, target.municipality_id, person.account_id)
    if opgave_of(target).phase not in opgave_of(target).proposal_phases:
        raise Conflict("In deze fase neemt de opgave geen nieuwe ideeën aan.", code="phase_closed")
    await check_action_line(connection, opgave_id, data.action_line_id)
    if data.organisation_id is not None and data.organisation_id not in person.organisations_in(
        target.municipality_id
    ):
        raise InvalidInput.one(
            "organisationId",
            "not_a_member",
            "U kunt alleen namens een organisatie waarvan u lid bent een idee indienen.",
        )
    body, text = sanitise(data.body)
    if not text:
        raise InvalidInput.one("body", "required", "Beschrijf uw idee.")
    proposal_id = new_id()
    await connection.execute(
        _INSERT,
        proposal_id,
        target.municipality_id,
        opgave_id,
        data.title,
        body,
        text,
        data.action_line_id,
        person.account_id,
        data.organisation_id,
        place.latitude,
        place.longitude,
        place.address,
        place.wijk_code,
        place.wijk_name,
        place.buurt_code,
        place.buurt_name,
    )
    await outbox.record(
        connection,
        outbox.proposal_event(
            event_types.PROPOSAL_SUBMITTED,
            municipality_id=target.municipality_id,
            opgave_id=opgave_id,
            proposal_id=proposal_id,
            status="submitted",
            actor_id=person.account_id,
        ),
    )
    work.audit("proposal.submitted", "proposal", proposal_id, target.municipality_id)
    return proposal_id


class ProposalService(RowService[Proposal]):
    model, missing = Proposal, "Dit idee bestaat niet."

    async def _event(self, kind: event_types.EventType, proposal: Proposal, status: str) -> None:
        data = event_types.ProposalEventData(
            opgave_id=proposal.opgave_id, proposal_id=proposal.id, status=status
        )
        await outbox.emit_about(self.uow, kind, "proposals", proposal, data)

    async def update(
        self, proposal_id: UUID, data: ProposalUpdate, if_match: str, place: PlaceFacts | None = None
    ) -> None:
        """``place``: resolved by the caller (before any lock) when ``location`` or ``placeId`` was sent."""
        proposal = await self._locked(proposal_id, if_match)
        if data.status is not msgspec.UNSET:
            if data.status != ProposalStatus.WITHDRAWN:
                raise InvalidInput.one("status", "invalid_choice", "U kunt een idee alleen intrekken.")
            if proposal.status not in (ProposalStatus.SUBMITTED, ProposalStatus.UNDER_REVIEW):
                raise Conflict("Een beantwoord idee kunt u niet meer intrekken.", code="already_answered")
            proposal.status = ProposalStatus.WITHDRAWN
            await self._event(event_types.PROPOSAL_WITHDRAWN, proposal, "withdrawn")
        edits = sent(data, "title", "body", "action_line_id", "location", "place_id")
        if edits:
            # Withdrawing stays possible for a blocked person; changing what others read does not.
            await ensure_may_post(await self.uow.connection(), proposal.municipality_id, proposal.author_id)
        if edits and proposal.status != ProposalStatus.SUBMITTED:
            raise Conflict(
                "Een idee kan alleen worden gewijzigd tot de gemeente het in behandeling neemt.",
                code="not_editable",
            )
        apply_sent(proposal, data, "title")
        if data.body is not msgspec.UNSET:
            proposal.body, proposal.body_text = sanitise(data.body)
            if not proposal.body_text:
                raise InvalidInput.one("body", "required", "Beschrijf uw idee.")
        await apply_sent_action_line(self.uow, proposal, data)
        if place is not None:
            for field, value in place.columns().items():
                setattr(proposal, field, value)
        self.uow.audit(
            "proposal.updated",
            "proposal",
            proposal.id,
            proposal.municipality_id,
            {"fields": edits, "status": proposal.status.value},
        )

    async def respond(self, proposal_id: UUID, data: ResponseCreate) -> None:
        proposal = await self._locked(proposal_id)
        current = ProposalStatus(proposal.status)
        text = data.text.strip()
        if data.status != current and data.status not in ANSWERS.get(current, set()):
            raise Conflict(
                f"Een idee dat {STATUS_LABELS[current]} is, kan niet {STATUS_LABELS[data.status]} worden.",
                code="invalid_status_change",
            )
        if data.status == ProposalStatus.DECLINED and len(text) < 10:
            raise InvalidInput.one("text", "required", "Leg uit waarom het idee niet wordt overgenomen.")
        if data.status == current and not text:
            raise InvalidInput.one("text", "required", "Geef een reactie, of kies een andere status.")
        await self._answer(proposal, data.status, text)

    async def chosen_by_vote(self, proposal_id: UUID, text: str) -> bool:
        """Residents chose the idea in a ballot: it is adopted, with ``text`` as the municipality's
        public answer. An idea withdrawn or declined since it went on the ballot stays as it is
        (returns False)."""
        proposal = await self._locked(proposal_id)
        if ProposalStatus(proposal.status) not in SUPPORTABLE:
            return False
        await self._answer(proposal, ProposalStatus.ADOPTED, text)
        return True

    async def _answer(self, proposal: Proposal, status: ProposalStatus, text: str) -> None:
        """The status change, the public answer, and everyone who hears of it."""
        actor = self.uow.principal
        proposal.status = status
        # Each answer stands on its own: an earlier text never dresses up a later status.
        proposal.response_text = text
        proposal.responded_at = utcnow()
        proposal.responded_by_id = actor.account_id if isinstance(actor, Person) else None
        title = f"De gemeente heeft gereageerd op ‘{proposal.title}’: {STATUS_LABELS[status]}"
        notify(
            self.uow,
            proposal.author_id,
            NotificationKind.PROPOSAL_ANSWERED,
            title=title,
            body=text,
            link=f"/ideeen/{proposal.id}",
            municipality_id=proposal.municipality_id,
            object_type="proposal",
            object_id=proposal.id,
        )
        await self._event(event_types.PROPOSAL_ANSWERED, proposal, status.value)
        self.uow.audit(
            "proposal.answered",
            "proposal",
            proposal.id,
            proposal.municipality_id,
            {"status": status.value},
        )


# One statement each: the change, and the count it leaves. The count trigger runs at the end of the
# statement, so the count read in it is the one before, corrected by the rows this statement changed.
SUPPORT = """
WITH added AS (
    INSERT INTO supports (id, municipality_id, proposal_id, account_id) VALUES ($1, $2, $3, $4)
    ON CONFLICT (proposal_id, account_id) DO NOTHING RETURNING 1
)
SELECT support_count + (SELECT count(*) FROM added) FROM proposals WHERE id = $3
"""
WITHDRAW = """
WITH removed AS (DELETE FROM supports WHERE proposal_id = $1 AND account_id = $2 RETURNING 1)
SELECT support_count - (SELECT count(*) FROM removed) FROM proposals WHERE id = $1
"""


async def support(connection: Connection, target: Target, account_id: UUID) -> int:
    """Add one person's support (again: no change). The count follows by trigger, in this transaction."""
    assert target.municipality_id is not None
    await ensure_may_post(connection, target.municipality_id, account_id)
    proposal = target.fact(ProposalFacts)
    if proposal.hidden or ProposalStatus(proposal.status) not in SUPPORTABLE:
        raise Conflict("Dit idee kan niet (meer) worden gesteund.", code="not_supportable")
    count: int = await connection.fetchval(
        SUPPORT, new_id(), target.municipality_id, target.fact(ProposalFacts).proposal_id, account_id
    )
    return count


async def withdraw_support(connection: Connection, target: Target, account_id: UUID) -> int:
    count: int = await connection.fetchval(WITHDRAW, target.fact(ProposalFacts).proposal_id, account_id)
    return count


async def recompute_trending(connection: Connection) -> None:
    """Trending is supports in the last seven days: supports raise it as they come; this lowers it
    as they age. Touches only the proposals whose number changed."""
    await connection.execute(
        """
        UPDATE proposals p SET trending_count = coalesce(recent.n, 0)
        FROM proposals q
        LEFT JOIN (SELECT proposal_id, count(*) AS n FROM supports
                   WHERE created_at > now() - interval '7 days' GROUP BY proposal_id) recent
               ON recent.proposal_id = q.id
        WHERE p.id = q.id AND q.trending_count > 0 AND q.trending_count <> coalesce(recent.n, 0)
        """
    )
