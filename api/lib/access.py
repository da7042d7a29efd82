"""Who may call a route, declared next to it and checked before the handler.

A route states ``opt=access(rule, target=...)``. The *target* says what the request acts on (its
municipality and the attributes that object rules need), loaded once by the guard. The *rule* is a
small expression over the caller and the target::

    access(role(Role.MEDEWERKER) | scope("opgaven:write"), target=opgave_from_path)
    access(author | role(Role.MEDEWERKER), target=proposal_from_path)

A denied anonymous caller gets 401, a denied person or client 403; a target that does not exist,
or belongs to another municipality than a machine client's, is a 404. Rules are plain objects, so
they are testable alone (``rule.allows(principal, target)``) and describe themselves in Dutch for
the OpenAPI document.
"""

from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from enum import IntEnum
from typing import Any, TypeVar
from uuid import UUID

from litestar.connection import ASGIConnection
from litestar.handlers.base import BaseRouteHandler

from api.lib.deactivation import deactivated_of
from api.lib.deactivation import refused as deactivated_refusal
from api.lib.errors import Forbidden, NotFound, Unauthenticated


class Role(IntEnum):
    """A person's role in a municipality; each role may do what the ones below it may."""

    INWONER = 1
    PARTNER = 2
    MEDEWERKER = 3
    BEHEERDER = 4

    @property
    def api_name(self) -> str:
        return self.name.lower()

    @classmethod
    def from_api(cls, name: str) -> "Role":
        return cls[name.upper()]


@dataclass(frozen=True, slots=True)
class Membership:
    """A person's place in an organisation."""

    organisation_id: UUID
    municipality_id: UUID
    is_admin: bool


@dataclass(frozen=True, slots=True)
class Anonymous:
    """Nobody signed in."""


@dataclass(frozen=True, slots=True)
class CommandLine(Anonymous):
    """Someone at the platform's command line (``python -m api ...``): no account, no role, and
    nothing the guard lets through; only what the command itself does, audited under ``who``."""

    who: str = "command line"


@dataclass(frozen=True, slots=True)
class Person:
    """A signed-in person. Without a stored role they are an inwoner everywhere."""

    account_id: UUID
    display_name: str
    email_verified: bool
    roles: Mapping[UUID, Role] = field(default_factory=dict)
    memberships: tuple[Membership, ...] = ()
    session_id: UUID | None = None
    # Runs the platform itself (granted from the command line only; needs a verified address).
    operator: bool = False
    csrf_token: str | None = field(default=None, repr=False)

    def role_in(self, municipality_id: UUID | None) -> Role:
        if municipality_id is None:
            return Role.INWONER
        return self.roles.get(municipality_id, Role.INWONER)

    def organisations_in(self, municipality_id: UUID | None) -> frozenset[UUID]:
        return frozenset(m.organisation_id for m in self.memberships if m.municipality_id == municipality_id)


@dataclass(frozen=True, slots=True)
class Client:
    """A machine client of one municipality, with the scopes of its token."""

    client_id: str
    municipality_id: UUID
    scopes: frozenset[str]


Principal = Anonymous | Person | Client


F = TypeVar("F")


@dataclass(frozen=True, slots=True)
class Target:
    """What a request acts on: its municipality, and what object rules need to know of it.

    ``facts`` are typed structures its loader put on it, each domain its own (an opgave's, a task's…),
    read by type: ``target.fact(OpgaveFacts).phase``, so mypy checks every field a rule reads.
    """

    municipality_id: UUID | None = None
    facts: tuple[object, ...] = ()
    # Whether everyone may know it exists (a published opgave) or only its own municipality.
    public: bool = True

    def fact_or_none(self, kind: type[F]) -> F | None:
        """The fact of type ``kind`` on this target, or ``None`` when its loader put none."""
        return next((fact for fact in self.facts if isinstance(fact, kind)), None)

    def fact(self, kind: type[F]) -> F:
        """The fact of type ``kind`` on this target; a rule or service asking for one its route's
        loader does not give is a programming error."""
        found = self.fact_or_none(kind)
        if found is None:
            raise LookupError(f"this target has no {kind.__name__}")
        return found


@dataclass(frozen=True)
class Refusal:
    """A reason a client can act on: its own ``code`` and a Dutch ``detail``."""

    code: str
    detail: str


UNVERIFIED = Refusal(
    "email_unverified", "Bevestig eerst uw e-mailadres; de link staat in de mail die u kreeg."
)


# The kinds of caller, for what a rule can let through at all.
ANONYMOUS, PERSON, CLIENT = "anonymous", "person", "client"
ALL_CALLERS = frozenset({ANONYMOUS, PERSON, CLIENT})


class Rule:
    """A condition on the caller and the target."""

    description: str = ""

    def allows(self, principal: Principal, target: Target) -> bool:
        raise NotImplementedError

    def __or__(self, other: "Rule") -> "Rule":
        return AnyOf((self, other))

    def __and__(self, other: "Rule") -> "Rule":
        return AllOf((self, other))

    def refusal(self, principal: Principal, target: Target) -> Refusal | None:
        """Why this rule refuses ``principal``, when it can say more than "not allowed"."""
        return None

    def callers(self) -> frozenset[str]:
        """The kinds of caller that can ever satisfy this atom (by default: a person)."""
        return frozenset({PERSON})

    def terms(self) -> tuple[frozenset["Rule"], ...]:
        """The rule as alternatives, each a set of atoms that must all hold (disjunctive normal form)."""
        return (frozenset({self}),)

    def scopes(self) -> frozenset[str]:
        """The machine-client scopes that can satisfy this rule."""
        return frozenset(
            atom.name
            for term in normal_form(self)
            if CLIENT in _callers(term)
            for atom in term
            if isinstance(atom, HasScope)
        )

    def is_public(self) -> bool:
        """Whether a caller without credentials can satisfy it (for some targets)."""
        return any(ANONYMOUS in _callers(term) for term in normal_form(self))


def _callers(term: frozenset[Rule]) -> frozenset[str]:
    found = ALL_CALLERS
    for atom in term:
        found = found & atom.callers()
    return found


def normal_form(rule: Rule) -> list[frozenset[Rule]]:
    """The alternatives of ``rule`` that some caller can satisfy, simplified: an alternative no kind
    of caller can meet (a signed-in person with a client's scope) is gone, "everyone" and "signed
    in" are left out beside an atom that implies them, and an alternative that only adds to another
    is absorbed by it. This is what the contract says of the rule, so it says what the guard does."""
    simplified: list[frozenset[Rule]] = []
    for term in rule.terms():
        if not _callers(term):
            continue
        if len(term) > 1:
            term = frozenset(atom for atom in term if atom != everyone) or frozenset({everyone})
        if any(atom.callers() <= {PERSON} and atom != signed_in for atom in term):
            term = term - {signed_in}
        if term not in simplified:
            simplified.append(term)
    return [term for term in simplified if not any(other < term for other in simplified)]


def _describe_term(term: frozenset[Rule]) -> str:
    atoms = sorted(term, key=_atom_order)
    who = [atom.description for atom in atoms if not _is_condition(atom)]
    conditions = [atom.description for atom in atoms if _is_condition(atom)]
    text = " en ".join(who) or "iedereen"
    return f"{text}, {' en '.join(conditions)}" if conditions else text


def _is_condition(atom: Rule) -> bool:
    """A condition on the target that anyone can meet (the opgave is published)."""
    return isinstance(atom, Check) and atom.anyone


def _atom_order(atom: Rule) -> tuple[int, str]:
    kinds = (_Everyone, _SignedIn, HasRole, Check, HasScope)
    return next(i for i, kind in enumerate(kinds) if isinstance(atom, kind)), atom.description


def describe(rule: Rule) -> str:
    """Who may call, in Dutch, from the same rule the guard applies."""
    return "; of ".join(_describe_term(term) for term in normal_form(rule))


@dataclass(frozen=True)
class AnyOf(Rule):
    rules: tuple[Rule, ...]

    def allows(self, principal: Principal, target: Target) -> bool:
        return any(rule.allows(principal, target) for rule in self.rules)

    @property
    def description(self) -> str:  # type: ignore[override]
        return describe(self)

    def terms(self) -> tuple[frozenset[Rule], ...]:
        return tuple(term for rule in self.rules for term in rule.terms())

    def refusal(self, principal: Principal, target: Target) -> Refusal | None:
        # Every alternative refused: the first that can say why (say, an unverified address) speaks.
        return next((r for rule in self.rules if (r := rule.refusal(principal, target))), None)


@dataclass(frozen=True)
class AllOf(Rule):
    rules: tuple[Rule, ...]

    def allows(self, principal: Principal, target: Target) -> bool:
        return all(rule.allows(principal, target) for rule in self.rules)

    @property
    def description(self) -> str:  # type: ignore[override]
        return describe(self)

    def terms(self) -> tuple[frozenset[Rule], ...]:
        combined: tuple[frozenset[Rule], ...] = (frozenset(),)
        for rule in self.rules:
            combined = tuple(left | right for left in combined for right in rule.terms())
        return combined

    def refusal(self, principal: Principal, target: Target) -> Refusal | None:
        failing = next((rule for rule in self.rules if not rule.allows(principal, target)), None)
        return failing.refusal(principal, target) if failing is not None else None


@dataclass(frozen=True)
class _Everyone(Rule):
    description: str = "iedereen, ook zonder aanmelding"

    def callers(self) -> frozenset[str]:
        return ALL_CALLERS

    def allows(self, principal: Principal, target: Target) -> bool:
        return True


@dataclass(frozen=True)
class _SignedIn(Rule):
    verified: bool = False

    @property
    def description(self) -> str:  # type: ignore[override]
        return "iedere aangemelde persoon" + (" met een bevestigd e-mailadres" if self.verified else "")

    def allows(self, principal: Principal, target: Target) -> bool:
        return isinstance(principal, Person) and (principal.email_verified or not self.verified)

    def refusal(self, principal: Principal, target: Target) -> Refusal | None:
        return UNVERIFIED if isinstance(principal, Person) and not principal.email_verified else None


@dataclass(frozen=True)
class HasRole(Rule):
    """At least ``minimum`` in the target's municipality."""

    minimum: Role

    @property
    def description(self) -> str:  # type: ignore[override]
        return f"{self.minimum.api_name} (of hoger) van de gemeente"

    def allows(self, principal: Principal, target: Target) -> bool:
        return isinstance(principal, Person) and principal.role_in(target.municipality_id) >= self.minimum


@dataclass(frozen=True)
class HasScope(Rule):
    """A machine client of the target's municipality with this scope."""

    name: str

    @property
    def description(self) -> str:  # type: ignore[override]
        return f"een client van de gemeente met scope `{self.name}`"

    def allows(self, principal: Principal, target: Target) -> bool:
        return (
            isinstance(principal, Client)
            and self.name in principal.scopes
            and (target.municipality_id is None or target.municipality_id == principal.municipality_id)
        )

    def callers(self) -> frozenset[str]:
        return frozenset({CLIENT})


@dataclass(frozen=True)
class Check(Rule):
    """An object rule: ``test(principal, target)``, described in Dutch. A rule about the person
    (the author) only a person can meet; a rule about the target alone (the opgave is published)
    is ``anyone``, and its description is the condition (``als de opgave gepubliceerd is``)."""

    test: Callable[[Principal, Target], bool]
    description: str
    # Whether the test can pass for a caller without credentials (say: the opgave is published).
    anyone: bool = False
    # What a signed-in person is told when this is why they may not (``procesregisseur_only``).
    refused: Refusal | None = None

    def allows(self, principal: Principal, target: Target) -> bool:
        return self.test(principal, target)

    def refusal(self, principal: Principal, target: Target) -> Refusal | None:
        return self.refused if isinstance(principal, Person) else None

    def callers(self) -> frozenset[str]:
        return ALL_CALLERS if self.anyone else frozenset({PERSON})


def the_person(account_of: Callable[[Target], UUID | None], description: str) -> Rule:
    """The signed-in person the target names (its author, its owner, who registered…):
    ``the_person(lambda t: t.fact(CommentFacts).author_id, "de auteur van de reactie")``."""
    return Check(lambda p, t: isinstance(p, Person) and p.account_id == account_of(t), description)


everyone: Rule = _Everyone()
signed_in: Rule = _SignedIn()
verified: Rule = _SignedIn(verified=True)


def role(minimum: Role) -> Rule:
    return HasRole(minimum)


def scope(name: str) -> Rule:
    return HasScope(name)


# Rules several domains share, each defined once here.
staff: Rule = role(Role.MEDEWERKER)
"""Staff of the target's municipality (medewerker or more)."""
beheerder: Rule = role(Role.BEHEERDER)
"""The municipality's administrators."""


operator: Rule = Check(
    lambda p, t: isinstance(p, Person) and p.operator and p.email_verified,
    "een platformbeheerder (toegekend op de opdrachtregel)",
)
"""Who runs the platform: onboards, deactivates and exports municipalities. Not a role in any
municipality, so it gives nothing inside one (no staff powers, no private data) beyond these."""


TargetLoader = Callable[[ASGIConnection[Any, Any, Any, Any]], Awaitable[Target]]


@dataclass(frozen=True)
class Access:
    """The declaration on a route: who may call it, and what it acts on."""

    rule: Rule
    target: TargetLoader | None = None

    def describe(self) -> str:
        return describe(self.rule)


def access(rule: Rule, *, target: TargetLoader | None = None) -> dict[str, Any]:
    """``opt`` for a route handler: ``@get(..., opt=access(everyone))``."""
    return {"access": Access(rule, target)}


def principal_of(connection: ASGIConnection[Any, Any, Any, Any]) -> Principal:
    principal: Principal = connection.scope.get("state", {}).get("principal", Anonymous())
    return principal


def person_of(connection: ASGIConnection[Any, Any, Any, Any]) -> Person:
    """The signed-in person of a route whose rule already demands one."""
    principal = principal_of(connection)
    assert isinstance(principal, Person), "the route's access rule should have required a person"
    return principal


async def row_of_path(connection: ASGIConnection[Any, Any, Any, Any], sql: str, missing: str) -> Any:
    """The row ``sql`` finds for the ``id`` in the path (its ``$1``), for a target loader; 404 with
    ``missing`` when there is none."""
    row = await connection.app.state.db.fetchrow(sql, connection.path_params.get("id"))
    if row is None:
        raise NotFound(missing)
    return row


Facts = Callable[[Any], tuple[object, ...]]
"""What a route's rules need to know of the row its target loader read."""


def no_facts(row: Any) -> tuple[object, ...]:
    return ()


def in_municipality(sql: str, missing: str, facts: Facts = no_facts, *, public: bool = False) -> TargetLoader:
    """The target loader of a route on a row of one municipality: ``sql`` reads it (with its
    ``municipality_id``) by the ``id`` in the path, 404 with ``missing`` when there is none. Unless
    ``public``, only its municipality may know it exists."""

    async def load(connection: ASGIConnection[Any, Any, Any, Any]) -> Target:
        row = await row_of_path(connection, sql, missing)
        return Target(municipality_id=row["municipality_id"], facts=facts(row), public=public)

    return load


def target_of(connection: ASGIConnection[Any, Any, Any, Any]) -> Target:
    target: Target = connection.scope.get("state", {}).get("target", Target())
    return target


def decide(access_: Access, principal: Principal, target: Target) -> None:
    """Raise the right error if ``principal`` may not do this to ``target``."""
    if access_.rule.allows(principal, target):
        return
    if not target.public:
        # Private data of a municipality does not exist for those who may not touch it.
        raise NotFound("Deze bron bestaat niet.")
    if isinstance(principal, Anonymous):
        raise Unauthenticated("Meld u aan om dit te doen.")
    if isinstance(principal, Client):
        raise Forbidden("Het toegangstoken heeft niet de vereiste scope.", code="insufficient_scope")
    why = access_.rule.refusal(principal, target)
    if why is not None:
        raise Forbidden(why.detail, code=why.code)
    raise Forbidden("U mag dit niet doen.")


async def access_guard(connection: ASGIConnection[Any, Any, Any, Any], handler: BaseRouteHandler) -> None:
    """The one guard of every route: load the target, then apply the declared rule."""
    declared: Access | None = handler.opt.get("access")
    if declared is None:
        # Fail closed: a route nobody thought about is a route nobody may call.
        raise Forbidden("Voor deze route is geen toegang vastgelegd.")
    target = await declared.target(connection) if declared.target is not None else Target()
    connection.scope.setdefault("state", {})["target"] = target
    if (
        target.municipality_id is not None
        and not handler.opt.get("while_deactivated")
        and await deactivated_of(connection.app.state).contains(
            connection.app.state.db, target.municipality_id
        )
    ):
        raise deactivated_refusal()
    decide(declared, principal_of(connection), target)
