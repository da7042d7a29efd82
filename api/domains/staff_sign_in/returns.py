"""Where the browser may go after signing in: only a path on this site (no open redirect)."""

import re

from api.domains.staff_sign_in.schemas import RETURN_TO_PATTERN

_SAFE = re.compile(RETURN_TO_PATTERN)
HOME = "/"


def safe_return_to(value: str) -> str:
    """``value`` when it is a path on this site, else the home page.

    The query parameter's pattern already refuses anything else with a 400; this is the same
    rule once more where the redirect is made, so no other caller can get around it.
    """
    if len(value) <= 500 and _SAFE.fullmatch(value):
        return value
    return HOME
