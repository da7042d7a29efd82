"""Who may vote is the municipality's choice: any verified account, residents by postcode, or residents
its OpenID broker (DigiD and the like) vouches for, against a real provider on loopback."""

from collections.abc import Iterator

import httpx
import pytest
from litestar import Litestar

from api.db.connection import Database
from api.lib.ids import new_id
from tests.factories import unique
from tests.identities import browser, person
from tests.integration.deciding.conftest import Place, ballot_body, open_ballot
from tests.oidc import configure, mock_provider, resident_sign_in, set_user


@pytest.fixture(scope="module")
def mock_issuer() -> Iterator[str]:
    with mock_provider() as issuer:
        yield issuer


async def test_a_ballot_for_residents_lets_in_only_their_postcodes(
    started_app: Litestar, db: Database, place: Place
) -> None:
    admin = await person(db, municipality_id=place.town["id"], role="beheerder")
    resident, outsider = await person(db), await person(db)
    ranges = f"/api/v1/municipalities/{place.town['slug']}/postcode-ranges"
    async with (
        browser(started_app, place.staff["email"]) as staff,
        browser(started_app, admin["email"]) as beheer,
    ):
        # Without ranges there is nobody to let in.
        early = await staff.post(
            f"/api/v1/budgets/{place.budget_id}/ballots",
            json=ballot_body(place, [100_000], eligibility="postcode"),
        )
        assert early.status_code == 409
        assert early.json()["code"] == "no_postcode_ranges"
        assert (await staff.put(ranges, json={"ranges": [{"first": 3500, "last": 3585}]})).status_code == 403
        backwards = await beheer.put(ranges, json={"ranges": [{"first": 3585, "last": 3500}]})
        assert backwards.status_code == 400
        assert backwards.json()["invalidParams"][0]["name"] == "ranges[0].last"
        set_ = await beheer.put(
            ranges, json={"ranges": [{"first": 3500, "last": 3585}, {"first": 3600, "last": 3600}]}
        )
        assert set_.status_code == 200, set_.text
        ballot = await open_ballot(staff, place, [100_000], eligibility="postcode")
    assert ballot["eligibility"] == "postcode"
    path = f"/api/v1/ballots/{ballot['id']}/votes/mine"
    choices = [ballot["options"][0]["id"]]
    async with (
        browser(started_app, resident["email"]) as inside,
        browser(started_app, outsider["email"]) as out,
    ):
        missing = await inside.put(path, json={"choices": choices})
        assert missing.status_code == 400
        assert missing.json()["invalidParams"][0]["name"] == "postcode"
        # A resident of another municipality (by postcode) is refused, and nothing is kept.
        refused = await out.put(path, json={"choices": choices, "postcode": "1012 AB"})
        assert refused.status_code == 403
        assert refused.json()["code"] == "not_eligible"
        assert (await inside.put(path, json={"choices": choices, "postcode": "3581 ab"})).status_code == 200
        assert (await inside.put(path, json={"choices": choices, "postcode": "3600AA"})).status_code == 200
    votes = await db.fetch("SELECT account_id, postcode FROM ballot_votes WHERE ballot_id = $1", ballot["id"])
    assert [(v["account_id"], v["postcode"]) for v in votes] == [(resident["id"], "3600AA")]
    async with browser(started_app) as visitor:
        shown = (await visitor.get(ranges)).json()
    assert shown == {"ranges": [{"first": 3500, "last": 3585}, {"first": 3600, "last": 3600}]}


async def _fresh_csrf(client: httpx.AsyncClient) -> None:
    """After a sign-in through the broker the browser holds a new session: take its CSRF token."""
    me = await client.get("/api/v1/me")
    assert me.status_code == 200, me.text
    client.headers["X-CSRF-Token"] = me.json()["csrfToken"]


async def test_a_ballot_for_residents_of_the_broker_lets_in_only_those_it_vouches_for_here(
    started_app: Litestar, db: Database, place: Place, mock_issuer: str
) -> None:
    town, elsewhere = place.town, place.elsewhere
    async with browser(started_app, place.staff["email"]) as staff:
        # Without a broker there is nobody to let in.
        early = await staff.post(
            f"/api/v1/budgets/{place.budget_id}/ballots",
            json=ballot_body(place, [100_000], eligibility="broker"),
        )
        assert early.status_code == 409
        assert early.json()["code"] == "no_resident_broker"
        # The same provider as both municipalities' broker, and as this municipality's staff provider.
        await configure(db, started_app, town["id"], mock_issuer, purpose="residents")
        await configure(db, started_app, elsewhere["id"], mock_issuer, purpose="residents")
        await configure(db, started_app, town["id"], mock_issuer, role="inwoner")
        ballot = await open_ballot(staff, place, [100_000], eligibility="broker")
    assert ballot["eligibility"] == "broker"
    path = f"/api/v1/ballots/{ballot['id']}/votes/mine"
    choices = [ballot["options"][0]["id"]]

    resident, outsider, unlinked, by_staff_login = [await person(db) for _ in range(4)]
    for who in (resident, outsider, unlinked, by_staff_login):
        who["sub"] = unique("bsn")
        set_user(mock_issuer, who["sub"], {"name": "Ine Inwoner"})
    async with (
        browser(started_app, resident["email"]) as inside,
        browser(started_app, outsider["email"]) as other_town,
        browser(started_app, unlinked["email"]) as not_linked,
        browser(started_app, by_staff_login["email"]) as staff_login,
    ):
        assert (await resident_sign_in(inside, town["slug"], resident["sub"])).status_code == 303
        # A resident of another municipality, linked by that municipality's broker.
        assert (await resident_sign_in(other_town, elsewhere["slug"], outsider["sub"])).status_code == 303
        # Linked by the municipality's staff provider, not its residents' broker.
        await db.fetchval(
            """INSERT INTO external_identities (id, municipality_id, purpose, issuer, subject, account_id,
                   last_sign_in_at) VALUES ($1, $2, 'staff', $3, $4, $5, now())""",
            new_id(),
            town["id"],
            mock_issuer,
            by_staff_login["sub"],
            by_staff_login["id"],
        )
        for client in (inside, other_town):
            await _fresh_csrf(client)
        for client in (other_town, not_linked, staff_login):
            refused = await client.put(path, json={"choices": choices})
            assert refused.status_code == 403, refused.text
            assert refused.json()["code"] == "not_eligible"
        assert (await inside.put(path, json={"choices": choices})).status_code == 200
        # A broker link is current only with the broker as it is now: disabled, it lets nobody in.
        await db.fetchval(
            "UPDATE identity_providers SET enabled = false WHERE municipality_id = $1 AND purpose = 'residents'",
            town["id"],
        )
        assert (await inside.put(path, json={"choices": choices})).status_code == 403
    votes = await db.fetch("SELECT account_id FROM ballot_votes WHERE ballot_id = $1", ballot["id"])
    assert [v["account_id"] for v in votes] == [resident["id"]]
    # The broker gave nobody a role.
    roles = await db.fetchval(
        "SELECT count(*) FROM role_assignments WHERE account_id = ANY($1::uuid[])",
        [resident["id"], outsider["id"]],
    )
    assert roles == 0
