"""The permission matrix: every operation of the committed spec x every kind of caller → a status.

An operation in the spec without a case here fails the test, so a new route cannot ship without
someone deciding who may call it. Refused calls must change nothing (every table's changes are
logged by triggers, see tests/change_log.py); allowed writes must leave an audit entry carrying the
request's id.
"""

import json
import secrets
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import AsyncExitStack
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

import httpx
import pytest
from litestar import Litestar

from api.__main__ import SPEC_FILE
from api.db.connection import Database
from api.domains.budgets import ledger
from api.domains.tasks import claims as task_claims
from api.lib.ids import new_id
from api.lib.time import utcnow
from api.lib.tokens import new_token
from tests.change_log import LOG, ChangeLog
from tests.content_factories import comment, notification, proposal
from tests.factories import municipality, opgave, unique
from tests.identities import PASSWORD, anonymous_client, api_client, bearer_token, browser, person
from tests.oidc import come_back, configure, log_in_at_mock, mock_provider, set_user, start

PERSONS = (
    "inwoner",
    "other_inwoner",
    "partner_on_team",
    "partner_off_team",
    "medewerker",
    "beheerder",
    "foreign_medewerker",
    # Registered and signed in, the address never verified; a medewerker role stored in A gives nothing.
    "unverified",
    # Was medewerker of A and still the recorded procesregisseur of its opgaven (see _fresh_opgave);
    # now an inwoner, with nothing of those powers left.
    "demoted_procesregisseur",
    # Runs the platform (granted at the command line): onboards, deactivates and exports
    # municipalities, and has no role in any of them.
    "operator",
)
CLIENTS = ("client_with_scope", "client_without_scope")
# A system of municipality B with every scope: none of A's writes is its to make (see
# test_another_municipalitys_system_writes_nothing_here; it is no column of the matrix).
FOREIGN_CLIENT = "foreign_client"
# The browser of someone whom municipality B's identity provider vouches for with the address of A's
# beheerder: B's provider opens no account of A, so this browser is as anonymous as any.
FOREIGN_PROVIDER = "foreign_provider"
IDENTITIES = ("anonymous", *PERSONS, FOREIGN_PROVIDER, *CLIENTS)
NEW_PASSWORD = "Nieuw-Wachtwoord-Voor-De-Matrix-9"
# Tables whose rows legitimately change on refused calls (attempt counters, the log of attempts).
VOLATILE = {"audit_events", "rate_limit_counters", "outgoing_mails", "alembic_version"}


def expect(default: int, **by_identity: int) -> dict[str, int]:
    unknown = set(by_identity) - set(IDENTITIES)
    assert not unknown, unknown
    expected = {identity: by_identity.get(identity, default) for identity in IDENTITIES}
    # Another municipality's provider signs nobody in here: that browser gets what anonymous gets.
    expected[FOREIGN_PROVIDER] = by_identity.get(FOREIGN_PROVIDER, expected["anonymous"])
    return expected


def signed_in_only(ok: int, **by_identity: int) -> dict[str, int]:
    return expect(ok, anonymous=401, client_with_scope=403, client_without_scope=403, **by_identity)


def verified_only(ok: int, **by_identity: int) -> dict[str, int]:
    """Every signed-in person whose address is verified (the unverified one hears email_unverified)."""
    return signed_in_only(ok, unverified=403, **by_identity)


def in_the_municipalitys_name(ok: int) -> dict[str, int]:
    """Every verified person, and a system of the municipality that writes in its name."""
    return {**verified_only(ok), "client_with_scope": ok}


def only(ok: int, *allowed: str, refused: int = 403) -> dict[str, int]:
    """Allowed identities get ``ok``; anonymous 401; the rest ``refused``."""
    return expect(refused, anonymous=401 if refused == 403 else refused, **dict.fromkeys(allowed, ok))


@dataclass
class World:
    """Two municipalities, an organisation on each side of a partner, people of every kind."""

    db: Database
    app: Litestar
    a: dict[str, Any]
    b: dict[str, Any]
    people: dict[str, dict[str, Any]]
    org_x: dict[str, Any]
    changes: ChangeLog
    clients: dict[str, httpx.AsyncClient] = field(default_factory=dict)

    async def fresh_person(self, **kwargs: Any) -> dict[str, Any]:
        return await person(self.db, **kwargs)

    async def fresh_member_of_x(self) -> Any:
        someone = await self.fresh_person()
        member_id = new_id()
        await self.db.fetchval(
            "INSERT INTO organisation_members (id, municipality_id, organisation_id, account_id) VALUES ($1, $2, $3, $4)",
            member_id,
            self.a["id"],
            self.org_x["id"],
            someone["id"],
        )
        return member_id

    async def fresh_token(self, purpose: str, *, verified: bool = True) -> tuple[dict[str, Any], str]:
        someone = await self.fresh_person(verified=verified)
        token, token_hash = new_token()
        await self.db.fetchval(
            "INSERT INTO account_tokens (id, account_id, purpose, token_hash, expires_at) VALUES ($1, $2, $3, $4, $5)",
            new_id(),
            someone["id"],
            purpose,
            token_hash,
            utcnow() + timedelta(hours=1),
        )
        return someone, token

    async def etag(self, path: str) -> str:
        async with anonymous_client(self.app) as client:
            return (await client.get(path)).headers["etag"]


@dataclass
class Call:
    method: str
    path: str
    json: Any = None
    data: dict[str, str] | None = None
    headers: dict[str, str] = field(default_factory=dict)
    # A multipart upload: {field: (file name, bytes, content type)}.
    files: dict[str, tuple[str, bytes, str]] | None = None
    # For self-destructive operations: act as a fresh person with the same profile.
    fresh_session: bool = False
    # The body a machine client sends instead, where what it may do differs from a person
    # (a person asks to join a team; a system registers an organisation).
    client_json: Any = None


@dataclass
class Case:
    operation: str
    build: Callable[[World], Awaitable[Call]]
    expected: dict[str, int]
    audited: bool = True


_PLACE_ID = "adr-51d3e0b1f2a4c6e8d0b2a4c6e8f0a2b4"  # tests/places_standin.py


async def _static(call: Call) -> Call:
    return call


def static(method: str, path: str, **kwargs: Any) -> Callable[[World], Awaitable[Call]]:
    return lambda _: _static(Call(method, path, **kwargs))


async def _verify(w: World) -> Call:
    _, token = await w.fresh_token("verify_email", verified=False)
    return Call("POST", "/account-verifications", json={"token": token})


async def _register(w: World) -> Call:
    body = {
        "email": f"{unique('matrix')}@example.org",
        "password": NEW_PASSWORD,
        "displayName": "Matrix",
        "municipality": w.a["slug"],
    }
    return Call("POST", "/accounts", json=body)


async def _revoke_client(w: World) -> Call:
    row_id = new_id()
    await w.db.fetchval(
        "INSERT INTO api_clients (id, municipality_id, name, client_id, secret_hash, scopes) VALUES ($1, $2, 'x', $3, $4, $5)",
        row_id,
        w.a["id"],
        f"ssp_{secrets.token_hex(12)}",
        secrets.token_bytes(32),
        ["opgaven:read"],
    )
    return Call("DELETE", f"/api-clients/{row_id}")


async def _rotate_client(w: World) -> Call:
    revoke = await _revoke_client(w)
    return Call("POST", f"{revoke.path}/secret-rotations")


async def _policy_domain(w: World) -> str:
    slug = f"domein-{secrets.token_hex(4)}"
    await w.db.fetchval(
        "INSERT INTO policy_domains (id, municipality_id, slug, name) VALUES ($1, $2, $3, 'Domein')",
        new_id(),
        w.a["id"],
        slug,
    )
    return slug


async def _rename_domain(w: World) -> Call:
    slug = await _policy_domain(w)
    return Call("PATCH", f"/municipalities/{w.a['slug']}/domains/{slug}", json={"name": "Ander domein"})


async def _delete_domain(w: World) -> Call:
    slug = await _policy_domain(w)
    return Call("DELETE", f"/municipalities/{w.a['slug']}/domains/{slug}")


async def _update_me(w: World) -> Call:
    return Call("PATCH", "/me", json={"displayName": unique("Naam")}, headers={"If-Match": "__me__"})


async def _update_municipality(w: World) -> Call:
    etag = await w.etag(f"/api/v1/municipalities/{w.a['slug']}")
    return Call(
        "PATCH",
        f"/municipalities/{w.a['slug']}",
        json={"description": unique("Beschrijving")},
        headers={"If-Match": etag},
    )


async def _assign_role(w: World) -> Call:
    someone = await w.fresh_person()
    return Call(
        "POST",
        f"/municipalities/{w.a['slug']}/role-assignments",
        json={"email": someone["email"], "role": "medewerker"},
    )


async def _token(w: World) -> Call:
    client_id, secret = await api_client(w.db, w.a["id"], ["opgaven:read"])
    form = {"grant_type": "client_credentials", "client_id": client_id, "client_secret": secret}
    return Call("POST", "/oauth/token", data=form)


async def _remove_member(w: World) -> Call:
    return Call("DELETE", f"/organisation-members/{await w.fresh_member_of_x()}")


async def _update_member(w: World) -> Call:
    return Call("PATCH", f"/organisation-members/{await w.fresh_member_of_x()}", json={"isAdmin": False})


async def _create_organisation(w: World) -> Call:
    return Call(
        "POST",
        "/organisations",
        json={"municipality": w.a["slug"], "name": unique("Organisatie"), "kind": "entrepreneur"},
    )


async def _update_organisation(w: World) -> Call:
    etag = await w.etag(f"/api/v1/organisations/{w.org_x['id']}")
    return Call(
        "PATCH",
        f"/organisations/{w.org_x['id']}",
        json={"description": unique("Over ons")},
        headers={"If-Match": etag},
    )


async def _add_member(w: World) -> Call:
    someone = await w.fresh_person()
    return Call("POST", f"/organisations/{w.org_x['id']}/members", json={"email": someone["email"]})


async def _confirm_reset(w: World) -> Call:
    _, token = await w.fresh_token("reset_password")
    return Call("POST", "/password-reset-confirmations", json={"token": token, "password": NEW_PASSWORD})


async def _request_reset(w: World) -> Call:
    someone = await w.fresh_person()
    return Call("POST", "/password-resets", json={"email": someone["email"]})


async def _fresh_assignment(w: World) -> Any:
    someone = await w.fresh_person()
    assignment_id = new_id()
    await w.db.fetchval(
        "INSERT INTO role_assignments (id, municipality_id, account_id, role) VALUES ($1, $2, $3, 'medewerker')",
        assignment_id,
        w.a["id"],
        someone["id"],
    )
    return assignment_id


async def _remove_role(w: World) -> Call:
    return Call("DELETE", f"/role-assignments/{await _fresh_assignment(w)}")


async def _change_role(w: World) -> Call:
    return Call("PATCH", f"/role-assignments/{await _fresh_assignment(w)}", json={"role": "partner"})


async def _sign_in(w: World) -> Call:
    someone = await w.fresh_person()
    return Call("POST", "/sessions", json={"email": someone["email"], "password": PASSWORD})


async def _resend(w: World) -> Call:
    someone = await w.fresh_person(verified=False)
    return Call("POST", "/verification-emails", json={"email": someone["email"]})


PROVIDER = {
    "issuer": "https://login.gemeente.example/realms/medewerkers",
    "clientId": "samenspel",
    "clientSecret": "geheim-" + "x" * 24,
}


async def _provider_etag(w: World) -> str:
    """The identity provider of A exists (a previous case may have removed it); its ETag."""
    admin = w.clients["beheerder"]
    path = f"/api/v1/municipalities/{w.a['slug']}/identity-provider"
    current = await admin.get(path)
    if current.status_code == 404:
        current = await admin.put(path, json=PROVIDER)
        assert current.status_code == 201, current.text
    return current.headers["etag"]


async def _get_provider(w: World) -> Call:
    await _provider_etag(w)
    return Call("GET", f"/municipalities/{w.a['slug']}/identity-provider")


async def _set_provider(w: World) -> Call:
    etag = await _provider_etag(w)
    return Call(
        "PUT",
        f"/municipalities/{w.a['slug']}/identity-provider",
        json=PROVIDER | {"label": unique("Knop")},
        headers={"If-Match": etag},
    )


async def _remove_provider(w: World) -> Call:
    etag = await _provider_etag(w)
    return Call("DELETE", f"/municipalities/{w.a['slug']}/identity-provider", headers={"If-Match": etag})


BROKER = PROVIDER | {"issuer": "https://digid-broker.gemeente.example"}


async def _broker_etag(w: World) -> str:
    """The residents' broker of A exists (a previous case may have removed it); its ETag."""
    admin = w.clients["beheerder"]
    path = f"/api/v1/municipalities/{w.a['slug']}/resident-broker"
    current = await admin.get(path)
    if current.status_code == 404:
        current = await admin.put(path, json=BROKER)
        assert current.status_code == 201, current.text
    return current.headers["etag"]


async def _broker_call(w: World, method: str) -> Call:
    etag = await _broker_etag(w)
    path = f"/municipalities/{w.a['slug']}/resident-broker"
    if method == "PUT":
        return Call("PUT", path, json=BROKER | {"label": unique("Knop")}, headers={"If-Match": etag})
    return Call(method, path, headers={"If-Match": etag} if method == "DELETE" else {})


async def _fresh_opgave(w: World, *, run_by_medewerker: bool = False) -> Any:
    """A published opgave of A. Its recorded procesregisseur is the world's medewerker, or (by
    default) the demoted one: a procesregisseur whose staff role is gone, and with it every power
    and place the opgave gave them; no other caller is on its team yet."""
    regisseur = w.people["medewerker" if run_by_medewerker else "demoted_procesregisseur"]
    found = await opgave(w.db, w.a["id"], regisseur["id"])
    return found["id"]


async def _opgave_call(w: World, method: str, suffix: str = "", **kwargs: Any) -> Call:
    return Call(method, f"/opgaven/{await _fresh_opgave(w)}{suffix}", **kwargs)


async def _transition(w: World) -> Call:
    # Run by the demoted procesregisseur: only a beheerder may move it now.
    opgave_id = await _fresh_opgave(w)
    return Call("POST", f"/opgaven/{opgave_id}/phase-transitions", json={"toPhase": "formulating"})


async def _update_opgave(w: World) -> Call:
    opgave_id = await _fresh_opgave(w)
    etag = await w.etag(f"/api/v1/opgaven/{opgave_id}")
    return Call(
        "PATCH", f"/opgaven/{opgave_id}", json={"summary": unique("Samenvatting")}, headers={"If-Match": etag}
    )


async def _fresh_formulation(w: World) -> Any:
    opgave_id = await _fresh_opgave(w)
    formulation_id = new_id()
    await w.db.fetchval(
        "INSERT INTO formulations (id, municipality_id, opgave_id, text, proposed_by_id) VALUES ($1, $2, $3, 'Een formulering', $4)",
        formulation_id,
        w.a["id"],
        opgave_id,
        w.people["inwoner"]["id"],
    )
    return formulation_id


async def _fresh_line(w: World) -> Any:
    opgave_id = await _fresh_opgave(w)
    line_id = new_id()
    await w.db.fetchval(
        "INSERT INTO action_lines (id, municipality_id, opgave_id, position, title) VALUES ($1, $2, $3, 1, 'Lijn')",
        line_id,
        w.a["id"],
        opgave_id,
    )
    return line_id


async def _fresh_team_request(w: World) -> Any:
    opgave_id = await _fresh_opgave(w)
    someone = await w.fresh_person()
    member_id = new_id()
    await w.db.fetchval(
        """INSERT INTO opgave_members (id, municipality_id, opgave_id, account_id, role, status)
           VALUES ($1, $2, $3, $4, 'resident', 'requested')""",
        member_id,
        w.a["id"],
        opgave_id,
        someone["id"],
    )
    return member_id


async def _with_id(
    w: World, make: Callable[[World], Awaitable[Any]], method: str, path: str, **kwargs: Any
) -> Call:
    return Call(method, path.format(await make(w)), **kwargs)


_RECEIVER: list[Any] = []


def _receiver_url() -> str:
    """A real receiver on loopback for the webhook handshake, running until the process ends."""
    if not _RECEIVER:
        from tests.integration.events.receiver import receiving

        context = receiving()
        _RECEIVER.append((context, context.__enter__()))
    return str(_RECEIVER[0][1].url)


_STRAY_HOOK = "http://127.0.0.1:9/hook"  # the discard port: nothing listens


async def _fresh_subscription(w: World) -> Any:
    row_id = new_id()
    await w.db.fetchval(
        """INSERT INTO webhook_subscriptions (id, municipality_id, url, secret_sealed, owner_account_id, status)
           VALUES ($1, $2, $4, '\\x00', $3, 'active')""",
        row_id,
        w.a["id"],
        w.people["beheerder"]["id"],
        _STRAY_HOOK,
    )
    return row_id


async def _fresh_delivery(w: World) -> Any:
    subscription_id = await _fresh_subscription(w)
    event_id, row_id = new_id(), new_id()
    await w.db.fetchval(
        """INSERT INTO events (id, municipality_id, tx, type, subject, object_type, object_id)
           VALUES ($1, $2, 0, 'nl.samenspel.opgave.published', '/api/v1/opgaven/x', 'opgave', $1)""",
        event_id,
        w.a["id"],
    )
    await w.db.fetchval(
        """INSERT INTO webhook_deliveries (id, municipality_id, subscription_id, event_id, status)
           VALUES ($1, $2, $3, $4, 'failed')""",
        row_id,
        w.a["id"],
        subscription_id,
        event_id,
    )
    return row_id


def _webhook_cases() -> list[Case]:
    managers = expect(404, beheerder=200, client_with_scope=200)
    return [
        Case(
            "ListWebhookSubscriptions",
            lambda w: _static(Call("GET", f"/webhook-subscriptions?municipality={w.a['slug']}")),
            only(200, "beheerder", "client_with_scope"),
            False,
        ),
        Case(
            "CreateWebhookSubscription",
            lambda w: _static(
                Call(
                    "POST",
                    "/webhook-subscriptions",
                    json={"municipality": w.a["slug"], "url": _receiver_url()},
                )
            ),
            only(201, "beheerder", "client_with_scope"),
        ),
        Case(
            "GetWebhookSubscription",
            lambda w: _with_id(w, _fresh_subscription, "GET", "/webhook-subscriptions/{}"),
            managers,
            False,
        ),
        Case(
            "UpdateWebhookSubscription",
            lambda w: _with_id(
                w,
                _fresh_subscription,
                "PATCH",
                "/webhook-subscriptions/{}",
                json={"description": "Zaaksysteem"},
                headers={"If-Match": '"1"'},
            ),
            managers,
        ),
        Case(
            "DeleteWebhookSubscription",
            lambda w: _with_id(
                w, _fresh_subscription, "DELETE", "/webhook-subscriptions/{}", headers={"If-Match": '"1"'}
            ),
            expect(404, beheerder=204, client_with_scope=204),
        ),
        Case(
            "ListWebhookDeliveries",
            lambda w: _with_id(w, _fresh_subscription, "GET", "/webhook-subscriptions/{}/deliveries"),
            managers,
            False,
        ),
        Case(
            "RetryWebhookDelivery",
            lambda w: _with_id(w, _fresh_delivery, "POST", "/webhook-deliveries/{}/retries"),
            expect(404, beheerder=201, client_with_scope=201),
        ),
    ]


async def _fresh_proposal(w: World) -> Any:
    """A submitted idea by the world's inwoner on a fresh published opgave of A."""
    opgave_id = await _fresh_opgave(w)
    proposal_id = new_id()
    await w.db.fetchval(
        """INSERT INTO proposals (id, municipality_id, opgave_id, title, body, body_text, author_id)
           VALUES ($1, $2, $3, 'Een moestuin', '<p>Samen tuinieren.</p>', 'Samen tuinieren.', $4)""",
        proposal_id,
        w.a["id"],
        opgave_id,
        w.people["inwoner"]["id"],
    )
    return proposal_id


async def _fresh_comment(w: World) -> Any:
    """A comment by the world's inwoner, just posted, on a fresh published opgave of A."""
    opgave_id = await _fresh_opgave(w)
    comment_id = new_id()
    await w.db.fetchval(
        "INSERT INTO comments (id, municipality_id, opgave_id, author_id, body) VALUES ($1, $2, $3, $4, 'Mooi plan')",
        comment_id,
        w.a["id"],
        opgave_id,
        w.people["inwoner"]["id"],
    )
    return comment_id


async def _team_opgave(w: World, *, run_by_medewerker: bool = False) -> Any:
    """A fresh published opgave of A with organisation X (of partner_on_team) active on its team."""
    opgave_id = await _fresh_opgave(w, run_by_medewerker=run_by_medewerker)
    await w.db.fetchval(
        """INSERT INTO opgave_members (id, municipality_id, opgave_id, organisation_id, role, partner_role, status)
           VALUES ($1, $2, $3, $4, 'partner', 'contributor', 'active')""",
        new_id(),
        w.a["id"],
        opgave_id,
        w.org_x["id"],
    )
    return opgave_id


async def _fresh_task(w: World) -> Any:
    task_id = new_id()
    await w.db.fetchval(
        "INSERT INTO tasks (id, municipality_id, opgave_id, title) VALUES ($1, $2, $3, 'Werkgevers bellen')",
        task_id,
        w.a["id"],
        await _team_opgave(w),
    )
    return task_id


async def _fresh_claim(w: World) -> Any:
    """Organisation X's claim on a fresh task."""
    task_id = await _fresh_task(w)
    async with w.db.transaction() as connection:
        place = await task_claims.claim(
            connection,
            municipality_id=w.a["id"],
            task_id=task_id,
            organisation_id=w.org_x["id"],
            account_id=w.people["partner_on_team"]["id"],
            commitment="Wij bellen.",
        )
    return place.claim_id


async def _fresh_budget(w: World) -> Any:
    """A budget on a team opgave with a municipal contribution of € 10.000."""
    budget_id, contribution_id = new_id(), new_id()
    async with w.db.transaction() as connection:
        await connection.execute(
            "INSERT INTO budgets (id, municipality_id, opgave_id, title) VALUES ($1, $2, $3, 'Werkbudget')",
            budget_id,
            w.a["id"],
            await _team_opgave(w),
        )
        await connection.execute(
            "INSERT INTO budget_contributions (id, municipality_id, budget_id, amount_cents) VALUES ($1, $2, $3, 1000000)",
            contribution_id,
            w.a["id"],
            budget_id,
        )
        await ledger.confirm(
            connection, contribution_id=contribution_id, actor_id=None, party=ledger.Party("Gemeente", None)
        )
    return budget_id


async def _fresh_budget_claim(w: World) -> Any:
    """Organisation X's open request of € 1.000 on a fresh budget."""
    budget_id, claim_id = await _fresh_budget(w), new_id()
    async with w.db.transaction() as connection:
        await connection.execute(
            """INSERT INTO budget_claims (id, municipality_id, budget_id, organisation_id, amount_cents, motivation)
               VALUES ($1, $2, $3, $4, 100000, 'Twee jobcoaches')""",
            claim_id,
            w.a["id"],
            budget_id,
            w.org_x["id"],
        )
        await ledger.request(connection, budget_id=budget_id, amount=100_000)
    return claim_id


async def _fresh_pledge(w: World) -> Any:
    """Organisation X's pledge of € 500 on a fresh budget, waiting for staff."""
    budget_id, contribution_id = await _fresh_budget(w), new_id()
    await w.db.fetchval(
        """INSERT INTO budget_contributions (id, municipality_id, budget_id, organisation_id, amount_cents)
           VALUES ($1, $2, $3, $4, 50000)""",
        contribution_id,
        w.a["id"],
        budget_id,
        w.org_x["id"],
    )
    return contribution_id


async def _confirmed_contribution(w: World) -> Any:
    """The municipality's confirmed € 10.000 on a fresh budget."""
    budget_id = await _fresh_budget(w)
    return await w.db.fetchval("SELECT id FROM budget_contributions WHERE budget_id = $1", budget_id)


async def _update_budget(w: World) -> Call:
    budget_id = await _fresh_budget(w)
    etag = await w.etag(f"/api/v1/budgets/{budget_id}")
    return Call("PATCH", f"/budgets/{budget_id}", json={"title": "Nieuwe naam"}, headers={"If-Match": etag})


def _cocreation_cases() -> list[Case]:
    staff_only = ("medewerker", "beheerder")
    claimant = ("partner_on_team", "medewerker", "beheerder")
    return [
        Case("ListTasks", lambda w: _opgave_call(w, "GET", "/tasks"), expect(200), False),
        Case(
            "CreateTask",
            lambda w: _opgave_call(w, "POST", "/tasks", json={"title": "Werkgevers bellen", "capacity": 2}),
            only(201, *staff_only, "client_with_scope"),
        ),
        Case("GetTask", lambda w: _with_id(w, _fresh_task, "GET", "/tasks/{}"), expect(200), False),
        Case(
            "UpdateTask",
            lambda w: _with_id(
                w, _fresh_task, "PATCH", "/tasks/{}", json={"effortHours": 8}, headers={"If-Match": '"1"'}
            ),
            only(200, *staff_only, "client_with_scope"),
        ),
        Case(
            "ClaimTask",
            lambda w: _with_id(
                w, _fresh_task, "POST", "/tasks/{}/claims", json={"organisationId": str(w.org_x["id"])}
            ),
            only(201, "partner_on_team"),
        ),
        Case("GetClaim", lambda w: _with_id(w, _fresh_claim, "GET", "/claims/{}"), expect(200), False),
        Case(
            "UpdateClaim",
            lambda w: _with_id(
                w, _fresh_claim, "PATCH", "/claims/{}", json={"commitment": "Wij bellen er twintig."}
            ),
            only(200, *claimant),
        ),
        Case(
            "ReleaseClaim", lambda w: _with_id(w, _fresh_claim, "DELETE", "/claims/{}"), only(204, *claimant)
        ),
        Case(
            "ListProgressUpdates",
            lambda w: _with_id(w, _fresh_claim, "GET", "/claims/{}/progress-updates"),
            expect(200),
            False,
        ),
        Case(
            "ReportProgress",
            lambda w: _with_id(
                w,
                _fresh_claim,
                "POST",
                "/claims/{}/progress-updates",
                json={"text": "Tien gebeld.", "percent": 50},
            ),
            only(201, "partner_on_team"),
        ),
        Case(
            "ListOrganisationClaims",
            lambda w: _static(Call("GET", f"/organisations/{w.org_x['id']}/task-claims")),
            only(200, *claimant),
            False,
        ),
        Case(
            "ListTaskComments",
            lambda w: _with_id(w, _fresh_task, "GET", "/tasks/{}/comments"),
            expect(200),
            False,
        ),
        Case(
            "CommentOnTask",
            lambda w: _with_id(w, _fresh_task, "POST", "/tasks/{}/comments", json={"body": "Ik help mee."}),
            in_the_municipalitys_name(201),
        ),
        Case("ListBudgets", lambda w: _opgave_call(w, "GET", "/budgets"), expect(200), False),
        Case(
            "CreateBudget",
            lambda w: _opgave_call(w, "POST", "/budgets", json={"title": "Werkbudget"}),
            only(201, *staff_only, "client_with_scope"),
        ),
        Case("GetBudget", lambda w: _with_id(w, _fresh_budget, "GET", "/budgets/{}"), expect(200), False),
        Case("UpdateBudget", _update_budget, only(200, *staff_only, "client_with_scope")),
        Case(
            "ListContributions",
            lambda w: _with_id(w, _fresh_budget, "GET", "/budgets/{}/contributions"),
            expect(200),
            False,
        ),
        # A partner may pledge its organisation's money, never the municipality's (which this call is).
        Case(
            "Contribute",
            lambda w: _with_id(
                w, _fresh_budget, "POST", "/budgets/{}/contributions", json={"amountCents": 50000}
            ),
            only(201, *staff_only, "client_with_scope"),
        ),
        Case(
            "ListBudgetClaims",
            lambda w: _with_id(w, _fresh_budget, "GET", "/budgets/{}/claims"),
            expect(200),
            False,
        ),
        Case(
            "RequestBudget",
            lambda w: _with_id(
                w,
                _fresh_budget,
                "POST",
                "/budgets/{}/claims",
                json={
                    "organisationId": str(w.org_x["id"]),
                    "amountCents": 50000,
                    "motivation": "Een jobcoach.",
                },
            ),
            only(201, "partner_on_team"),
        ),
        Case(
            "GetLedger", lambda w: _with_id(w, _fresh_budget, "GET", "/budgets/{}/ledger"), expect(200), False
        ),
        Case(
            "GetBudgetClaim",
            lambda w: _with_id(w, _fresh_budget_claim, "GET", "/budget-claims/{}"),
            expect(200),
            False,
        ),
        Case(
            "DecideBudgetClaim",
            lambda w: _with_id(
                w,
                _fresh_budget_claim,
                "POST",
                "/budget-claims/{}/decisions",
                json={"decision": "grant", "legalBasis": "Subsidieregeling 2027"},
            ),
            only(200, *staff_only, "client_with_scope"),
        ),
        # A partner's pledge counts once staff of the municipality confirm it; only they correct money.
        Case(
            "DecideContribution",
            lambda w: _with_id(
                w, _fresh_pledge, "POST", "/contributions/{}/decisions", json={"decision": "confirm"}
            ),
            only(200, *staff_only, "client_with_scope"),
        ),
        Case(
            "CorrectContribution",
            lambda w: _with_id(
                w,
                _confirmed_contribution,
                "POST",
                "/contributions/{}/corrections",
                json={"amountCents": 900000, "reason": "Het raadsbesluit noemt € 9.000."},
            ),
            only(200, *staff_only, "client_with_scope"),
        ),
        Case(
            "ListOrganisationBudgetClaims",
            lambda w: _static(Call("GET", f"/organisations/{w.org_x['id']}/budget-claims")),
            only(200, *claimant),
            False,
        ),
    ]


async def _fresh_ballot(w: World, *, tallied: bool = False, eligibility: str = "verified") -> Any:
    """An open ballot of € 5.000 on a fresh budget, over one idea of € 2.000 (which the inwoner chose);
    ``tallied``: counted, the idea chosen and its grant waiting for staff."""
    budget_id = await _fresh_budget(w)
    opgave_id = await w.db.fetchval("SELECT opgave_id FROM budgets WHERE id = $1", budget_id)
    idea = await proposal(
        w.db, {"id": opgave_id, "municipality_id": w.a["id"]}, w.people["other_inwoner"]["id"]
    )
    ballot_id, option_id = new_id(), new_id()
    async with w.db.transaction() as connection:
        await connection.execute(
            """INSERT INTO ballots (id, municipality_id, budget_id, opgave_id, title, method, amount_cents, opens_at,
                                   closes_at, status, tallied_at, voter_count, eligibility)
               VALUES ($1, $2, $3, $4, 'Buurtbudget', 'knapsack', 500000, now() - interval '1 hour',
                       now() + interval '1 day', $5, CASE WHEN $6 THEN now() END, CASE WHEN $6 THEN 1 END, $7)""",
            ballot_id,
            w.a["id"],
            budget_id,
            opgave_id,
            "tallied" if tallied else "open",
            tallied,
            eligibility,
        )
        await connection.execute(
            """INSERT INTO ballot_options (id, municipality_id, ballot_id, proposal_id, cost_cents, position, submitted_at,
                                          votes, rank, funded, award)
               VALUES ($1, $2, $3, $4, 200000, 1, now(), CASE WHEN $5 THEN 1 END, CASE WHEN $5 THEN 1 END, $5,
                       CASE WHEN $5 THEN 'pending' ELSE 'none' END)""",
            option_id,
            w.a["id"],
            ballot_id,
            idea["id"],
            tallied,
        )
        await connection.execute(
            """INSERT INTO ballot_votes (id, municipality_id, ballot_id, account_id, choices)
               VALUES ($1, $2, $3, $4, ARRAY[$5::uuid])""",
            new_id(),
            w.a["id"],
            ballot_id,
            w.people["inwoner"]["id"],
            option_id,
        )
        if tallied:
            await ledger.request(connection, budget_id=budget_id, amount=200_000)
    return ballot_id


async def _fresh_award(w: World) -> Any:
    ballot_id = await _fresh_ballot(w, tallied=True)
    return await w.db.fetchval("SELECT id FROM ballot_options WHERE ballot_id = $1", ballot_id)


async def _open_ballot(w: World) -> Call:
    budget_id = await _fresh_budget(w)
    opgave_id = await w.db.fetchval("SELECT opgave_id FROM budgets WHERE id = $1", budget_id)
    idea = await proposal(
        w.db, {"id": opgave_id, "municipality_id": w.a["id"]}, w.people["other_inwoner"]["id"]
    )
    now = utcnow()
    body = {
        "title": "Buurtbudget",
        "method": "approval",
        "maxChoices": 1,
        "amountCents": 100000,
        "opensAt": now.isoformat(),
        "closesAt": (now + timedelta(days=7)).isoformat(),
        "options": [{"proposalId": str(idea["id"]), "costCents": 50000}],
    }
    return Call("POST", f"/budgets/{budget_id}/ballots", json=body)


async def _cast_vote(w: World) -> Call:
    ballot_id = await _fresh_ballot(w)
    option_id = await w.db.fetchval("SELECT id FROM ballot_options WHERE ballot_id = $1", ballot_id)
    return Call("PUT", f"/ballots/{ballot_id}/votes/mine", json={"choices": [str(option_id)]})


async def _update_ballot(w: World) -> Call:
    ballot_id = await _fresh_ballot(w)
    etag = await w.etag(f"/api/v1/ballots/{ballot_id}")
    return Call("PATCH", f"/ballots/{ballot_id}", json={"title": "Nieuwe naam"}, headers={"If-Match": etag})


async def _fresh_round(w: World, *, consented: bool = False) -> tuple[Any, Any]:
    """A round on a fresh budget of a team opgave (organisation X on the team), with a proposal of
    € 1.000 for X; ``consented``: X agreed to it, so it can be finalised. Returns (round, proposal)."""
    budget_id = await _fresh_budget(w)
    opgave_id = await w.db.fetchval("SELECT opgave_id FROM budgets WHERE id = $1", budget_id)
    round_id, proposal_id = new_id(), new_id()
    async with w.db.transaction() as connection:
        await connection.execute(
            """INSERT INTO budget_rounds (id, municipality_id, budget_id, opgave_id, title, respond_by)
               VALUES ($1, $2, $3, $4, 'Samen verdelen', now() + interval '7 days')""",
            round_id,
            w.a["id"],
            budget_id,
            opgave_id,
        )
        await connection.execute(
            """INSERT INTO division_proposals (id, municipality_id, round_id, number, total_cents)
               VALUES ($1, $2, $3, 1, 100000)""",
            proposal_id,
            w.a["id"],
            round_id,
        )
        await connection.execute(
            """INSERT INTO division_lines (id, municipality_id, proposal_id, position, organisation_id, amount_cents, purpose)
               VALUES ($1, $2, $3, 1, $4, 100000, 'Jobcoaches')""",
            new_id(),
            w.a["id"],
            proposal_id,
            w.org_x["id"],
        )
        if consented:
            await connection.execute(
                """INSERT INTO division_responses (id, municipality_id, proposal_id, organisation_id, position)
                   VALUES ($1, $2, $3, $4, 'consent')""",
                new_id(),
                w.a["id"],
                proposal_id,
                w.org_x["id"],
            )
    return round_id, proposal_id


async def _propose_division(w: World) -> Call:
    round_id, _ = await _fresh_round(w)
    line = {"organisationId": str(w.org_x["id"]), "amountCents": 50000, "purpose": "Een jobcoach"}
    return Call("POST", f"/budget-rounds/{round_id}/proposals", json={"lines": [line]})


async def _respond_to_division(w: World) -> Call:
    _, proposal_id = await _fresh_round(w)
    body = {"organisationId": str(w.org_x["id"]), "position": "consent"}
    return Call("POST", f"/division-proposals/{proposal_id}/responses", json=body)


async def _finalise_round(w: World) -> Call:
    round_id, proposal_id = await _fresh_round(w, consented=True)
    body = {"proposalId": str(proposal_id), "legalBasis": "Subsidieregeling 2027"}
    return Call("POST", f"/budget-rounds/{round_id}/finalisations", json=body)


def _division_cases() -> list[Case]:
    # Staff (and the municipality's systems with budgets:write) run a round; only a member of an
    # organisation on the team answers for it (not partner_off_team, whose organisation is not on
    # it, not a resident, not another municipality's people); everyone reads every step.
    runs = ("medewerker", "beheerder", "client_with_scope")
    return [
        Case(
            "ListBudgetRounds",
            lambda w: _with_id(w, _fresh_budget, "GET", "/budgets/{}/rounds"),
            expect(200),
            False,
        ),
        Case(
            "OpenBudgetRound",
            lambda w: _with_id(
                w,
                _fresh_budget,
                "POST",
                "/budgets/{}/rounds",
                json={"title": "Samen verdelen", "respondBy": (utcnow() + timedelta(days=7)).isoformat()},
            ),
            only(201, *runs),
        ),
        Case(
            "GetBudgetRound",
            lambda w: _with_id(w, lambda w: _first(_fresh_round(w)), "GET", "/budget-rounds/{}"),
            expect(200),
            False,
        ),
        Case("ProposeDivision", _propose_division, only(201, *runs)),
        Case("RespondToDivision", _respond_to_division, only(200, "partner_on_team")),
        Case("FinaliseBudgetRound", _finalise_round, only(200, *runs)),
    ]


async def _first(pair: Awaitable[tuple[Any, Any]]) -> Any:
    return (await pair)[0]


def _ballot_cases() -> list[Case]:
    staff_only = ("medewerker", "beheerder")
    return [
        Case(
            "ListBallots",
            lambda w: _with_id(w, _fresh_budget, "GET", "/budgets/{}/ballots"),
            expect(200),
            False,
        ),
        Case("OpenBallot", _open_ballot, only(201, *staff_only)),
        Case(
            "GetPostcodeRanges",
            lambda w: _static(Call("GET", f"/municipalities/{w.a['slug']}/postcode-ranges")),
            expect(200),
            False,
        ),
        # Only A's beheerder says where A's residents live (not staff, not another municipality's).
        Case(
            "SetPostcodeRanges",
            lambda w: _static(
                Call(
                    "PUT",
                    f"/municipalities/{w.a['slug']}/postcode-ranges",
                    json={"ranges": [{"first": 3500, "last": 3585}]},
                )
            ),
            only(200, "beheerder"),
        ),
        Case("GetBallot", lambda w: _with_id(w, _fresh_ballot, "GET", "/ballots/{}"), expect(200), False),
        Case("UpdateBallot", _update_ballot, only(200, *staff_only)),
        # Any verified account votes (the municipality chooses no narrower eligibility here), also
        # staff of another municipality; a machine client never does.
        Case("CastVote", _cast_vote, verified_only(200)),
        # Only the voter sees their own vote: everyone else hears there is none.
        Case(
            "GetMyVote",
            lambda w: _with_id(w, _fresh_ballot, "GET", "/ballots/{}/votes/mine"),
            signed_in_only(404, inwoner=200),
            False,
        ),
        Case(
            "TallyBallot",
            lambda w: _with_id(w, _fresh_ballot, "POST", "/ballots/{}/tallies"),
            only(200, *staff_only),
        ),
        Case(
            "GetBallotResults",
            lambda w: _with_id(w, lambda x: _fresh_ballot(x, tallied=True), "GET", "/ballots/{}/results"),
            expect(200),
            False,
        ),
        Case(
            "DecideBallotAward",
            lambda w: _with_id(
                w,
                _fresh_award,
                "POST",
                "/ballot-options/{}/decisions",
                json={"decision": "grant", "legalBasis": "Verordening buurtbudgetten"},
            ),
            only(204, *staff_only),
        ),
    ]


async def _fresh_reflection(w: World) -> Any:
    """An open reflection moment on a team opgave whose procesregisseur was demoted."""
    opgave_id = await _team_opgave(w)
    moment_id = new_id()
    await w.db.fetchval(
        """INSERT INTO reflection_moments (id, municipality_id, opgave_id, title, held_on, phase, prompts)
           VALUES ($1, $2, $3, 'Terugblik', '2027-01-15', 'exploring', ARRAY['Wat ging goed?'])""",
        moment_id,
        w.a["id"],
        opgave_id,
    )
    return moment_id


async def _fresh_indicator(w: World) -> Any:
    indicator_id = new_id()
    await w.db.fetchval(
        """INSERT INTO indicators (id, municipality_id, opgave_id, name, kind, unit, direction, baseline_value,
                                   baseline_date, target_value, target_date)
           VALUES ($1, $2, $3, 'Bewegingen naar werk', 'effect', 'personen', 'higher', 40, '2026-01-01', 80, '2027-12-31')""",
        indicator_id,
        w.a["id"],
        await _fresh_opgave(w),
    )
    return indicator_id


async def _fresh_measurement(w: World) -> Any:
    measurement_id = new_id()
    await w.db.fetchval(
        "INSERT INTO measurements (id, municipality_id, indicator_id, value, measured_on) VALUES ($1, $2, $3, 50, '2026-06-30')",
        measurement_id,
        w.a["id"],
        await _fresh_indicator(w),
    )
    return measurement_id


_MATRIX_PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"


async def _fresh_idea(w: World) -> Any:
    """An idea by the world's inwoner on a published opgave of A."""
    opgave_id = await _fresh_opgave(w)
    row = await proposal(w.db, {"id": opgave_id, "municipality_id": w.a["id"]}, w.people["inwoner"]["id"])
    return row["id"]


async def _fresh_attachment(w: World) -> Any:
    """A PDF the inwoner attached to their idea, in the app's object store."""
    idea_id = await _fresh_idea(w)
    opgave_id = await w.db.fetchval("SELECT opgave_id FROM proposals WHERE id = $1", idea_id)
    attachment_id = new_id()
    key = f"{w.a['id']}/{attachment_id}"
    await w.app.state.objects.put(f"{key}/original", _MATRIX_PDF)
    await w.db.fetchval(
        """INSERT INTO attachments (id, municipality_id, opgave_id, subject_type, proposal_id, kind, media_type,
                                    file_name, size_bytes, storage_key, uploaded_by_id)
           VALUES ($1, $2, $3, 'proposal', $4, 'document', 'application/pdf', 'plan.pdf', $5, $6, $7)""",
        attachment_id,
        w.a["id"],
        opgave_id,
        idea_id,
        len(_MATRIX_PDF),
        key,
        w.people["inwoner"]["id"],
    )
    return attachment_id


async def _add_attachment(w: World) -> Call:
    return Call(
        "POST",
        f"/attachments?subjectType=proposal&subjectId={await _fresh_idea(w)}",
        files={"file": ("plan.pdf", _MATRIX_PDF, "application/pdf")},
        # A fixed boundary: a retry (tests/contract/test_idempotent_posts.py) sends the same body.
        headers={"Content-Type": "multipart/form-data; boundary=samenspel-matrix"},
    )


def _attachment_cases() -> list[Case]:
    # Files are read as their thing is (a published idea: by anyone); added by its author and staff.
    return [
        Case(
            "ListAttachments",
            lambda w: _with_id(w, _fresh_idea, "GET", "/attachments?subjectType=proposal&subjectId={}"),
            expect(200),
            False,
        ),
        Case("AddAttachment", _add_attachment, only(201, "inwoner", "medewerker", "beheerder")),
        Case(
            "GetAttachment",
            lambda w: _with_id(w, _fresh_attachment, "GET", "/attachments/{}"),
            expect(200),
            False,
        ),
        Case(
            "GetAttachmentContent",
            lambda w: _with_id(w, _fresh_attachment, "GET", "/attachments/{}/content"),
            expect(200),
            False,
        ),
        Case(
            "RemoveAttachment",
            lambda w: _with_id(w, _fresh_attachment, "DELETE", "/attachments/{}"),
            only(204, "inwoner", "medewerker", "beheerder"),
        ),
    ]


_MEETING = {
    "kind": "work_session",
    "title": "Werksessie",
    "startsAt": "2030-03-01T18:00:00Z",
    "endsAt": "2030-03-01T20:00:00Z",
    "location": "Gemeentehuis",
    "capacity": 30,
}


async def _fresh_meeting(w: World) -> Any:
    """A planned meeting of a published opgave of A, far enough ahead to register for."""
    meeting_id = new_id()
    await w.db.fetchval(
        """INSERT INTO meetings (id, municipality_id, opgave_id, kind, title, starts_at, ends_at, location, capacity)
           VALUES ($1, $2, $3, 'work_session', 'Werksessie', '2030-03-01T18:00:00Z', '2030-03-01T20:00:00Z', 'Zaal', 30)""",
        meeting_id,
        w.a["id"],
        await _fresh_opgave(w),
    )
    return meeting_id


async def _fresh_registration(w: World) -> Any:
    """The world's inwoner has a place at a fresh meeting."""
    meeting_id = await _fresh_meeting(w)
    registration_id = new_id()
    await w.db.fetchval(
        """INSERT INTO meeting_registrations (id, municipality_id, meeting_id, account_id, status)
           VALUES ($1, $2, $3, $4, 'registered')""",
        registration_id,
        w.a["id"],
        meeting_id,
        w.people["inwoner"]["id"],
    )
    await w.db.fetchval("UPDATE meetings SET registered_count = 1 WHERE id = $1", meeting_id)
    return registration_id


def _meeting_cases() -> list[Case]:
    planners = ("medewerker", "beheerder", "client_with_scope")
    return [
        Case("ListMeetings", lambda w: _opgave_call(w, "GET", "/meetings"), expect(200), False),
        Case(
            "PlanMeeting", lambda w: _opgave_call(w, "POST", "/meetings", json=_MEETING), only(201, *planners)
        ),
        Case("GetOpgaveCalendar", lambda w: _opgave_call(w, "GET", "/calendar"), expect(200), False),
        Case("GetMeeting", lambda w: _with_id(w, _fresh_meeting, "GET", "/meetings/{}"), expect(200), False),
        Case(
            "UpdateMeeting",
            lambda w: _with_id(
                w, _fresh_meeting, "PATCH", "/meetings/{}", json={"capacity": 40}, headers={"If-Match": '"1"'}
            ),
            only(200, *planners),
        ),
        Case(
            "GetMeetingCalendar",
            lambda w: _with_id(w, _fresh_meeting, "GET", "/meetings/{}/calendar"),
            expect(200),
            False,
        ),
        # Anyone with a confirmed address, of any municipality, registers for a published opgave's meeting.
        Case(
            "RegisterForMeeting",
            lambda w: _with_id(w, _fresh_meeting, "POST", "/meetings/{}/registrations"),
            verified_only(201),
        ),
        Case(
            "CancelRegistration",
            lambda w: _with_id(w, _fresh_registration, "DELETE", "/registrations/{}"),
            only(204, "inwoner", "medewerker", "beheerder"),
        ),
    ]


async def _fresh_poll(w: World, *, status: str = "open") -> Any:
    """A named poll of a published opgave of A with one choice and one open question; closed, it
    holds an open answer of the world's other inwoner."""
    opgave_id = await _fresh_opgave(w)
    poll_id, choice_id, open_id = new_id(), new_id(), new_id()
    async with w.db.transaction() as connection:
        await connection.execute(
            """INSERT INTO polls (id, municipality_id, opgave_id, title, status, opened_at, closed_at)
               VALUES ($1, $2, $3, 'Peiling', $4::text, CASE WHEN $4::text <> 'draft' THEN now() END,
                       CASE WHEN $4::text = 'closed' THEN now() END)""",
            poll_id,
            w.a["id"],
            opgave_id,
            status,
        )
        await connection.execute(
            """INSERT INTO poll_questions (id, municipality_id, poll_id, position, kind, text, options, required)
               VALUES ($1, $2, $3, 1, 'single_choice', 'Komt u?', ARRAY['Ja', 'Nee'], true),
                      ($4, $2, $3, 2, 'open_text', 'Wat kan beter?', '{}', false)""",
            choice_id,
            w.a["id"],
            poll_id,
            open_id,
        )
        if status == "closed":
            response_id = await connection.fetchval(
                """INSERT INTO poll_responses (id, municipality_id, poll_id, account_id)
                   VALUES (gen_random_uuid(), $1, $2, $3) RETURNING id""",
                w.a["id"],
                poll_id,
                w.people["other_inwoner"]["id"],
            )
            await connection.execute(
                """INSERT INTO poll_answers (id, municipality_id, poll_id, response_id, question_id, body)
                   VALUES (gen_random_uuid(), $1, $2, $3, $4, 'Meer avonden')""",
                w.a["id"],
                poll_id,
                response_id,
                open_id,
            )
    return poll_id


async def _fresh_poll_answer(w: World) -> Any:
    poll_id = await _fresh_poll(w, status="closed")
    return await w.db.fetchval("SELECT id FROM poll_answers WHERE poll_id = $1", poll_id)


async def _answer_poll(w: World) -> Call:
    poll_id = await _fresh_poll(w)
    question_id = await w.db.fetchval(
        "SELECT id FROM poll_questions WHERE poll_id = $1 AND position = 1", poll_id
    )
    return Call(
        "POST",
        f"/polls/{poll_id}/responses",
        json={"answers": [{"questionId": str(question_id), "choices": [0]}]},
    )


_POLL = {
    "title": "Hoe was de werksessie?",
    "questions": [{"kind": "scale", "text": "Hoe tevreden bent u?", "scaleMin": 1, "scaleMax": 5}],
}


def _poll_cases() -> list[Case]:
    staff_only = ("medewerker", "beheerder")
    closed = lambda w: _fresh_poll(w, status="closed")  # noqa: E731
    return [
        Case("ListPolls", lambda w: _opgave_call(w, "GET", "/polls"), expect(200), False),
        # Staff of A prepare, open and close polls; not a machine client, nor staff of another municipality.
        Case("CreatePoll", lambda w: _opgave_call(w, "POST", "/polls", json=_POLL), only(201, *staff_only)),
        Case("GetPoll", lambda w: _with_id(w, _fresh_poll, "GET", "/polls/{}"), expect(200), False),
        Case(
            "UpdatePoll",
            lambda w: _with_id(
                w, _fresh_poll, "PATCH", "/polls/{}", json={"status": "closed"}, headers={"If-Match": '"1"'}
            ),
            only(200, *staff_only),
        ),
        # Anyone with a confirmed address answers, a resident of another municipality too.
        Case("AnswerPoll", _answer_poll, verified_only(201)),
        Case(
            "GetMyPollResponse",
            lambda w: _with_id(w, _fresh_poll, "GET", "/polls/{}/responses/mine"),
            signed_in_only(200),
            False,
        ),
        Case("GetPollResults", lambda w: _with_id(w, closed, "GET", "/polls/{}/results"), expect(200), False),
        Case(
            "ExportPollResults",
            lambda w: _with_id(w, closed, "GET", "/polls/{}/results/export"),
            expect(200),
            False,
        ),
        Case(
            "ListOpenAnswers",
            lambda w: _with_id(w, closed, "GET", "/polls/{}/open-answers"),
            expect(200),
            False,
        ),
        Case(
            "ReportPollAnswer",
            lambda w: _with_id(
                w, _fresh_poll_answer, "POST", "/poll-answers/{}/reports", json={"reason": "spam"}
            ),
            verified_only(201),
        ),
        Case(
            "ModeratePollAnswer",
            lambda w: _with_id(
                w,
                _fresh_poll_answer,
                "POST",
                "/poll-answers/{}/moderation-decisions",
                json={"action": "hide", "publicReason": "Kwetsend."},
            ),
            only(200, *staff_only),
        ),
    ]


def _results_cases() -> list[Case]:
    staff_only = ("medewerker", "beheerder")
    keepers = (*staff_only, "client_with_scope")
    indicator = {
        "name": "Ontmoetingen met werkgevers",
        "kind": "output",
        "unit": "ontmoetingen",
        "direction": "higher",
        "baselineValue": 10,
        "baselineDate": "2026-01-01",
        "targetValue": 50,
        "targetDate": "2027-12-31",
    }
    return [
        Case("ListReflections", lambda w: _opgave_call(w, "GET", "/reflections"), expect(200), False),
        Case(
            "PlanReflection",
            lambda w: _opgave_call(
                w, "POST", "/reflections", json={"title": "Terugblik", "heldOn": "2027-01-15"}
            ),
            only(201, *keepers),
        ),
        # An open moment belongs to the team and staff; the public reads it once published.
        Case(
            "GetReflection",
            lambda w: _with_id(w, _fresh_reflection, "GET", "/reflections/{}"),
            only(200, "partner_on_team", *keepers),
            False,
        ),
        Case(
            "UpdateReflection",
            lambda w: _with_id(
                w,
                _fresh_reflection,
                "PATCH",
                "/reflections/{}",
                json={"title": "Terugblik na de zomer"},
                headers={"If-Match": '"1"'},
            ),
            only(200, *keepers),
        ),
        Case(
            "ListReflectionEntries",
            lambda w: _with_id(w, _fresh_reflection, "GET", "/reflections/{}/entries"),
            only(200, "partner_on_team", *keepers),
            False,
        ),
        Case(
            "WriteReflectionEntry",
            lambda w: _with_id(
                w,
                _fresh_reflection,
                "POST",
                "/reflections/{}/entries",
                json={"promptIndex": 0, "body": "Het liep goed."},
            ),
            only(201, "partner_on_team", *staff_only),
        ),
        # Closing is the procesregisseur's or a beheerder's; this one's procesregisseur was demoted,
        # so neither they nor another medewerker may.
        Case(
            "CloseReflection",
            lambda w: _with_id(
                w,
                _fresh_reflection,
                "POST",
                "/reflections/{}/closure",
                json={"conclusions": "We leerden veel van elkaar."},
            ),
            only(200, "beheerder"),
        ),
        Case("ListIndicators", lambda w: _opgave_call(w, "GET", "/indicators"), expect(200), False),
        Case(
            "CreateIndicator",
            lambda w: _opgave_call(w, "POST", "/indicators", json=indicator),
            only(201, *keepers),
        ),
        Case(
            "GetIndicator",
            lambda w: _with_id(w, _fresh_indicator, "GET", "/indicators/{}"),
            expect(200),
            False,
        ),
        Case(
            "UpdateIndicator",
            lambda w: _with_id(
                w,
                _fresh_indicator,
                "PATCH",
                "/indicators/{}",
                json={"targetValue": 90},
                headers={"If-Match": '"1"'},
            ),
            only(200, *keepers),
        ),
        Case(
            "DeleteIndicator",
            lambda w: _with_id(w, _fresh_indicator, "DELETE", "/indicators/{}", headers={"If-Match": '"1"'}),
            only(204, *keepers),
        ),
        Case(
            "ListMeasurements",
            lambda w: _with_id(w, _fresh_indicator, "GET", "/indicators/{}/measurements"),
            expect(200),
            False,
        ),
        Case(
            "RecordMeasurement",
            lambda w: _with_id(
                w,
                _fresh_indicator,
                "POST",
                "/indicators/{}/measurements",
                json={"value": 55, "measuredOn": "2026-09-30"},
            ),
            only(201, *keepers),
        ),
        Case(
            "GetMeasurement",
            lambda w: _with_id(w, _fresh_measurement, "GET", "/measurements/{}"),
            expect(200),
            False,
        ),
        Case(
            "CorrectMeasurement",
            lambda w: _with_id(
                w,
                _fresh_measurement,
                "PATCH",
                "/measurements/{}",
                json={"value": 52},
                headers={"If-Match": '"1"'},
            ),
            only(200, *keepers),
        ),
        Case(
            "DeleteMeasurement",
            lambda w: _with_id(
                w, _fresh_measurement, "DELETE", "/measurements/{}", headers={"If-Match": '"1"'}
            ),
            only(204, *keepers),
        ),
        Case("GetOpgaveProgress", lambda w: _opgave_call(w, "GET", "/progress"), expect(200), False),
        Case(
            "GetProposalTrail",
            lambda w: _with_id(w, _fresh_proposal, "GET", "/proposals/{}/trail"),
            expect(200),
            False,
        ),
        Case("ExportOpgave", lambda w: _opgave_call(w, "GET", "/export"), expect(200), False),
        Case(
            "ExportMunicipality",
            lambda w: _static(Call("GET", f"/municipalities/{w.a['slug']}/export?format=csv&dataset=grants")),
            expect(200),
            False,
        ),
    ]


def _participation_cases() -> list[Case]:
    idea = {"title": "Een buurtmoestuin", "body": "<p>Samen tuinieren.</p>"}
    comment = {"body": "Goed plan!", "stance": "for"}
    return [
        Case(
            "ListProposals",
            lambda w: _opgave_call(w, "GET", "/proposals?sort=-supportCount"),
            expect(200),
            False,
        ),
        Case(
            "SubmitProposal", lambda w: _opgave_call(w, "POST", "/proposals", json=idea), verified_only(201)
        ),
        Case(
            "ListSimilarProposals",
            lambda w: _opgave_call(w, "GET", "/proposals/similar?text=moestuin"),
            expect(200),
            False,
        ),
        Case(
            "GetProposal", lambda w: _with_id(w, _fresh_proposal, "GET", "/proposals/{}"), expect(200), False
        ),
        Case(
            "UpdateProposal",
            lambda w: _with_id(
                w,
                _fresh_proposal,
                "PATCH",
                "/proposals/{}",
                json={"title": "Een grotere moestuin"},
                headers={"If-Match": '"1"'},
            ),
            only(200, "inwoner"),
        ),
        Case(
            "RespondToProposal",
            lambda w: _with_id(
                w,
                _fresh_proposal,
                "POST",
                "/proposals/{}/responses",
                json={"status": "under_review", "text": "We kijken ernaar."},
            ),
            only(200, "medewerker", "beheerder", "client_with_scope"),
        ),
        Case(
            "SupportProposal",
            lambda w: _with_id(w, _fresh_proposal, "PUT", "/proposals/{}/support"),
            verified_only(200),
        ),
        Case(
            "WithdrawSupport",
            lambda w: _with_id(w, _fresh_proposal, "DELETE", "/proposals/{}/support"),
            signed_in_only(200),
        ),
        Case("ListMyProposals", static("GET", "/me/proposals"), signed_in_only(200), False),
        Case(
            "ListMunicipalityProposals",
            lambda w: _static(Call("GET", f"/proposals?municipality={w.a['slug']}&status=submitted")),
            only(200, "medewerker", "beheerder", "client_with_scope"),
            False,
        ),
        Case("ListOpgaveComments", lambda w: _opgave_call(w, "GET", "/comments"), expect(200), False),
        Case(
            "CommentOnOpgave",
            lambda w: _opgave_call(w, "POST", "/comments", json=comment),
            in_the_municipalitys_name(201),
        ),
        Case(
            "ListProposalComments",
            lambda w: _with_id(w, _fresh_proposal, "GET", "/proposals/{}/comments"),
            expect(200),
            False,
        ),
        Case(
            "CommentOnProposal",
            lambda w: _with_id(w, _fresh_proposal, "POST", "/proposals/{}/comments", json=comment),
            in_the_municipalitys_name(201),
        ),
        Case("GetComment", lambda w: _with_id(w, _fresh_comment, "GET", "/comments/{}"), expect(200), False),
        Case(
            "UpdateComment",
            lambda w: _with_id(w, _fresh_comment, "PATCH", "/comments/{}", json={"body": "Heel goed plan!"}),
            only(200, "inwoner"),
        ),
        Case(
            "DeleteComment",
            lambda w: _with_id(w, _fresh_comment, "DELETE", "/comments/{}"),
            only(204, "inwoner"),
        ),
        Case(
            "ListCommentRevisions",
            lambda w: _with_id(w, _fresh_comment, "GET", "/comments/{}/revisions"),
            only(200, "inwoner", "medewerker", "beheerder", "client_with_scope"),
            False,
        ),
        Case("ListMyComments", static("GET", "/me/comments"), signed_in_only(200), False),
    ]


async def _fresh_content(w: World, kind: str, author: str | None = None) -> Any:
    """A comment or proposal on a fresh published opgave of A, by a stranger or a world person."""
    place = {"id": await _fresh_opgave(w), "municipality_id": w.a["id"]}
    author_id = w.people[author]["id"] if author else (await w.fresh_person())["id"]
    row = await (comment if kind == "comment" else proposal)(w.db, place, author_id)
    return row["id"]


async def _report(w: World, kind: str) -> Call:
    return Call("POST", f"/{kind}s/{await _fresh_content(w, kind)}/reports", json={"reason": "spam"})


async def _decide(w: World) -> Call:
    target = {"type": "comment", "id": str(await _fresh_content(w, "comment"))}
    return Call(
        "POST", "/moderation-decisions", json={"target": target, "action": "hide", "publicReason": "Spam."}
    )


async def _decide_poll_answer(w: World) -> Call:
    target = {"type": "poll_answer", "id": str(await _fresh_poll_answer(w))}
    return Call(
        "POST", "/moderation-decisions", json={"target": target, "action": "hide", "publicReason": "Spam."}
    )


async def _fresh_decision(w: World) -> Any:
    """A comment of the world's inwoner, hidden by the world's medewerker."""
    comment_id = await _fresh_content(w, "comment", author="inwoner")
    await w.db.fetchval(
        "UPDATE comments SET hidden = true, hidden_reason = 'Spam.' WHERE id = $1", comment_id
    )
    decision_id = new_id()
    await w.db.fetchval(
        """INSERT INTO moderation_decisions (id, municipality_id, comment_id, action, public_reason, decided_by_id)
           VALUES ($1, $2, $3, 'hide', 'Spam.', $4)""",
        decision_id,
        w.a["id"],
        comment_id,
        w.people["medewerker"]["id"],
    )
    return decision_id


async def _fresh_appeal(w: World) -> Any:
    appeal_id = new_id()
    await w.db.fetchval(
        """INSERT INTO moderation_appeals (id, municipality_id, decision_id, author_id, explanation)
           VALUES ($1, $2, $3, $4, 'Ik ben het er niet mee eens.')""",
        appeal_id,
        w.a["id"],
        await _fresh_decision(w),
        w.people["inwoner"]["id"],
    )
    return appeal_id


async def _block(w: World) -> Call:
    # Someone who took part in A (a comment there): only they can be blocked in A.
    someone = await w.fresh_person()
    found = await opgave(w.db, w.a["id"], w.people["medewerker"]["id"])
    await comment(w.db, found, someone["id"])
    return Call(
        "POST",
        f"/municipalities/{w.a['slug']}/posting-blocks",
        json={"email": someone["email"], "reason": "Herhaaldelijk beledigend."},
    )


async def _fresh_block(w: World) -> Any:
    block_id = new_id()
    await w.db.fetchval(
        "INSERT INTO posting_blocks (id, municipality_id, account_id, reason) VALUES ($1, $2, $3, 'Spam')",
        block_id,
        w.a["id"],
        (await w.fresh_person())["id"],
    )
    return block_id


async def _fresh_invitation(w: World, kind: str, email: str) -> Any:
    """A pending invitation of A to ``email``: a role, or a place in organisation X (the one before
    it, to the same address, is withdrawn: an address has one open invitation per offer)."""
    await w.db.fetchval(
        "UPDATE invitations SET status = 'withdrawn' WHERE lower(email) = lower($1) AND status = 'pending'",
        email,
    )
    invitation_id = new_id()
    await w.db.fetchval(
        """INSERT INTO invitations (id, municipality_id, kind, email, role, organisation_id, expires_at)
           VALUES ($1, $2, $3, $4, $5, $6, now() + interval '1 day')""",
        invitation_id,
        w.a["id"],
        kind,
        email,
        "medewerker" if kind == "role" else None,
        w.org_x["id"] if kind == "organisation" else None,
    )
    return invitation_id


async def _respond(w: World) -> Call:
    invitation_id = await _fresh_invitation(w, "role", w.people["inwoner"]["email"])
    return Call("POST", f"/invitations/{invitation_id}/responses", json={"answer": "decline"})


async def _withdraw(w: World) -> Call:
    invitation_id = await _fresh_invitation(w, "organisation", f"{unique('lid')}@example.org")
    return Call("DELETE", f"/invitations/{invitation_id}")


async def _confirm_link(w: World) -> Call:
    """A provider link of A waiting for a fresh account's owner, and the token mailed to them."""
    someone = await w.fresh_person()
    token, token_hash = new_token()
    await w.db.fetchval(
        """INSERT INTO pending_links (id, municipality_id, issuer, subject, account_id, token_hash, browser_hash, expires_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, now() + interval '30 minutes')""",
        new_id(),
        w.a["id"],
        PROVIDER["issuer"],
        unique("sub"),
        someone["id"],
        token_hash,
        secrets.token_bytes(32),
    )
    return Call("POST", "/identity-link-confirmations", json={"token": token})


def _invitation_cases() -> list[Case]:
    sent_by_x = ("partner_on_team", "medewerker", "beheerder")
    return [
        # Only the person with the address answers, and only with it verified; to anyone else
        # the invitation does not exist.
        Case("ListMyInvitations", static("GET", "/me/invitations"), verified_only(200), False),
        Case("RespondToInvitation", _respond, expect(404, inwoner=200)),
        Case("WithdrawInvitation", _withdraw, expect(404, **dict.fromkeys(sent_by_x, 204))),
        Case(
            "ListMunicipalityInvitations",
            lambda w: _static(Call("GET", f"/municipalities/{w.a['slug']}/invitations")),
            only(200, "beheerder"),
            False,
        ),
        Case(
            "ListOrganisationInvitations",
            lambda w: _static(Call("GET", f"/organisations/{w.org_x['id']}/invitations")),
            only(200, *sent_by_x),
            False,
        ),
        Case(
            "ListOpgaveInvitations",
            lambda w: _opgave_call(w, "GET", "/invitations"),
            only(200, "medewerker", "beheerder"),
            False,
        ),
        # Whoever holds the mailed token confirms (like a verification link).
        Case("ConfirmIdentityLink", _confirm_link, expect(204)),
    ]


async def _fresh_notification(w: World) -> Any:
    return (await notification(w.db, w.people["inwoner"]["id"], municipality_id=w.a["id"]))["id"]


def _cases() -> list[Case]:
    beheerder_only = only(200, "beheerder")
    private_to_beheerder = expect(404, beheerder=204)
    return [
        Case("VerifyAccount", _verify, expect(204)),
        Case("RegisterAccount", _register, expect(202)),
        Case(
            "ListApiClients",
            lambda w: _static(Call("GET", f"/api-clients?municipality={w.a['slug']}")),
            beheerder_only,
            False,
        ),
        Case(
            "CreateApiClient",
            lambda w: _static(
                Call(
                    "POST",
                    "/api-clients",
                    json={"municipality": w.a["slug"], "name": "Zaaksysteem", "scopes": ["audit:read"]},
                )
            ),
            only(201, "beheerder"),
        ),
        Case("RevokeApiClient", _revoke_client, private_to_beheerder),
        Case("RotateApiClientSecret", _rotate_client, expect(404, beheerder=201)),
        Case(
            "ListAuditEvents",
            lambda w: _static(Call("GET", f"/audit-events?municipality={w.a['slug']}")),
            only(200, "beheerder", "client_with_scope"),
            False,
        ),
        Case(
            "ExportAuditEvents",
            lambda w: _static(Call("GET", f"/audit-events/export?municipality={w.a['slug']}&action=role")),
            only(200, "beheerder", "client_with_scope"),
            False,
        ),
        Case("GetLiveness", static("GET", "/health/live"), expect(200), False),
        Case("GetReadiness", static("GET", "/health/ready"), expect(200), False),
        Case("DeleteMe", lambda w: _static(Call("DELETE", "/me", fresh_session=True)), signed_in_only(204)),
        Case("GetMe", static("GET", "/me"), signed_in_only(200), False),
        Case("UpdateMe", _update_me, signed_in_only(200)),
        Case("ExportMe", static("GET", "/me/export"), signed_in_only(200), False),
        Case(
            "ChangePassword",
            lambda w: _static(
                Call(
                    "POST",
                    "/me/password-changes",
                    json={"currentPassword": PASSWORD, "newPassword": NEW_PASSWORD},
                    fresh_session=True,
                )
            ),
            signed_in_only(204),
        ),
        Case("ListMunicipalities", static("GET", "/municipalities"), expect(200), False),
        Case(
            "GetMunicipality",
            lambda w: _static(Call("GET", f"/municipalities/{w.a['slug']}")),
            expect(200),
            False,
        ),
        Case("UpdateMunicipality", _update_municipality, only(200, "beheerder")),
        Case(
            "ListRoleAssignments",
            lambda w: _static(Call("GET", f"/municipalities/{w.a['slug']}/role-assignments")),
            beheerder_only,
            False,
        ),
        Case("AssignRole", _assign_role, only(202, "beheerder")),
        Case("GetJwks", static("GET", "/oauth/jwks"), expect(200), False),
        Case("IssueAccessToken", _token, expect(200)),
        Case(
            "RemoveOrganisationMember",
            _remove_member,
            only(204, "partner_on_team", "medewerker", "beheerder"),
        ),
        Case(
            "UpdateOrganisationMember",
            _update_member,
            only(200, "partner_on_team", "medewerker", "beheerder"),
        ),
        Case("ListOrganisations", static("GET", "/organisations"), expect(200), False),
        Case("CreateOrganisation", _create_organisation, only(201, "medewerker", "beheerder")),
        Case(
            "GetOrganisation",
            lambda w: _static(Call("GET", f"/organisations/{w.org_x['id']}")),
            expect(200),
            False,
        ),
        Case(
            "UpdateOrganisation",
            _update_organisation,
            only(200, "partner_on_team", "medewerker", "beheerder"),
        ),
        Case(
            "ListOrganisationMembers",
            lambda w: _static(Call("GET", f"/organisations/{w.org_x['id']}/members")),
            only(200, "partner_on_team", "medewerker", "beheerder"),
            False,
        ),
        Case("AddOrganisationMember", _add_member, only(202, "partner_on_team", "medewerker", "beheerder")),
        *_invitation_cases(),
        Case("ConfirmPasswordReset", _confirm_reset, expect(204)),
        Case("RequestPasswordReset", _request_reset, expect(202)),
        Case("RemoveRole", _remove_role, private_to_beheerder),
        Case("ChangeRole", _change_role, expect(404, beheerder=200)),
        Case("SignIn", _sign_in, expect(201)),
        Case(
            "SignOut",
            lambda w: _static(Call("DELETE", "/sessions/current", fresh_session=True)),
            signed_in_only(204),
        ),
        Case("RequestVerificationEmail", _resend, expect(202)),
        Case("GetIdentityProvider", _get_provider, beheerder_only, False),
        Case("SetIdentityProvider", _set_provider, only(200, "beheerder")),
        Case("RemoveIdentityProvider", _remove_provider, only(204, "beheerder")),
        # A's residents' broker: the same rule as its staff provider, only A's beheerder.
        Case("GetResidentBroker", lambda w: _broker_call(w, "GET"), beheerder_only, False),
        Case("SetResidentBroker", lambda w: _broker_call(w, "PUT"), only(200, "beheerder")),
        Case("RemoveResidentBroker", lambda w: _broker_call(w, "DELETE"), only(204, "beheerder")),
        Case(
            "StartResidentSignIn",
            lambda w: _static(Call("GET", f"/municipalities/{w.a['slug']}/resident-sign-in?returnTo=/")),
            expect(303),
            False,
        ),
        Case(
            "FinishResidentSignIn",
            static("GET", "/resident-sign-in/callback?code=x&state=onbekend"),
            expect(303),
            False,
        ),
        # Public redirects: whoever calls, the answer is a 303 (to the provider, or back with an error).
        Case(
            "StartStaffSignIn",
            lambda w: _static(Call("GET", f"/municipalities/{w.a['slug']}/staff-sign-in?returnTo=/")),
            expect(303),
            False,
        ),
        Case(
            "FinishStaffSignIn",
            static("GET", "/staff-sign-in/callback?code=x&state=onbekend"),
            expect(303),
            False,
        ),
        # Opgaven (published ones: readable by all; run by staff and clients with opgaven:write).
        Case(
            "ListOpgaven",
            lambda w: _static(Call("GET", f"/opgaven?municipality={w.a['slug']}")),
            expect(200),
            False,
        ),
        Case(
            "CreateOpgave",
            lambda w: _static(
                Call(
                    "POST",
                    "/opgaven",
                    json={
                        "municipality": w.a["slug"],
                        "title": unique("Opgave"),
                        "procesregisseurId": str(w.people["medewerker"]["id"]),
                    },
                )
            ),
            only(201, "medewerker", "beheerder", "client_with_scope"),
        ),
        Case("GetOpgave", lambda w: _opgave_call(w, "GET"), expect(200), False),
        Case("UpdateOpgave", _update_opgave, only(200, "medewerker", "beheerder", "client_with_scope")),
        # Places: the geocoder (the tests' stand-in on loopback) for anyone signed in; the map for everyone.
        Case(
            "ListPlaceSuggestions",
            lambda w: _static(Call("GET", f"/places/suggestions?q=kanaal&municipality={w.a['slug']}")),
            signed_in_only(200),
            False,
        ),
        Case(
            "ListMunicipalityWijken",
            lambda w: _static(Call("GET", f"/places/wijken?municipality={w.a['slug']}")),
            signed_in_only(200),
            False,
        ),
        Case("GetPlace", static("GET", f"/places/{_PLACE_ID}"), signed_in_only(200), False),
        Case("GetMapTile", static("GET", "/map-tiles/12/2100/1350"), expect(200), False),
        Case("GetOpgaveArea", lambda w: _opgave_call(w, "GET", "/area"), expect(200), False),
        Case(
            "SetOpgaveArea",
            lambda w: _opgave_call(
                w, "PUT", "/area", json={"wijken": [{"code": "WK034404", "name": "Binnenstad"}]}
            ),
            only(200, "medewerker", "beheerder", "client_with_scope"),
        ),
        Case("ListOpgaveWijken", lambda w: _opgave_call(w, "GET", "/wijken"), expect(200), False),
        # The recorded procesregisseur was demoted: a medewerker may not take over, a beheerder may.
        Case("TransitionOpgavePhase", _transition, only(201, "beheerder", "client_with_scope")),
        Case("GetOpgaveTimeline", lambda w: _opgave_call(w, "GET", "/timeline"), expect(200), False),
        Case("FollowOpgave", lambda w: _opgave_call(w, "PUT", "/following"), signed_in_only(204)),
        Case("UnfollowOpgave", lambda w: _opgave_call(w, "DELETE", "/following"), signed_in_only(204), False),
        Case(
            "ListPolicyDomains",
            lambda w: _static(Call("GET", f"/municipalities/{w.a['slug']}/domains")),
            expect(200),
            False,
        ),
        Case(
            "CreatePolicyDomain",
            lambda w: _static(
                Call(
                    "POST",
                    f"/municipalities/{w.a['slug']}/domains",
                    json={"slug": f"domein-{secrets.token_hex(4)}", "name": "Nieuw domein"},
                )
            ),
            only(201, "beheerder"),
        ),
        Case("RenamePolicyDomain", _rename_domain, only(200, "beheerder")),
        Case("DeletePolicyDomain", _delete_domain, only(204, "beheerder")),
        Case("ListFormulations", lambda w: _opgave_call(w, "GET", "/formulations"), expect(200), False),
        Case(
            "ProposeFormulation",
            lambda w: _opgave_call(
                w, "POST", "/formulations", json={"text": "Hoe werken we samen aan werk?"}
            ),
            verified_only(201),
        ),
        Case(
            "AdoptFormulation",
            lambda w: _with_id(w, _fresh_formulation, "POST", "/formulations/{}/adoption"),
            only(201, "medewerker", "beheerder"),
        ),
        Case("ListActionLines", lambda w: _opgave_call(w, "GET", "/action-lines"), expect(200), False),
        Case(
            "CreateActionLine",
            lambda w: _opgave_call(w, "POST", "/action-lines", json={"title": "Passende banen"}),
            only(201, "medewerker", "beheerder", "client_with_scope"),
        ),
        Case(
            "GetActionLine", lambda w: _with_id(w, _fresh_line, "GET", "/action-lines/{}"), expect(200), False
        ),
        Case(
            "UpdateActionLine",
            lambda w: _with_id(
                w,
                _fresh_line,
                "PATCH",
                "/action-lines/{}",
                json={"goal": "Meer banen"},
                headers={"If-Match": '"1"'},
            ),
            only(200, "medewerker", "beheerder", "client_with_scope"),
        ),
        Case(
            "DeleteActionLine",
            lambda w: _with_id(w, _fresh_line, "DELETE", "/action-lines/{}", headers={"If-Match": '"1"'}),
            only(204, "medewerker", "beheerder", "client_with_scope"),
        ),
        Case("ListTeamMembers", lambda w: _opgave_call(w, "GET", "/members"), expect(200), False),
        Case(
            "AddTeamMember",
            lambda w: _opgave_call(
                w,
                "POST",
                "/members",
                json={"role": "resident"},
                client_json={
                    "role": "partner",
                    "partnerRole": "contributor",
                    "organisationId": str(w.org_x["id"]),
                },
            ),
            # The demoted procesregisseur is still on the team's list: nothing to ask. A system of
            # the municipality invites an organisation in its name.
            {**verified_only(201, demoted_procesregisseur=409), "client_with_scope": 201},
        ),
        Case(
            "UpdateTeamMember",
            lambda w: _with_id(w, _fresh_team_request, "PATCH", "/members/{}", json={"status": "active"}),
            only(200, "medewerker", "beheerder", "client_with_scope"),
        ),
        Case(
            "RemoveTeamMember",
            lambda w: _with_id(w, _fresh_team_request, "DELETE", "/members/{}"),
            only(204, "medewerker", "beheerder", "client_with_scope"),
        ),
        Case("GetCurrentSession", static("GET", "/sessions/current"), expect(200), False),
        *_participation_cases(),
        *_cocreation_cases(),
        *_ballot_cases(),
        *_division_cases(),
        *_results_cases(),
        *_attachment_cases(),
        *_meeting_cases(),
        *_poll_cases(),
        # Moderation: every verified person reports; staff of A work the queue and decide; only the
        # author appeals; appeals and blocks do not exist outside A's staff and beheerders.
        Case("ReportComment", lambda w: _report(w, "comment"), verified_only(201)),
        Case("ReportProposal", lambda w: _report(w, "proposal"), verified_only(201)),
        Case(
            "ListModerationReports",
            lambda w: _static(Call("GET", f"/moderation-reports?municipality={w.a['slug']}")),
            only(200, "medewerker", "beheerder"),
            False,
        ),
        Case("CreateModerationDecision", _decide, only(201, "medewerker", "beheerder")),
        Case(
            "GetModerationDecision",
            lambda w: _with_id(w, _fresh_decision, "GET", "/moderation-decisions/{}"),
            only(200, "inwoner", "medewerker", "beheerder"),
            False,
        ),
        Case(
            "CreateModerationAppeal",
            lambda w: _with_id(
                w,
                _fresh_decision,
                "POST",
                "/moderation-decisions/{}/appeals",
                json={"explanation": "Het was niet beledigend bedoeld."},
            ),
            only(201, "inwoner"),
        ),
        Case(
            "ListModerationAppeals",
            lambda w: _static(Call("GET", f"/moderation-appeals?municipality={w.a['slug']}")),
            only(200, "medewerker", "beheerder"),
            False,
        ),
        Case(
            "ResolveModerationAppeal",
            lambda w: _with_id(
                w,
                _fresh_appeal,
                "PATCH",
                "/moderation-appeals/{}",
                json={"outcome": "upheld", "reason": "Het besluit blijft staan."},
            ),
            expect(404, medewerker=200, beheerder=200),
        ),
        Case(
            "ListPostingBlocks",
            lambda w: _static(Call("GET", f"/municipalities/{w.a['slug']}/posting-blocks")),
            beheerder_only,
            False,
        ),
        Case("CreatePostingBlock", _block, only(201, "beheerder")),
        Case(
            "LiftPostingBlock",
            lambda w: _with_id(w, _fresh_block, "DELETE", "/posting-blocks/{}"),
            private_to_beheerder,
        ),
        *_webhook_cases(),
        # The change feed: everyone reads it; what each sees is filtered (tests/integration/events).
        Case("ListEvents", static("GET", "/events"), expect(200), False),
        # Notifications are their owner's alone.
        Case("ListMyNotifications", static("GET", "/me/notifications"), signed_in_only(200), False),
        Case(
            "MarkMyNotificationsRead",
            static("POST", "/me/notifications/read-markers", json={}),
            signed_in_only(200),
        ),
        Case(
            "UpdateNotification",
            lambda w: _with_id(w, _fresh_notification, "PATCH", "/notifications/{}", json={"read": True}),
            expect(404, inwoner=200),
        ),
        *_operations_cases(),
    ]


async def _create_municipality(w: World) -> Call:
    body = {
        "slug": unique("nieuw"),
        "name": "Nieuwe gemeente",
        "cbsCode": f"GM{next(_NEW_CBS_CODES):04d}",
        "beheerderEmail": f"{unique('beheer')}@example.org",
    }
    return Call("POST", "/municipalities", json=body)


_NEW_CBS_CODES = iter(range(8000, 9000))


async def _fresh_municipality(w: World, *, deactivated: bool) -> str:
    """Deactivating A would leave nothing for the other cases: each call acts on a town of its own."""
    row = await municipality(w.db)
    if deactivated:
        await w.db.fetchval("UPDATE municipalities SET deactivated_at = now() WHERE id = $1", row["id"])
    slug: str = row["slug"]
    return slug


def _operations_cases() -> list[Case]:
    """Onboarding and leaving are the operator's; the archive also its beheerder's; the dashboard its staff's."""
    return [
        Case("CreateMunicipality", _create_municipality, only(201, "operator")),
        Case(
            "DeactivateMunicipality",
            lambda w: _deactivation(w, "PUT", deactivated=False),
            only(200, "operator"),
        ),
        Case(
            "ReactivateMunicipality",
            lambda w: _deactivation(w, "DELETE", deactivated=True),
            only(204, "operator"),
        ),
        Case(
            "ExportMunicipalityArchive",
            lambda w: _static(Call("GET", f"/municipalities/{w.a['slug']}/archive")),
            only(200, "operator", "beheerder"),
            False,
        ),
        Case(
            "GetMunicipalityStatistics",
            lambda w: _static(Call("GET", f"/municipalities/{w.a['slug']}/statistics")),
            only(200, "medewerker", "beheerder"),
            False,
        ),
    ]


async def _deactivation(w: World, method: str, *, deactivated: bool) -> Call:
    return Call(
        method, f"/municipalities/{await _fresh_municipality(w, deactivated=deactivated)}/deactivation"
    )


CASES = {case.operation: case for case in _cases()}


def _spec_operations() -> dict[str, tuple[str, str]]:
    spec = json.loads(SPEC_FILE.read_text())
    return {
        op["operationId"]: (method.upper(), path)
        for path, item in spec["paths"].items()
        for method, op in item.items()
        if method in {"get", "post", "put", "patch", "delete"}
    }


def test_every_operation_of_the_spec_has_a_case() -> None:
    missing = sorted(set(_spec_operations()) - set(CASES))
    assert not missing, f"operations without a permission case: {missing}"
    assert not set(CASES) - set(_spec_operations()), "cases for operations that no longer exist"


@pytest.fixture(scope="module")
async def changes(started_app: Litestar, db: Database) -> AsyncIterator[ChangeLog]:
    log = await ChangeLog.install(db, ignore=VOLATILE)
    try:
        yield log
    finally:
        await log.remove()


async def test_the_change_log_sees_every_change_to_any_table_and_nothing_else(
    db: Database, changes: ChangeLog
) -> None:
    """What the matrix relies on to prove that a refused call changed nothing."""
    tables = {
        r["tablename"] for r in await db.fetch("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
    }
    assert set(changes.tables) == tables - VOLATILE - {LOG}
    triggers = await db.fetch(
        """SELECT c.relname AS name, count(*) AS n FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
           WHERE t.tgname LIKE $1 GROUP BY c.relname""",
        f"{LOG}_%",
    )
    assert {r["name"]: r["n"] for r in triggers} == dict.fromkeys(changes.tables, 3)

    # A new municipality comes with its policy domains (a trigger of the migrations).
    mark = await changes.mark()
    row = await municipality(db)
    assert await changes.changed_since(mark) == ["municipalities", "policy_domains"]

    async def after(statement: str, *args: Any) -> list[str]:
        mark = await changes.mark()
        async with db.transaction() as connection:
            await connection.execute(statement, *args)
        return await changes.changed_since(mark)

    assert await after("UPDATE municipalities SET name = name WHERE id = $1", row["id"]) == []
    assert await after("UPDATE municipalities SET name = name || '.' WHERE id = $1", row["id"]) == [
        "municipalities"
    ]
    assert await after("UPDATE municipalities SET theme = '{}' WHERE id = $1", row["id"]) == [
        "municipalities"
    ]
    assert await after("INSERT INTO rate_limit_counters SELECT * FROM rate_limit_counters WHERE false") == []
    assert await after("DELETE FROM policy_domains WHERE municipality_id = $1", row["id"]) == [
        "policy_domains"
    ]
    assert await after("DELETE FROM policy_domains WHERE municipality_id = $1", row["id"]) == []

    # What a transaction rolls back did not happen.
    async def rolled_back() -> None:
        async with db.transaction() as connection:
            await connection.execute("UPDATE accounts SET display_name = display_name || '.'")
            raise ZeroDivisionError

    mark = await changes.mark()
    with pytest.raises(ZeroDivisionError):
        await rolled_back()
    assert await changes.changed_since(mark) == []


@pytest.fixture(scope="module")
async def world(started_app: Litestar, db: Database, changes: ChangeLog) -> AsyncIterator[World]:
    a = await municipality(db)
    b = await municipality(db)
    people = {
        "inwoner": await person(db, municipality_id=a["id"], role="inwoner"),
        "other_inwoner": await person(db, municipality_id=a["id"], role="inwoner"),
        "partner_on_team": await person(db, municipality_id=a["id"], role="partner"),
        "partner_off_team": await person(db, municipality_id=a["id"], role="partner"),
        "medewerker": await person(db, municipality_id=a["id"], role="medewerker"),
        "beheerder": await person(db, municipality_id=a["id"], role="beheerder"),
        "foreign_medewerker": await person(db, municipality_id=b["id"], role="medewerker"),
        "unverified": await person(db, municipality_id=a["id"], role="medewerker", verified=False),
        "demoted_procesregisseur": await person(db, municipality_id=a["id"], role="inwoner"),
        "operator": await person(db),
    }
    await db.fetchval(
        "INSERT INTO platform_operators (id, account_id) VALUES ($1, $2)", new_id(), people["operator"]["id"]
    )
    org_x = {"id": new_id()}
    org_y = {"id": new_id()}
    for org, admin in ((org_x, "partner_on_team"), (org_y, "partner_off_team")):
        await db.fetchval(
            "INSERT INTO organisations (id, municipality_id, name, kind) VALUES ($1, $2, $3, 'societal_organisation')",
            org["id"],
            a["id"],
            unique("Partner"),
        )
        await db.fetchval(
            "INSERT INTO organisation_members (id, municipality_id, organisation_id, account_id, is_admin) VALUES ($1, $2, $3, $4, true)",
            new_id(),
            a["id"],
            org["id"],
            people[admin]["id"],
        )
    w = World(db=db, app=started_app, a=a, b=b, people=people, org_x=org_x, changes=changes)
    async with AsyncExitStack() as stack:
        w.clients["anonymous"] = await stack.enter_async_context(anonymous_client(started_app))
        for name in PERSONS:
            w.clients[name] = await stack.enter_async_context(browser(started_app, people[name]["email"]))
        w.clients[FOREIGN_PROVIDER] = await _through_foreign_provider(w, stack)
        for name, scopes in (
            (
                "client_with_scope",
                [
                    "audit:read",
                    "opgaven:read",
                    "opgaven:write",
                    "proposals:read",
                    "proposals:write",
                    "comments:write",
                    "tasks:read",
                    "tasks:write",
                    "budgets:read",
                    "budgets:write",
                    "webhooks:write",
                ],
            ),
            ("client_without_scope", []),
            (FOREIGN_CLIENT, sorted(CLIENT_SCOPES)),
        ):
            home = b if name == FOREIGN_CLIENT else a
            client_id, secret = await api_client(db, home["id"], scopes)
            machine = await stack.enter_async_context(anonymous_client(started_app))
            token = (
                started_app.state.token_keys.issue(client_id, home["id"], scopes)
                if not scopes
                else await bearer_token(machine, client_id, secret)
            )
            del machine.headers["Origin"]
            machine.headers["Authorization"] = f"Bearer {token}"
            w.clients[name] = machine
        yield w


async def _through_foreign_provider(w: World, stack: AsyncExitStack) -> httpx.AsyncClient:
    """A browser back from municipality B's identity provider (a real one on loopback), which said
    this person has the verified address of A's beheerder. It holds no session: the beheerder's
    account has a password and a role outside B, so only its owner could link it."""
    issuer = stack.enter_context(mock_provider())
    await configure(w.db, w.app, w.b["id"], issuer)
    sub = unique("b-medewerker")
    set_user(issuer, sub, {"email": w.people["beheerder"]["email"], "email_verified": True, "name": "B"})
    client = await stack.enter_async_context(anonymous_client(w.app))
    started = await start(client, w.b["slug"], "/")
    back = await come_back(client, await log_in_at_mock(started.headers["location"], sub))
    assert back.headers["location"] == "/aanmelden?fout=staff_sign_in_link_pending", back.headers
    assert (await client.get("/api/v1/me")).status_code == 401
    return client


async def _profile_of(w: World, identity: str) -> dict[str, Any]:
    """Role, memberships and whether the address is verified, of a world person, for a fresh stand-in."""
    account_id = w.people[identity]["id"]
    row = await w.db.fetchrow(
        """SELECT r.municipality_id, r.role, a.email_verified_at IS NOT NULL AS verified
           FROM accounts a LEFT JOIN role_assignments r ON r.account_id = a.id WHERE a.id = $1""",
        account_id,
    )
    profile: dict[str, Any] = {"verified": row["verified"]}
    if row["role"] is not None:
        profile |= {"municipality_id": row["municipality_id"], "role": row["role"]}
    return profile


async def _send(w: World, identity: str, call: Call, stack: AsyncExitStack) -> httpx.Response:
    client = w.clients[identity]
    if call.fresh_session and identity in PERSONS:
        stand_in = await w.fresh_person(**await _profile_of(w, identity))
        client = await stack.enter_async_context(browser(w.app, stand_in["email"]))
    headers = dict(call.headers)
    if headers.get("If-Match") == "__me__":
        me = await client.get("/api/v1/me")
        headers["If-Match"] = me.headers.get("etag", '"1"')
    # A call may set or clear a cookie (signing in, out); the identity stays who it was.
    cookies = httpx.Cookies(client.cookies)
    try:
        return await client.request(
            call.method,
            f"/api/v1{call.path}",
            json=call.client_json
            if identity in (*CLIENTS, FOREIGN_CLIENT) and call.client_json is not None
            else call.json,
            data=call.data,
            files=call.files,
            headers=headers,
        )
    finally:
        client.cookies = cookies


@pytest.fixture(autouse=True)
async def _no_stray_subscriptions(db: Database) -> AsyncIterator[None]:
    """The subscriptions a case made on the spot end with it: active ones with an unreadable secret
    would otherwise be fanned events out to by the webhook tests' workers on this database."""
    yield
    async with db.transaction() as connection:
        await connection.execute("DELETE FROM webhook_subscriptions WHERE url = $1", _STRAY_HOOK)


@pytest.mark.parametrize("operation", sorted(CASES))
async def test_permission_matrix(world: World, operation: str) -> None:
    await _check(world, operation, CASES[operation])


async def test_permission_matrix_of_a_decision_on_a_poll_answer(world: World) -> None:
    """An open poll answer is decided on in the same queue, by the same people."""
    case = Case("CreateModerationDecision", _decide_poll_answer, only(201, "medewerker", "beheerder"))
    await _check(world, case.operation, case)


async def _vote_on(w: World, eligibility: str, body: dict[str, Any]) -> Call:
    ballot_id = await _fresh_ballot(w, eligibility=eligibility)
    option_id = await w.db.fetchval("SELECT id FROM ballot_options WHERE ballot_id = $1", ballot_id)
    return Call("PUT", f"/ballots/{ballot_id}/votes/mine", json={"choices": [str(option_id)]} | body)


async def _residents_of_the_broker(w: World) -> None:
    """A's residents' broker vouches for the inwoner; B's broker (on the same issuer) for the foreign
    medewerker; A's staff provider (the same issuer again) for the other inwoner."""
    if await w.db.fetchval(
        "SELECT EXISTS (SELECT 1 FROM external_identities WHERE account_id = $1 AND purpose = 'residents')",
        w.people["inwoner"]["id"],
    ):
        return
    issuer = BROKER["issuer"]
    await configure(w.db, w.app, w.a["id"], issuer, purpose="residents")
    await configure(w.db, w.app, w.b["id"], issuer, purpose="residents")
    for town, who, purpose in (
        (w.a, "inwoner", "residents"),
        (w.b, "foreign_medewerker", "residents"),
        (w.a, "other_inwoner", "staff"),
    ):
        await w.db.fetchval(
            """INSERT INTO external_identities (id, municipality_id, purpose, issuer, subject, account_id,
                   last_sign_in_at) VALUES ($1, $2, $3, $4, $5, $6, now())""",
            new_id(),
            town["id"],
            purpose,
            issuer,
            unique("bsn"),
            w.people[who]["id"],
        )


# Ballots whose municipality chose a narrower eligibility: the same operation, other rules.
NARROWER_VOTES = {
    # Only whom A's broker vouches for now: not a resident of another municipality (linked by B's
    # broker), not one without a broker link (the other inwoner, linked only by A's staff provider).
    "broker": Case(
        "CastVote",
        lambda w: _vote_on(w, "broker", {}),
        verified_only(403, inwoner=200),
    ),
    # A postcode outside A's ranges lets nobody in.
    "postcode": Case(
        "CastVote",
        lambda w: _vote_on(w, "postcode", {"postcode": "9999 ZZ"}),
        verified_only(403),
    ),
}


@pytest.mark.parametrize("eligibility", sorted(NARROWER_VOTES))
async def test_permission_matrix_of_narrower_ballots(world: World, eligibility: str) -> None:
    await _residents_of_the_broker(world)
    await world.db.fetchval(
        """INSERT INTO postcode_ranges (id, municipality_id, first_digits, last_digits) SELECT $1, $2, 3500, 3585
           WHERE NOT EXISTS (SELECT 1 FROM postcode_ranges WHERE municipality_id = $2)""",
        new_id(),
        world.a["id"],
    )
    await _check(world, "CastVote", NARROWER_VOTES[eligibility])


async def _check(world: World, operation: str, case: Case) -> None:
    method, template = _spec_operations()[operation]
    failures = []
    for identity in IDENTITIES:
        call = await case.build(world)
        assert call.method == method, operation
        assert _matches(template, call.path.split("?")[0]), (operation, call.path)
        before = await world.changes.mark()
        async with AsyncExitStack() as stack:
            response = await _send(world, identity, call, stack)
        expected = case.expected[identity]
        if response.status_code != expected:
            failures.append(
                f"{identity}: expected {expected}, got {response.status_code} {response.text[:200]}"
            )
            continue
        request_id = response.headers["x-request-id"]
        logged = await world.db.fetchval(
            "SELECT count(*) FROM audit_events WHERE request_id = $1 AND result = 'success'", request_id
        )
        if response.status_code >= 400:
            assert response.headers["content-type"] == "application/problem+json", (operation, identity)
            changed = await world.changes.changed_since(before)
            if changed:
                failures.append(f"{identity}: refused with {response.status_code} but changed {changed}")
            if logged:
                failures.append(f"{identity}: refused but audited as a success")
        elif method != "GET" and case.audited and not logged:
            failures.append(f"{identity}: {method} succeeded without an audit entry")
    assert not failures, f"{operation}:\n" + "\n".join(failures)


def _matches(template: str, path: str) -> bool:
    parts, actual = template.strip("/").split("/"), path.strip("/").split("/")
    return len(parts) == len(actual) and all(
        p.startswith("{") or p == a for p, a in zip(parts, actual, strict=True)
    )


CLIENT_SCOPES = frozenset(
    {
        "audit:read",
        "opgaven:read",
        "opgaven:write",
        "proposals:read",
        "proposals:write",
        "comments:write",
        "tasks:read",
        "tasks:write",
        "budgets:read",
        "budgets:write",
        "webhooks:write",
    }
)


def test_who_may_call_in_the_spec_is_the_matrix() -> None:
    """The contract's callers (its security and its "Wie mag dit") are generated from the rule the
    guard applies; the matrix says what the guard does. They agree on anonymous callers and on
    machine clients: a caller kind the spec names gets through, one it does not is refused."""
    spec = json.loads(SPEC_FILE.read_text())
    wrong = []
    for item in spec["paths"].values():
        for method, op in item.items():
            if method not in {"get", "post", "put", "patch", "delete"}:
                continue
            expected = CASES[op["operationId"]].expected
            kinds = {name for requirement in op["security"] for name in requirement} | (
                {"anonymous"} if {} in op["security"] else set()
            )
            # A refused anonymous caller gets 401, or 404 where the target is private.
            # Open to anyone only on a condition (the moment is published): the case may not meet it.
            conditional = "iedereen, als" in op["x-access"]
            if ("anonymous" in kinds) != (expected["anonymous"] < 400) and not conditional:
                wrong.append(f"{op['operationId']}: anonymous {expected['anonymous']}, spec {op['security']}")
            scopes = {s for r in op["security"] for s in r.get("clientCredentials", [])}
            for_client = "anonymous" in kinds or ("clientCredentials" in kinds and scopes <= CLIENT_SCOPES)
            if for_client != (expected["client_with_scope"] < 400):
                wrong.append(
                    f"{op['operationId']}: client with scopes {expected['client_with_scope']}, spec {op['security']}"
                )
            names_client = (
                "client van de gemeente" in op["x-access"] or "ook zonder aanmelding" in op["x-access"]
            )
            if names_client != for_client:
                wrong.append(f"{op['operationId']}: 'Wie mag dit' {op['x-access']!r}, spec {op['security']}")
    assert not wrong, "\n".join(wrong)


def _optional_parameters(operation: str) -> set[tuple[str, str]]:
    """The query and header parameters the spec lets a caller leave out, as (in, lower-case name)."""
    spec = json.loads(SPEC_FILE.read_text())
    method, path = _spec_operations()[operation]
    found = set()
    for parameter in spec["paths"][path][method.lower()].get("parameters", []):
        if "$ref" in parameter:
            parameter = spec["components"]["parameters"][parameter["$ref"].rsplit("/", 1)[-1]]
        if parameter["in"] in {"query", "header"} and not parameter.get("required"):
            found.add((parameter["in"], parameter["name"].lower()))
    return found


# Parameters needed only in some cases, which a parameter's `required` cannot say (their
# descriptions do): the call of the matrix is such a case.
REQUIRED_SOMETIMES = {
    ("SetIdentityProvider", "if-match"): "only when it replaces a provider; the first is set without",
    ("SetResidentBroker", "if-match"): "only when it replaces a broker; the first is set without",
    ("ExportMunicipality", "dataset"): "only with format=csv (one file per dataset); JSON has them all",
    ("ExportOpgave", "dataset"): "only with format=csv (one file per dataset); JSON has them all",
}


@pytest.mark.parametrize("operation", sorted(CASES))
async def test_every_parameter_the_api_requires_is_required_in_the_spec(world: World, operation: str) -> None:
    """The matrix's allowed call, less one parameter the spec calls optional, is not refused for
    the want of it (400 `required` naming it, or 428 for If-Match)."""
    case = CASES[operation]
    identity = next((i for i in IDENTITIES if case.expected[i] < 400), None)
    if identity is None:
        return
    optional = _optional_parameters(operation)
    probe = await case.build(world)
    query = dict(httpx.URL(probe.path).params)
    sent = {("query", key.lower()) for key in query} | {("header", key.lower()) for key in probe.headers}
    wrong = []
    for where, name in sorted(optional & sent):
        if (operation, name) in REQUIRED_SOMETIMES:
            continue
        call = await case.build(world)
        url = httpx.URL(call.path)
        if where == "query":
            kept = {k: v for k, v in url.params.items() if k.lower() != name}
            call.path = str(url.copy_with(params=kept)) if kept else url.path
        else:
            call.headers = {k: v for k, v in call.headers.items() if k.lower() != name}
        async with AsyncExitStack() as stack:
            response = await _send(world, identity, call, stack)
        named = [
            p
            for p in (response.json().get("invalidParams", []) if response.status_code == 400 else [])
            if p["name"].lower() == name and p["code"] == "required"
        ]
        if response.status_code == 428 or named:
            wrong.append(f"without {where} {name}: {response.status_code} {response.text[:200]}")
    assert not wrong, f"{operation} (the spec says optional):\n" + "\n".join(wrong)


WRITES_OF_A_SYSTEM = sorted(
    name
    for name, case in CASES.items()
    # Through its scopes: what anyone may do (register, sign in) is not a system's power.
    if case.expected["client_with_scope"] < 400
    and case.expected["anonymous"] >= 400
    and _spec_operations()[name][0] != "GET"
)


@pytest.mark.parametrize("operation", WRITES_OF_A_SYSTEM)
async def test_another_municipalitys_system_writes_nothing_here(world: World, operation: str) -> None:
    """What a system of A may write in A's name, a system of B with every scope may not: refused
    (403 where the thing is public, else 404) as problem+json, and nothing changes."""
    call = await CASES[operation].build(world)
    before = await world.changes.mark()
    async with AsyncExitStack() as stack:
        response = await _send(world, FOREIGN_CLIENT, call, stack)
    assert response.status_code in {403, 404}, (operation, response.status_code, response.text[:300])
    assert response.headers["content-type"] == "application/problem+json"
    assert not await world.changes.changed_since(before), operation
