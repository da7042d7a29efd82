"""The shared helpers of the write side that need no database: one problem at several fields, a
unique refusal as the service's own error, and an event about a row of an opgave."""

from uuid import uuid4

import asyncpg
import pytest

from api.db.sql import unique_or
from api.domains.events import outbox
from api.domains.events import types as event_types
from api.lib.errors import Conflict, InvalidInput
from api.settings import API_PREFIX


def test_each_names_the_same_problem_at_every_field() -> None:
    error = InvalidInput.each("Niet alles klopt.", ["a[0]", "a[2]"], "unknown", "Onbekend.")
    assert error.detail == "Niet alles klopt."
    assert error.invalid_params is not None
    assert [(p.name, p.code, p.reason) for p in error.invalid_params] == [
        ("a[0]", "unknown", "Onbekend."),
        ("a[2]", "unknown", "Onbekend."),
    ]


def test_unique_or_turns_a_unique_violation_into_the_refusal() -> None:
    refusal = Conflict("Al gedaan.", code="already_done")
    with pytest.raises(Conflict) as raised, unique_or(refusal):
        raise asyncpg.UniqueViolationError("duplicate key")
    assert raised.value is refusal
    assert raised.value.__cause__ is None


def test_unique_or_lets_other_errors_and_success_through() -> None:
    with unique_or(Conflict("Al gedaan.")):
        pass
    with pytest.raises(asyncpg.ForeignKeyViolationError), unique_or(Conflict("Al gedaan.")):
        raise asyncpg.ForeignKeyViolationError("no such row")


def test_an_event_about_a_row_takes_its_municipality_opgave_and_path() -> None:
    row = outbox.Ref(uuid4(), uuid4(), uuid4())
    actor = uuid4()
    data = event_types.ReflectionEventData(opgave_id=row.opgave_id, reflection_id=row.id)
    event = outbox.about(event_types.REFLECTION_CLOSED, "reflections", row, data, actor_id=actor)
    assert (event.municipality_id, event.opgave_id, event.object_id) == (
        row.municipality_id,
        row.opgave_id,
        row.id,
    )
    assert event.subject == f"{API_PREFIX}/reflections/{row.id}"
    assert (event.type, event.data, event.actor_id) == (event_types.REFLECTION_CLOSED, data, actor)
