"""Sign-up, sign-in, password reset, and my account."""

from litestar import Response, delete, get, patch, post
from litestar.datastructures import Cookie, ResponseHeader
from litestar.params import JSONBody

from api.db.connection import Db
from api.db.uow import Uow
from api.domains.accounts import personal_data, queries
from api.domains.accounts.authentication import SESSION_COOKIE
from api.domains.accounts.schemas import (
    AccountExport,
    CurrentSession,
    MeRead,
    MeUpdate,
    PasswordChangeCreate,
    PasswordResetConfirmationCreate,
    PasswordResetCreate,
    RegistrationAccepted,
    RegistrationCreate,
    VerificationCreate,
    VerificationEmailCreate,
)
from api.domains.accounts.services import AccountService
from api.lib.access import Person, access, everyone, person_of, principal_of, signed_in
from api.lib.client_address import client_address
from api.lib.cookies import host_cookie
from api.lib.errors import NotFound
from api.lib.etag import ETAG_HEADER, IfMatch, etag, require_if_match
from api.lib.http import settings_of
from api.lib.mail import deliver_after
from api.lib.openapi import problems
from api.lib.ratelimit import Limit, attempts
from api.lib.routes import AnyRequest, Controller

COOKIE_HEADER = ResponseHeader(
    name="Set-Cookie",
    description=f"De sessie, als HttpOnly-cookie `{SESSION_COOKIE}` (Secure, SameSite=Lax).",
    documentation_only=True,
)


def _expired_cookie() -> Cookie:
    return host_cookie(SESSION_COOKIE, "", 0)


async def _limit(request: AnyRequest, *keys: tuple[str, int]) -> None:
    settings = settings_of(request)
    for key, hits in keys:
        await attempts(request, key, Limit(hits, settings.auth.window_seconds))


async def _limit_mail(request: AnyRequest, kind: str, email: str) -> None:
    """A mail to an address the caller names: bounded per caller's address (verifications and resets
    together) and per account, ``kind`` by ``kind``."""
    settings = settings_of(request)
    await _limit(
        request,
        (f"reset:address:{client_address(request, settings)}", settings.auth.reset_per_address),
        (f"{kind}:account:{email.lower()}", settings.auth.reset_per_account),
    )


class AccountController(Controller):
    """Account aanmaken, bevestigen en wachtwoord herstellen."""

    path = ""
    tags = ["Account"]

    @post("/accounts", status_code=202, opt=access(everyone), responses=problems(429))
    async def register_account(
        self, request: AnyRequest, data: JSONBody[RegistrationCreate], uow: Uow
    ) -> Response[RegistrationAccepted]:
        settings = settings_of(request)
        await _limit(
            request,
            (f"register:address:{client_address(request, settings)}", settings.auth.register_per_address),
        )
        await AccountService(uow, settings).register(data)
        return Response(
            RegistrationAccepted(email=data.email), status_code=202, background=deliver_after(request)
        )

    @post("/account-verifications", status_code=204, opt=access(everyone))
    async def verify_account(self, request: AnyRequest, data: JSONBody[VerificationCreate], uow: Uow) -> None:
        await AccountService(uow, settings_of(request)).verify(data.token)

    @post("/verification-emails", status_code=202, opt=access(everyone), responses=problems(429))
    async def request_verification_email(
        self, request: AnyRequest, data: JSONBody[VerificationEmailCreate], uow: Uow
    ) -> Response[RegistrationAccepted]:
        await _limit_mail(request, "verify", data.email)
        await AccountService(uow, settings_of(request)).resend_verification(data.email)
        return Response(
            RegistrationAccepted(email=data.email), status_code=202, background=deliver_after(request)
        )

    @post("/password-resets", status_code=202, opt=access(everyone), responses=problems(429))
    async def request_password_reset(
        self, request: AnyRequest, data: JSONBody[PasswordResetCreate], uow: Uow
    ) -> Response[None]:
        await _limit_mail(request, "reset", data.email)
        await AccountService(uow, settings_of(request)).request_reset(data.email)
        return Response(None, status_code=202, background=deliver_after(request))

    @post("/password-reset-confirmations", status_code=204, opt=access(everyone), responses=problems(429))
    async def confirm_password_reset(
        self, request: AnyRequest, data: JSONBody[PasswordResetConfirmationCreate], uow: Uow
    ) -> None:
        settings = settings_of(request)
        await _limit(
            request, (f"reset:address:{client_address(request, settings)}", settings.auth.reset_per_address)
        )
        await AccountService(uow, settings).confirm_reset(data)


class SessionController(Controller):
    """Aanmelden en afmelden in de browser. Aanmelden met het wachtwoord (``POST /sessions``) staat bij
    de andere manieren van aanmelden, in ``staff_sign_in.controllers``: het kan een koppeling met een
    provider bevestigen, en dat domein staat boven dit."""

    path = "/sessions"
    tags = ["Account"]

    @get("/current", opt=access(everyone))
    async def get_current_session(self, request: AnyRequest, db: Db) -> CurrentSession:
        principal = principal_of(request)
        if not isinstance(principal, Person):
            return CurrentSession(signed_in=False, account=None)
        found = await queries.me(db, principal.account_id, principal.csrf_token)
        return CurrentSession(signed_in=found is not None, account=found[0] if found else None)

    @delete("/current", opt=access(signed_in), responses=problems(401, 403))
    async def sign_out(self, request: AnyRequest, uow: Uow) -> Response[None]:
        await AccountService(uow, settings_of(request)).sign_out(person_of(request))
        return Response(None, status_code=204, cookies=[_expired_cookie()])


class MeController(Controller):
    """Mijn account: inzien, wijzigen, downloaden en verwijderen."""

    path = "/me"
    tags = ["Account"]

    @get("", opt=access(signed_in), responses=problems(401, 403), response_headers=[ETAG_HEADER])
    async def get_me(self, request: AnyRequest, db: Db) -> Response[MeRead]:
        person = person_of(request)
        found = await queries.me(db, person.account_id, person.csrf_token)
        if found is None:
            raise NotFound("Dit account bestaat niet meer.")
        return Response(found[0], headers={"ETag": etag(found[1])})

    @patch("", opt=access(signed_in), responses=problems(401, 403, 412, 428), response_headers=[ETAG_HEADER])
    async def update_me(
        self, request: AnyRequest, data: JSONBody[MeUpdate], uow: Uow, if_match: IfMatch = ""
    ) -> Response[MeRead]:
        person = person_of(request)
        connection = await uow.connection()
        current = await queries.me(connection, person.account_id, None)
        if current is None:
            raise NotFound("Dit account bestaat niet meer.")
        require_if_match(if_match, current[1])
        await AccountService(uow, settings_of(request)).update_me(person, data, current[1])
        found = await uow.read(queries.me, person.account_id, None)
        return Response(found[0], headers={"ETag": etag(found[1])})

    @post("/password-changes", status_code=204, opt=access(signed_in), responses=problems(401, 403))
    async def change_password(
        self, request: AnyRequest, data: JSONBody[PasswordChangeCreate], uow: Uow
    ) -> None:
        await AccountService(uow, settings_of(request)).change_password(person_of(request), data)

    @get("/export", opt=access(signed_in), responses=problems(401, 403))
    async def export_me(self, request: AnyRequest, db: Db) -> Response[AccountExport]:
        person = person_of(request)
        exported = await personal_data.export(db, person.account_id, None)
        if exported is None:
            raise NotFound("Dit account bestaat niet meer.")
        return Response(
            exported, headers={"Content-Disposition": 'attachment; filename="samenspel-gegevens.json"'}
        )

    @delete("", opt=access(signed_in), responses=problems(401, 403, 409))
    async def delete_me(self, request: AnyRequest, uow: Uow) -> Response[None]:
        await AccountService(uow, settings_of(request)).delete(person_of(request))
        return Response(None, status_code=204, cookies=[_expired_cookie()])
