"""Signing up, verifying, signing in and out, resetting, and leaving: the rules of accounts."""

from dataclasses import dataclass
from datetime import datetime, timedelta
from uuid import UUID

from advanced_alchemy.exceptions import DuplicateKeyError
from advanced_alchemy.repository import SQLAlchemyAsyncRepository
from sqlalchemy import delete, func, select, update
from sqlalchemy.exc import IntegrityError

from api.db.errors import violated_constraint
from api.db.uow import UnitOfWork
from api.domains.accounts import personal_data
from api.domains.accounts.models import (
    Account,
    AccountToken,
    Language,
    MailChoice,
    RoleAssignment,
    RoleName,
    SignInSession,
    TokenPurpose,
)
from api.domains.accounts.names import check_display_name
from api.domains.accounts.passwords import check_password, hash_password, verify_password
from api.domains.accounts.role_services import keep_a_beheerder
from api.domains.accounts.schemas import (
    MeUpdate,
    PasswordChangeCreate,
    PasswordResetConfirmationCreate,
    RegistrationCreate,
    SessionCreate,
)
from api.domains.system.models import OutgoingMail
from api.lib.access import Person
from api.lib.deactivation import refused as deactivated_refusal
from api.lib.errors import Forbidden, InvalidInput, NotFound, Unauthenticated
from api.lib.time import utcnow
from api.lib.tokens import hash_token, new_token
from api.settings import Settings

VERIFY_TTL = timedelta(hours=48)
RESET_TTL = timedelta(hours=1)
DELETED_NAME = "verwijderde deelnemer"


class AccountRepository(SQLAlchemyAsyncRepository[Account]):
    model_type = Account


@dataclass(frozen=True)
class OpenedSession:
    """A new session: the cookie value (shown once) and what the client may know."""

    token: str
    csrf_token: str
    expires_at: datetime
    account_id: UUID


def _normalise(email: str) -> str:
    return email.strip().lower()


class AccountService:
    """The account rules, inside one unit of work."""

    def __init__(self, uow: UnitOfWork, settings: Settings) -> None:
        self.uow = uow
        self.settings = settings
        self.accounts = AccountRepository(session=uow.session, auto_commit=False, auto_expunge=False)

    async def _by_email(self, email: str) -> Account | None:
        return await self.accounts.get_one_or_none(
            func.lower(Account.email) == _normalise(email), Account.deleted_at.is_(None)
        )

    async def _municipality_id(self, slug: str) -> UUID:
        from api.domains.municipalities.models import Municipality

        found = (
            await self.uow.session.execute(
                select(Municipality.id, Municipality.name, Municipality.deactivated_at).where(
                    Municipality.slug == slug
                )
            )
        ).one_or_none()
        if found is None:
            raise NotFound("Deze gemeente bestaat niet.", code="unknown_municipality")
        if found.deactivated_at is not None:
            raise deactivated_refusal(found.name)
        municipality_id: UUID = found.id
        return municipality_id

    def _mail(self, to: str, subject: str, body: str) -> None:
        self.uow.session.add(OutgoingMail(to_address=to, subject=subject, body=body))

    async def _mail_link(
        self,
        account: Account,
        purpose: TokenPurpose,
        ttl: timedelta,
        page: str,
        subject: str,
        ask: str,
        unasked: str,
    ) -> None:
        """Mail the account a link to ``page`` with a new token for ``purpose``, valid for ``ttl``:
        ``ask`` says what the link is for, ``unasked`` what to do with a mail one did not ask for."""
        assert account.email is not None
        token = await self._issue_token(account, purpose, ttl)
        link = f"{self.settings.server.base_url}{page}#token={token}"
        hours = int(ttl.total_seconds()) // 3600
        self._mail(
            account.email,
            subject,
            f"Beste {account.display_name},\n\n{ask} via deze link ({hours} uur geldig):\n{link}\n\n{unasked}\n\nSamenspel",
        )

    async def _issue_token(self, account: Account, purpose: TokenPurpose, ttl: timedelta) -> str:
        # A new link replaces the old ones: only the newest mail works.
        await self.uow.session.execute(
            delete(AccountToken).where(AccountToken.account_id == account.id, AccountToken.purpose == purpose)
        )
        token, token_hash = new_token()
        self.uow.session.add(
            AccountToken(
                account_id=account.id, purpose=purpose, token_hash=token_hash, expires_at=utcnow() + ttl
            )
        )
        return token

    async def _send_verification(self, account: Account) -> None:
        await self._mail_link(
            account,
            TokenPurpose.VERIFY_EMAIL,
            VERIFY_TTL,
            "/account/bevestigen",
            "Bevestig uw e-mailadres voor Samenspel",
            "Bevestig uw e-mailadres",
            "Heeft u geen account aangemaakt? Dan kunt u deze mail negeren.",
        )

    async def register(self, data: RegistrationCreate) -> None:
        """Create an account and mail a link to verify it. An address that already has an account
        gets a mail saying so, and the response is the same, so nobody learns who is registered."""
        check_display_name(data.display_name)
        check_password(data.password, related=(data.email, data.display_name))
        municipality_id = await self._municipality_id(data.municipality)
        # Hashed whether or not the address is taken: the time taken must not tell which.
        password_hash = hash_password(data.password, self.settings.auth.password_cost)
        existing = await self._by_email(data.email)
        if existing is not None:
            self._mail(
                existing.email or data.email,
                "U heeft al een account bij Samenspel",
                "Iemand probeerde met dit e-mailadres een account aan te maken, maar u heeft er al een.\n"
                f"Meld u aan op {self.settings.server.base_url}/aanmelden of stel een nieuw wachtwoord in "
                f"via {self.settings.server.base_url}/wachtwoord-vergeten.\n\nSamenspel",
            )
            return
        try:
            # A twin registration in parallel (or an address PostgreSQL lowercases differently) meets
            # the unique index: the answer stays the same, so it still tells nobody who is registered.
            async with self.uow.session.begin_nested():
                account = await self.accounts.add(
                    Account(
                        email=data.email.strip(),
                        display_name=data.display_name.strip(),
                        password_hash=password_hash,
                    )
                )
        except (IntegrityError, DuplicateKeyError) as error:
            if violated_constraint(error) != "uq_accounts_email":
                raise
            return
        self.uow.session.add(
            RoleAssignment(municipality_id=municipality_id, account_id=account.id, role=RoleName.INWONER)
        )
        await self._send_verification(account)
        self.uow.audit(
            "account.registered", "account", account.id, municipality_id, actor=_as_person(account)
        )

    async def resend_verification(self, email: str) -> None:
        account = await self._by_email(email)
        if account is not None and account.email_verified_at is None:
            await self._send_verification(account)
            self.uow.audit(
                "account.verification_resent", "account", account.id, None, actor=_as_person(account)
            )

    async def _use_token(self, token: str, purpose: TokenPurpose) -> Account:
        found = await self.uow.lock_where(
            AccountToken, AccountToken.token_hash == hash_token(token), AccountToken.purpose == purpose
        )
        if found is None or found.used_at is not None or found.expires_at <= utcnow():
            raise InvalidInput.one(
                "token", "invalid_token", "Deze link is ongeldig, al gebruikt of verlopen."
            )
        account = await self.accounts.get_one_or_none(
            Account.id == found.account_id, Account.deleted_at.is_(None)
        )
        if account is None:
            raise InvalidInput.one(
                "token", "invalid_token", "Deze link is ongeldig, al gebruikt of verlopen."
            )
        found.used_at = utcnow()
        return account

    async def verify(self, token: str) -> None:
        account = await self._use_token(token, TokenPurpose.VERIFY_EMAIL)
        if account.email_verified_at is None:
            account.email_verified_at = utcnow()
            await self.end_other_sessions(account.id)
        self.uow.audit("account.verified", "account", account.id, None, actor=_as_person(account))

    async def end_other_sessions(self, account_id: UUID) -> None:
        """Sign the account out everywhere but in the caller's own session (if it is theirs).

        Proving an address ends what was started before it was proven: whoever registered
        someone else's address first, and signed in with it, is signed out when the owner proves it.
        """
        caller = self.uow.principal
        keep = caller.session_id if isinstance(caller, Person) and caller.account_id == account_id else None
        await self.uow.session.execute(
            delete(SignInSession).where(SignInSession.account_id == account_id, SignInSession.id != keep)
            if keep is not None
            else delete(SignInSession).where(SignInSession.account_id == account_id)
        )

    async def request_reset(self, email: str) -> None:
        account = await self._by_email(email)
        if account is None or account.email is None:
            return
        await self._mail_link(
            account,
            TokenPurpose.RESET_PASSWORD,
            RESET_TTL,
            "/wachtwoord-herstellen",
            "Nieuw wachtwoord voor Samenspel",
            "Kies een nieuw wachtwoord",
            "Heeft u dit niet gevraagd? Dan kunt u deze mail negeren; uw wachtwoord blijft hetzelfde.",
        )
        self.uow.audit("account.reset_requested", "account", account.id, None, actor=_as_person(account))

    async def confirm_reset(self, data: PasswordResetConfirmationCreate) -> None:
        account = await self._use_token(data.token, TokenPurpose.RESET_PASSWORD)
        check_password(data.password, related=(account.email or "", account.display_name or ""))
        account.password_hash = hash_password(data.password, self.settings.auth.password_cost)
        # Having the mail proves the address too.
        account.email_verified_at = account.email_verified_at or utcnow()
        # Whoever knew the old password is signed out everywhere.
        await self.uow.session.execute(delete(SignInSession).where(SignInSession.account_id == account.id))
        self.uow.audit("account.password_reset", "account", account.id, None, actor=_as_person(account))

    async def change_password(self, person: Person, data: PasswordChangeCreate) -> None:
        account = await self.accounts.get(person.account_id)
        if not verify_password(
            data.current_password, account.password_hash, self.settings.auth.password_cost
        ):
            raise InvalidInput.one("currentPassword", "wrong_password", "Het huidige wachtwoord klopt niet.")
        check_password(
            data.new_password, name="newPassword", related=(account.email or "", account.display_name or "")
        )
        account.password_hash = hash_password(data.new_password, self.settings.auth.password_cost)
        await self.uow.session.execute(
            delete(SignInSession).where(
                SignInSession.account_id == account.id, SignInSession.id != person.session_id
            )
        )
        self.uow.audit("account.password_changed", "account", account.id, None)

    async def sign_in(self, data: SessionCreate, user_agent: str) -> OpenedSession:
        account = await self._by_email(data.email)
        # Verified either way (against a dummy hash without an account): the same work for both.
        cost = self.settings.auth.password_cost
        if (
            not verify_password(data.password, account.password_hash if account else None, cost)
            or account is None
        ):
            raise Unauthenticated("Het e-mailadres of het wachtwoord klopt niet.", code="invalid_credentials")
        return await self.open_session(account, user_agent)

    async def open_session(self, account: Account, user_agent: str) -> OpenedSession:
        token, token_hash = new_token()
        csrf, _ = new_token()
        expires_at = utcnow() + timedelta(days=self.settings.auth.session_days)
        session = SignInSession(
            account_id=account.id,
            token_hash=token_hash,
            csrf_token=csrf,
            expires_at=expires_at,
            user_agent=user_agent[:300],
        )
        await self.uow.insert(session)
        self.uow.audit("session.opened", "session", session.id, None, actor=_as_person(account))
        return OpenedSession(token=token, csrf_token=csrf, expires_at=expires_at, account_id=account.id)

    async def sign_out(self, person: Person) -> None:
        await self.uow.session.execute(delete(SignInSession).where(SignInSession.id == person.session_id))
        self.uow.audit("session.closed", "session", person.session_id, None)

    async def update_me(self, person: Person, data: MeUpdate, version: int) -> None:
        """Change what ``data`` names, if the account is still at ``version``; nothing named, nothing done."""
        changes: dict[str, object] = {}
        if isinstance(data.display_name, str):
            check_display_name(data.display_name)
            changes["display_name"] = data.display_name.strip()
        if isinstance(data.email_notifications, MailChoice):
            changes["email_notifications"] = data.email_notifications
        if isinstance(data.language, Language):
            changes["language"] = data.language
        if not changes:
            return
        result = await self.uow.session.execute(
            update(Account)
            .where(Account.id == person.account_id, Account.version == version)
            .values(**changes, version=Account.version + 1, updated_at=utcnow())
        )
        if result.rowcount != 1:  # type: ignore[attr-defined]
            from api.lib.errors import PreconditionFailed

            raise PreconditionFailed("Uw account is intussen gewijzigd. Haal het opnieuw op.")
        if "display_name" in changes:
            self.uow.audit("account.renamed", "account", person.account_id, None)
        if "email_notifications" in changes:
            self.uow.audit(
                "account.mail_choice_changed",
                "account",
                person.account_id,
                None,
                {"emailNotifications": str(changes["email_notifications"])},
            )

        if "language" in changes:
            self.uow.audit(
                "account.language_changed",
                "account",
                person.account_id,
                None,
                {"language": str(data.language)},
            )

    async def _require_recent_sign_in(self, person: Person) -> None:
        minutes = self.settings.auth.reauthenticate_minutes
        signed_in_at = await self.uow.session.scalar(
            select(SignInSession.created_at).where(SignInSession.id == person.session_id)
        )
        if signed_in_at is None or signed_in_at < utcnow() - timedelta(minutes=minutes):
            raise Forbidden(
                f"Meld u opnieuw aan om uw account te verwijderen: dat moet binnen {minutes} minuten "
                "na het aanmelden.",
                code="reauthentication_required",
            )

    async def delete(self, person: Person) -> None:
        """The account goes: nothing that identifies the person stays. Contributions keep pointing
        at the row, and show as made by a deleted participant."""
        await self._require_recent_sign_in(person)
        # The last beheerder of a municipality stays until someone else holds the role.
        administered = await self.uow.session.scalars(
            select(RoleAssignment.municipality_id).where(
                RoleAssignment.account_id == person.account_id, RoleAssignment.role == RoleName.BEHEERDER
            )
        )
        for municipality_id in administered.all():
            await keep_a_beheerder(self.uow, municipality_id, person.account_id)
        account = await self.accounts.get(person.account_id)
        email = account.email
        account.email = None
        account.display_name = None
        account.password_hash = None
        account.deleted_at = utcnow()
        for model in (
            SignInSession,
            AccountToken,
            RoleAssignment,
        ):
            await self.uow.session.execute(delete(model).where(model.account_id == account.id))
        await personal_data.erase_elsewhere(await self.uow.connection(), account.id, email)
        if email:
            await self.uow.session.execute(
                delete(OutgoingMail).where(func.lower(OutgoingMail.to_address) == email.lower())
            )
        self.uow.audit("account.deleted", "account", account.id, None)


def _as_person(account: Account) -> Person:
    return Person(account_id=account.id, display_name=account.display_name or "", email_verified=False)
