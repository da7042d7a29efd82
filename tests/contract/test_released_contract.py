"""The committed contract keeps what the last release promised, but for the breaks accepted since."""

import json

from api.__main__ import SPEC_FILE
from tests.contract.openapi_diff import RELEASED_SPEC, accepted_changes, breaking, is_accepted, unused


def test_the_contract_keeps_what_the_last_release_promised() -> None:
    found = breaking(json.loads(RELEASED_SPEC.read_text()), json.loads(SPEC_FILE.read_text()))
    refused = [str(c) for c in found if not is_accepted(c, accepted_changes())]
    assert not refused, (
        "These changes break clients of the released contract (see 'Changing the contract' in README.md):\n"
        + "\n".join(refused)
    )


def test_every_accepted_break_still_happens() -> None:
    found = breaking(json.loads(RELEASED_SPEC.read_text()), json.loads(SPEC_FILE.read_text()))
    assert not unused(accepted_changes(), found), "remove these from accepted-breaking-changes.txt"
