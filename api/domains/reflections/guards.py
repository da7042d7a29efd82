"""Targets and rules of reflection routes: they act on the opgave the moment belongs to."""

from typing import Any

from litestar.connection import ASGIConnection

from api.domains.opgaven.guards import load_opgave
from api.lib.access import Check, Person, Rule, Target
from api.lib.errors import NotFound


async def reflection_from_path(connection: ASGIConnection[Any, Any, Any, Any]) -> Target:
    row = await connection.app.state.db.fetchrow(
        "SELECT id, opgave_id, status, published, residents_invited FROM reflection_moments WHERE id = $1",
        connection.path_params.get("id"),
    )
    if row is None:
        raise NotFound("Dit reflectiemoment bestaat niet.")
    return await load_opgave(
        connection,
        row["opgave_id"],
        reflection_id=row["id"],
        reflection_status=row["status"],
        reflection_published=row["published"],
        residents_invited=row["residents_invited"],
    )


published_reflection: Rule = Check(
    lambda p, t: bool(t["published"] and t["reflection_published"]),
    "als het moment gepubliceerd is",
    anyone=True,
)
# A draft opgave's moments are its team's and staff's alone, whatever they invite.
invited_resident: Rule = Check(
    lambda p, t: (
        isinstance(p, Person) and p.email_verified and bool(t["published"] and t["residents_invited"])
    ),
    "inwoners met een bevestigd e-mailadres, als zij zijn uitgenodigd (bij een gepubliceerde opgave)",
)
