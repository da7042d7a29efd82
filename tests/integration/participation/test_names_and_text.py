"""Names that cannot pretend, text that can be seen, links that go where they say.

A person's name may not claim a role or the municipality (however it is spelled); staff are shown
with a badge wherever their name appears, so nobody needs to take a name's word for it. Every
free-text field refuses characters that hide or reorder text (one rule, on every body). A link in
an idea is an absolute ``http(s):`` or ``mailto:`` address, or it is no link.
"""

from typing import Any

import pytest
from litestar import Litestar

from api.db.connection import Database
from tests.factories import municipality, unique
from tests.identities import anonymous_client, browser, person
from tests.integration.participation.conftest import Town

PRETENDING = [
    "Gemeente Putten (medewerker)",
    "beheerder",
    "Moderator",
    "Team Moderatie",
    "Sitebeheerder Anna",
    "ＢＥＨＥＥＲＤＥＲ",  # fullwidth
    "Bеhееrdеr",  # with Cyrillic ie
    "Μoderator",  # Greek capital mu
    "M0derat0r",
    "m o d e r a t o r",
    "b.e.h.e.e.r.d.e.r",
    "Médewerker",
    "Admin",
    "Gemeente-Utrecht",
    "Procesregisseur Jan",
    "Wethouder De Vries",
    "Official Staff",
    "Samenspel",
]
HONEST = ["Jan de Vries", "Fatima El Amrani", "Badminton Bert", "Staffan Berg", "Zoë van Gemert", "Mo"]


async def _register(client: Any, town_slug: str, name: str) -> Any:
    return await client.post(
        "/api/v1/accounts",
        json={
            "email": f"{unique('naam')}@example.org",
            "password": "Lange-Zinnen-Zijn-Sterk-77",
            "displayName": name,
            "municipality": town_slug,
        },
    )


@pytest.mark.parametrize("name", PRETENDING)
async def test_a_name_that_claims_a_role_is_refused(started_app: Litestar, db: Database, name: str) -> None:
    town = await municipality(db)
    someone = await person(db)
    async with anonymous_client(started_app) as client:
        registered = await _register(client, town["slug"], name)
    assert registered.status_code == 400, name
    assert registered.json()["invalidParams"] == [
        {
            "name": "displayName",
            "code": "reserved_name",
            "reason": registered.json()["invalidParams"][0]["reason"],
        }
    ]
    async with browser(started_app, someone["email"]) as client:
        etag = (await client.get("/api/v1/me")).headers["etag"]
        renamed = await client.patch("/api/v1/me", json={"displayName": name}, headers={"If-Match": etag})
    assert renamed.status_code == 400, name
    assert renamed.json()["invalidParams"][0]["code"] == "reserved_name"
    assert await db.fetchval("SELECT display_name FROM accounts WHERE id = $1", someone["id"]) != name


@pytest.mark.parametrize("name", HONEST)
async def test_an_ordinary_name_is_welcome(started_app: Litestar, db: Database, name: str) -> None:
    town = await municipality(db)
    async with anonymous_client(started_app) as client:
        assert (await _register(client, town["slug"], name)).status_code == 202


INVISIBLE_OR_MISLEADING = {
    "a right-to-left override": ("Goed idee \u202egnp.exe", "bidi_control"),
    "an isolate": ("Plan \u2066B\u2069", "bidi_control"),
    "zero-width spaces only": ("\u200b\u200b\u200b", "invisible_text"),
    "a hangul filler only": ("\u3164" * 5, "invisible_text"),
    "a zero-width space in a word": ("beheer\u200bder", "format_character"),
    "a byte order mark": ("\ufeffIdee", "format_character"),
    "a word joiner": ("a\u2060b", "format_character"),
}


@pytest.mark.parametrize("case", sorted(INVISIBLE_OR_MISLEADING))
async def test_text_that_hides_or_reorders_is_refused_in_every_field(
    started_app: Litestar, db: Database, town: Town, opgave: dict[str, Any], case: str
) -> None:
    text, code = INVISIBLE_OR_MISLEADING[case]
    before = await db.fetchval("SELECT count(*) FROM proposals WHERE opgave_id = $1", opgave["id"])
    async with browser(started_app, town.inwoner["email"]) as resident:
        title = await resident.post(
            f"/api/v1/opgaven/{opgave['id']}/proposals", json={"title": text, "body": "x"}
        )
        body = await resident.post(
            f"/api/v1/opgaven/{opgave['id']}/proposals", json={"title": "Een idee", "body": text}
        )
        comment = await resident.post(f"/api/v1/opgaven/{opgave['id']}/comments", json={"body": text})
        etag = (await resident.get("/api/v1/me")).headers["etag"]
        name = await resident.patch("/api/v1/me", json={"displayName": text}, headers={"If-Match": etag})
    async with browser(started_app, town.regisseur["email"]) as staff:
        opgave_title = await staff.post("/api/v1/opgaven", json={"municipality": town.slug, "title": text})
    for field, response in {
        "title": title,
        "body": body,
        "body ": comment,
        "displayName": name,
        "title ": opgave_title,
    }.items():
        assert response.status_code == 400, (case, field, response.text)
        problem = response.json()["invalidParams"][0]
        assert (problem["name"], problem["code"]) == (field.strip(), code), (case, field)
    assert await db.fetchval("SELECT count(*) FROM proposals WHERE opgave_id = $1", opgave["id"]) == before


WELCOME = {
    "a family emoji (joiners)": "Leuk voor 👨\u200d👩\u200d👧 gezinnen",
    "Persian with a non-joiner": "می\u200cخواهم کمک کنم",
    "Arabic with a direction mark": "فكرة جيدة\u200f 2026",
    "a Scottish flag (tags)": "Groet uit 🏴\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f",
    "a soft hyphen in a long word": "arbeids\u00admarktparticipatie",
}


@pytest.mark.parametrize("case", sorted(WELCOME))
async def test_joiners_and_marks_that_belong_to_writing_are_kept(
    started_app: Litestar, town: Town, opgave: dict[str, Any], case: str
) -> None:
    async with browser(started_app, town.inwoner["email"]) as resident:
        response = await resident.post(
            f"/api/v1/opgaven/{opgave['id']}/comments", json={"body": WELCOME[case]}
        )
    assert response.status_code == 201, response.text
    assert response.json()["body"] == WELCOME[case]


async def test_links_in_an_idea_are_absolute_http_or_mail(
    started_app: Litestar, town: Town, opgave: dict[str, Any]
) -> None:
    links = {
        "//evil.example/inloggen": None,
        "/gemeenten/putten": None,
        "evil.example": None,
        "https:evil.example": None,
        "https:/evil.example": None,
        "https://gemeente.example@evil.example/": None,
        "https://": None,
        "#boven": None,
        "https://www.utrecht.nl/werk": "https://www.utrecht.nl/werk",
        "http://example.org/a?b=c": "http://example.org/a?b=c",
        "mailto:wijk@example.org": "mailto:wijk@example.org",
    }
    body = "".join(f'<p><a href="{href}">link {n}</a></p>' for n, href in enumerate(links))
    async with browser(started_app, town.inwoner["email"]) as resident:
        response = await resident.post(
            f"/api/v1/opgaven/{opgave['id']}/proposals", json={"title": "Met links", "body": body}
        )
    assert response.status_code == 201, response.text
    kept = response.json()["body"]
    for n, (href, expected) in enumerate(links.items()):
        if expected is None:
            assert f'href="{href}"' not in kept, href
            assert f"link {n}" in kept  # the text stays, as text
        else:
            assert f'href="{expected.replace("&", "&amp;")}"' in kept, href


async def test_staff_carry_a_badge_wherever_their_name_appears(
    started_app: Litestar, db: Database, town: Town, opgave: dict[str, Any]
) -> None:
    elsewhere = await municipality(db)
    foreign_staff = await person(db, municipality_id=elsewhere["id"], role="medewerker")
    posted: dict[str, str] = {}
    for who, email in (
        ("staff", town.medewerker["email"]),
        ("beheerder", town.beheerder["email"]),
        ("resident", town.inwoner["email"]),
        ("staff elsewhere", foreign_staff["email"]),
    ):
        async with browser(started_app, email) as client:
            response = await client.post(
                f"/api/v1/opgaven/{opgave['id']}/comments", json={"body": f"Van {who}"}
            )
            assert response.status_code == 201, response.text
            posted[response.json()["id"]] = who
            assert response.json()["author"]["badge"] == ("staff" if who in {"staff", "beheerder"} else None)
    async with anonymous_client(started_app) as visitor:
        page = (await visitor.get(f"/api/v1/opgaven/{opgave['id']}/comments?limit=100")).json()
        detail = (await visitor.get(f"/api/v1/opgaven/{opgave['id']}")).json()
    badges = {posted[c["id"]]: c["author"]["badge"] for c in page["items"] if c["id"] in posted}
    assert badges == {"staff": "staff", "beheerder": "staff", "resident": None, "staff elsewhere": None}
    assert detail["procesregisseur"]["badge"] == "staff"
    # The badge follows the role as it is now: a medewerker who is no longer one loses it.
    await db.fetchval(
        "UPDATE role_assignments SET role = 'inwoner' WHERE account_id = $1 AND municipality_id = $2",
        town.medewerker["id"],
        town.id,
    )
    async with anonymous_client(started_app) as visitor:
        page = (await visitor.get(f"/api/v1/opgaven/{opgave['id']}/comments?limit=100")).json()
    assert {posted[c["id"]]: c["author"]["badge"] for c in page["items"] if c["id"] in posted}[
        "staff"
    ] is None
