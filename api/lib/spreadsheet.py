"""Cells of a CSV file that people open in a spreadsheet: plain text, never a formula."""

from datetime import datetime
from typing import Any
from uuid import UUID

import msgspec

# A text a spreadsheet would run as a formula is prefixed, as OWASP advises for CSV files.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def cell(value: Any) -> Any:
    """A value as a CSV cell: empty for null, ISO 8601 for a moment, JSON for a structure."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime):
        return msgspec.json.encode(value).decode().strip('"')
    if isinstance(value, dict | list):
        value = msgspec.json.encode(value).decode()
    if isinstance(value, str):
        return "'" + value if value.startswith(_FORMULA_START) else value
    return str(value) if isinstance(value, UUID) else value
