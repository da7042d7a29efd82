"""Bodies of the health endpoints."""

from typing import Literal

from api.lib.schema import Schema


class Health(Schema):
    """The state of the service."""

    status: Literal["ok"]
