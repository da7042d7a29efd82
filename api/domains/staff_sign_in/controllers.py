"""A municipality's OpenID providers (for its beheerder): its staff's, and its residents' broker; and
sign-in through each. Both purposes share every step (``providers``, ``signin``) and every route:
one factory makes the managing controller of either, one the sign-in; only names, paths and words differ."""

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
from api.lib.access import Role, access, everyone, principal_of, role
from api.lib.client_address import client_address
from api.lib.cookies import host_cookie
from api.lib.errors import NotFound, request_id_of
from api.lib.etag import IfMatch, IfMatchWhenReplacing, etag
from api.lib.http import settings_of
from api.lib.openapi import problems
from api.lib.ratelimit import Limit, attempts
from api.lib.routes import AnyRequest, Controller, municipality_of, operation_name
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
    return host_cookie(BROWSER_COOKIE, value, max_age)


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


def provider_controller(
    name: str, purpose: ProviderPurpose, tag: str, read: type[Any], write: type[Any], about: str
) -> type[Controller]:
    """The controller by which a beheerder reads, sets and removes the municipality's provider of
    ``purpose``, at ``/municipalities/{slug}/<name>``: the same three routes for either purpose, named
    after it (``GetIdentityProvider``, ``SetResidentBroker``, ...)."""

    async def handle_get(self: Any, request: AnyRequest, db: Db, slug: Slug) -> Response[Any]:
        found = await queries.identity_provider(
            db, municipality_of(request), callback_url(settings_of(request), purpose), purpose
        )
        if found is None:
            raise NotFound(NO_PROVIDER[purpose])
        return Response(found[0], headers={"ETag": etag(found[1])})

    async def handle_put(
        self: Any, request: AnyRequest, data: Any, uow: Uow, slug: Slug, if_match: IfMatchWhenReplacing = ""
    ) -> Response[Any]:
        settings = settings_of(request)
        provider, created = await IdentityProviderService(uow, settings, _box(request), purpose).put(
            municipality_of(request), data, if_match
        )
        return Response(
            read_of(provider, settings),
            status_code=201 if created else 200,
            headers={"ETag": etag(provider.version)},
        )

    async def handle_delete(
        self: Any, request: AnyRequest, uow: Uow, slug: Slug, if_match: IfMatch = ""
    ) -> None:
        await IdentityProviderService(uow, settings_of(request), _box(request), purpose).remove(
            municipality_of(request), if_match
        )

    handle_get.__annotations__["return"] = Response[read]  # type: ignore[valid-type]
    handle_put.__annotations__["return"] = Response[read]  # type: ignore[valid-type]
    handle_put.__annotations__["data"] = JSONBody[write]  # type: ignore[misc,valid-type]
    created = ResponseSpec(data_container=read, description="Aangemaakt.", generate_examples=False)
    beheerder = role(Role.BEHEERDER)
    routes = {
        f"get_{name}": get(
            "", opt=access(beheerder), responses=problems(401, 403, 404), response_headers=[ETAG_HEADER]
        )(handle_get),
        f"set_{name}": put(
            "",
            status_code=200,
            opt=access(beheerder),
            responses={201: created, **problems(401, 403, 412, 428)},
            response_headers=[ETAG_HEADER],
        )(handle_put),
        f"remove_{name}": delete("", opt=access(beheerder), responses=problems(401, 403, 404, 412, 428))(
            handle_delete
        ),
    }
    return type(
        operation_name(name) + "Controller",
        (Controller,),
        {
            "__module__": __name__,
            "__doc__": about,
            "path": f"/municipalities/{{slug:str}}/{name.replace('_', '-')}",
            "tags": [tag],
            "target": municipality_from_path(),
            **routes,
        },
    )


def sign_in_controller(
    name: str, purpose: ProviderPurpose, tag: str, where: str, about: str
) -> type[Controller]:
    """The way out to the municipality's provider of ``purpose`` (``where``) and the way back, at
    ``/municipalities/{slug}/<name>`` and ``/<name>/callback``: the same two routes for either
    purpose, named after it (``StartStaffSignIn``, ``FinishResidentSignIn``, ...)."""

    async def start(
        self: Any,
        request: AnyRequest,
        db_session: NamedDependency[AsyncSession],
        slug: Slug,
        return_to: ReturnTo = "/",
    ) -> Redirect:
        await _limit(request)
        outcome = await _service(request, db_session, purpose).start(municipality_of(request), return_to)
        return _redirect(outcome, settings_of(request))

    async def finish(
        self: Any,
        request: AnyRequest,
        db_session: NamedDependency[AsyncSession],
        code: CodeParam = "",
        oauth_state: StateParam = "",
        error: ErrorParam = "",
        iss: IssParam = "",
    ) -> Redirect:
        await _limit(request)
        outcome = await _service(request, db_session, purpose).finish(
            code=code,
            state=oauth_state,
            error=error,
            issuer=iss,
            browser_token=request.cookies.get(BROWSER_COOKIE),
            user_agent=request.headers.get("user-agent", ""),
        )
        return _redirect(outcome, settings_of(request))

    segment = name.replace("_", "-")
    return type(
        operation_name(name) + "Controller",
        (Controller,),
        {
            "__module__": __name__,
            "__doc__": about,
            "path": "",
            "tags": [tag],
            f"start_{name}": get(f"/municipalities/{{slug:str}}/{segment}", **_start_route(where))(start),
            f"finish_{name}": get(f"/{segment}/callback", **_finish_route())(finish),
        },
    )


IdentityProviderController = provider_controller(
    "identity_provider",
    STAFF,
    TAG,
    IdentityProviderRead,
    IdentityProviderWrite,
    "De identiteitsprovider van een gemeente beheren (beheerder).",
)


StaffSignInController = sign_in_controller(
    "staff_sign_in",
    STAFF,
    TAG,
    "de provider",
    "Aanmelden als medewerker via de identiteitsprovider van de gemeente (OpenID Connect).",
)


ResidentBrokerController = provider_controller(
    "resident_broker",
    RESIDENTS,
    RESIDENTS_TAG,
    ResidentBrokerRead,
    ResidentBrokerWrite,
    "De broker van een gemeente voor inwoners beheren (beheerder): zoals DigiD via de gemeente.",
)


ResidentSignInController = sign_in_controller(
    "resident_sign_in",
    RESIDENTS,
    RESIDENTS_TAG,
    "de broker",
    "Aanmelden als inwoner via de broker van de gemeente (OpenID Connect), of zo het eigen account koppelen.",
)


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
