"""The application: plugins, routes, OpenAPI, error handlers. Nothing else."""

from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager

from advanced_alchemy.extensions.litestar import (
    AsyncSessionConfig,
    EngineConfig,
    SQLAlchemyAsyncConfig,
    SQLAlchemyPlugin,
)
from litestar import Litestar, Router
from litestar.config.cors import CORSConfig
from litestar.datastructures import State
from litestar.di import Provide
from litestar.types import ControllerRouterHandler

from api.db.connection import Database, sqlalchemy_url
from api.db.embedded import database_url as resolve_database_url
from api.db.uow import OneConnectionForHotWrites, provide_uow
from api.domains.accounts.authentication import AuthenticationMiddleware
from api.domains.accounts.controllers import AccountController, MeController, SessionController
from api.domains.accounts.role_controllers import MunicipalityRoleController, RoleAssignmentController
from api.domains.accounts.throttle import KEY_PURPOSE as THROTTLE_PURPOSE
from api.domains.attachments.controllers import AttachmentController
from api.domains.audit.controllers import AuditEventController
from api.domains.ballots.controllers import BallotController, BallotOptionController, BudgetBallotController
from api.domains.budgets.controllers import (
    BudgetClaimController,
    BudgetController,
    ContributionController,
    OpgaveBudgetController,
    OrganisationBudgetClaimController,
)
from api.domains.clients.controllers import ApiClientController, OAuthController
from api.domains.clients.tokens import TokenKeys
from api.domains.comments.controllers import (
    CommentController,
    MyCommentController,
    OpgaveCommentController,
    ProposalCommentController,
    TaskCommentController,
)
from api.domains.divisions.controllers import (
    BudgetRoundController,
    BudgetRoundsController,
    DivisionProposalController,
)
from api.domains.events.controllers import EventController
from api.domains.indicators.controllers import (
    IndicatorController,
    MeasurementController,
    OpgaveIndicatorController,
)
from api.domains.invitations.controllers import (
    InvitationController,
    MyInvitationController,
    OrganisationInvitationController,
    RoleInvitationController,
    SentInvitationController,
    TeamInvitationController,
)
from api.domains.meetings.controllers import (
    MeetingController,
    OpgaveMeetingController,
    RegistrationController,
)
from api.domains.moderation.block_controllers import (
    MunicipalityPostingBlockController,
    PostingBlockController,
)
from api.domains.moderation.controllers import ModerationController, ReportController
from api.domains.municipalities import MunicipalityController
from api.domains.municipalities.postcodes import PostcodeRangeController
from api.domains.notifications.controllers import NotificationController
from api.domains.operations.controllers import OnboardingController, StatisticsController
from api.domains.opgaven.controllers import DomainController, OpgaveController
from api.domains.opgaven.team_controllers import ActionLineController, FormulationController, TeamController
from api.domains.organisations.controllers import OrganisationController, OrganisationMemberController
from api.domains.places.controllers import MapTileController, OpgaveAreaController, PlaceController
from api.domains.polls.controllers import OpgavePollController, PollAnswerController, PollController
from api.domains.polls.services import KEY_PURPOSE as POLL_PURPOSE
from api.domains.proposals.controllers import (
    MunicipalityProposalController,
    MyProposalController,
    OpgaveProposalController,
    ProposalController,
)
from api.domains.reflections.controllers import OpgaveReflectionController, ReflectionController
from api.domains.results.controllers import (
    MunicipalityExportController,
    OpgaveResultsController,
    ProposalTrailController,
)
from api.domains.staff_sign_in.controllers import (
    IdentityLinkController,
    IdentityProviderController,
    PasswordSessionController,
    ResidentBrokerController,
    ResidentSignInController,
    StaffSignInController,
)
from api.domains.staff_sign_in.providers import SECRET_PURPOSE
from api.domains.system import HealthController
from api.domains.tasks.controllers import (
    ClaimController,
    OpgaveTaskController,
    OrganisationClaimController,
    TaskController,
)
from api.domains.webhooks.controllers import WebhookDeliveryController, WebhookSubscriptionController
from api.domains.webhooks.delivery import SECRET_PURPOSE as WEBHOOK_SECRET_PURPOSE
from api.lib.access import access_guard
from api.lib.client_address import trusted_networks
from api.lib.conditional import ConditionalGet
from api.lib.errors import exception_handlers
from api.lib.http import RequestContext, check_request
from api.lib.idempotency import Replay, ReplayKeys, replay_response, store_response
from api.lib.keys import KeyStore
from api.lib.logs import configure_logging
from api.lib.mail import Mailer
from api.lib.objectstore import ObjectStore
from api.lib.openapi import openapi_config
from api.lib.secretbox import SecretBox
from api.lib.site import SITE_HEADERS, site_handler
from api.settings import API_PREFIX, Settings, get_settings
from api.worker.queue import build as build_queue
from api.worker.runner import running

ROUTES: list[ControllerRouterHandler] = [
    PlaceController,
    MapTileController,
    OpgaveAreaController,
    MunicipalityController,
    OnboardingController,
    StatisticsController,
    DomainController,
    OpgaveController,
    FormulationController,
    ActionLineController,
    TeamController,
    IdentityProviderController,
    StaffSignInController,
    ResidentBrokerController,
    ResidentSignInController,
    IdentityLinkController,
    AccountController,
    PasswordSessionController,
    SessionController,
    MeController,
    MunicipalityRoleController,
    RoleAssignmentController,
    MyInvitationController,
    InvitationController,
    SentInvitationController,
    OrganisationController,
    OrganisationMemberController,
    RoleInvitationController,
    OrganisationInvitationController,
    TeamInvitationController,
    OAuthController,
    ApiClientController,
    AuditEventController,
    OpgaveProposalController,
    ProposalController,
    MyProposalController,
    MunicipalityProposalController,
    OpgaveCommentController,
    ProposalCommentController,
    CommentController,
    MyCommentController,
    ReportController,
    ModerationController,
    MunicipalityPostingBlockController,
    PostingBlockController,
    NotificationController,
    OpgaveTaskController,
    TaskController,
    ClaimController,
    OrganisationClaimController,
    OpgaveBudgetController,
    BudgetController,
    BudgetClaimController,
    ContributionController,
    OrganisationBudgetClaimController,
    PostcodeRangeController,
    BudgetBallotController,
    BallotController,
    BallotOptionController,
    OpgavePollController,
    PollController,
    PollAnswerController,
    BudgetRoundsController,
    BudgetRoundController,
    DivisionProposalController,
    TaskCommentController,
    HealthController,
    OpgaveReflectionController,
    ReflectionController,
    OpgaveIndicatorController,
    IndicatorController,
    MeasurementController,
    OpgaveResultsController,
    ProposalTrailController,
    MunicipalityExportController,
    EventController,
    WebhookSubscriptionController,
    WebhookDeliveryController,
    AttachmentController,
    OpgaveMeetingController,
    MeetingController,
    RegistrationController,
]


def _provide_db(state: State) -> Database:
    return state.db  # type: ignore[no-any-return]


def _load_keys(app: Litestar) -> None:
    """Read the secrets when the worker starts (building the app, e.g. for the spec, needs none)."""
    settings: Settings = app.state.settings
    app.state.token_keys = TokenKeys.load(settings)
    platform_secret = KeyStore(settings.keys_path, create=False).secret()
    app.state.secret_box = SecretBox.derive(platform_secret, SECRET_PURPOSE)
    app.state.webhook_secrets = SecretBox.derive(platform_secret, WEBHOOK_SECRET_PURPOSE)
    app.state.replay_keys = ReplayKeys.derive(platform_secret)
    app.state.throttle_secret = SecretBox.derive(platform_secret, THROTTLE_PURPOSE).key
    app.state.poll_secret = SecretBox.derive(platform_secret, POLL_PURPOSE).key


@asynccontextmanager
async def _worker(app: Litestar) -> AsyncIterator[None]:
    """With ``WORKER_IN_PROCESS`` (``make run``), this web worker also works the background queue;
    each job runs once however many workers there are."""
    settings: Settings = app.state.settings
    if not settings.worker.in_process:
        yield
        return
    async with running(
        build_queue(settings, app.state.database_url),
        app.state.db,
        app.state.mailer,
        concurrency=settings.worker.concurrency,
        stalled_after=settings.worker.stalled_after_seconds,
    ):
        yield


def create_app(
    settings: Settings | None = None,
    database_url: str | None = None,
    extra_routes: Sequence[ControllerRouterHandler] = (),
) -> Litestar:
    """Build the ASGI application for ``settings`` (by default: from the environment).

    ``extra_routes`` lets tests mount probe routes under ``/api/v1`` beside the real ones.
    """
    settings = settings or get_settings()
    configure_logging(settings.log_level)
    trusted_networks(settings.auth.trusted_proxies)  # a wrong TRUSTED_PROXIES stops the start
    url = database_url or resolve_database_url(settings)
    db = Database(settings.database, url)

    orm = SQLAlchemyAsyncConfig(
        connection_string=sqlalchemy_url(url),
        session_dependency_key="db_session",
        session_config=AsyncSessionConfig(expire_on_commit=False),
        engine_config=EngineConfig(
            pool_size=settings.database.orm_pool_size,
            max_overflow=0,
            pool_timeout=max(1, round(settings.database.acquire_timeout)),
            pool_pre_ping=False,
            connect_args={
                "server_settings": {
                    "application_name": "samenspel-orm",
                    "statement_timeout": str(settings.database.statement_timeout_ms),
                    "timezone": "UTC",
                }
            },
        ),
        create_all=False,
    )

    app = Litestar(
        route_handlers=[
            Router(
                path=API_PREFIX,
                route_handlers=[*ROUTES, *extra_routes],
                middleware=[OneConnectionForHotWrites(), AuthenticationMiddleware(settings)],
                guards=[access_guard],
            ),
            site_handler(settings.site_dir),
        ],
        dependencies={
            "db": Provide(_provide_db, sync_to_thread=False),
            "uow": Provide(provide_uow),
        },
        plugins=[SQLAlchemyPlugin(config=orm)],
        exception_handlers={**exception_handlers, Replay: replay_response},
        after_request=store_response,
        before_request=check_request,
        cors_config=CORSConfig(
            allow_origins=list(settings.security.cors_origins),
            allow_methods=["GET", "POST", "PUT", "PATCH", "DELETE"],
            allow_headers=[
                "Content-Type",
                "If-Match",
                "Idempotency-Key",
                "X-CSRF-Token",
                "Authorization",
            ],
            expose_headers=[
                "API-Version",
                "ETag",
                "Link",
                "Location",
                "Retry-After",
                "X-Request-ID",
            ],
            allow_credentials=True,
            max_age=600,
        ),
        openapi_config=openapi_config(),
        request_max_body_size=settings.security.max_body_bytes,
        on_startup=[db.start, _load_keys],
        on_shutdown=[db.stop],
        lifespan=[_worker],
        state=State(
            {
                "db": db,
                "database_url": url,
                "settings": settings,
                "objects": ObjectStore.of(settings),
                "mailer": Mailer(settings.mail.smtp_url, settings.mailbox_path, settings.mail.sender),
            }
        ),
        debug=False,
        logging_config=None,
    )
    # The outermost layer sees every request, routing errors included.
    app.asgi_handler = RequestContext(ConditionalGet(app.asgi_handler), settings, site_headers=SITE_HEADERS)
    return app
