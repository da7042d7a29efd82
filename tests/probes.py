"""Probe routes mounted beside the real ones, to test the shared HTTP rules before a domain
uses them (a body to validate, an unexpected failure)."""

from typing import Annotated

import msgspec
from litestar import Controller, post
from litestar.params import JSONBody

from api.lib.access import access, everyone
from api.lib.openapi import problems
from api.lib.schema import Schema


class ProbeItem(Schema):
    label: Annotated[str, msgspec.Meta(min_length=2, max_length=10)]


class ProbeBody(Schema):
    title: Annotated[str, msgspec.Meta(min_length=1, max_length=20)]
    amount_cents: Annotated[int, msgspec.Meta(ge=0)]
    items: Annotated[list[ProbeItem], msgspec.Meta(max_length=3)] = msgspec.field(default_factory=list)


class ProbeController(Controller):
    path = "/probes"

    @post("/echo", operation_id="ProbeEcho", responses=problems(400), opt=access(everyone))
    async def echo(self, data: JSONBody[ProbeBody]) -> ProbeBody:
        return data

    @post("/crash", operation_id="ProbeCrash", opt=access(everyone))
    async def crash(self) -> None:
        raise RuntimeError("secret internal detail: SELECT * FROM users")
