"""Settings, read from the environment once, with safe defaults for a developer machine.

Nothing here generates a secret per process: signing keys live in files (see ``api.lib.keys``) so
they survive restarts and agree across workers.
"""

import os
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent

API_VERSION = "1.0.0"
"""The contract's SemVer version; ``/api/v1`` carries its major number."""

API_PREFIX = "/api/v1"


def _env(name: str, default: str) -> str:
    return os.environ.get(name, default).strip() or default


def _env_int(name: str, default: int) -> int:
    raw = os.environ.get(name, "").strip()
    return int(raw) if raw else default


def _env_list(name: str, default: tuple[str, ...]) -> tuple[str, ...]:
    raw = os.environ.get(name)
    if raw is None:
        return default
    return tuple(item.strip() for item in raw.split(",") if item.strip())


def _env_bool(name: str, default: bool) -> bool:
    raw = os.environ.get(name, "").strip().lower()
    if not raw:
        return default
    return raw in {"1", "true", "yes", "on"}


@dataclass(frozen=True)
class DatabaseSettings:
    """Where PostgreSQL is. Empty ``url`` means: start the embedded server in the data folder."""

    url: str = field(default_factory=lambda: os.environ.get("DATABASE_URL", "").strip())
    # 0: a worker starts even while the database is down, and reports it on /health/ready.
    pool_min: int = field(default_factory=lambda: _env_int("DB_POOL_MIN", 0))
    pool_max: int = field(default_factory=lambda: _env_int("DB_POOL_MAX", 16))
    orm_pool_size: int = field(default_factory=lambda: _env_int("DB_ORM_POOL_SIZE", 8))
    # How long a request waits for a free connection before it gets a 503, in seconds.
    acquire_timeout: float = field(default_factory=lambda: float(_env("DB_ACQUIRE_TIMEOUT", "5")))
    statement_timeout_ms: int = field(default_factory=lambda: _env_int("DB_STATEMENT_TIMEOUT_MS", 15000))

    @property
    def embedded(self) -> bool:
        return not self.url


@dataclass(frozen=True)
class ServerSettings:
    """The ASGI server that ``make run`` starts."""

    host: str = field(default_factory=lambda: _env("HOST", "127.0.0.1"))
    port: int = field(default_factory=lambda: _env_int("PORT", 8000))
    workers: int = field(default_factory=lambda: _env_int("WEB_WORKERS", 2))
    public_url: str = field(default_factory=lambda: _env("PUBLIC_URL", ""))

    @property
    def base_url(self) -> str:
        if self.public_url:
            return self.public_url.rstrip("/")
        host = "localhost" if self.host in {"127.0.0.1", "0.0.0.0", "::"} else self.host  # noqa: S104
        return f"http://{host}:{self.port}"


@dataclass(frozen=True)
class SecuritySettings:
    """Browser-facing protections: CORS allowlist, body limit, TLS-only headers."""

    cors_origins: tuple[str, ...] = field(
        default_factory=lambda: _env_list(
            "CORS_ORIGINS",
            ("http://localhost:8000", "http://127.0.0.1:8000", "http://localhost:5173"),
        )
    )
    max_body_bytes: int = field(default_factory=lambda: _env_int("MAX_BODY_BYTES", 1_048_576))
    # Strict-Transport-Security is only meaningful behind TLS; production sets this.
    behind_tls: bool = field(default_factory=lambda: _env_bool("BEHIND_TLS", False))
    keys_dir: str = field(default_factory=lambda: os.environ.get("KEYS_DIR", "").strip())


@dataclass(frozen=True)
class MailSettings:
    """Outgoing mail. Without ``SMTP_URL`` it goes to a mailbox folder in the data directory."""

    smtp_url: str = field(default_factory=lambda: os.environ.get("SMTP_URL", "").strip())
    sender: str = field(default_factory=lambda: _env("MAIL_FROM", "Samenspel <noreply@samenspel.example>"))
    # How often a worker turns due notifications into mail ("immediately" means: the next round).
    # 0 switches the background round off (the tests run it themselves, at a time they choose).
    notification_interval_seconds: float = field(
        default_factory=lambda: float(_env("NOTIFICATION_MAIL_INTERVAL_SECONDS", "30"))
    )


@dataclass(frozen=True)
class PasswordCost:
    """What one Argon2id password hash costs: argon2-cffi's defaults, RFC 9106's second choice.

    Each guess at a stolen hash costs an attacker as much, and each sign-in costs the server as much
    (about 0.2 s of CPU). A hash keeps the cost it was made with, so a lower setting never weakens
    hashes made before; the tests use a cheap one to sign in thousands of times.
    """

    time_cost: int = field(default_factory=lambda: _env_int("PASSWORD_HASH_TIME_COST", 3))
    memory_kib: int = field(default_factory=lambda: _env_int("PASSWORD_HASH_MEMORY_KIB", 65536))
    parallelism: int = field(default_factory=lambda: _env_int("PASSWORD_HASH_PARALLELISM", 4))


@dataclass(frozen=True)
class AuthSettings:
    """Sessions and the limits on signing in, registering and resetting."""

    session_days: int = field(default_factory=lambda: _env_int("SESSION_DAYS", 14))
    password_cost: PasswordCost = field(default_factory=PasswordCost)
    # The proxies (addresses or networks) whose X-Forwarded-For is believed. The client is the
    # rightmost address in that header that is not one of them: what the outermost trusted proxy
    # saw. Whatever a client writes to the left of it counts for nothing. Empty: the peer itself.
    trusted_proxies: tuple[str, ...] = field(default_factory=lambda: _env_list("TRUSTED_PROXIES", ()))
    # Failed sign-ins slow the guesser down and never lock the owner out: past the free failures
    # each one doubles the wait (from the first delay, up to the maximum), answered at once with 429 and
    # Retry-After. Per account and address; per address over all accounts; and per account from
    # addresses it never signed in from, with a short maximum (the owner, at home, is not slowed).
    sign_in_free_failures: int = field(default_factory=lambda: _env_int("SIGN_IN_FREE_FAILURES", 5))
    sign_in_free_failures_per_address: int = field(
        default_factory=lambda: _env_int("SIGN_IN_FREE_FAILURES_PER_ADDRESS", 20)
    )
    sign_in_free_failures_per_account: int = field(
        default_factory=lambda: _env_int("SIGN_IN_FREE_FAILURES_PER_ACCOUNT", 10)
    )
    sign_in_first_delay_seconds: float = field(
        default_factory=lambda: float(_env("SIGN_IN_FIRST_DELAY_SECONDS", "1"))
    )
    sign_in_max_delay_seconds: int = field(default_factory=lambda: _env_int("SIGN_IN_MAX_DELAY_SECONDS", 900))
    sign_in_account_max_delay_seconds: int = field(
        default_factory=lambda: _env_int("SIGN_IN_ACCOUNT_MAX_DELAY_SECONDS", 60)
    )
    register_per_address: int = field(default_factory=lambda: _env_int("LIMIT_REGISTER_PER_ADDRESS", 10))
    reset_per_account: int = field(default_factory=lambda: _env_int("LIMIT_RESET_PER_ACCOUNT", 5))
    reset_per_address: int = field(default_factory=lambda: _env_int("LIMIT_RESET_PER_ADDRESS", 20))
    # Higher than login: a town hall's staff may all sign in from one address in the morning.
    staff_sign_in_per_address: int = field(
        default_factory=lambda: _env_int("LIMIT_STAFF_SIGN_IN_PER_ADDRESS", 300)
    )
    window_seconds: int = field(default_factory=lambda: _env_int("LIMIT_WINDOW_SECONDS", 900))
    # Deleting an account asks for a sign-in this recent: a session left open on a shared
    # computer must not be enough to make someone disappear.
    reauthenticate_minutes: int = field(default_factory=lambda: _env_int("REAUTHENTICATE_MINUTES", 15))
    token_ttl_seconds: int = field(default_factory=lambda: _env_int("ACCESS_TOKEN_TTL_SECONDS", 600))
    # Each request to a municipality's OpenID provider (discovery, keys, code exchange).
    provider_timeout_seconds: float = field(
        default_factory=lambda: float(_env("OIDC_PROVIDER_TIMEOUT_SECONDS", "5"))
    )
    # How long a worker keeps a provider's checked discovery document and keys (0: never).
    provider_cache_seconds: float = field(
        default_factory=lambda: float(_env("OIDC_PROVIDER_CACHE_SECONDS", "300"))
    )


@dataclass(frozen=True)
class WebhookSettings:
    """Deliveries to municipal systems: each attempt's time limit, and the retry schedule.

    A failed attempt waits ``retry_base_seconds`` x 2^(attempts - 1), at most six hours; after
    ``max_attempts`` (with the defaults: about three days) the delivery is given up and the
    subscription paused, and its beheerders are mailed.
    """

    timeout_seconds: float = field(default_factory=lambda: float(_env("WEBHOOK_TIMEOUT_SECONDS", "10")))
    retry_base_seconds: float = field(default_factory=lambda: float(_env("WEBHOOK_RETRY_BASE_SECONDS", "30")))
    max_attempts: int = field(default_factory=lambda: _env_int("WEBHOOK_MAX_ATTEMPTS", 22))
    # How long a worker holds a delivery it is sending; one that died lets go after this.
    lease_seconds: float = field(default_factory=lambda: float(_env("WEBHOOK_LEASE_SECONDS", "60")))


@dataclass(frozen=True)
class WorkerSettings:
    """Background work: a queue in PostgreSQL (procrastinate) that any number of workers share.

    ``python -m api worker`` runs a worker on its own; with ``WORKER_IN_PROCESS`` (the default, for
    ``make run``) every web worker also runs one beside the API. Each job runs once however many
    there are.
    """

    in_process: bool = field(default_factory=lambda: _env_bool("WORKER_IN_PROCESS", True))
    concurrency: int = field(default_factory=lambda: _env_int("WORKER_CONCURRENCY", 4))
    # A worker that sent no heartbeat for this long is taken for dead; its jobs are run again.
    stalled_after_seconds: int = field(default_factory=lambda: _env_int("WORKER_STALLED_SECONDS", 60))


@dataclass(frozen=True)
class ParticipationSettings:
    """Posting limits per person, so that one account cannot flood an opgave, and the jobs behind lists."""

    proposals_per_hour: int = field(default_factory=lambda: _env_int("LIMIT_PROPOSALS_PER_HOUR", 10))
    comments_per_hour: int = field(default_factory=lambda: _env_int("LIMIT_COMMENTS_PER_HOUR", 60))
    supports_per_hour: int = field(default_factory=lambda: _env_int("LIMIT_SUPPORTS_PER_HOUR", 300))
    # Reports go to a person's queue at the municipality: one account must not be able to bury it.
    reports_per_hour: int = field(default_factory=lambda: _env_int("LIMIT_REPORTS_PER_HOUR", 30))
    # Invitations are mail to addresses the inviter chooses: a bounded number per inviter.
    invitations_per_hour: int = field(default_factory=lambda: _env_int("LIMIT_INVITATIONS_PER_HOUR", 100))
    comment_edit_minutes: int = field(default_factory=lambda: _env_int("COMMENT_EDIT_MINUTES", 15))
    # How often "trending" forgets supports older than seven days.
    trending_interval_seconds: int = field(default_factory=lambda: _env_int("TRENDING_INTERVAL_SECONDS", 600))


@dataclass(frozen=True)
class StorageSettings:
    """Where uploaded files live: an object store, never the database.

    Without ``OBJECT_STORE_BUCKET`` a folder under the data directory; with it, any S3-compatible
    store (MinIO, Ceph, a cloud's) at ``OBJECT_STORE_ENDPOINT`` with the given keys.
    """

    bucket: str = field(default_factory=lambda: os.environ.get("OBJECT_STORE_BUCKET", "").strip())
    endpoint: str = field(default_factory=lambda: os.environ.get("OBJECT_STORE_ENDPOINT", "").strip())
    region: str = field(default_factory=lambda: _env("OBJECT_STORE_REGION", "us-east-1"))
    access_key_id: str = field(
        default_factory=lambda: os.environ.get("OBJECT_STORE_ACCESS_KEY_ID", "").strip()
    )
    secret_access_key: str = field(
        default_factory=lambda: os.environ.get("OBJECT_STORE_SECRET_ACCESS_KEY", "").strip()
    )


@dataclass(frozen=True)
class UploadSettings:
    """What one person may upload: per file (by kind), in total, and per hour."""

    image_max_bytes: int = field(default_factory=lambda: _env_int("UPLOAD_IMAGE_MAX_BYTES", 10 * 1024 * 1024))
    document_max_bytes: int = field(
        default_factory=lambda: _env_int("UPLOAD_DOCUMENT_MAX_BYTES", 20 * 1024 * 1024)
    )
    # What one account keeps stored at most (the re-encoded images count, not what was sent).
    quota_bytes_per_account: int = field(
        default_factory=lambda: _env_int("UPLOAD_QUOTA_BYTES_PER_ACCOUNT", 200 * 1024 * 1024)
    )
    uploads_per_hour: int = field(default_factory=lambda: _env_int("LIMIT_UPLOADS_PER_HOUR", 30))

    @property
    def max_bytes(self) -> int:
        return max(self.image_max_bytes, self.document_max_bytes)


@dataclass(frozen=True)
class MapSettings:
    """Places: the geocoder (PDOK Locatieserver) and the background map's tiles (BRT-Achtergrondkaart).

    The API speaks to both on the site's behalf (``/api/v1/places``, ``/api/v1/map-tiles``), so the
    site's Content Security Policy stays ``'self'`` and the services are a server setting. Each call
    has ``timeout_seconds`` and answers of at most ``max_bytes``; a failure is a 502 or 504 to the site,
    which then works without the map.
    """

    geocoder_url: str = field(
        default_factory=lambda: _env("GEOCODER_URL", "https://api.pdok.nl/bzk/locatieserver/search/v3_1")
    )
    tile_url: str = field(
        default_factory=lambda: _env(
            "MAP_TILE_URL",
            "https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png",
        )
    )
    timeout_seconds: float = field(default_factory=lambda: float(_env("MAP_TIMEOUT_SECONDS", "4")))
    max_bytes: int = field(default_factory=lambda: _env_int("MAP_MAX_BYTES", 512 * 1024))


@dataclass(frozen=True)
class Settings:
    """All settings, one dataclass per concern."""

    data_dir: Path = field(
        default_factory=lambda: Path(_env("DATA_DIR", str(PROJECT_ROOT / ".data"))).resolve()
    )
    environment: str = field(default_factory=lambda: _env("APP_ENV", "development"))
    log_level: str = field(default_factory=lambda: _env("LOG_LEVEL", "INFO"))
    database: DatabaseSettings = field(default_factory=DatabaseSettings)
    server: ServerSettings = field(default_factory=ServerSettings)
    security: SecuritySettings = field(default_factory=SecuritySettings)
    mail: MailSettings = field(default_factory=MailSettings)
    auth: AuthSettings = field(default_factory=AuthSettings)
    participation: ParticipationSettings = field(default_factory=ParticipationSettings)
    worker: WorkerSettings = field(default_factory=WorkerSettings)
    webhooks: WebhookSettings = field(default_factory=WebhookSettings)
    storage: StorageSettings = field(default_factory=StorageSettings)
    uploads: UploadSettings = field(default_factory=UploadSettings)
    maps: MapSettings = field(default_factory=MapSettings)
    site_dir: Path = field(
        default_factory=lambda: Path(_env("SITE_DIR", str(PROJECT_ROOT / "frontend" / "build")))
    )

    @property
    def mailbox_path(self) -> Path:
        return self.data_dir / "mailbox"

    @property
    def allow_loopback_providers(self) -> bool:
        """OpenID providers on this machine (``http://localhost``) only while developing and testing."""
        return self.environment == "development"

    @property
    def uploads_path(self) -> Path:
        """The object store's folder when no S3-compatible store is configured."""
        return self.data_dir / "uploads"

    @property
    def keys_path(self) -> Path:
        return Path(self.security.keys_dir) if self.security.keys_dir else self.data_dir / "keys"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings, read once."""
    return Settings()
