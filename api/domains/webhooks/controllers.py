"""Webhook subscriptions and their delivery log, for beheerders and clients with ``webhooks:write``."""

from typing import Any
from urllib.parse import urlsplit

from litestar import Response, delete, get, patch, post
from litestar.params import JSONBody

from api.db.connection import Db
from api.db.uow import Uow
from api.domains.municipalities.guards import municipality_from_body, municipality_from_query
from api.domains.municipalities.schemas import MunicipalityParam
from api.domains.webhooks import queries
from api.domains.webhooks.guards import delivery_from_path, manage, subscription_from_path
from api.domains.webhooks.schemas import (
    WebhookDeliveryPage,
    WebhookRetryRead,
    WebhookSubscriptionCreate,
    WebhookSubscriptionCreated,
    WebhookSubscriptionPage,
    WebhookSubscriptionRead,
    WebhookSubscriptionUpdate,
)
from api.domains.webhooks.services import WebhookService
from api.lib.access import access
from api.lib.etag import ETAG_HEADER, IfMatch, with_etag
from api.lib.openapi import problems
from api.lib.routes import AnyRequest, Controller, PageOf, PathId, municipality_of, page_of_path
from api.settings import API_PREFIX, Settings


def _service(request: AnyRequest, uow: Any) -> WebhookService:
    return WebhookService(uow, request.app.state.webhook_secrets)


class WebhookSubscriptionController(Controller):
    """Webhooks: een systeem van de gemeente krijgt gebeurtenissen toegestuurd (NL GOV-webhookrichtlijn,
    ondertekend volgens Standard Webhooks)."""

    path = "/webhook-subscriptions"
    tags = ["Webhooks"]

    list_webhook_subscriptions = page_of_path(
        "/",
        opt=access(manage, target=municipality_from_query()),
        page=WebhookSubscriptionPage,
        query=queries.subscriptions,
        of=PageOf.municipality(MunicipalityParam, name="municipality"),
    )

    @post(opt=access(manage, target=municipality_from_body()), response_headers=[ETAG_HEADER])
    async def create_webhook_subscription(
        self, request: AnyRequest, data: JSONBody[WebhookSubscriptionCreate], uow: Uow
    ) -> Response[WebhookSubscriptionCreated]:
        settings: Settings = request.app.state.settings
        subscription_id, secret = await _service(request, uow).subscribe(
            municipality_of(request),
            data,
            origin=urlsplit(settings.server.base_url).hostname or "samenspel",
            allow_loopback=settings.allow_loopback_providers,
            wait_seconds=settings.webhooks.timeout_seconds,
        )
        found = await queries.subscription(await uow.connection(), subscription_id)
        assert found is not None
        created = WebhookSubscriptionCreated(
            **{f: getattr(found[0], f) for f in found[0].__struct_fields__}, secret=secret
        )
        return with_etag(
            created,
            found[1],
            status_code=201,
            location=f"{API_PREFIX}/webhook-subscriptions/{subscription_id}",
        )

    @get("/{id:uuid}", opt=access(manage, target=subscription_from_path), response_headers=[ETAG_HEADER])
    async def get_webhook_subscription(self, db: Db, id: PathId) -> Response[WebhookSubscriptionRead]:
        found = await queries.subscription(db, id)
        assert found is not None
        return with_etag(*found)

    @patch(
        "/{id:uuid}",
        opt=access(manage, target=subscription_from_path),
        responses=problems(409, 412, 428),
        response_headers=[ETAG_HEADER],
    )
    async def update_webhook_subscription(
        self,
        request: AnyRequest,
        id: PathId,
        data: JSONBody[WebhookSubscriptionUpdate],
        uow: Uow,
        if_match: IfMatch = "",
    ) -> Response[WebhookSubscriptionRead]:
        await _service(request, uow).update(id, data, if_match)
        found = await queries.subscription(await uow.connection(), id)
        assert found is not None
        return with_etag(*found)

    @delete("/{id:uuid}", opt=access(manage, target=subscription_from_path), responses=problems(412, 428))
    async def delete_webhook_subscription(
        self, request: AnyRequest, id: PathId, uow: Uow, if_match: IfMatch = ""
    ) -> None:
        await _service(request, uow).remove(id, if_match)

    list_webhook_deliveries = page_of_path(
        "/{id:uuid}/deliveries",
        opt=access(manage, target=subscription_from_path),
        page=WebhookDeliveryPage,
        query=queries.deliveries,
    )


class WebhookDeliveryController(Controller):
    path = "/webhook-deliveries"
    tags = ["Webhooks"]

    @post("/{id:uuid}/retries", opt=access(manage, target=delivery_from_path), responses=problems(409))
    async def retry_webhook_delivery(
        self, request: AnyRequest, id: PathId, uow: Uow
    ) -> Response[WebhookRetryRead]:
        await _service(request, uow).redeliver(id)
        found = await queries.delivery(await uow.connection(), id)
        assert found is not None
        return Response(WebhookRetryRead(delivery=found), status_code=201)
