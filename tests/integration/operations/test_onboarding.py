"""A new gemeente comes onto the platform from the command line, and runs from there on its own."""

import asyncio
import itertools
import os
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import httpx
import pytest
from litestar import Litestar

from api.db.connection import Database
from api.settings import PROJECT_ROOT
from tests.factories import unique
from tests.identities import anonymous_client, mails_to, token_in

PASSWORD = "Nieuwe-Gemeente-Start-2026"
# CBS codes no factory hands out (they count up from GM5000).
_CODES = itertools.count(9000 + os.getpid() % 500)


def cbs_code() -> str:
    return f"GM{next(_CODES):04d}"


async def run_cli(database_url: str, *args: str) -> tuple[int, str, str]:
    """``python -m api ...`` in a process of its own, on the tests' database and mailbox."""
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "api",
        *args,
        cwd=PROJECT_ROOT,
        env={**os.environ, "DATABASE_URL": database_url, "LOG_LEVEL": "WARNING"},
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(process.communicate(), timeout=120)
    assert process.returncode is not None
    return process.returncode, out.decode(), err.decode()


@asynccontextmanager
async def registered(
    app: Litestar, db: Database, slug: str, name: str, email: str | None = None
) -> AsyncIterator[httpx.AsyncClient]:
    """Someone registers at ``slug``, confirms the address from the mail and signs in."""
    email = email or f"{unique(name.lower())}@example.org"
    async with anonymous_client(app) as client:
        await _register(app, db, client, slug, name, email)
        yield client


async def _register(
    app: Litestar, db: Database, client: httpx.AsyncClient, slug: str, name: str, email: str
) -> None:
    response = await client.post(
        "/api/v1/accounts",
        json={"email": email, "password": PASSWORD, "displayName": name, "municipality": slug},
    )
    assert response.status_code == 202, response.text
    mails = [mail for mail in await mails_to(db, app, email) if "#token=" in mail]
    verified = await client.post("/api/v1/account-verifications", json={"token": token_in(mails[-1])})
    assert verified.status_code == 204
    signed_in = await client.post("/api/v1/sessions", json={"email": email, "password": PASSWORD})
    assert signed_in.status_code == 201, signed_in.text
    client.headers["X-CSRF-Token"] = signed_in.json()["csrfToken"]


@pytest.mark.slow
async def test_a_gemeente_onboarded_from_the_command_line_runs_on_its_own(
    started_app: Litestar, db: Database, database_url: str
) -> None:
    slug, code = unique("ede"), cbs_code()
    beheerder_email = f"{unique('beheerder')}@example.org"
    status, out, err = await run_cli(
        database_url,
        "municipalities",
        "create",
        "--slug",
        slug,
        "--name",
        "Ede",
        "--cbs",
        code,
        "--theme",
        "utrecht",
        "--beheerder-email",
        beheerder_email,
    )
    assert status == 0, err
    assert "uitgenodigd" in out
    row = await db.fetchrow("SELECT id, theme FROM municipalities WHERE slug = $1", slug)
    assert row is not None
    assert row["theme"]["baseTheme"] == "utrecht"
    assert await db.fetchval("SELECT count(*) FROM policy_domains WHERE municipality_id = $1", row["id"]) > 0
    actor = await db.fetchrow(
        "SELECT actor_type, actor_id FROM audit_events WHERE action = 'municipality.created' AND object_id = $1",
        str(row["id"]),
    )
    assert actor is not None
    assert actor["actor_type"] == "command_line"
    # The same slug again is refused, and changes nothing.
    again, _, err = await run_cli(
        database_url, "municipalities", "create", "--slug", slug, "--name", "Ede", "--cbs", cbs_code(),
        "--beheerder-email", beheerder_email,
    )  # fmt: skip
    assert again == 1
    assert "slug" in err
    # Nobody is beheerder yet: the address was invited, not given a role.
    assert (
        await db.fetchval("SELECT count(*) FROM role_assignments WHERE municipality_id = $1", row["id"]) == 0
    )
    invitation = (await mails_to(db, started_app, beheerder_email))[-1]
    assert "beheerder te worden bij Ede" in invitation

    # The invited beheerder registers with that address, confirms it and accepts.
    async with registered(started_app, db, slug, "Fatima de Vries", beheerder_email) as admin:
        mine = (await admin.get("/api/v1/me/invitations")).json()["items"]
        assert [i["role"] for i in mine] == ["beheerder"]
        accepted = await admin.post(
            f"/api/v1/invitations/{mine[0]['id']}/responses", json={"answer": "accept"}
        )
        assert accepted.status_code == 200, accepted.text

        # ... sets the theme ...
        path = f"/api/v1/municipalities/{slug}"
        etag = (await admin.get(path)).headers["etag"]
        theme = {"baseTheme": "voorbeeld", "tokens": {"--utrecht-color-red-40": "#c0392b"}}
        changed = await admin.patch(path, json={"theme": theme}, headers={"If-Match": etag})
        assert changed.status_code == 200, changed.text
        assert changed.json()["theme"] == theme

        # ... makes an API client for the municipality's own systems ...
        made = await admin.post(
            "/api/v1/api-clients",
            json={"municipality": slug, "name": "Zaaksysteem", "scopes": ["opgaven:read"]},
        )
        assert made.status_code == 201, made.text
        secret: dict[str, Any] = made.json()
        async with anonymous_client(started_app) as system:
            token = await system.post(
                "/api/v1/oauth/token",
                data={"grant_type": "client_credentials"},
                auth=(secret["clientId"], secret["clientSecret"]),
            )
            assert token.status_code == 200, token.text

        # ... and opens an opgave for ideas.
        created = await admin.post(
            "/api/v1/opgaven", json={"municipality": slug, "title": "Samen groen in Ede"}
        )
        assert created.status_code == 201, created.text
        opgave = created.json()
        published = await admin.patch(
            f"/api/v1/opgaven/{opgave['id']}",
            json={"published": True},
            headers={"If-Match": created.headers["etag"]},
        )
        assert published.status_code == 200, published.text

    # A resident registers there and submits an idea.
    async with registered(started_app, db, slug, "Sanne") as resident:
        idea = await resident.post(
            f"/api/v1/opgaven/{opgave['id']}/proposals",
            json={"title": "Een moestuin bij de school", "body": "<p>Samen tuinieren met de buurt.</p>"},
        )
        assert idea.status_code == 201, idea.text
    assert await db.fetchval("SELECT count(*) FROM proposals WHERE municipality_id = $1", row["id"]) == 1
