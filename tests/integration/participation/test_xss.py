"""Hostile markup: an idea's body is cleaned on the way in to a short allowlist; titles and comments
are plain text, stored and returned as the characters they are (the site shows them as text)."""

import json
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from litestar import Litestar

from api.db.connection import Database
from tests.identities import browser
from tests.integration.participation.conftest import Town

PAYLOADS: list[str] = json.loads((Path(__file__).parents[2] / "fixtures" / "xss-payloads.json").read_text())
ALLOWED = {
    "p": set(),
    "br": set(),
    "ul": set(),
    "ol": set(),
    "li": set(),
    "strong": set(),
    "em": set(),
    "a": {"href", "rel"},
}


class _Audit(HTMLParser):
    """Every tag and attribute in a fragment, as a browser's tokenizer sees them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in ALLOWED:
            self.problems.append(f"tag {tag}")
            return
        for name, value in attrs:
            if name not in ALLOWED[tag]:
                self.problems.append(f"attribute {name} on {tag}")
            elif name == "href" and urlsplit((value or "").strip()).scheme.lower() not in {
                "http",
                "https",
                "mailto",
            }:
                self.problems.append(f"href {value!r}")

    def handle_comment(self, data: str) -> None:
        self.problems.append("comment")


def problems_in(fragment: str) -> list[str]:
    audit = _Audit()
    audit.feed(fragment)
    audit.close()
    return audit.problems


def test_the_corpus_is_large_enough() -> None:
    assert len(set(PAYLOADS)) >= 50


async def test_idea_bodies_are_cleaned_and_titles_kept_literally(
    started_app: Litestar, db: Database, town: Town, opgave: dict[str, Any]
) -> None:
    async with browser(started_app, town.inwoner["email"]) as resident:
        for number, payload in enumerate(PAYLOADS):
            title = f"Idee {number} {payload}"[:200].strip()
            response = await resident.post(
                f"/api/v1/opgaven/{opgave['id']}/proposals",
                json={"title": title, "body": f"<p>Idee {number}</p>{payload}"},
            )
            assert response.status_code == 201, (payload, response.text)
            idea = response.json()
            assert problems_in(idea["body"]) == [], payload
            assert idea["title"] == title
            stored = await db.fetchrow("SELECT title, body FROM proposals WHERE id = $1", idea["id"])
            assert stored is not None
            assert (stored["title"], stored["body"]) == (title, idea["body"])
            read = (await resident.get(f"/api/v1/proposals/{idea['id']}")).json()
            assert read["body"] == idea["body"]


async def test_comments_keep_their_characters(
    started_app: Litestar, town: Town, opgave: dict[str, Any]
) -> None:
    async with browser(started_app, town.inwoner["email"]) as resident:
        for payload in PAYLOADS:
            response = await resident.post(f"/api/v1/opgaven/{opgave['id']}/comments", json={"body": payload})
            assert response.status_code == 201, (payload, response.text)
            assert response.json()["body"] == payload.strip()
            assert response.headers["content-type"] == "application/json"
