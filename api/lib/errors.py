"""One exception tree for the whole API, mapped to problem+json responses in one place.

Services raise these (never HTTP exceptions); ``exception_handlers`` turns them, Litestar's own
errors and anything unexpected into RFC 9457 problems. Nothing internal leaks: a 500 says only
that something went wrong, with the request id that the log line carries too.
"""

import logging
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, ClassVar

import msgspec
from litestar import Request, Response
from litestar.exceptions import HTTPException, ValidationException
from litestar.types import ExceptionHandlersMap

from api.lib.schema import InvalidParam, Problem
from api.lib.validation import explain

logger = logging.getLogger("api.errors")

PROBLEM_MEDIA_TYPE = "application/problem+json"
PROBLEM_TYPE_PREFIX = "urn:nl:samenspel:problem:"


class AppError(Exception):
    """An error a client can act on. Subclasses fix the status; ``code`` may be more specific."""

    status: ClassVar[int] = 500
    code: str = "internal_error"
    title: ClassVar[str] = "Er ging iets mis"

    def __init_subclass__(cls, *, status: int = 0, code: str = "", title: str = "", **kwargs: Any) -> None:
        """``class NotFound(AppError, status=404, code="not_found", title="Niet gevonden")``."""
        super().__init_subclass__(**kwargs)
        if status:
            cls.status, cls.code, cls.title = status, code, title

    def __init__(
        self,
        detail: str,
        *,
        code: str | None = None,
        headers: Mapping[str, str] | None = None,
        invalid_params: Sequence[InvalidParam] | None = None,
    ) -> None:
        super().__init__(detail)
        self.detail = detail
        if code is not None:
            self.code = code
        self.headers = dict(headers or {})
        self.invalid_params = list(invalid_params) if invalid_params is not None else None


class InvalidInput(AppError, status=400, code="invalid_input", title="Ongeldige invoer"):
    @classmethod
    def one(cls, name: str, code: str, reason: str) -> "InvalidInput":
        """Invalid input with a single named problem."""
        return cls(reason, invalid_params=[InvalidParam(name=name, code=code, reason=reason)])

    @classmethod
    def each(cls, detail: str, names: Iterable[str], code: str, reason: str) -> "InvalidInput":
        """Invalid input with the same problem (``code``, ``reason``) at each of ``names``."""
        return cls(
            detail, invalid_params=[InvalidParam(name=name, code=code, reason=reason) for name in names]
        )


class Unauthenticated(AppError, status=401, code="unauthenticated", title="Niet aangemeld"): ...


class Forbidden(AppError, status=403, code="forbidden", title="Geen toegang"): ...


class NotFound(AppError, status=404, code="not_found", title="Niet gevonden"): ...


class Conflict(AppError, status=409, code="conflict", title="Conflict"): ...


class PreconditionFailed(AppError, status=412, code="precondition_failed", title="Intussen gewijzigd"): ...


class Unprocessable(AppError, status=422, code="unprocessable", title="Niet te verwerken"): ...


class PreconditionRequired(
    AppError, status=428, code="precondition_required", title="If-Match ontbreekt"
): ...


class PayloadTooLarge(AppError, status=413, code="payload_too_large", title="Te groot"): ...


class TooManyRequests(AppError, status=429, code="too_many_requests", title="Te veel verzoeken"):
    def __init__(self, detail: str, *, retry_after: int, code: str | None = None) -> None:
        super().__init__(detail, code=code, headers={"Retry-After": str(max(1, retry_after))})


class UnsupportedMediaType(
    AppError, status=415, code="unsupported_media_type", title="Niet-ondersteund formaat"
): ...


class ServiceUnavailable(AppError, status=503, code="unavailable", title="Tijdelijk niet beschikbaar"): ...


class BadGateway(AppError):
    """A service the API speaks to on the caller's behalf answered wrongly or not at all."""

    status = 502
    code = "upstream_failed"
    title = "Externe dienst niet bereikbaar"


class GatewayTimeout(AppError):
    """A service the API speaks to on the caller's behalf did not answer in time."""

    status = 504
    code = "upstream_timeout"
    title = "Externe dienst antwoordt niet"


# Litestar's own HTTP errors, by status: (code, title, detail).
_HTTP_PROBLEMS: dict[int, tuple[str, str, str]] = {
    400: ("invalid_input", "Ongeldige invoer", "Het verzoek is niet geldig."),
    401: ("unauthenticated", "Niet aangemeld", "Meld u aan om dit te doen."),
    403: ("forbidden", "Geen toegang", "U mag dit niet doen."),
    404: ("not_found", "Niet gevonden", "Deze bron bestaat niet."),
    405: ("method_not_allowed", "Methode niet toegestaan", "Deze methode is hier niet toegestaan."),
    406: ("not_acceptable", "Niet aanvaardbaar", "Dit antwoordformaat wordt niet geleverd."),
    413: ("payload_too_large", "Te groot", "De inhoud van het verzoek is te groot."),
    415: (
        "unsupported_media_type",
        "Niet-ondersteund formaat",
        "Stuur de inhoud als application/json.",
    ),
    429: ("too_many_requests", "Te veel verzoeken", "Probeer het later opnieuw."),
    503: (
        "unavailable",
        "Tijdelijk niet beschikbaar",
        "Probeer het over enkele ogenblikken opnieuw.",
    ),
}


def request_id_of(request: Request[Any, Any, Any]) -> str:
    return str(request.scope.get("state", {}).get("request_id", ""))


def _fitted(param: InvalidParam) -> InvalidParam:
    """A problem named after what the client sent (an unknown field) keeps the contract's 200 characters."""
    if len(param.name) <= 200:
        return param
    return msgspec.structs.replace(param, name=param.name[:199] + "…")


def problem_response(
    request: Request[Any, Any, Any],
    *,
    status: int,
    code: str,
    title: str,
    detail: str,
    headers: Mapping[str, str] | None = None,
    invalid_params: Sequence[InvalidParam] | None = None,
) -> Response[Problem]:
    """A problem+json response for this request."""
    problem = Problem(
        type=f"{PROBLEM_TYPE_PREFIX}{code}",
        title=title,
        status=status,
        detail=detail,
        instance=request.url.path,
        code=code,
        request_id=request_id_of(request),
        invalid_params=[_fitted(p) for p in invalid_params] if invalid_params is not None else msgspec.UNSET,
    )
    return Response(problem, status_code=status, media_type=PROBLEM_MEDIA_TYPE, headers=dict(headers or {}))


def _app_error(request: Request[Any, Any, Any], exc: AppError) -> Response[Problem]:
    return problem_response(
        request,
        status=exc.status,
        code=exc.code,
        title=exc.title,
        detail=exc.detail,
        headers=exc.headers,
        invalid_params=exc.invalid_params,
    )


def _wire_name(request: Request[Any, Any, Any], key: str) -> str:
    """The name a client used: Litestar reports a parameter by its Python name (``return_to``),
    the client sent its declared one (``returnTo``)."""
    handler = request.scope.get("route_handler")
    signature = getattr(handler, "parsed_fn_signature", None)
    parameter = signature.parameters.get(key) if signature is not None else None
    declared = getattr(parameter.kwarg_definition, "name", None) if parameter is not None else None
    return declared if isinstance(declared, str) and declared else key


def _invalid_params_from_litestar(
    request: Request[Any, Any, Any], exc: ValidationException
) -> list[InvalidParam]:
    params: list[InvalidParam] = []
    for item in exc.extra if isinstance(exc.extra, list) else []:
        message = str(item.get("message", ""))
        name = _wire_name(request, str(item.get("key") or "body"))
        code, reason = explain(message)
        params.append(InvalidParam(name=name, code=code, reason=reason))
    if not params:
        code, reason = explain(str(exc.detail))
        params.append(
            InvalidParam(
                name="body",
                code="malformed_json" if "JSON" in str(exc.detail) else code,
                reason=reason,
            )
        )
    return params


def _validation_error(request: Request[Any, Any, Any], exc: ValidationException) -> Response[Problem]:
    params = _invalid_params_from_litestar(request, exc)
    return problem_response(
        request,
        status=400,
        code="invalid_input",
        title="Ongeldige invoer",
        detail=f"{len(params)} probleem/problemen met de invoer; zie invalidParams.",
        invalid_params=params,
    )


def _http_error(request: Request[Any, Any, Any], exc: HTTPException) -> Response[Problem]:
    status = exc.status_code
    if status >= 500:
        return _internal_error(request, exc)
    code, title, detail = _HTTP_PROBLEMS.get(
        status, ("error", "Fout", "Het verzoek kon niet worden verwerkt.")
    )
    headers = {k: v for k, v in (exc.headers or {}).items() if k.lower() in {"allow", "retry-after"}}
    if status == 405 and "allow" not in {k.lower() for k in headers}:
        headers["Allow"] = ""
    return problem_response(request, status=status, code=code, title=title, detail=detail, headers=headers)


def _unavailable(request: Request[Any, Any, Any], exc: Exception) -> Response[Problem]:
    logger.warning("database unavailable: %s", type(exc).__name__)
    code, title, detail = _HTTP_PROBLEMS[503]
    return problem_response(
        request, status=503, code=code, title=title, detail=detail, headers={"Retry-After": "2"}
    )


def _internal_error(request: Request[Any, Any, Any], exc: Exception) -> Response[Problem]:
    if is_unavailable(exc):
        return _unavailable(request, exc)
    logger.exception("unhandled error", extra={"request_id": request_id_of(request)}, exc_info=exc)
    return problem_response(
        request,
        status=500,
        code="internal_error",
        title="Er ging iets mis",
        detail="Er ging aan onze kant iets mis. Vermeld het kenmerk (requestId) als u contact opneemt.",
    )


def is_unavailable(exc: BaseException) -> bool:
    """Whether ``exc`` means the database is (briefly) out of reach rather than a bug."""
    import asyncio

    import asyncpg
    from sqlalchemy.exc import DBAPIError
    from sqlalchemy.exc import TimeoutError as PoolTimeout

    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(
            current,
            asyncpg.CannotConnectNowError
            | asyncpg.ConnectionDoesNotExistError
            | asyncpg.TooManyConnectionsError
            | asyncpg.AdminShutdownError
            | asyncpg.QueryCanceledError
            | ConnectionError
            | asyncio.TimeoutError
            | PoolTimeout,
        ):
            return True
        if isinstance(current, DBAPIError) and current.connection_invalidated:
            return True
        if isinstance(current, OSError):
            return True
        current = current.__cause__ or current.__context__
    return False


exception_handlers: ExceptionHandlersMap = {
    AppError: _app_error,
    ValidationException: _validation_error,
    HTTPException: _http_error,
    Exception: _internal_error,
}
