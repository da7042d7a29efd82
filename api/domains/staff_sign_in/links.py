"""A provider link that waits for the owner of the account to prove it is theirs.

When a provider's person matches an account the provider may not open alone (``linking``), the
sign-in stops: the browser goes back to the sign-in page, holding a cookie for this pending link,
and the account's address gets a mail. The owner confirms either way, once, within half an hour:

- signing in with the account's password in that same browser (only for an account whose address
  is verified: the password of an unproven address proves nothing), or
- following the link in the mail, which proves the address too.

Only then is the (issuer, ``sub``) linked in this municipality, with the role its provider gives.
"""

from datetime import timedelta
from urllib.parse import urlsplit
from uuid import UUID

from litestar.datastructures import Cookie
from sqlalchemy import ColumnElement, delete, select

from api.db.uow import UnitOfWork
from api.domains.accounts.models import Account
from api.domains.municipalities.models import Municipality
from api.domains.staff_sign_in.linking import (
    Asserted,
    ProofNeeded,
    as_person,
    end_unproven_access,
    grant_role,
    link,
)
from api.domains.staff_sign_in.models import ExternalIdentity, IdentityProvider, PendingLink, ProviderPurpose
from api.domains.system.models import OutgoingMail
from api.lib.cookies import host_cookie
from api.lib.errors import InvalidInput
from api.lib.time import utcnow
from api.lib.tokens import hash_token, new_token
from api.settings import Settings

PENDING_TTL = timedelta(minutes=30)
LINK_COOKIE = "__Host-samenspel-link"
_INVALID = "Deze link is ongeldig, al gebruikt of verlopen."
_WHICH = {
    ProviderPurpose.STAFF: "de inlog voor medewerkers",
    ProviderPurpose.RESIDENTS: "de inlog voor inwoners",
}


def link_cookie(browser_token: str) -> Cookie:
    """The cookie that ties a pending link to the browser that came back from the provider
    (an empty token clears it)."""
    return host_cookie(LINK_COOKIE, browser_token, int(PENDING_TTL.total_seconds()) if browser_token else 0)


async def request_proof(uow: UnitOfWork, settings: Settings, asserted: Asserted, needed: ProofNeeded) -> str:
    """Keep the link pending and mail the owner; the token for the browser's cookie."""
    municipality_id, issuer = asserted.municipality_id, asserted.issuer
    now = utcnow()
    await uow.session.execute(delete(PendingLink).where(PendingLink.expires_at < now - timedelta(days=1)))
    token, token_hash = new_token()
    browser_token, browser_hash = new_token()
    uow.session.add(
        PendingLink(
            municipality_id=municipality_id,
            purpose=asserted.purpose,
            issuer=issuer,
            subject=needed.subject,
            account_id=needed.account.id,
            token_hash=token_hash,
            browser_hash=browser_hash,
            expires_at=now + PENDING_TTL,
        )
    )
    place = await uow.session.scalar(select(Municipality.name).where(Municipality.id == municipality_id))
    account = needed.account
    assert account.email is not None
    uow.session.add(
        OutgoingMail(
            to_address=account.email,
            subject="Bevestig de koppeling met uw account bij Samenspel",
            body=(
                f"Beste {account.display_name},\n\n"
                f"Iemand meldde zich bij Samenspel aan via {_WHICH[asserted.purpose]} van {place} "
                f"({urlsplit(issuer).hostname}), met uw e-mailadres. Was u dat, en wilt u die inlog voortaan "
                "voor uw account gebruiken? Bevestig het via deze link (30 minuten geldig):\n"
                f"{settings.server.base_url}/account/koppelen#token={token}\n\n"
                "U kunt ook in dezelfde browser één keer aanmelden met uw wachtwoord.\n\n"
                "Was u dit niet? Dan kunt u deze mail negeren: er verandert niets aan uw account.\n\nSamenspel"
            ),
        )
    )
    uow.audit(
        "external_identity.link_requested",
        "account",
        account.id,
        municipality_id,
        {"issuer": issuer, "reason": needed.reason, "purpose": asserted.purpose.value},
        actor=as_person(account),
    )
    return browser_token


class PendingLinks:
    """Confirming a pending link, by the mailed link or by a password sign-in in its browser."""

    def __init__(self, uow: UnitOfWork) -> None:
        self.uow = uow

    async def _pending(self, *condition: ColumnElement[bool]) -> PendingLink | None:
        found: PendingLink | None = await self.uow.lock_where(
            PendingLink, *condition, PendingLink.used_at.is_(None), PendingLink.expires_at > utcnow()
        )
        return found

    async def confirm_by_mail(self, token: str) -> None:
        """The owner followed the mailed link: that proves the address, so an account whose address
        was never verified loses its password and sessions, and the link is made."""
        pending = await self._pending(PendingLink.token_hash == hash_token(token))
        account = await self._account(pending)
        if pending is None or account is None:
            raise InvalidInput.one("token", "invalid_token", _INVALID)
        await end_unproven_access(self.uow, account, utcnow())
        if not await self._complete(pending, account, "mail"):
            raise InvalidInput.one("token", "invalid_token", _INVALID)

    async def confirm_in_browser(self, browser_token: str, account_id: UUID) -> bool:
        """A password sign-in of ``account_id`` in the browser that holds the pending link's cookie.
        Whether a link was made; never for an account whose address is unproven."""
        pending = await self._pending(
            PendingLink.browser_hash == hash_token(browser_token), PendingLink.account_id == account_id
        )
        account = await self._account(pending)
        if pending is None or account is None or account.email_verified_at is None:
            return False
        return await self._complete(pending, account, "password")

    async def _account(self, pending: PendingLink | None) -> Account | None:
        if pending is None:
            return None
        account: Account | None = await self.uow.lock_where(
            Account, Account.id == pending.account_id, Account.deleted_at.is_(None)
        )
        return account

    async def _complete(self, pending: PendingLink, account: Account, how: str) -> bool:
        """Link, unless the (issuer, ``sub``) was linked to another account meanwhile."""
        now = utcnow()
        pending.used_at = now
        taken = await self.uow.session.scalar(
            select(ExternalIdentity.account_id).where(
                ExternalIdentity.municipality_id == pending.municipality_id,
                ExternalIdentity.purpose == pending.purpose,
                ExternalIdentity.issuer == pending.issuer,
                ExternalIdentity.subject == pending.subject,
            )
        )
        if taken is not None:
            # Linked meanwhile: to this account there is nothing to add; to another, nothing to do.
            return bool(taken == account.id)
        asserted = Asserted(
            pending.municipality_id, pending.purpose, pending.issuer, {"sub": pending.subject}
        )
        link(self.uow, asserted, account, now, how)
        if pending.purpose != ProviderPurpose.STAFF:
            return True  # a residents' broker gives no role
        provider = await self.uow.session.scalar(
            select(IdentityProvider).where(
                IdentityProvider.municipality_id == pending.municipality_id,
                IdentityProvider.purpose == ProviderPurpose.STAFF,
            )
        )
        if provider is not None and provider.enabled and provider.issuer == pending.issuer:
            await grant_role(self.uow, pending.municipality_id, account, provider.new_staff_role)
        return True
