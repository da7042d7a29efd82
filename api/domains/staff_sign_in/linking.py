"""Which account a provider's person is: found by (issuer, ``sub``), else by a verified email,
else made new; and the role the municipality's provider gives.
"""

import re
import unicodedata
from datetime import datetime
from typing import Any
from uuid import UUID

from sqlalchemy import func, select

from api.db.uow import UnitOfWork
from api.domains.accounts.models import Account, RoleAssignment, RoleName
from api.domains.staff_sign_in.models import ExternalIdentity, StaffRole
from api.lib.access import Person, Role

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_FALLBACK_NAME = "Medewerker"


class LinkRefused(Exception):
    """No account can safely be chosen; ``reason`` is for the audit log."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def as_person(account: Account) -> Person:
    return Person(
        account_id=account.id,
        display_name=account.display_name or "",
        email_verified=account.email_verified_at is not None,
    )


def email_verified(claims: dict[str, Any]) -> bool:
    # Some providers send the boolean as a string.
    return claims.get("email_verified") in (True, "true")


def display_name_of(claims: dict[str, Any]) -> str:
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
    return _FALLBACK_NAME


async def _account(uow: UnitOfWork, account_id: UUID) -> Account | None:
    account: Account | None = await uow.session.scalar(
        select(Account).where(Account.id == account_id, Account.deleted_at.is_(None)).with_for_update()
    )
    return account


async def account_for(
    uow: UnitOfWork, municipality_id: UUID, issuer: str, claims: dict[str, Any], now: datetime
) -> tuple[Account, str]:
    """The account of the person in ``claims``, and how it was found: ``subject``, ``email`` or
    ``new_account``. Links it to (issuer, sub) in this municipality when it was not yet."""
    subject = str(claims["sub"])
    known = list(
        await uow.session.scalars(
            select(ExternalIdentity)
            .where(ExternalIdentity.issuer == issuer, ExternalIdentity.subject == subject)
            .with_for_update()
        )
    )
    here = next((i for i in known if i.municipality_id == municipality_id), None)
    if here is not None:
        here.last_sign_in_at = now
    if known:
        account = await _account(uow, (here or known[0]).account_id)
        if account is None:
            raise LinkRefused("account_deleted")
        if here is None:
            _link(uow, municipality_id, issuer, subject, account, now, "subject")
        return account, "subject"

    email = claims.get("email")
    if not isinstance(email, str) or len(email) > 254 or not _EMAIL.match(email.strip()):
        raise LinkRefused("email_missing")
    email = email.strip()
    existing = await uow.session.scalar(
        select(Account)
        .where(func.lower(Account.email) == email.lower(), Account.deleted_at.is_(None))
        .with_for_update()
    )
    if existing is not None:
        # Only the provider's word that the address is theirs may join two identities.
        if not email_verified(claims):
            raise LinkRefused("email_in_use_unverified")
        existing.email_verified_at = existing.email_verified_at or now
        _link(uow, municipality_id, issuer, subject, existing, now, "email")
        return existing, "email"

    account = Account(
        email=email,
        display_name=display_name_of(claims),
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
        {"via": "staff_sign_in"},
        actor=as_person(account),
    )
    _link(uow, municipality_id, issuer, subject, account, now, "new_account")
    return account, "new_account"


def _link(
    uow: UnitOfWork,
    municipality_id: UUID,
    issuer: str,
    subject: str,
    account: Account,
    now: datetime,
    how: str,
) -> None:
    identity = ExternalIdentity(
        municipality_id=municipality_id,
        issuer=issuer,
        subject=subject,
        account_id=account.id,
        last_sign_in_at=now,
    )
    uow.session.add(identity)
    uow.audit(
        "external_identity.linked",
        "account",
        account.id,
        municipality_id,
        {"issuer": issuer, "linkedBy": how},
        actor=as_person(account),
    )


async def grant_role(uow: UnitOfWork, municipality_id: UUID, account: Account, role: StaffRole) -> None:
    """Give ``role`` in the municipality unless the person already has it or a higher one."""
    wanted = RoleName(role.value)
    current = await uow.session.scalar(
        select(RoleAssignment)
        .where(RoleAssignment.municipality_id == municipality_id, RoleAssignment.account_id == account.id)
        .with_for_update()
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
