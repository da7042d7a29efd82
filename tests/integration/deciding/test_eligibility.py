"""Who may vote is the municipality's choice: any verified account, or residents by postcode."""

from litestar import Litestar

from api.db.connection import Database
from tests.identities import browser, person
from tests.integration.deciding.conftest import Place, ballot_body, open_ballot


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
