"""Sign-in through a municipality's OpenID provider and back, into a session: its staff's provider,
or its residents' broker (DigiD and the like), on the same code and under the same rules.

The way out stores state, nonce and PKCE verifier in PostgreSQL (so any worker can take the way
back) and ties them to the browser with a short-lived cookie. The way back consumes the state in
a transaction of its own before anything else, talks to the provider with no transaction open,
and only then links the account and opens the session in one transaction. Whatever fails, the
browser goes to the sign-in page with a short code and no details, nothing is signed in, and the
failure is in the audit log, committed on its own.

A residents' broker gives no role. A resident who is signed in when leaving for the broker links
the broker's person to that account (it must still be the one signed in on the way back); that
link is what makes them eligible for the municipality's ballots for residents.
"""

import secrets
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass
from datetime import timedelta
from typing import Any
from uuid import UUID

from sqlalchemy import delete, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from api.db.uow import UnitOfWork, unit_of_work
from api.domains.accounts.services import AccountService, OpenedSession
from api.domains.staff_sign_in.linking import (
    Asserted,
    Found,
    LinkRefused,
    account_for,
    as_person,
    grant_role,
    signed_in_account_for,
    via,
)
from api.domains.staff_sign_in.links import request_proof
from api.domains.staff_sign_in.models import IdentityProvider, ProviderPurpose, StaffSignInState
from api.domains.staff_sign_in.openid import OpenIDClient, ProviderError, Registration
from api.domains.staff_sign_in.providers import callback_url, secret_context
from api.domains.staff_sign_in.returns import safe_return_to
from api.lib.access import Person, Principal
from api.lib.secretbox import SecretBox, SecretUnreadable
from api.lib.time import utcnow
from api.lib.tokens import hash_token, same
from api.settings import Settings

STATE_TTL = timedelta(minutes=10)
# Used and expired states stay a little while, so a replay is logged as one.
_KEEP_STATES = timedelta(hours=1)

# The codes the browser gets, after the purpose's prefix (``staff_sign_in_failed``, ``resident_sign_in_failed``).
FAILED = "failed"
CANCELLED = "cancelled"
UNAVAILABLE = "unavailable"
# The provider's person matched an account that its owner must first confirm (see ``links``).
LINK_PENDING = "link_pending"
ERROR_PAGE = "/aanmelden?fout="


class SignInFailed(Exception):
    """The sign-in stops here. ``reason`` goes to the audit log, ``code`` to the browser."""

    def __init__(self, reason: str, *, municipality_id: UUID | None = None, code: str = FAILED) -> None:
        super().__init__(reason)
        self.reason = reason
        self.municipality_id = municipality_id
        self.code = code


@dataclass(frozen=True)
class Outcome:
    """Where the browser goes next, and what it is given on the way."""

    location: str
    # The start: the cookie that ties the way back to this browser.
    browser_token: str | None = None
    # The way back, when it worked: the new session.
    session: OpenedSession | None = None
    # The way back, when the owner must confirm the link first: the cookie of the pending link.
    link_token: str | None = None


def _provider_error(error: str, municipality_id: UUID | None) -> SignInFailed:
    """The provider said no (RFC 6749 §4.1.2.1); only its short code goes to the log."""
    reason = "".join(c for c in error.lower() if c.isalnum() or c == "_")[:40] or "unknown"
    return SignInFailed(
        f"provider_error:{reason}",
        municipality_id=municipality_id,
        code=CANCELLED if reason == "access_denied" else FAILED,
    )


class StaffSignInService:
    """One browser's sign-in through a municipality's provider of one purpose, in the transactions it needs."""

    def __init__(
        self,
        session: AsyncSession,
        principal: Principal,
        request_id: str,
        settings: Settings,
        box: SecretBox,
        purpose: ProviderPurpose = ProviderPurpose.STAFF,
    ) -> None:
        self.session = session
        self.principal = principal
        self.request_id = request_id
        self.settings = settings
        self.box = box
        self.purpose = purpose
        self.action = via(purpose)

    def _uow(self) -> AbstractAsyncContextManager[UnitOfWork]:
        return unit_of_work(self.session, self.principal, self.request_id)

    def _client(self, issuer: str) -> OpenIDClient:
        return OpenIDClient(
            issuer,
            timeout=self.settings.auth.provider_timeout_seconds,
            allow_loopback=self.settings.allow_loopback_providers,
            cache_seconds=self.settings.auth.provider_cache_seconds,
        )

    async def _provider(self, municipality_id: UUID) -> IdentityProvider:
        async with self._uow():
            provider = await self.session.scalar(
                select(IdentityProvider).where(
                    IdentityProvider.municipality_id == municipality_id,
                    IdentityProvider.purpose == self.purpose,
                )
            )
        if provider is None or not provider.enabled:
            raise SignInFailed("provider_not_configured", municipality_id=municipality_id, code=UNAVAILABLE)
        return provider

    async def _failed(self, failure: SignInFailed) -> Outcome:
        async with self._uow() as uow:
            uow.audit(
                f"{self.action}.failed",
                self.action,
                None,
                failure.municipality_id,
                {"reason": failure.reason},
                result="failed",
            )
        return Outcome(location=self._error_page(failure.code))

    def _error_page(self, code: str) -> str:
        return f"{ERROR_PAGE}{self.action}_{code}"

    async def start(self, municipality_id: UUID, return_to: str) -> Outcome:
        """Send the browser to the provider; or, when that cannot be, back with a code."""
        try:
            return await self._start(municipality_id, safe_return_to(return_to))
        except SignInFailed as failure:
            return await self._failed(failure)

    async def _start(self, municipality_id: UUID, return_to: str) -> Outcome:
        provider = await self._provider(municipality_id)
        client = self._client(provider.issuer)
        try:
            discovery = await client.discover()
        except ProviderError as error:
            raise SignInFailed(error.reason, municipality_id=municipality_id, code=UNAVAILABLE) from None
        state, nonce = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
        code_verifier, browser_token = secrets.token_urlsafe(64), secrets.token_urlsafe(32)
        location = await client.authorization_url(
            discovery,
            Registration(provider.client_id, "", callback_url(self.settings, self.purpose)),
            state=state,
            nonce=nonce,
            code_verifier=code_verifier,
        )
        async with self._uow():
            now = utcnow()
            await self.session.execute(
                delete(StaffSignInState).where(StaffSignInState.expires_at < now - _KEEP_STATES)
            )
            self.session.add(
                StaffSignInState(
                    municipality_id=municipality_id,
                    purpose=self.purpose,
                    account_id=self._linking_account(),
                    state_hash=hash_token(state),
                    browser_hash=hash_token(browser_token),
                    nonce=nonce,
                    code_verifier=code_verifier,
                    issuer=provider.issuer,
                    return_to=return_to,
                    expires_at=now + STATE_TTL,
                    used_at=None,
                )
            )
        return Outcome(location=location, browser_token=browser_token)

    def _linking_account(self) -> UUID | None:
        """The resident signed in now, who links the broker's person to their account."""
        if self.purpose == ProviderPurpose.RESIDENTS and isinstance(self.principal, Person):
            return self.principal.account_id
        return None

    async def finish(
        self, *, code: str, state: str, error: str, issuer: str, browser_token: str | None, user_agent: str
    ) -> Outcome:
        """Take the browser's way back from the provider: a session, or the error page.

        ``issuer`` is the ``iss`` of the response, when the provider sends one (RFC 9207).
        """
        try:
            return await self._finish(code, state, error, issuer, browser_token, user_agent)
        except SignInFailed as failure:
            return await self._failed(failure)

    async def _consume(self, state: str) -> StaffSignInState:
        """The state, now used: a second use of the same state finds nothing to take."""
        async with self._uow():
            taken = await self.session.scalar(
                update(StaffSignInState)
                .where(
                    StaffSignInState.state_hash == hash_token(state),
                    StaffSignInState.purpose == self.purpose,
                    StaffSignInState.used_at.is_(None),
                )
                .values(used_at=utcnow())
                .returning(StaffSignInState)
            )
            if taken is None:
                known = (
                    await self.session.execute(
                        select(StaffSignInState.municipality_id, StaffSignInState.purpose).where(
                            StaffSignInState.state_hash == hash_token(state)
                        )
                    )
                ).first()
                if known is None:
                    raise SignInFailed("state_unknown")
                # A state of the other purpose came back here: the answer is for another redirect URI.
                reason = "state_used" if known.purpose == self.purpose else "state_purpose_mismatch"
                raise SignInFailed(reason, municipality_id=known.municipality_id)
        if taken.expires_at <= utcnow():
            raise SignInFailed("state_expired", municipality_id=taken.municipality_id)
        return taken

    async def _finish(
        self, code: str, state: str, error: str, issuer: str, browser_token: str | None, user_agent: str
    ) -> Outcome:
        if error and not state:
            # Some providers leave the state out of an error; the refusal is all there is to log.
            raise _provider_error(error, None)
        if not state:
            raise SignInFailed("state_missing")
        pending = await self._consume(state)
        municipality_id = pending.municipality_id
        if not browser_token or not same(hash_token(browser_token).hex(), pending.browser_hash.hex()):
            raise SignInFailed("browser_mismatch", municipality_id=municipality_id)
        if issuer and issuer != pending.issuer:
            # RFC 9207: the answer came from another provider than the one we sent the browser to.
            raise SignInFailed("response_issuer_mismatch", municipality_id=municipality_id)
        if error:
            raise _provider_error(error, municipality_id)
        if not code:
            raise SignInFailed("code_missing", municipality_id=municipality_id)
        provider = await self._provider(municipality_id)
        if provider.issuer != pending.issuer:
            raise SignInFailed("provider_changed", municipality_id=municipality_id)
        try:
            secret = self.box.open(provider.client_secret_encrypted, secret_context(provider))
        except SecretUnreadable:
            raise SignInFailed("client_secret_unreadable", municipality_id=municipality_id) from None
        registration = Registration(provider.client_id, secret, callback_url(self.settings, self.purpose))
        client = self._client(provider.issuer)
        try:
            discovery = await client.discover()
            id_token = await client.exchange_code(
                discovery, registration, code=code, code_verifier=pending.code_verifier
            )
            claims = await client.verified_claims(
                id_token, discovery, client_id=provider.client_id, nonce=pending.nonce
            )
        except ProviderError as failure:
            raise SignInFailed(failure.reason, municipality_id=municipality_id) from None
        if pending.account_id is not None and self._linking_account() != pending.account_id:
            # Whoever was signed in when the sign-in started is no longer: link nobody.
            raise SignInFailed("account_changed", municipality_id=municipality_id)
        try:
            opened = await self._sign_in(provider, claims, user_agent, pending.account_id)
        except LinkRefused as refused:
            raise SignInFailed(refused.reason, municipality_id=municipality_id) from None
        except IntegrityError:
            # The same person finishing two sign-ins at once: the other one won.
            raise SignInFailed("concurrent_sign_in", municipality_id=municipality_id) from None
        if isinstance(opened, str):
            return Outcome(location=self._error_page(LINK_PENDING), link_token=opened)
        return Outcome(location=pending.return_to, session=opened)

    async def _sign_in(
        self, provider: IdentityProvider, claims: dict[str, Any], user_agent: str, signed_in: UUID | None
    ) -> OpenedSession | str:
        """A session; or, when the owner must confirm the link first, the pending link's browser token."""
        asserted = Asserted(provider.municipality_id, self.purpose, provider.issuer, claims)
        async with self._uow() as uow:
            now = utcnow()
            if signed_in is not None:
                found: Found = await signed_in_account_for(uow, asserted, signed_in, now)
            else:
                maybe = await account_for(uow, asserted, now)
                if not isinstance(maybe, Found):
                    return await request_proof(uow, self.settings, asserted, maybe)
                found = maybe
            account, how = found.account, found.how
            if self.purpose == ProviderPurpose.STAFF:
                # A residents' broker only says who someone is: it never gives a role.
                await grant_role(uow, provider.municipality_id, account, provider.new_staff_role)
            opened = await AccountService(uow, self.settings).open_session(account, user_agent)
            uow.audit(
                f"{self.action}.succeeded",
                "account",
                account.id,
                provider.municipality_id,
                {"issuer": provider.issuer, "linkedBy": how},
                actor=as_person(account),
            )
        return opened
