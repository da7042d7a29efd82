"""Which account a provider's person is, and the role the municipality's provider gives.

A provider speaks only for its own municipality. It finds the accounts it linked itself, there
(issuer and ``sub`` in this municipality: a link another municipality made is no key here). By a
verified address it may link an account only if nobody else vouches for that account: no
password, and no role, membership or provider link in another municipality. Otherwise the owner
proves it first (``links``): the sign-in stops with a pending link, which a password sign-in in
the same browser or the link mailed to the address confirms. Linking to an account whose address
was never verified ends its password and its sessions: whoever registered the address first loses
what they had.
"""

import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from uuid import UUID

from sqlalchemy import delete, exists, func, or_, select

from api.db.uow import UnitOfWork
from api.domains.accounts.models import Account, RoleAssignment, RoleName, SignInSession
from api.domains.organisations.models import OrganisationMember
from api.domains.staff_sign_in.models import ExternalIdentity, ProviderPurpose, StaffRole
from api.lib.access import Person, Role

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_FALLBACK_NAME = {ProviderPurpose.STAFF: "Medewerker", ProviderPurpose.RESIDENTS: "Inwoner"}


class LinkRefused(Exception):
    """No account can safely be chosen; ``reason`` is for the audit log."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class Found:
    """The account, and how: ``subject`` (linked before), ``email`` (linked now) or ``new_account``."""

    account: Account
    how: str


@dataclass(frozen=True)
class ProofNeeded:
    """An account with this address exists, but the provider may not open it alone; ``reason`` is
    ``outside_municipality`` (ties elsewhere) or ``password``."""

    account: Account
    subject: str
    reason: str


def as_person(account: Account) -> Person:
    return Person(
        account_id=account.id,
        display_name=account.display_name or "",
        email_verified=account.email_verified_at is not None,
    )


def email_verified(claims: dict[str, Any]) -> bool:
    # Some providers send the boolean as a string.
    return claims.get("email_verified") in (True, "true")


def display_name_of(claims: dict[str, Any], purpose: ProviderPurpose = ProviderPurpose.STAFF) -> str:
    """A public name from the provider's claims: never the email address itself."""
    given = " ".join(str(claims.get(k) or "") for k in ("given_name", "family_name"))
    for candidate in (claims.get("name"), given, claims.get("preferred_username")):
        if not isinstance(candidate, str):
            continue
        cleaned = " ".join("".join(c for c in candidate if unicodedata.category(c)[0] != "C").split())[
            :80
        ].strip()
        if len(cleaned) >= 2 and "@" not in cleaned:
            return cleaned
    return _FALLBACK_NAME[purpose]


async def _account(uow: UnitOfWork, account_id: UUID) -> Account | None:
    return await uow.lock_where(Account, Account.id == account_id, Account.deleted_at.is_(None))


async def ties_elsewhere(uow: UnitOfWork, account_id: UUID, municipality_id: UUID) -> bool:
    """Whether another municipality knows the account: a role, a membership or a provider link there."""
    elsewhere = [
        exists().where(model.account_id == account_id, model.municipality_id != municipality_id)
        for model in (RoleAssignment, OrganisationMember, ExternalIdentity)
    ]
    return bool(await uow.session.scalar(select(or_(*elsewhere))))


async def end_unproven_access(uow: UnitOfWork, account: Account, now: datetime) -> None:
    """The address is proven now, and it never was before: what someone set up with it goes."""
    if account.email_verified_at is not None:
        return
    account.password_hash = None
    account.email_verified_at = now
    await uow.session.execute(delete(SignInSession).where(SignInSession.account_id == account.id))
    uow.audit(
        "account.verified",
        "account",
        account.id,
        None,
        {"via": "identity_provider"},
        actor=as_person(account),
    )


@dataclass(frozen=True)
class Asserted:
    """Who a municipality's provider (of one purpose) says signed in."""

    municipality_id: UUID
    purpose: ProviderPurpose
    issuer: str
    claims: dict[str, Any]

    @property
    def subject(self) -> str:
        return str(self.claims["sub"])


async def _linked_here(uow: UnitOfWork, asserted: Asserted) -> ExternalIdentity | None:
    return await uow.lock_where(
        ExternalIdentity,
        ExternalIdentity.municipality_id == asserted.municipality_id,
        ExternalIdentity.purpose == asserted.purpose,
        ExternalIdentity.issuer == asserted.issuer,
        ExternalIdentity.subject == asserted.subject,
    )


async def signed_in_account_for(
    uow: UnitOfWork, asserted: Asserted, account_id: UUID, now: datetime
) -> Found:
    """Link the provider's person to the account that was signed in when the sign-in started (a
    resident linking their account): the session proves the account, the provider the person. A
    person the provider already linked to another account here is refused: one person, one account."""
    here = await _linked_here(uow, asserted)
    account = await _account(uow, account_id)
    if account is None:
        raise LinkRefused("account_deleted")
    if here is not None:
        if here.account_id != account.id:
            raise LinkRefused("subject_linked_to_other_account")
        here.last_sign_in_at = now
        return Found(account, "subject")
    link(uow, asserted, account, now, "signed_in")
    return Found(account, "signed_in")


async def account_for(uow: UnitOfWork, asserted: Asserted, now: datetime) -> Found | ProofNeeded:
    """The account of the person in ``claims`` as this municipality's provider may open it."""
    municipality_id, claims, subject = asserted.municipality_id, asserted.claims, asserted.subject
    here = await _linked_here(uow, asserted)
    if here is not None:
        account = await _account(uow, here.account_id)
        if account is None:
            raise LinkRefused("account_deleted")
        here.last_sign_in_at = now
        return Found(account, "subject")

    email = claims.get("email")
    if not isinstance(email, str) or len(email) > 254 or not _EMAIL.match(email.strip()):
        raise LinkRefused("email_missing")
    email = email.strip()
    existing = await uow.lock_where(
        Account, func.lower(Account.email) == email.lower(), Account.deleted_at.is_(None)
    )
    if existing is not None:
        # Only the provider's word that the address is theirs may join two identities, and only
        # for an account nobody else vouches for.
        if not email_verified(claims):
            raise LinkRefused("email_in_use_unverified")
        if await ties_elsewhere(uow, existing.id, municipality_id):
            return ProofNeeded(existing, subject, "outside_municipality")
        if existing.password_hash is not None:
            return ProofNeeded(existing, subject, "password")
        await end_unproven_access(uow, existing, now)
        link(uow, asserted, existing, now, "email")
        return Found(existing, "email")

    account = Account(
        email=email,
        display_name=display_name_of(claims, asserted.purpose),
        password_hash=None,
        email_verified_at=now if email_verified(claims) else None,
    )
    uow.session.add(account)
    await uow.session.flush()
    uow.audit(
        "account.created",
        "account",
        account.id,
        municipality_id,
        {"via": via(asserted.purpose)},
        actor=as_person(account),
    )
    link(uow, asserted, account, now, "new_account")
    return Found(account, "new_account")


def via(purpose: ProviderPurpose) -> str:
    """How the audit log names a sign-in of this purpose."""
    return "resident_sign_in" if purpose == ProviderPurpose.RESIDENTS else "staff_sign_in"


def link(uow: UnitOfWork, asserted: Asserted, account: Account, now: datetime, how: str) -> None:
    identity = ExternalIdentity(
        municipality_id=asserted.municipality_id,
        purpose=asserted.purpose,
        issuer=asserted.issuer,
        subject=asserted.subject,
        account_id=account.id,
        last_sign_in_at=now,
    )
    uow.session.add(identity)
    uow.audit(
        "external_identity.linked",
        "account",
        account.id,
        asserted.municipality_id,
        {"issuer": asserted.issuer, "linkedBy": how, "purpose": asserted.purpose.value},
        actor=as_person(account),
    )


async def grant_role(uow: UnitOfWork, municipality_id: UUID, account: Account, role: StaffRole) -> None:
    """Give ``role`` in the municipality unless the person already has it or a higher one.

    Nothing above inwoner goes to an address that is not verified: the person signs in again
    once it is, and gets the role then."""
    wanted = RoleName(role.value)
    if account.email_verified_at is None and wanted != RoleName.INWONER:
        return
    current = await uow.lock_where(
        RoleAssignment,
        RoleAssignment.municipality_id == municipality_id,
        RoleAssignment.account_id == account.id,
    )
    if current is None:
        uow.session.add(RoleAssignment(municipality_id=municipality_id, account_id=account.id, role=wanted))
        before = None
    elif Role.from_api(current.role) < Role.from_api(wanted):
        before = current.role.value
        current.role = wanted
    else:
        return
    uow.audit(
        "role.granted",
        "account",
        account.id,
        municipality_id,
        {"role": wanted.value, "previous": before, "via": "staff_sign_in"},
        actor=as_person(account),
    )
