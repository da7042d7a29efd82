"""People, sessions and machine clients for tests, made quickly and for real.

Accounts are inserted with a password hash computed once, at the tests' cheap Argon2 cost
(``PASSWORD_COST``, which the tests' settings use too: production's is slow on purpose); signing in
goes through the real endpoint, so every client here carries a real session cookie and CSRF token.
"""

import email
import email.policy
import secrets
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any
from uuid import UUID

import httpx
from litestar import Litestar

from api.db.connection import Database
from api.domains.accounts.authentication import SESSION_COOKIE
from api.domains.accounts.passwords import hash_password
from api.lib.ids import new_id
from api.lib.mail import deliver_pending
from api.lib.tokens import hash_token
from api.settings import PasswordCost
from tests.factories import unique

PASSWORD = "Paars-Fietspad-Zomerregen-42"
# Argon2id's least: one pass over 8 KiB. The tests sign in thousands of times; at production's cost
# each sign-in takes 0.2 s of CPU.
PASSWORD_COST = PasswordCost(time_cost=1, memory_kib=8, parallelism=1)
_PASSWORD_HASH = hash_password(PASSWORD, PASSWORD_COST)
ORIGIN = "https://localhost:8000"


async def person(
    db: Database,
    *,
    municipality_id: UUID | None = None,
    role: str | None = None,
    verified: bool = True,
    display_name: str | None = None,
) -> dict[str, Any]:
    """An account (verified unless said otherwise), optionally with a role in a municipality."""
    account_id = new_id()
    email = f"{unique('persoon')}@example.org"
    await db.fetchval(
        """INSERT INTO accounts (id, email, display_name, password_hash, email_verified_at)
           VALUES ($1, $2, $3, $4, CASE WHEN $5 THEN now() END)""",
        account_id,
        email,
        display_name or unique("Deelnemer"),
        _PASSWORD_HASH,
        verified,
    )
    if municipality_id is not None and role is not None:
        await db.fetchval(
            "INSERT INTO role_assignments (id, municipality_id, account_id, role) VALUES ($1, $2, $3, $4)",
            new_id(),
            municipality_id,
            account_id,
            role,
        )
    return {"id": account_id, "email": email}


def anonymous_client(app: Litestar) -> httpx.AsyncClient:
    """A browser without a session: HTTPS so Secure cookies stick, with a same-origin Origin."""
    return httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app),
        base_url=ORIGIN,
        headers={"Origin": ORIGIN},
    )


@asynccontextmanager
async def browser(
    app: Litestar, email: str | None = None, password: str = PASSWORD
) -> AsyncIterator[httpx.AsyncClient]:
    """A browser, signed in as ``email`` when given, sending its CSRF token on every request."""
    async with anonymous_client(app) as client:
        if email is not None:
            response = await client.post("/api/v1/sessions", json={"email": email, "password": password})
            assert response.status_code == 201, response.text
            client.headers["X-CSRF-Token"] = response.json()["csrfToken"]
        yield client


@asynccontextmanager
async def session_of(app: Litestar, db: Database, account_id: UUID) -> AsyncIterator[httpx.AsyncClient]:
    """A browser with a session opened straight in the database: for tests that need a crowd,
    where a hundred password checks would only cost time. Signing in itself is tested elsewhere."""
    token, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
    await db.fetchval(
        """INSERT INTO sessions (id, account_id, token_hash, csrf_token, expires_at)
           VALUES ($1, $2, $3, $4, now() + interval '1 hour')""",
        new_id(),
        account_id,
        hash_token(token),
        csrf,
    )
    async with anonymous_client(app) as client:
        client.headers["Cookie"] = f"{SESSION_COOKIE}={token}"
        client.headers["X-CSRF-Token"] = csrf
        yield client


async def api_client(db: Database, municipality_id: UUID, scopes: list[str]) -> tuple[str, str]:
    """A machine client with ``scopes``: its client id and secret."""
    client_id = f"ssp_{secrets.token_hex(12)}"
    secret = secrets.token_urlsafe(32)
    await db.fetchval(
        """INSERT INTO api_clients (id, municipality_id, name, client_id, secret_hash, scopes)
           VALUES ($1, $2, $3, $4, $5, $6)""",
        new_id(),
        municipality_id,
        unique("Systeem"),
        client_id,
        hash_token(secret),
        scopes,
    )
    return client_id, secret


async def bearer_token(client: httpx.AsyncClient, client_id: str, secret: str, scope: str = "") -> str:
    form = {"grant_type": "client_credentials"} | ({"scope": scope} if scope else {})
    response = await client.post("/api/v1/oauth/token", data=form, auth=(client_id, secret))
    assert response.status_code == 200, response.text
    token: str = response.json()["access_token"]
    return token


async def mails_to(db: Database, app: Litestar, address: str) -> list[str]:
    """Deliver what is pending, then the mails in the mailbox for ``address``, oldest first."""
    await deliver_pending(db, app.state.mailer)
    mailbox = app.state.mailer.mailbox
    found = []
    for path in sorted(mailbox.glob("*.eml")) if mailbox.exists() else []:
        message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        if message["To"] == address:
            body = message.get_body(preferencelist=("plain",))
            found.append(f"Subject: {message['Subject']}\n\n{body.get_content() if body else ''}")
    return found


def token_in(mail: str) -> str:
    """The token after ``#token=`` in a mail's link."""
    return mail.split("#token=", 1)[1].split()[0]
