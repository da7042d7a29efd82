"""The contract: Litestar's OpenAPI document, finished and serialised deterministically.

``finish`` adds what holds for every operation (the ``API-Version`` header, the problems any route
can return, ``additionalProperties: false`` where unknown fields are refused), moves the paths
under the ``/api/v1`` server, and writes each error response once, under ``components/responses``,
for the operations to refer to. ``spec_bytes`` is what ``/api/v1/openapi.json`` serves and what
``openapi/openapi.json`` holds, byte for byte.
"""

import copy
import inspect
import json
import re
from typing import Any

import msgspec
from litestar import Litestar, MediaType, Request, Router
from litestar.handlers import HTTPRouteHandler
from litestar.openapi import OpenAPIConfig, ResponseSpec
from litestar.openapi.plugins import OpenAPIRenderPlugin
from litestar.openapi.spec import Contact, License, Tag
from litestar.types import ControllerRouterHandler

from api.lib.access import Access, everyone
from api.lib.errors import PROBLEM_MEDIA_TYPE
from api.lib.schema import NO_NUL, Problem
from api.lib.scopes import SCOPES
from api.settings import API_PREFIX, API_VERSION

# The problems any route can return, by status: the name each has under ``components/responses``
# (every operation refers to that one definition) and what it means.
_PROBLEMS: dict[int, tuple[str, str]] = {
    400: ("BadRequest", "Ongeldige invoer: `invalidParams` noemt alle problemen tegelijk."),
    401: ("Unauthorized", "Niet aangemeld, of het toegangstoken is ongeldig."),
    403: ("Forbidden", "Aangemeld, maar zonder recht op deze handeling."),
    404: ("NotFound", "Bestaat niet, of is niet zichtbaar voor u."),
    409: ("Conflict", "Conflict met de huidige toestand; `code` zegt welk."),
    412: ("PreconditionFailed", "De If-Match-header is verouderd: iemand anders wijzigde dit intussen."),
    413: ("ContentTooLarge", "De inhoud van het verzoek is te groot."),
    415: (
        "UnsupportedMediaType",
        "De inhoud heeft niet het formaat application/json, of is niet in UTF-8 (`unsupported_charset`).",
    ),
    422: ("UnprocessableContent", "Dezelfde Idempotency-Key werd eerder met een andere inhoud gebruikt."),
    428: ("PreconditionRequired", "De If-Match-header ontbreekt."),
    429: ("TooManyRequests", "Te veel verzoeken; zie Retry-After."),
    431: ("RequestHeaderFieldsTooLarge", "De headers van het verzoek zijn samen te groot."),
    500: ("InternalServerError", "Onverwachte fout; het antwoord bevat een kenmerk (requestId)."),
    502: (
        "BadGateway",
        "Een externe dienst (zoals de adreszoeker) antwoordde niet goed of was onbereikbaar.",
    ),
    503: ("ServiceUnavailable", "Tijdelijk niet beschikbaar; zie Retry-After."),
    504: ("GatewayTimeout", "Een externe dienst (zoals de adreszoeker) antwoordde niet op tijd."),
}

API_DESCRIPTION = """\
De API van Samenspel, een participatieplatform voor gemeenten die opgavegericht werken: gemeente,
inwoners, maatschappelijke partners en ondernemers formuleren samen een lokale maatschappelijke
opgave, verzamelen en bespreken ideeën, verdelen taken en budget, reflecteren en volgen de resultaten.

**Namen.** De API volgt de NL API Design Rules. Anders dan die regels aanbevelen zijn de namen van
paden, velden en waarden Engels, omdat integrators in heel Europa ermee bouwen en de Standard for
Public Code Engelse namen aanraadt. Eén uitzondering: het domeinbegrip **opgave / opgaven**, waar
het platform om draait en dat geen goede Engelse vertaling heeft. Omschrijvingen zijn Nederlands.

**Fouten** zijn altijd `application/problem+json` (RFC 9457), met een vaste `code` en, bij
ongeldige invoer, alle problemen tegelijk in `invalidParams`.

**Tekst** is UTF-8 en toont wat er staat: elk tekstveld (wachtwoorden en geheimen uitgezonderd)
weigert stuurtekens (`control_character`), tekens die de leesrichting omkeren (`bidi_control`),
onzichtbare opmaaktekens zoals een zero-width space (`format_character`) en tekst van alleen
onzichtbare tekens (`invisible_text`). Emoji met een verbindingsteken, richtingsmarkeringen en een
zacht afbreekstreepje midden in een woord blijven.
"""

# The tags in the order the documentation shows them, each with what it is about.
_TAGS = {
    "Gemeenten": "De gemeenten die Samenspel gebruiken.",
    "Opgaven": "Opgaven, hun fasen, formuleringen, actielijnen en team.",
    "Ideeën": "Ideeën bij een opgave: indienen, steunen, beantwoorden.",
    "Reacties": "Het gesprek over opgaven en ideeën, met één niveau antwoorden.",
    "Taken": "Het werk in het plan, en de partnerorganisaties die het oppakken.",
    "Budget": "Budgetten: wie bijdraagt, wie wat vraagt, wat is toegekend, en het kasboek.",
    "Reflectie": "Samen terugkijken: reflectiemomenten, wat deelnemers schreven, conclusies en vervolg.",
    "Resultaten": "Wat een opgave oplevert: indicatoren en metingen, de voortgang, en open data.",
    "Account": "Account aanmaken, aanmelden en mijn gegevens.",
    "Inloggen voor medewerkers": "OpenID Connect met de identiteitsprovider van de gemeente, en die provider instellen.",
    "Inloggen voor inwoners": (
        "OpenID Connect met de broker van de gemeente voor inwoners (zoals DigiD via de gemeente), en die broker "
        "instellen."
    ),
    "Toegang voor systemen": "OAuth2 client credentials voor systemen van de gemeente.",
    "Organisaties": "Partners: maatschappelijke organisaties en ondernemers, en hun leden.",
    "Moderatie": "Inhoud melden, besluiten met een openbare reden, bezwaar, en uitsluiting van bijdragen.",
    "Meldingen": "Wat mij aangaat, op de site en (naar keuze) per e-mail.",
    "Logboek": "Wie deed wat, wanneer: het logboek van een gemeente.",
    "Systeem": "Gezondheid van de dienst.",
}
TAGS = [Tag(name=name, description=description) for name, description in _TAGS.items()]


def problems(
    *statuses: int, body: type[Problem] = Problem, description: str | None = None
) -> dict[int, ResponseSpec]:
    """The problem+json responses a route can return besides the common ones. A ``body`` other
    than ``Problem`` is shared under its own name, with its own ``description``."""
    return {
        status: ResponseSpec(
            data_container=body,
            media_type=PROBLEM_MEDIA_TYPE,
            description=description or _PROBLEMS[status][1],
            generate_examples=False,
        )
        for status in statuses
    }


def _explicit_operation_id(route_handler: HTTPRouteHandler, *_: Any) -> str:
    raise ValueError(f"{route_handler.handler_name} needs an explicit PascalCase operation_id")


class SpecRenderPlugin(OpenAPIRenderPlugin):
    """Serves the finished, deterministic document instead of Litestar's raw one."""

    def __init__(self) -> None:
        super().__init__(path="/", media_type=MediaType.JSON)
        self._cache: bytes | None = None

    def render(self, request: Request[Any, Any, Any], openapi_schema: dict[str, Any]) -> bytes:
        if self._cache is None:
            self._cache = serialise(
                finish(openapi_schema, access_by_operation(request.app), idempotent_operations(request.app))
            )
        return self._cache


class _SpecRouter(Router):
    """The router of the spec path, without Litestar's HTML 404 page beneath it."""

    def register(self, value: ControllerRouterHandler) -> Any:
        if getattr(value, "handler_name", "") == "handle_schema_path_not_found":
            return []
        return super().register(value)


def openapi_config() -> OpenAPIConfig:
    return OpenAPIConfig(
        title="Samenspel API",
        version=API_VERSION,
        description=API_DESCRIPTION,
        summary="Samen werken aan lokale maatschappelijke opgaven.",
        contact=Contact(
            name="Samenspel-ontwikkelaars",
            email="ontwikkelaars@samenspel.example",
            url="https://samenspel.example/ontwikkelaars",
        ),
        license=License(name="EUPL-1.2", identifier="EUPL-1.2"),
        tags=TAGS,
        create_examples=False,
        use_handler_docstrings=False,
        operation_id_creator=_explicit_operation_id,
        openapi_router=_SpecRouter(
            path=f"{API_PREFIX}/openapi.json", route_handlers=[], include_in_schema=False
        ),
        render_plugins=[SpecRenderPlugin()],
    )


def spec_of(app: Litestar) -> dict[str, Any]:
    """The finished document of ``app``."""
    return finish(app.openapi_schema.to_schema(), access_by_operation(app), idempotent_operations(app))


def access_by_operation(app: Litestar) -> dict[str, Access]:
    """The declared access of every operation, by operation id."""
    found: dict[str, Access] = {}
    for route in app.routes:
        for handler in getattr(route, "route_handlers", []):
            if isinstance(handler, HTTPRouteHandler) and isinstance(handler.operation_id, str):
                declared = handler.opt.get("access")
                if isinstance(declared, Access):
                    found[handler.operation_id] = declared
    return found


def idempotent_operations(app: Litestar) -> set[str]:
    """The POSTs that honour ``Idempotency-Key``: those that write through a unit of work (the
    SQLAlchemy one, ``uow``, or the driver's, ``work``: both claim the key in their transaction)."""
    return {
        handler.operation_id
        for route in app.routes
        for handler in getattr(route, "route_handlers", [])
        if isinstance(handler, HTTPRouteHandler)
        and isinstance(handler.operation_id, str)
        and "POST" in handler.http_methods
        and {"uow", "work"} & set(inspect.signature(handler.fn).parameters)
        and handler.opt.get("idempotent", True)
    }


IDEMPOTENCY_KEY = {
    "name": "Idempotency-Key",
    "in": "header",
    "required": False,
    "description": (
        "Een unieke sleutel per bedoelde handeling (bijvoorbeeld een UUID). Een herhaling met dezelfde sleutel en "
        "inhoud krijgt het eerste antwoord opnieuw en verandert niets; dezelfde sleutel met andere inhoud is 422; "
        "terwijl het eerste verzoek nog loopt 409 `idempotency_in_progress`. Sleutels gelden per aanroeper en worden een dag onthouden."
    ),
    "schema": {"type": "string", "minLength": 1, "maxLength": 200, "pattern": "^[\\x21-\\x7e]+$"},
}


def serialise(spec: dict[str, Any]) -> bytes:
    """Sorted keys, two-space indent, a final newline: the same bytes on every machine."""
    return (json.dumps(spec, sort_keys=True, indent=2, ensure_ascii=False) + "\n").encode()


def _problem_response(status: int) -> dict[str, Any]:
    return {
        "description": _PROBLEMS[status][1],
        "content": {PROBLEM_MEDIA_TYPE: {"schema": {"$ref": "#/components/schemas/Problem"}}},
    }


_SUCCESS_DESCRIPTIONS = {
    "Request fulfilled, document follows": "Gelukt.",
    "Document created, URL follows": "Aangemaakt.",
    "Request fulfilled, nothing follows": "Gelukt; geen inhoud.",
}
_VERSION_HEADER = {"$ref": "#/components/headers/API-Version"}
IF_NONE_MATCH = {
    "name": "If-None-Match",
    "in": "header",
    "required": False,
    "description": (
        "De ETag(s) van wat u al heeft. Is het antwoord nog hetzelfde, dan volgt 304 zonder inhoud "
        "(RFC 9110 §13.1.2; zwakke vergelijking, `*` past altijd)."
    ),
    # Any text: a tag the API never gave matches nothing (200). NUL cannot travel in a header.
    "schema": {"type": "string", "pattern": NO_NUL},
}
ETAG_HEADER = {
    "description": (
        "De versie van dit antwoord: van een bron haar versie (ook voor `If-Match`), anders een hash van de inhoud."
    ),
    "schema": {"type": "string"},
}


def _conditional(operation: dict[str, Any]) -> None:
    """A read answers conditional requests (api/lib/conditional.py): its ETag, and 304."""
    operation.setdefault("parameters", []).append({"$ref": "#/components/parameters/If-None-Match"})
    responses = operation.setdefault("responses", {})
    for status, response in responses.items():
        if status == "200":
            headers = response.setdefault("headers", {})
            if not any(name.lower() == "etag" for name in headers):
                headers["ETag"] = {"$ref": "#/components/headers/ETag"}
    responses["304"] = {
        "description": "Niet gewijzigd: wat u heeft (de ETag in `If-None-Match`) is nog actueel.",
        "headers": {"ETag": {"$ref": "#/components/headers/ETag"}},
    }


_PASCAL = re.compile(r"^[A-Z][A-Za-z0-9]+$")


def _schema_structs() -> dict[str, type[msgspec.Struct]]:
    """Every body struct of the API, by name (which must therefore be unique)."""
    found: dict[str, type[msgspec.Struct]] = {}
    pending: list[type[msgspec.Struct]] = [msgspec.Struct]
    while pending:
        cls = pending.pop()
        for sub in cls.__subclasses__():
            pending.append(sub)
            # Body structs live in schema modules (handler signature models are structs too).
            if not (
                sub.__module__.startswith("api.")
                and sub.__module__.rsplit(".", 1)[-1] in {"schemas", "schema", "pagination"}
            ):
                continue
            if sub.__name__ in found and found[sub.__name__] is not sub:
                raise ValueError(f"two schemas are named {sub.__name__}; names must be unique")
            found[sub.__name__] = sub
    return found


def finish(
    raw: dict[str, Any],
    accesses: dict[str, Access] | None = None,
    idempotent: set[str] | None = None,
    *,
    shared: bool = True,
) -> dict[str, Any]:
    """Everything the contract promises that Litestar does not write by itself. With ``shared``
    (what is served), each error response is written once under ``components/responses``."""
    accesses = accesses or {}
    idempotent = idempotent or set()
    spec = copy.deepcopy(raw)
    spec["servers"] = [{"url": API_PREFIX, "description": "Deze omgeving"}]
    paths: dict[str, Any] = {}
    for path, item in spec.get("paths", {}).items():
        if not path.startswith(API_PREFIX + "/"):
            raise ValueError(f"{path} is outside {API_PREFIX}")
        for method, operation in item.items():
            if method in {"get", "post", "put", "patch", "delete"}:
                _document_access(operation, accesses.get(operation.get("operationId", "")))
                if operation.get("operationId") in idempotent:
                    operation.setdefault("parameters", []).append(
                        {"$ref": "#/components/parameters/Idempotency-Key"}
                    )
                    for status in (409, 422):
                        operation.setdefault("responses", {}).setdefault(
                            str(status), _problem_response(status)
                        )
                if method == "get" and not path.startswith(f"{API_PREFIX}/health/"):
                    _conditional(operation)
                _finish_operation(method, operation)
        paths[path.removeprefix(API_PREFIX)] = item
    spec["paths"] = paths

    components = spec.setdefault("components", {})
    components.setdefault("headers", {})["API-Version"] = {
        "description": "De volledige versie van de API (SemVer).",
        "required": True,
        "schema": {"type": "string", "example": API_VERSION},
    }
    components["securitySchemes"] = SECURITY_SCHEMES
    if idempotent:
        components.setdefault("parameters", {})["Idempotency-Key"] = IDEMPOTENCY_KEY
    components.setdefault("parameters", {})["If-None-Match"] = IF_NONE_MATCH
    components["headers"]["ETag"] = ETAG_HEADER
    # The bodies' schemas come from msgspec, the library that validates them: Litestar's own
    # rendering drops constraints on dictionary keys and values, which the contract must state.
    _, exact = msgspec.json.schema_components(
        sorted(_schema_structs().values(), key=lambda s: s.__name__),
        ref_template="#/components/schemas/{name}",
    )
    schemas = components.setdefault("schemas", {})
    for name in list(schemas):
        if not _PASCAL.match(name):
            raise ValueError(f"schema name {name!r} is not PascalCase")
        if name in exact:
            schemas[name] = exact[name]
    # Schemas no operation names but the contract documents: the data of each event type.
    for name, struct in _schema_structs().items():
        if getattr(struct, "in_spec", False) and name in exact:
            schemas.setdefault(name, exact[name])
    _hoist_formats(schemas)
    if shared:
        _share_problems(spec)
    return spec


def _share_problems(spec: dict[str, Any]) -> None:
    """Every error response becomes a reference to its one definition under ``components/responses``:
    a problem by its status (``NotFound``), another problem body by its schema's name. Two routes
    that describe the same name differently are a mistake in the code, not a second shape."""
    found: dict[str, dict[str, Any]] = {}
    for item in spec["paths"].values():
        for method, operation in item.items():
            if method not in {"get", "post", "put", "patch", "delete"}:
                continue
            responses = operation["responses"]
            for status, response in responses.items():
                if int(status) < 400:
                    continue
                body = response["content"][PROBLEM_MEDIA_TYPE]["schema"]["$ref"].rsplit("/", 1)[-1]
                name = _PROBLEMS[int(status)][0] if body == "Problem" else body
                if found.setdefault(name, response) != response:
                    raise ValueError(f"{operation['operationId']} describes its {status} unlike the others")
                responses[status] = {"$ref": f"#/components/responses/{name}"}
    spec["components"]["responses"] = found


SECURITY_SCHEMES = {
    "session": {
        "type": "apiKey",
        "in": "cookie",
        "name": "__Host-samenspel",
        "description": "Sessie in de browser (na `POST /sessions`); wijzigingen vragen ook `X-CSRF-Token`.",
    },
    "clientCredentials": {
        "type": "oauth2",
        "description": "Systemen van de gemeente: OAuth2 client credentials, JWT-toegangstoken (ES256).",
        "flows": {
            "clientCredentials": {
                "tokenUrl": f"{API_PREFIX}/oauth/token",
                "scopes": dict(sorted(SCOPES.items())),
            }
        },
    },
}


def _document_access(operation: dict[str, Any], declared: Access | None) -> None:
    """Who may call it, in the description, the security requirements and the error responses."""
    if declared is None:
        raise ValueError(f"{operation.get('operationId')} declares no access rule")
    who = f"**Wie mag dit:** {declared.describe()}."
    operation["description"] = f"{operation['description']}\n\n{who}" if operation.get("description") else who
    operation["x-access"] = declared.describe()
    responses = operation.setdefault("responses", {})
    if declared.target is not None:
        responses.setdefault("404", _problem_response(404))
    requirements: list[dict[str, list[str]]] = [{"session": []}]
    if scopes := sorted(declared.rule.scopes()):
        requirements.append({"clientCredentials": scopes})
    if declared.rule == everyone:
        operation["security"] = [{}]
        return
    if declared.rule.is_public():
        # Open to all for some targets (a published opgave), to the credentialed for others: who
        # is not among them is refused as anywhere else (401, 403).
        operation["security"] = [{}, *requirements]
    else:
        operation["security"] = requirements
    responses.setdefault("401", _problem_response(401))
    responses.setdefault("403", _problem_response(403))


def _not_null(schema: dict[str, Any]) -> dict[str, Any]:
    """A query or header value is text: absent means "not given", never null."""
    options = [s for s in schema.get("oneOf", []) if s.get("type") != "null"]
    if "oneOf" in schema and len(options) == 1:
        rest = {k: v for k, v in schema.items() if k != "oneOf"}
        return {**options[0], **rest}
    return schema


def _hoist_formats(schema: Any) -> None:
    """``format`` also on a nullable property itself: the NL API rules look for it there."""
    if isinstance(schema, dict):
        properties = schema.get("properties", {})
        for prop in properties.values() if isinstance(properties, dict) else []:
            if not isinstance(prop, dict):
                continue  # a property named "properties" (a GeoJSON Feature's) under "properties"
            formats = {o.get("format") for o in prop.get("anyOf", []) if o.get("format")}
            if len(formats) == 1:
                prop["format"] = formats.pop()
        for value in schema.values():
            _hoist_formats(value)
    elif isinstance(schema, list):
        for value in schema:
            _hoist_formats(value)


def _finish_operation(method: str, operation: dict[str, Any]) -> None:
    for parameter in operation.get("parameters", []):
        if parameter.get("in") in {"query", "header"} and "schema" in parameter:
            parameter["schema"] = _not_null(parameter["schema"])
    responses: dict[str, Any] = operation.setdefault("responses", {})
    has_input = bool(operation.get("parameters")) or "requestBody" in operation
    common = [431, 500, 503]
    if has_input or method in {"post", "put", "patch"}:
        common.append(400)
    if "requestBody" in operation:
        common.extend([413, 415])
    for code in common:
        responses.setdefault(str(code), _problem_response(code))
    for status, response in list(responses.items()):
        if int(status) >= 400 and PROBLEM_MEDIA_TYPE not in response.get("content", {}):
            # Litestar documents its own 400 shape; ours is a problem like every other error.
            response = responses[status] = _problem_response(int(status))
        if response.get("description") in _SUCCESS_DESCRIPTIONS:
            response["description"] = _SUCCESS_DESCRIPTIONS[response["description"]]
        headers = response.setdefault("headers", {})
        headers["API-Version"] = _VERSION_HEADER
        if status in {"429", "503"}:
            headers["Retry-After"] = {
                "description": "Na hoeveel seconden een nieuwe poging zin heeft.",
                "schema": {"type": "integer", "minimum": 1},
            }
        if "Location" in headers:
            # Litestar adds its own (English, lower-case) header to a redirect; ours says more.
            headers.pop("location", None)
        for header in headers.values():
            if "$ref" not in header and "schema" not in header and "content" not in header:
                header["schema"] = {"type": "string"}
