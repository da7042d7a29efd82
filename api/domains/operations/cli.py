"""The platform operator's commands: ``python -m api operators ...`` and ``python -m api municipalities ...``.

Each runs in one unit of work, audited as done at the command line, and sends the mail it made
before it ends (an invitation should not wait for a web worker to come by)."""

import getpass
import socket
import sys
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TypeVar

import msgspec
from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine

from api.db.connection import Database, sqlalchemy_url
from api.db.uow import UnitOfWork, unit_of_work
from api.domains.operations import archive
from api.domains.operations.onboarding import OnboardingService
from api.domains.operations.schemas import MunicipalityCreate
from api.lib.access import CommandLine
from api.lib.errors import AppError
from api.lib.ids import new_id
from api.lib.mail import Mailer, deliver_pending
from api.settings import Settings

T = TypeVar("T")


def _who() -> CommandLine:
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "?"
    return CommandLine(who=f"{user}@{socket.gethostname()}")


async def _in_unit_of_work(url: str, settings: Settings, work: Callable[[UnitOfWork], Awaitable[T]]) -> T:
    engine = create_async_engine(sqlalchemy_url(url))
    try:
        async with (
            async_sessionmaker(engine, expire_on_commit=False)() as session,
            unit_of_work(session, _who(), f"cli-{new_id()}") as uow,
        ):
            result = await work(uow)
    finally:
        await engine.dispose()
    db = Database(settings.database, url)
    await db.start()
    try:
        await deliver_pending(db, Mailer(settings.mail.smtp_url, settings.mailbox_path, settings.mail.sender))
    finally:
        await db.stop()
    return result


def _fail(message: str) -> int:
    print(message, file=sys.stderr)
    return 1


async def grant_operator(url: str, settings: Settings, email: str, *, revoke: bool = False) -> int:
    async def work(uow: UnitOfWork) -> str | None:
        connection = await uow.connection()
        account_id = await connection.fetchval(
            "SELECT id FROM accounts WHERE lower(email) = lower($1) AND deleted_at IS NULL", email.strip()
        )
        if account_id is None:
            return "Er is geen account met dit adres; maak het eerst aan (en bevestig het adres)."
        if revoke:
            await connection.execute("DELETE FROM platform_operators WHERE account_id = $1", account_id)
        else:
            await connection.execute(
                """INSERT INTO platform_operators (id, account_id, granted_by) VALUES ($1, $2, $3)
                   ON CONFLICT (account_id) DO NOTHING""",
                new_id(),
                account_id,
                _who().who,
            )
        uow.audit("operator.revoked" if revoke else "operator.granted", "account", account_id, None)
        return None

    problem = await _in_unit_of_work(url, settings, work)
    if problem:
        return _fail(problem)
    print(f"{email}: {'geen platformbeheerder meer' if revoke else 'platformbeheerder'}")
    return 0


async def create_municipality(url: str, settings: Settings, fields: dict[str, object]) -> int:
    try:
        data = msgspec.convert(fields, MunicipalityCreate)
    except msgspec.ValidationError as exc:
        return _fail(f"Ongeldige invoer: {exc}")

    async def work(uow: UnitOfWork) -> None:
        await OnboardingService(uow, settings).create(data)

    try:
        await _in_unit_of_work(url, settings, work)
    except AppError as exc:
        return _fail(exc.detail)
    print(
        f"Gemeente {data.name} ({data.slug}, {data.cbs_code}) aangesloten; {data.beheerder_email} is uitgenodigd als beheerder."
    )
    return 0


async def set_deactivated(url: str, settings: Settings, slug: str, *, deactivated: bool) -> int:
    async def work(uow: UnitOfWork) -> bool:
        connection = await uow.connection()
        municipality_id = await connection.fetchval("SELECT id FROM municipalities WHERE slug = $1", slug)
        if municipality_id is None:
            return False
        service = OnboardingService(uow, settings)
        await (service.deactivate(municipality_id) if deactivated else service.reactivate(municipality_id))
        return True

    if not await _in_unit_of_work(url, settings, work):
        return _fail(f"Er is geen gemeente met slug {slug!r}.")
    print(f"{slug}: {'gedeactiveerd' if deactivated else 'weer actief'}")
    return 0


async def export_archive(url: str, settings: Settings, slug: str, target: Path) -> int:
    db = Database(settings.database, url)
    await db.start()
    try:
        municipality_id = await db.fetchval("SELECT id FROM municipalities WHERE slug = $1", slug)
        if municipality_id is None:
            return _fail(f"Er is geen gemeente met slug {slug!r}.")
        with target.open("wb") as out:
            async for chunk in archive.stream(db, municipality_id):
                out.write(chunk)
    finally:
        await db.stop()
    print(f"{target}")
    return 0
