"""Targets and rules of reflection routes: they act on the opgave the moment belongs to."""

from dataclasses import dataclass
from uuid import UUID

from api.domains.opgaven.guards import in_opgave, opgave_of
from api.lib.access import Check, Person, Rule


@dataclass(frozen=True, slots=True)
class ReflectionFacts:
    reflection_id: UUID
    published: bool


@dataclass(frozen=True, slots=True)
class ResidentsInvited:
    """Whether a moment invites residents (a fact of its own: a list asks it of moments not yet read)."""

    invited: bool


reflection_from_path = in_opgave(
    "SELECT id, opgave_id, published, residents_invited FROM reflection_moments WHERE id = $1",
    "Dit reflectiemoment bestaat niet.",
    lambda row: (ReflectionFacts(row["id"], row["published"]), ResidentsInvited(row["residents_invited"])),
)


published_reflection: Rule = Check(
    lambda p, t: opgave_of(t).published and t.fact(ReflectionFacts).published,
    "als het moment gepubliceerd is",
    anyone=True,
)
# A draft opgave's moments are its team's and staff's alone, whatever they invite.
invited_resident: Rule = Check(
    lambda p, t: (
        isinstance(p, Person)
        and p.email_verified
        and opgave_of(t).published
        and t.fact(ResidentsInvited).invited
    ),
    "inwoners met een bevestigd e-mailadres, als zij zijn uitgenodigd (bij een gepubliceerde opgave)",
)
