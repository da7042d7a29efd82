"""The token endpoint, the public keys, and API-client management for beheerders."""

from typing import Annotated

from litestar import Response, delete, get, post
from litestar.enums import RequestEncodingType
from litestar.params import Body, JSONBody

from api.db.connection import Db
from api.db.uow import Uow
from api.domains.clients import oauth, queries
from api.domains.clients.guards import api_client_from_path
from api.domains.clients.schemas import (
    ApiClientCreate,
    ApiClientCreated,
    ApiClientPage,
    Jwks,
    OAuthProblem,
    TokenRequest,
    TokenResponse,
)
from api.domains.clients.services import ApiClientService
from api.domains.clients.tokens import TokenKeys
from api.domains.municipalities.guards import municipality_from_body, municipality_from_query
from api.domains.municipalities.schemas import RequiredMunicipalityParam
from api.lib.access import Role, access, everyone, role
from api.lib.errors import PROBLEM_MEDIA_TYPE, PROBLEM_TYPE_PREFIX, request_id_of
from api.lib.openapi import problems
from api.lib.routes import AnyRequest, Controller, PageOf, PathId, municipality_of, page_of_path

FORM = frozenset({"application/x-www-form-urlencoded"})

_OAUTH_TITLES = {
    "invalid_client": "Client onbekend of geheim onjuist",
    "invalid_request": "Onvolledig tokenverzoek",
    "invalid_grant": "Ongeldige toekenning",
    "unauthorized_client": "Client mag deze toekenning niet gebruiken",
    "unsupported_grant_type": "Alleen client_credentials wordt ondersteund",
    "invalid_scope": "Ongeldige scope",
}


class OAuthController(Controller):
    """OAuth2 voor systemen van de gemeente (client credentials)."""

    path = "/oauth"
    tags = ["Toegang voor systemen"]

    @post(
        "/token",
        status_code=200,
        # A retry with the same Idempotency-Key gets the same token, kept encrypted for the replay.
        opt={**access(everyone), "accepts": FORM, "client_credentials": True, "sealed_replay": True},
        responses=problems(
            400,
            401,
            body=OAuthProblem,
            description="Fout volgens RFC 6749 §5.2, als probleem (RFC 9457) met `error` en `error_description`.",
        ),
    )
    async def issue_access_token(
        self,
        request: AnyRequest,
        data: Annotated[TokenRequest, Body(media_type=RequestEncodingType.URL_ENCODED)],
        db: Db,
        uow: Uow,
    ) -> Response[TokenResponse | OAuthProblem]:
        form = {k: v for k, v in ((f, getattr(data, f)) for f in data.__struct_fields__) if v}
        authorization = request.headers.get("authorization")
        client = await oauth.load_client(db, oauth.client_id_of(form, authorization))
        headers = {"Authorization": authorization} if authorization else {}
        status, body, extra = oauth.token_response(
            request.app.state.token_keys,
            client,
            "POST",
            # The address clients use (TLS ends at the proxy in production), which authlib checks.
            f"{request.app.state.settings.server.base_url}{request.url.path}",
            form,
            headers,
        )
        if status == 200:
            assert client is not None
            await ApiClientService(uow).token_issued(
                client.id, client.client_id, client.municipality_id, body["scope"]
            )
            return Response(TokenResponse(**body), status_code=200, headers={"Pragma": "no-cache"})
        error = str(body.get("error", "invalid_request"))
        problem = OAuthProblem(
            type=f"{PROBLEM_TYPE_PREFIX}{error}",
            title=_OAUTH_TITLES.get(error, "Tokenverzoek geweigerd"),
            status=status,
            detail=str(body.get("error_description") or _OAUTH_TITLES.get(error, error)),
            instance=request.url.path,
            code=error,
            request_id=request_id_of(request),
            error=error,
            error_description=str(body.get("error_description") or ""),
        )
        passed = {k: v for k, v in extra if k.lower() == "www-authenticate"}
        return Response(problem, status_code=status, media_type=PROBLEM_MEDIA_TYPE, headers=passed)

    @get("/jwks", opt=access(everyone))
    async def get_jwks(self, request: AnyRequest) -> Jwks:
        keys: TokenKeys = request.app.state.token_keys
        return Jwks(keys=keys.public_jwks()["keys"])


class ApiClientController(Controller):
    """Clients van de gemeente beheren (beheerder)."""

    path = "/api-clients"
    tags = ["Toegang voor systemen"]

    list_api_clients = page_of_path(
        "",
        opt=access(role(Role.BEHEERDER), target=municipality_from_query()),
        responses=problems(401, 403),
        page=ApiClientPage,
        query=queries.list_api_clients,
        of=PageOf.municipality(RequiredMunicipalityParam, name="municipality", default=""),
    )

    @post(
        "",
        # A retry with the same Idempotency-Key gets the same client and secret (kept encrypted for
        # the replay), never a second live secret.
        opt={**access(role(Role.BEHEERDER), target=municipality_from_body()), "sealed_replay": True},
        responses=problems(401, 403),
    )
    async def create_api_client(
        self, request: AnyRequest, data: JSONBody[ApiClientCreate], uow: Uow
    ) -> ApiClientCreated:
        return await ApiClientService(uow).create(municipality_of(request), data)

    @post(
        "/{id:uuid}/secret-rotations",
        # A retry with the same Idempotency-Key gets the same new secret, never a second one.
        opt={**access(role(Role.BEHEERDER), target=api_client_from_path), "sealed_replay": True},
        responses=problems(401, 403, 404, 409),
    )
    async def rotate_api_client_secret(self, id: PathId, uow: Uow) -> ApiClientCreated:
        return await ApiClientService(uow).rotate(id)

    @delete(
        "/{id:uuid}",
        opt=access(role(Role.BEHEERDER), target=api_client_from_path),
        responses=problems(401, 403, 404),
    )
    async def revoke_api_client(self, id: PathId, uow: Uow) -> None:
        await ApiClientService(uow).revoke(id)
