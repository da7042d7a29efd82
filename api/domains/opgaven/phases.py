"""The phase rule: one step forward, or one step back with a reason."""

from enum import StrEnum

from api.domains.opgaven.models import Phase
from api.lib.errors import Conflict, InvalidInput

ORDER = [Phase.EXPLORING, Phase.FORMULATING, Phase.PLANNING, Phase.EXECUTING, Phase.COMPLETED]

LABELS = {
    Phase.EXPLORING: "verkennen",
    Phase.FORMULATING: "formuleren",
    Phase.PLANNING: "plan van aanpak",
    Phase.EXECUTING: "uitvoeren en monitoren",
    Phase.COMPLETED: "afgerond",
}


class Direction(StrEnum):
    FORWARD = "forward"
    BACK = "back"


def check_transition(current: Phase, target: Phase, reason: str) -> Direction:
    """The direction of a move from ``current`` to ``target``, or the error that forbids it."""
    step = ORDER.index(target) - ORDER.index(current)
    if step == 1:
        return Direction.FORWARD
    if step == -1:
        if not reason.strip():
            raise InvalidInput.one("reason", "required", "Zeg waarom de opgave een fase teruggaat.")
        return Direction.BACK
    if step == 0:
        raise Conflict(f"De opgave is al in de fase {LABELS[current]}.", code="same_phase")
    raise Conflict(
        f"Van {LABELS[current]} kan de opgave alleen naar de volgende of de vorige fase, niet naar {LABELS[target]}.",
        code="invalid_transition",
    )
