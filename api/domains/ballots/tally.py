"""The published rule that turns votes into funded ideas. Pure: the same counts give the same result.

1. Every idea gets one vote from each ballot that chose it.
2. The ideas are ordered by votes, most first; a tie goes to the cheaper idea, then to the idea
   submitted first (then, only for ideas submitted in the same instant, the option's id).
3. Down that order, an idea with at least one vote is funded when its cost fits in what is left of
   the amount; an idea that does not fit is passed over, and the next one is tried.
"""

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from uuid import UUID

RULE = (
    "Meeste stemmen eerst; bij gelijke stemmen gaat het goedkopere idee voor, daarna het eerder ingediende. "
    "Zo wordt, van boven naar beneden, elk idee met minstens één stem gefinancierd zolang het nog in het "
    "resterende bedrag past; een idee dat niet meer past wordt overgeslagen."
)


@dataclass(frozen=True)
class Candidate:
    option_id: UUID
    cost_cents: int
    submitted_at: datetime


@dataclass(frozen=True)
class Outcome:
    option_id: UUID
    votes: int
    rank: int  # 1 is the top of the order
    funded: bool


def count(ballots: Iterable[Iterable[UUID]]) -> Counter[UUID]:
    """Votes per option: each ballot counts once for every option it chose."""
    votes: Counter[UUID] = Counter()
    for choices in ballots:
        votes.update(set(choices))
    return votes


def decide(candidates: Iterable[Candidate], votes: Counter[UUID], amount_cents: int) -> list[Outcome]:
    """The outcome of every candidate, in the published order."""
    order = sorted(
        candidates, key=lambda c: (-votes.get(c.option_id, 0), c.cost_cents, c.submitted_at, c.option_id)
    )
    left = amount_cents
    outcomes = []
    for rank, candidate in enumerate(order, start=1):
        got = votes.get(candidate.option_id, 0)
        funded = got > 0 and candidate.cost_cents <= left
        if funded:
            left -= candidate.cost_cents
        outcomes.append(Outcome(candidate.option_id, got, rank, funded))
    return outcomes
