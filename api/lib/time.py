"""Time: always timezone-aware UTC, and calendar dates within a plausible range."""

from datetime import UTC, date, datetime
from typing import Annotated

import msgspec

from api.lib.errors import InvalidInput
from api.lib.schema import InvalidParam

# PostgreSQL stores the first and last date Python knows as -infinity and infinity, which then no
# longer read back as dates; no opgave plans or measures that far away.
EARLIEST, LATEST = date(1900, 1, 1), date(2199, 12, 31)

# A calendar date as the contract states it: the pattern says the years EARLIEST..LATEST allow,
# which ``plausible_dates`` enforces (msgspec checks the format, not the range).
PlausibleDate = Annotated[
    date,
    msgspec.Meta(
        extra_json_schema={
            "pattern": "^(19|20|21)[0-9]{2}-[0-9]{2}-[0-9]{2}$",
            "description": f"Een datum tussen {EARLIEST.isoformat()} en {LATEST.isoformat()}.",
        }
    ),
]


def utcnow() -> datetime:
    """Now, in UTC."""
    return datetime.now(UTC)


def plausible_dates(**dates: date | None) -> None:
    """Refuse, all at once, every date (named by its wire name) outside EARLIEST..LATEST."""
    if problems := [
        InvalidParam(
            name=name, code="out_of_range", reason=f"Kies een datum tussen {EARLIEST.year} en {LATEST.year}."
        )
        for name, value in dates.items()
        if isinstance(value, date) and not EARLIEST <= value <= LATEST
    ]:
        raise InvalidInput("Een datum ligt buiten het bereik; zie invalidParams.", invalid_params=problems)
