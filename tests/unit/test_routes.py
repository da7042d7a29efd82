"""The route helpers of ``api.lib.routes``: a declared list answers as a written-out handler would."""

from typing import Annotated, Any
from uuid import UUID, uuid4

import msgspec
from litestar.di import Provide
from litestar.params import QueryParameter
from litestar.testing import create_test_client

from api.db.connection import Database
from api.lib.pagination import Page
from api.lib.routes import PATH_ID, Controller, page_of_path

SEEN: list[tuple[Any, ...]] = []
POOL = Database.__new__(Database)  # never connected: the query here is a stand-in


class Thing(msgspec.Struct):
    name: str


class ThingPage(Page):
    items: list[Thing]


async def things(db: object, *given: Any, **named: Any) -> ThingPage:
    SEEN.append((db, given, named))
    return ThingPage(items=[Thing("a")], next_cursor="next" if named.get("cursor") == "" else None)


Colour = Annotated[str, QueryParameter(name="colour", max_length=10)]


class ThingController(Controller):
    path = "/boxes/{id:uuid}"

    list_things = page_of_path(
        "/things",
        page=ThingPage,
        query=things,
        viewer=lambda request: "viewer",
        from_request={"staff": lambda request: True},
        filters={"colour": (Colour, "red")},
        limit=7,
    )


def test_a_declared_list_passes_path_viewer_request_and_filters_to_its_query() -> None:
    SEEN.clear()
    box = uuid4()
    with create_test_client(
        [ThingController], dependencies={"db": Provide(lambda: POOL, sync_to_thread=False)}
    ) as client:
        answer = client.get(f"/boxes/{box}/things", params={"colour": "blue"})
    assert answer.status_code == 200, answer.text
    assert answer.json() == {"items": [{"name": "a"}], "nextCursor": "next"}
    assert answer.headers["link"] == f'</boxes/{box}/things?colour=blue&cursor=next>; rel="next"'
    db, given, named = SEEN[0]
    assert db is POOL
    assert given == (box, "viewer")
    assert named == {"staff": True, "colour": "blue", "limit": 7, "cursor": ""}


def test_a_declared_list_declares_its_parameters_in_order_with_their_defaults() -> None:
    with create_test_client(
        [ThingController], dependencies={"db": Provide(lambda: POOL, sync_to_thread=False)}
    ) as client:
        spec = client.app.openapi_schema.to_schema()
    operation = spec["paths"]["/boxes/{id}/things"]["get"]
    assert operation["operationId"] == "ListThings"
    assert [p["name"] for p in operation["parameters"]] == ["id", "colour", "limit", "cursor"]
    defaults = {p["name"]: p["schema"].get("default") for p in operation["parameters"]}
    assert defaults["colour"] == "red"
    assert defaults["limit"] == 7


def test_a_key_given_by_name_goes_to_the_query_as_a_keyword() -> None:
    assert PATH_ID.given_as("box_id").keyword == "box_id"
    assert PATH_ID.keyword is None
    assert isinstance(PATH_ID.value(None, UUID(int=1)), UUID)  # type: ignore[arg-type]
