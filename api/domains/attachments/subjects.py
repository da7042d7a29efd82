"""What a file is attached to, read across the domains: the opgave it belongs to, and what the
access rules need of the thing itself (its author; whether the viewer may see it at all).

A hidden idea is judged by the one rule, ``proposal_shown`` (``api.lib.visibility``): its files are
as unreachable as its words. A deleted thing's rows (and so its files' rows) are gone.
"""

from dataclasses import dataclass
from typing import Any
from uuid import UUID

from litestar.connection import ASGIConnection

from api.domains.attachments.models import SubjectType
from api.domains.opgaven.guards import load_opgave
from api.domains.reflections.guards import ReflectionFacts, ResidentsInvited
from api.lib.access import Target, principal_of
from api.lib.errors import InvalidInput, NotFound
from api.lib.schema import InvalidParam
from api.lib.visibility import Viewer

# $1: the thing's id; for an idea $2, $3: the viewer (proposal_shown). Each gives opgave_id, author_id, shown,
# and the reflection's state (NULL for the others).
_REFLECTION_NULLS = "NULL::text AS reflection_status, NULL::boolean AS reflection_published, NULL::boolean AS residents_invited"
_SUBJECT_SQL: dict[SubjectType, str] = {
    SubjectType.OPGAVE: f"SELECT o.id AS opgave_id, NULL::uuid AS author_id, true AS shown, {_REFLECTION_NULLS} "
    "FROM opgaven o WHERE o.id = $1",
    SubjectType.PROPOSAL: f"SELECT p.opgave_id, p.author_id, proposal_shown(p, $2, $3) AS shown, {_REFLECTION_NULLS} "
    "FROM proposals p WHERE p.id = $1",
    SubjectType.TASK: f"SELECT t.opgave_id, NULL::uuid AS author_id, true AS shown, {_REFLECTION_NULLS} "
    "FROM tasks t WHERE t.id = $1",
    SubjectType.PROGRESS_UPDATE: f"SELECT t.opgave_id, u.author_id, true AS shown, {_REFLECTION_NULLS} "
    "FROM progress_updates u JOIN task_claims c ON c.id = u.claim_id JOIN tasks t ON t.id = c.task_id "
    "WHERE u.id = $1",
    SubjectType.REFLECTION: "SELECT r.opgave_id, NULL::uuid AS author_id, true AS shown, r.status AS reflection_status, "
    "r.published AS reflection_published, r.residents_invited FROM reflection_moments r "
    "WHERE r.id = $1",
}

_ATTACHMENT = """
SELECT a.id, a.subject_type, a.uploaded_by_id,
       coalesce(a.proposal_id, a.task_id, a.progress_update_id, a.reflection_id, a.opgave_id) AS subject_id
FROM attachments a WHERE a.id = $1
"""


@dataclass(frozen=True, slots=True)
class SubjectFacts:
    """The thing files are attached to, as the rules need it: which it is, its author, and whether
    the viewer may see it at all."""

    subject_type: SubjectType
    subject_id: UUID
    author_id: UUID | None
    shown: bool


@dataclass(frozen=True, slots=True)
class AttachmentFacts:
    """One file: its id and who added it."""

    attachment_id: UUID
    uploaded_by_id: UUID


async def subject_target(
    connection: ASGIConnection[Any, Any, Any, Any],
    subject_type: SubjectType,
    subject_id: UUID,
    *facts: object,
) -> Target:
    """The target of a thing files are attached to: its opgave's, with the thing's own facts."""
    viewer = Viewer.of(principal_of(connection))
    args: tuple[Any, ...] = (subject_id,)
    if subject_type == SubjectType.PROPOSAL:
        args = (subject_id, viewer.account_id, viewer.staff)
    found = await connection.app.state.db.fetchrow(_SUBJECT_SQL[subject_type], *args)
    if found is None:
        raise NotFound("Dit onderdeel bestaat niet.")
    reflection: tuple[object, ...] = ()
    if subject_type == SubjectType.REFLECTION:
        reflection = (
            ReflectionFacts(subject_id, found["reflection_published"]),
            ResidentsInvited(found["residents_invited"]),
        )
    return await load_opgave(
        connection,
        found["opgave_id"],
        SubjectFacts(subject_type, subject_id, found["author_id"], found["shown"]),
        *reflection,
        *facts,
    )


async def subject_from_query(connection: ASGIConnection[Any, Any, Any, Any]) -> Target:
    """For uploading and listing: the thing named by ``subjectType`` and ``subjectId``."""
    raw_type, raw_id = connection.query_params.get("subjectType"), connection.query_params.get("subjectId")
    problems = []
    try:
        subject_type = SubjectType(raw_type or "")
    except ValueError:
        problems.append("subjectType")
    try:
        subject_id = UUID(raw_id or "")
    except ValueError:
        problems.append("subjectId")
    if problems:
        raise InvalidInput(
            "Geef aan waar de bijlage bij hoort; zie invalidParams.",
            invalid_params=[
                InvalidParam(name=n, code="invalid_value", reason="Ongeldige waarde.") for n in problems
            ],
        )
    return await subject_target(connection, subject_type, subject_id)


async def attachment_from_path(connection: ASGIConnection[Any, Any, Any, Any]) -> Target:
    """For one file: the thing it is attached to, and who uploaded it."""
    found = await connection.app.state.db.fetchrow(_ATTACHMENT, connection.path_params.get("id"))
    if found is None:
        raise NotFound("Deze bijlage bestaat niet.")
    return await subject_target(
        connection,
        SubjectType(found["subject_type"]),
        found["subject_id"],
        AttachmentFacts(found["id"], found["uploaded_by_id"]),
    )
