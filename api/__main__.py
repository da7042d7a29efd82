"""Commands: ``python -m api run | serve | worker | migrate | revision | seed-demo | init-keys | openapi |
operators | municipalities``."""

import argparse
import asyncio
import logging
import os
import sys

from api.settings import PROJECT_ROOT, Settings, get_settings

logger = logging.getLogger("api")

SPEC_FILE = PROJECT_ROOT / "openapi" / "openapi.json"
# Granian's own lines (start, stop, workers) as JSON too, like every other log line.
GRANIAN_LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"json": {"()": "api.lib.logs.JsonFormatter"}},
    "handlers": {
        "stdout": {"class": "logging.StreamHandler", "formatter": "json", "stream": "ext://sys.stdout"}
    },
    "loggers": {"_granian": {"handlers": ["stdout"], "level": "INFO", "propagate": False}},
}
# Building the spec needs no database: the app is created but never started.
_NO_DATABASE = "postgresql://openapi@localhost/never-connected"


def _prepare(settings: Settings) -> str:
    """Database up, keys present, schema migrated. Returns the database URL."""
    from api.db.embedded import database_url
    from api.db.migrate import upgrade
    from api.lib.keys import KeyStore

    if settings.environment == "production" and not settings.security.keys_dir:
        sys.exit("APP_ENV=production needs KEYS_DIR: a folder with the platform's secrets.")
    KeyStore(settings.keys_path, create=not settings.security.keys_dir).ensure()
    url = database_url(settings)
    os.environ["DATABASE_URL"] = url  # the workers connect to the same server
    upgrade(url)
    return url


async def _seed(url: str, settings: Settings) -> None:
    from api.db.connection import Database
    from api.demo import seed_demo

    db = Database(settings.database, url)
    await db.start()
    try:
        await seed_demo(db, settings.auth.password_cost)
    finally:
        await db.stop()


def _serve(settings: Settings) -> None:
    from granian import Granian
    from granian.constants import Interfaces
    from granian.http import HTTP1Settings

    from api.lib.http import SERVER_HEADER_BUFFER

    Granian(
        "api.asgi:app",
        address=settings.server.host,
        port=settings.server.port,
        interface=Interfaces.ASGI,
        workers=settings.server.workers,
        log_access=False,  # the app writes its own access line, with the route and request id
        log_dictconfig=GRANIAN_LOGGING,
        respawn_failed_workers=True,
        workers_kill_timeout=30,
        # Room for an oversized head, so the app answers it as a problem (431) instead of granian's
        # plain text; a head above this buffer still gets granian's own answer.
        http1_settings=HTTP1Settings(max_buffer_size=SERVER_HEADER_BUFFER),
    ).serve()


def _banner(settings: Settings) -> None:
    from api.demo.accounts import banner

    print(banner(settings), flush=True)


def cmd_run(settings: Settings) -> None:
    """Everything a developer needs: database, migrations, demo data, the site and the API."""
    url = _prepare(settings)
    if os.environ.get("SEED_DEMO", "1") != "0":
        asyncio.run(_seed(url, settings))
    _banner(settings)
    _serve(settings)


async def _work(settings: Settings, url: str) -> None:
    """A worker of the background queue alone, until SIGTERM or SIGINT."""
    import signal

    from api.db.connection import Database
    from api.lib.mail import Mailer
    from api.worker.queue import build
    from api.worker.runner import running

    db = Database(settings.database, url)
    await db.start()
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    try:
        async with running(
            build(settings, url),
            db,
            Mailer(settings.mail.smtp_url, settings.mailbox_path, settings.mail.sender),
            concurrency=settings.worker.concurrency,
            stalled_after=settings.worker.stalled_after_seconds,
        ):
            logger.info("worker started")
            await stop.wait()
    finally:
        await db.stop()


def cmd_openapi(check: bool) -> int:
    from api.app import create_app
    from api.lib.openapi import serialise, spec_of

    os.environ.setdefault("DATABASE_URL", _NO_DATABASE)
    app = create_app(database_url=os.environ["DATABASE_URL"])
    content = serialise(spec_of(app))
    if check:
        if not SPEC_FILE.exists() or SPEC_FILE.read_bytes() != content:
            print(f"{SPEC_FILE} differs from the code; run `make openapi`.", file=sys.stderr)
            return 1
        return 0
    SPEC_FILE.parent.mkdir(exist_ok=True)
    SPEC_FILE.write_bytes(content)
    print(f"wrote {SPEC_FILE.relative_to(PROJECT_ROOT)}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m api", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("run", help="database, migrations, demo data and the server (make run)")
    sub.add_parser("serve", help="only the server; DATABASE_URL must point at a migrated database")
    sub.add_parser("worker", help="a worker of the background queue; DATABASE_URL as for serve")
    sub.add_parser("migrate", help="bring the database to the newest migration")
    revision = sub.add_parser("revision", help="autogenerate a migration from the models")
    revision.add_argument("message")
    sub.add_parser("seed-demo", help="load the demo data (again: changes nothing)")
    sub.add_parser("init-keys", help="create the secrets in KEYS_DIR (or the data folder) if missing")
    openapi = sub.add_parser("openapi", help="write openapi/openapi.json from the code")
    openapi.add_argument("--check", action="store_true", help="fail if the file differs")
    _operator_commands(sub)
    args = parser.parse_args(argv)

    from api.lib.logs import configure_logging

    settings = get_settings()
    configure_logging(settings.log_level)
    if args.command == "run":
        cmd_run(settings)
    elif args.command == "serve":
        _serve(settings)
    elif args.command == "worker":
        from api.db.embedded import database_url

        asyncio.run(_work(settings, database_url(settings)))
    elif args.command == "migrate":
        _prepare(settings)
    elif args.command == "revision":
        from api.db.migrate import revision as make_revision

        make_revision(_prepare(settings), args.message)
    elif args.command == "init-keys":
        from api.lib.keys import KeyStore

        KeyStore(settings.keys_path, create=True).ensure()
        print(f"keys ready in {settings.keys_path}")
    elif args.command == "seed-demo":
        asyncio.run(_seed(_prepare(settings), settings))
    elif args.command == "openapi":
        return cmd_openapi(args.check)
    elif args.command in {"operators", "municipalities"}:
        return cmd_operations(settings, args)
    return 0


def _operator_commands(sub: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    operators = sub.add_parser("operators", help="platform operators: grant or revoke (by e-mail)")
    operator_actions = operators.add_subparsers(dest="action", required=True)
    for action in ("grant", "revoke"):
        operator_actions.add_parser(action, help=f"{action} the operator role").add_argument("email")
    municipalities = sub.add_parser("municipalities", help="onboard, deactivate or export a municipality")
    actions = municipalities.add_subparsers(dest="action", required=True)
    create = actions.add_parser("create", help="a new municipality; its first beheerder is invited by mail")
    create.add_argument("--slug", required=True)
    create.add_argument("--name", required=True)
    create.add_argument("--cbs", required=True, help="CBS municipality code, GM and four digits")
    create.add_argument("--theme", default="voorbeeld", choices=["voorbeeld", "utrecht"])
    create.add_argument("--description", default="")
    create.add_argument("--beheerder-email", required=True)
    for action in ("deactivate", "reactivate"):
        actions.add_parser(action).add_argument("slug")
    export = actions.add_parser("export", help="all its data as a zip of JSON per table")
    export.add_argument("slug")
    export.add_argument("--out", required=True)


def cmd_operations(settings: Settings, args: argparse.Namespace) -> int:
    from pathlib import Path

    from api.domains.operations import cli

    url = _prepare(settings)
    if args.command == "operators":
        return asyncio.run(cli.grant_operator(url, settings, args.email, revoke=args.action == "revoke"))
    if args.action == "create":
        fields = {
            "slug": args.slug,
            "name": args.name,
            "cbsCode": args.cbs,
            "description": args.description,
            "theme": {"baseTheme": args.theme, "tokens": {}},
            "beheerderEmail": args.beheerder_email,
        }
        return asyncio.run(cli.create_municipality(url, settings, fields))
    if args.action == "export":
        return asyncio.run(cli.export_archive(url, settings, args.slug, Path(args.out)))
    return asyncio.run(cli.set_deactivated(url, settings, args.slug, deactivated=args.action == "deactivate"))


if __name__ == "__main__":
    sys.exit(main())
