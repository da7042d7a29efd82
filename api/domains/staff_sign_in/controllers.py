"""A municipality's OpenID providers (for its beheerder): its staff's, and its residents' broker; and
sign-in through each. Both purposes share every step (``providers``, ``signin``); only the routes and
their words differ."""

from typing import Any

from litestar import Response, delete, get, post, put
from litestar.datastructures import Cookie, ResponseHeader
from litestar.di import NamedDependency
from litestar.openapi import ResponseSpec
from litestar.params import JSONBody
from litestar.response import Redirect
from sqlalchemy.ext.asyncio import AsyncSession

from api.db.connection import Db
from api.db.uow import Uow
from api.domains.accounts import queries as accounts_queries
from api.domains.accounts.authentication import SESSION_COOKIE, session_cookie
from api.domains.accounts.controllers import COOKIE_HEADER
from api.domains.accounts.schemas import SessionCreate, SessionRead
from api.domains.accounts.services import AccountService
from api.domains.accounts.throttle import SignInThrottle
from api.domains.municipalities.guards import municipality_from_path
from api.domains.municipalities.schemas import Slug
from api.domains.staff_sign_in import queries
from api.domains.staff_sign_in.links import LINK_COOKIE, PendingLinks, link_cookie
from api.domains.staff_sign_in.models import ProviderPurpose
from api.domains.staff_sign_in.providers import NO_PROVIDER, IdentityProviderService, callback_url, read_of
from api.domains.staff_sign_in.schemas import (
    CodeParam,
    ErrorParam,
    IdentityLinkConfirmationCreate,
    IdentityProviderRead,
    IdentityProviderWrite,
    IssParam,
    ResidentBrokerRead,
    ResidentBrokerWrite,
    ReturnTo,
    StateParam,
)
from api.domains.staff_sign_in.signin import STATE_TTL, Outcome, StaffSignInService
from api.lib.access import Role, access, everyone, principal_of, role, target_of
from api.lib.client_address import client_address
from api.lib.errors import NotFound, request_id_of
from api.lib.etag import IfMatch, IfMatchWhenReplacing, etag
from api.lib.http import settings_of
from api.lib.openapi import problems
from api.lib.ratelimit import Limit, attempts
from api.lib.routes import AnyRequest, Controller
from api.lib.secretbox import SecretBox
from api.settings import Settings

BROWSER_COOKIE = "__Host-samenspel-sso"
TAG = "Inloggen voor medewerkers"
RESIDENTS_TAG = "Inloggen voor inwoners"
STAFF, RESIDENTS = ProviderPurpose.STAFF, ProviderPurpose.RESIDENTS

ETAG_HEADER = ResponseHeader(name="ETag", description="Versie van de instelling.", documentation_only=True)
LOCATION_HEADER = ResponseHeader(
    name="Location",
    description="Waar de browser heen gaat: de provider, `returnTo`, of `/aanmelden?fout=…`.",
    required=True,
    documentation_only=True,
)
ERROR_CODES = (
    "`fout` is `staff_sign_in_failed` (mislukt), `staff_sign_in_cancelled` (geweigerd bij de provider), "
    "`staff_sign_in_unavailable` (geen provider ingesteld, of niet bereikbaar) of `staff_sign_in_link_pending` "
    "(er is al een account met dit e-mailadres dat de provider niet alleen mag openen: het heeft een wachtwoord, "
    "of een rol, lidmaatschap of koppeling bij een andere gemeente; de eigenaar bevestigt de koppeling via de "
    "mail, of door in deze browser één keer met het wachtwoord aan te melden)."
)


def _start_route(where: str) -> dict[str, Any]:
    """What the way out to a provider (of either purpose) says of itself, beside its words."""
    return {
        "status_code": 303,
        "response_description": f"Doorverwijzing naar {where}, of naar de aanmeldpagina met een foutcode.",
        "opt": access(everyone, target=municipality_from_path()),
        "responses": problems(429),
        "response_headers": [
            LOCATION_HEADER,
            ResponseHeader(
                name="Set-Cookie",
                description=f"`{BROWSER_COOKIE}`: verbindt de terugweg aan deze browser (10 minuten).",
                documentation_only=True,
            ),
        ],
    }


def _finish_route() -> dict[str, Any]:
    """What the way back from a provider (of either purpose) says of itself, beside its words."""
    return {
        "status_code": 303,
        "response_description": "Doorverwijzing naar `returnTo`, of naar de aanmeldpagina met een foutcode.",
        "opt": {
            **access(everyone),
            # What providers add to the redirect and we do not read (RFC 6749 §4.1.2.1, OpenID
            # Connect Session Management); they are not camelCase, so not in the contract either.
            "tolerated_query": frozenset({"error_description", "error_uri", "session_state"}),
        },
        "responses": problems(429),
        "response_headers": [
            LOCATION_HEADER,
            ResponseHeader(
                name="Set-Cookie",
                description=f"Bij succes de sessie, als HttpOnly-cookie `{SESSION_COOKIE}`.",
                documentation_only=True,
            ),
        ],
    }


def _box(request: AnyRequest) -> SecretBox:
    box: SecretBox = request.app.state.secret_box
    return box


def _browser_cookie(value: str, max_age: int) -> Cookie:
    return Cookie(
        key=BROWSER_COOKIE, value=value, path="/", secure=True, httponly=True, samesite="lax", max_age=max_age
    )


def _redirect(outcome: Outcome, settings: Settings) -> Redirect:
    cookies = [
        _browser_cookie(
            outcome.browser_token or "", int(STATE_TTL.total_seconds()) if outcome.browser_token else 0
        )
    ]
    if outcome.session is not None:
        cookies.append(session_cookie(outcome.session.token, settings))
    if outcome.link_token is not None:
        cookies.append(link_cookie(outcome.link_token))
    return Redirect(outcome.location, status_code=303, cookies=cookies)


async def _limit(request: AnyRequest) -> None:
    settings = settings_of(request)
    key = f"staff-sign-in:address:{client_address(request, settings)}"
    await attempts(request, key, Limit(settings.auth.staff_sign_in_per_address, settings.auth.window_seconds))


def _service(request: AnyRequest, db_session: AsyncSession, purpose: ProviderPurpose) -> StaffSignInService:
    return StaffSignInService(
        db_session,
        principal_of(request),
        request_id_of(request),
        settings_of(request),
        _box(request),
        purpose,
    )


async def _get(request: AnyRequest, db: Db, purpose: ProviderPurpose) -> tuple[Any, str]:
    municipality_id = target_of(request).municipality_id
    assert municipality_id is not None
    found = await queries.identity_provider(
        db, municipality_id, callback_url(settings_of(request), purpose), purpose
    )
    if found is None:
        raise NotFound(NO_PROVIDER[purpose])
    return found[0], etag(found[1])


async def _put(
    request: AnyRequest, data: ResidentBrokerWrite, uow: Uow, if_match: str, purpose: ProviderPurpose
) -> tuple[Any, int, str]:
    municipality_id = target_of(request).municipality_id
    assert municipality_id is not None
    settings = settings_of(request)
    provider, created = await IdentityProviderService(uow, settings, _box(request), purpose).put(
        municipality_id, data, if_match
    )
    return read_of(provider, settings), 201 if created else 200, etag(provider.version)


async def _remove(request: AnyRequest, uow: Uow, if_match: str, purpose: ProviderPurpose) -> None:
    municipality_id = target_of(request).municipality_id
    assert municipality_id is not None
    await IdentityProviderService(uow, settings_of(request), _box(request), purpose).remove(
        municipality_id, if_match
    )


async def _start(
    request: AnyRequest, db_session: AsyncSession, return_to: str, purpose: ProviderPurpose
) -> Redirect:
    await _limit(request)
    municipality_id = target_of(request).municipality_id
    assert municipality_id is not None
    outcome = await _service(request, db_session, purpose).start(municipality_id, return_to)
    return _redirect(outcome, settings_of(request))


async def _finish(
    request: AnyRequest, db_session: AsyncSession, purpose: ProviderPurpose, answer: tuple[str, str, str, str]
) -> Redirect:
    await _limit(request)
    code, oauth_state, error, iss = answer
    outcome = await _service(request, db_session, purpose).finish(
        code=code,
        state=oauth_state,
        error=error,
        issuer=iss,
        browser_token=request.cookies.get(BROWSER_COOKIE),
        user_agent=request.headers.get("user-agent", ""),
    )
    return _redirect(outcome, settings_of(request))


class IdentityProviderController(Controller):
    """De identiteitsprovider van een gemeente beheren (beheerder)."""

    path = "/municipalities/{slug:str}/identity-provider"
    tags = [TAG]
    target = municipality_from_path()

    @get(
        "",
        opt=access(role(Role.BEHEERDER)),
        responses=problems(401, 403, 404),
        response_headers=[ETAG_HEADER],
    )
    async def get_identity_provider(
        self, request: AnyRequest, db: Db, slug: Slug
    ) -> Response[IdentityProviderRead]:
        body, tag = await _get(request, db, STAFF)
        return Response(body, headers={"ETag": tag})

    @put(
        "",
        status_code=200,
        opt=access(role(Role.BEHEERDER)),
        responses={
            201: ResponseSpec(
                data_container=IdentityProviderRead, description="Aangemaakt.", generate_examples=False
            ),
            **problems(401, 403, 412, 428),
        },
        response_headers=[ETAG_HEADER],
    )
    async def set_identity_provider(
        self,
        request: AnyRequest,
        data: JSONBody[IdentityProviderWrite],
        uow: Uow,
        slug: Slug,
        if_match: IfMatchWhenReplacing = "",
    ) -> Response[IdentityProviderRead]:
        body, status, tag = await _put(request, data, uow, if_match, STAFF)
        return Response(body, status_code=status, headers={"ETag": tag})

    @delete("", opt=access(role(Role.BEHEERDER)), responses=problems(401, 403, 404, 412, 428))
    async def remove_identity_provider(
        self, request: AnyRequest, uow: Uow, slug: Slug, if_match: IfMatch = ""
    ) -> None:
        await _remove(request, uow, if_match, STAFF)


class StaffSignInController(Controller):
    """Aanmelden als medewerker via de identiteitsprovider van de gemeente (OpenID Connect)."""

    path = ""
    tags = [TAG]

    @get("/municipalities/{slug:str}/staff-sign-in", **_start_route("de provider"))
    async def start_staff_sign_in(
        self,
        request: AnyRequest,
        db_session: NamedDependency[AsyncSession],
        slug: Slug,
        return_to: ReturnTo = "/",
    ) -> Redirect:
        return await _start(request, db_session, return_to, STAFF)

    @get("/staff-sign-in/callback", **_finish_route())
    async def finish_staff_sign_in(
        self,
        request: AnyRequest,
        db_session: NamedDependency[AsyncSession],
        code: CodeParam = "",
        oauth_state: StateParam = "",
        error: ErrorParam = "",
        iss: IssParam = "",
    ) -> Redirect:
        return await _finish(request, db_session, STAFF, (code, oauth_state, error, iss))


RESIDENT_ERROR_CODES = (
    "`fout` is `resident_sign_in_failed` (mislukt), `resident_sign_in_cancelled` (geweigerd bij de broker), "
    "`resident_sign_in_unavailable` (geen broker ingesteld, of niet bereikbaar) of "
    "`resident_sign_in_link_pending` (er is al een account met dit e-mailadres dat de broker niet alleen mag "
    "openen; de eigenaar bevestigt de koppeling via de mail, of door in deze browser één keer met het "
    "wachtwoord aan te melden)."
)


class ResidentBrokerController(Controller):
    """De broker van een gemeente voor inwoners beheren (beheerder): zoals DigiD via de gemeente."""

    path = "/municipalities/{slug:str}/resident-broker"
    tags = [RESIDENTS_TAG]
    target = municipality_from_path()

    @get(
        "",
        opt=access(role(Role.BEHEERDER)),
        responses=problems(401, 403, 404),
        response_headers=[ETAG_HEADER],
    )
    async def get_resident_broker(
        self, request: AnyRequest, db: Db, slug: Slug
    ) -> Response[ResidentBrokerRead]:
        body, tag = await _get(request, db, RESIDENTS)
        return Response(body, headers={"ETag": tag})

    @put(
        "",
        status_code=200,
        opt=access(role(Role.BEHEERDER)),
        responses={
            201: ResponseSpec(
                data_container=ResidentBrokerRead, description="Aangemaakt.", generate_examples=False
            ),
            **problems(401, 403, 412, 428),
        },
        response_headers=[ETAG_HEADER],
    )
    async def set_resident_broker(
        self,
        request: AnyRequest,
        data: JSONBody[ResidentBrokerWrite],
        uow: Uow,
        slug: Slug,
        if_match: IfMatchWhenReplacing = "",
    ) -> Response[ResidentBrokerRead]:
        body, status, tag = await _put(request, data, uow, if_match, RESIDENTS)
        return Response(body, status_code=status, headers={"ETag": tag})

    @delete("", opt=access(role(Role.BEHEERDER)), responses=problems(401, 403, 404, 412, 428))
    async def remove_resident_broker(
        self, request: AnyRequest, uow: Uow, slug: Slug, if_match: IfMatch = ""
    ) -> None:
        await _remove(request, uow, if_match, RESIDENTS)


class ResidentSignInController(Controller):
    """Aanmelden als inwoner via de broker van de gemeente (OpenID Connect), of zo het eigen account koppelen."""

    path = ""
    tags = [RESIDENTS_TAG]

    @get("/municipalities/{slug:str}/resident-sign-in", **_start_route("de broker"))
    async def start_resident_sign_in(
        self,
        request: AnyRequest,
        db_session: NamedDependency[AsyncSession],
        slug: Slug,
        return_to: ReturnTo = "/",
    ) -> Redirect:
        return await _start(request, db_session, return_to, RESIDENTS)

    @get("/resident-sign-in/callback", **_finish_route())
    async def finish_resident_sign_in(
        self,
        request: AnyRequest,
        db_session: NamedDependency[AsyncSession],
        code: CodeParam = "",
        oauth_state: StateParam = "",
        error: ErrorParam = "",
        iss: IssParam = "",
    ) -> Redirect:
        return await _finish(request, db_session, RESIDENTS, (code, oauth_state, error, iss))


class IdentityLinkController(Controller):
    """Een koppeling met de identiteitsprovider van een gemeente bevestigen, met de link uit de mail."""

    path = "/identity-link-confirmations"
    tags = [TAG]

    @post("", status_code=204, opt=access(everyone), responses=problems(429))
    async def confirm_identity_link(
        self, request: AnyRequest, data: JSONBody[IdentityLinkConfirmationCreate], uow: Uow
    ) -> None:
        await _limit(request)
        await PendingLinks(uow).confirm_by_mail(data.token)


class PasswordSessionController(Controller):
    """Aanmelden met het wachtwoord. Het staat hier, bij de andere manieren van aanmelden, omdat het een
    koppeling bevestigt die op de eigenaar wacht (``links``); afmelden en de huidige sessie staan bij
    het account (``accounts.controllers.SessionController``)."""

    path = "/sessions"
    tags = ["Account"]

    @post(
        "",
        # A retry with the same Idempotency-Key gets the same session (kept encrypted for the replay).
        opt={**access(everyone), "sealed_replay": True},
        responses=problems(401, 429),
        response_headers=[COOKIE_HEADER],
    )
    async def sign_in(
        self, request: AnyRequest, data: JSONBody[SessionCreate], uow: Uow
    ) -> Response[SessionRead]:
        settings = settings_of(request)
        async with SignInThrottle.of(request, data.email).attempt():
            opened = await AccountService(uow, settings).sign_in(data, request.headers.get("user-agent", ""))
        cookies = [session_cookie(opened.token, settings)]
        if pending_link := request.cookies.get(LINK_COOKIE):
            # This browser came back from a municipality's provider with a link waiting for the
            # owner: signing in with the password here is the owner's proof (see staff_sign_in.links).
            await PendingLinks(uow).confirm_in_browser(pending_link, opened.account_id)
            cookies.append(link_cookie(""))
        found = await uow.read(accounts_queries.me, opened.account_id, opened.csrf_token)
        body = SessionRead(csrf_token=opened.csrf_token, expires_at=opened.expires_at, account=found[0])
        return Response(body, status_code=201, cookies=cookies)
