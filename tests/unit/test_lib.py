"""Pure helpers: cursors, validation messages, log lines."""

import json
import logging
import uuid
from enum import StrEnum

import msgspec
import pytest

from api.db.sql import Inline, bind
from api.lib.errors import InvalidInput
from api.lib.logs import JsonFormatter
from api.lib.pagination import Keyset, Where, decode_cursor, encode_cursor
from api.lib.validation import explain


def test_a_cursor_round_trips_its_key() -> None:
    key = ("Utrecht", uuid.uuid4())
    assert decode_cursor(encode_cursor(key), (str, uuid.UUID)) == list(key)


def test_an_empty_cursor_means_the_first_page() -> None:
    assert decode_cursor("", (str,)) is None


@pytest.mark.parametrize("cursor", ["%%%", "e30", encode_cursor(["a"]), encode_cursor(["a", "not-a-uuid"])])
def test_a_bad_cursor_is_invalid_input(cursor: str) -> None:
    with pytest.raises(InvalidInput):
        decode_cursor(cursor, (str, uuid.UUID))


def test_a_keyset_page_gives_a_cursor_only_when_more_rows_exist() -> None:
    keyset = Keyset(("e.number",), (int,))
    rows = [{"number": 1}, {"number": 2}, {"number": 3}]
    assert keyset.page(rows[:2], 2) == (rows[:2], None)
    items, cursor = keyset.page(rows, 2)
    assert items == rows[:2]
    assert cursor is not None
    assert decode_cursor(cursor, (int,)) == [2]
    assert keyset.decode(cursor) == [2]


def test_a_keyset_statement_orders_pages_and_binds_the_key_after_the_filters() -> None:
    keyset = Keyset(("o.created_at", "o.id"), (str, uuid.UUID), descending=True)
    after = ["2026", uuid.uuid4()]
    sql, args = keyset.statement(
        "SELECT o.id FROM o", ["o.kind = $kind"], {"kind": "x"}, after=after, limit=20
    )
    # The limit is written in: a generic plan of LIMIT $n would price every matching row.
    assert sql == (
        "SELECT o.id FROM o WHERE o.kind = $1 AND (o.created_at, o.id) < ($2, $3)"
        " ORDER BY o.created_at DESC, o.id DESC LIMIT 21"
    )
    assert args == ["x", after[0], after[1]]
    first, _ = keyset.statement("SELECT o.id FROM o", [], {}, after=None, limit=5)
    assert first == "SELECT o.id FROM o WHERE true ORDER BY o.created_at DESC, o.id DESC LIMIT 6"


def test_bind_writes_an_inline_value_into_the_statement_and_numbers_the_rest() -> None:
    sql, args = bind(
        "SELECT 1 WHERE a = $viewer AND b = $opgave AND c = ANY($staff)",
        {"viewer": Inline("NULL::uuid"), "opgave": 7, "staff": [1]},
    )
    assert sql == "SELECT 1 WHERE a = NULL::uuid AND b = $1 AND c = ANY($2)"
    assert args == [7, [1]]


def test_a_keyset_cursor_names_its_order_and_is_refused_in_another() -> None:
    newest = Keyset(("created_at", "id"), (str, uuid.UUID), descending=True, tag="newest")
    oldest = Keyset(("created_at", "id"), (str, uuid.UUID), tag="oldest")
    key = uuid.uuid4()
    _, cursor = newest.page([{"created_at": "b", "id": key}, {"created_at": "a", "id": key}], 1)
    assert cursor is not None
    assert decode_cursor(cursor, (str, str, uuid.UUID)) == ["newest", "b", key]
    assert newest.decode(cursor) == ["b", key]
    with pytest.raises(InvalidInput):
        oldest.decode(cursor)


@pytest.mark.parametrize(
    ("message", "code", "reason"),
    [
        ("Expected `str` of length <= 3 - at `$.title`", "too_long", "Mag hoogstens 3 tekens lang zijn."),
        ("Expected `int` >= 1 - at `$.n`", "out_of_range", "Moet minstens 1 zijn."),
        ("Expected `int`, got `str`", "type", "Moet een geheel getal zijn."),
        ("Invalid enum value 'x'", "invalid_choice", "Is geen toegestane waarde."),
        ("Object missing required field `a`", "required", "Dit veld is verplicht."),
        ("Missing required query parameter 'q' for url", "required", "Deze parameter is verplicht."),
        ("Something new", "invalid", "Something new"),
    ],
)
def test_validation_messages_become_codes_and_dutch_reasons(message: str, code: str, reason: str) -> None:
    assert explain(message) == (code, reason)


def test_a_log_record_is_one_json_line_with_its_extra_fields() -> None:
    record = logging.LogRecord("api.access", logging.INFO, __file__, 1, "request", (), None)
    record.status = 201
    record.requestId = "abc"
    line = JsonFormatter().format(record)
    assert "\n" not in line
    parsed = json.loads(line)
    assert parsed["message"] == "request"
    assert parsed["status"] == 201
    assert parsed["requestId"] == "abc"
    assert parsed["time"].endswith("Z")


def test_problem_omits_invalid_params_when_there_are_none() -> None:
    from api.lib.schema import Problem

    problem = Problem(
        type="t", title="t", status=404, detail="d", instance="/", code="not_found", request_id="r"
    )
    assert "invalidParams" not in msgspec.json.decode(msgspec.json.encode(problem))


def test_who_may_call_is_described_from_the_rule_the_guard_applies() -> None:
    from api.lib.access import Check, Role, describe, role, scope, signed_in, verified

    published = Check(lambda p, t: True, "als de opgave gepubliceerd is", anyone=True)
    staff = role(Role.MEDEWERKER)
    read = published | staff | scope("proposals:read")
    # A signed-in person cannot hold a client's scope: the scope is no way in.
    support = verified & (published | staff) & read
    assert describe(support) == (
        "iedere aangemelde persoon met een bevestigd e-mailadres, als de opgave gepubliceerd is; "
        "of iedere aangemelde persoon met een bevestigd e-mailadres en medewerker (of hoger) van de gemeente"
    )
    assert support.scopes() == frozenset()
    assert not support.is_public()
    follow = signed_in & read
    assert (
        describe(follow)
        == "iedere aangemelde persoon, als de opgave gepubliceerd is; of medewerker (of hoger) van de gemeente"
    )
    assert read.scopes() == {"proposals:read"}
    assert read.is_public()
    author = Check(lambda p, t: True, "de auteur van het idee")
    assert describe(signed_in & author) == "de auteur van het idee"


def test_where_keeps_the_filters_given_and_binds_each_value_once() -> None:
    class Colour(StrEnum):
        RED = "red"

    where = Where("a.owner = $owner", owner=1, viewer=2).given(
        {
            "a.colour = $colour": Colour.RED,
            "a.size = $size": None,
            "a.shown OR a.author = $viewer AND a.tag = $tag": "x",
        }
    )
    assert where.conditions == [
        "a.owner = $owner",
        "a.colour = $colour",
        "a.shown OR a.author = $viewer AND a.tag = $tag",
    ]
    assert where.values == {"owner": 1, "viewer": 2, "colour": "red", "tag": "x"}
    assert type(where.values["colour"]) is str
