"""How many rows of each kind a scale means. Scale 1 is the issue's full size."""

from dataclasses import dataclass

MUNICIPALITIES = 20
ORGANISATIONS_PER_MUNICIPALITY = 10
TEAM_PARTNERS = 5  # partner organisations on each opgave's team; also each task's capacity
PERSONAS = 256  # signed-in bench users with sessions, members of every organisation of their municipality
# Page 500 of 20 needs 10,000 proposals before it: the first opgave gets at least that many.
HOT_OPGAVE_PROPOSALS = 10_020


@dataclass(frozen=True)
class Sizes:
    scale: float
    municipalities: int
    accounts: int
    opgaven: int
    proposals: int
    supports: int
    comments: int
    tasks: int
    budget_claims: int

    @classmethod
    def of(cls, scale: float) -> "Sizes":
        def n(full: int, least: int = 1) -> int:
            return max(least, round(full * scale))

        return cls(
            scale=scale,
            municipalities=MUNICIPALITIES,
            accounts=n(100_000, 2_000),
            opgaven=n(2_000, MUNICIPALITIES * 2),
            proposals=n(1_000_000, 100),
            supports=n(5_000_000),
            comments=n(2_000_000),
            # At least 10,000: 50,000 (task, organisation) places, so that a 20-second claim run at
            # the floor's rate does not run out of free places at a small scale.
            tasks=n(50_000, 10_000),
            budget_claims=n(100_000),
        )

    @property
    def hot_proposals(self) -> int:
        """Proposals on opgave 0, the one whose page 500 is measured."""
        return min(self.proposals // 2, max(HOT_OPGAVE_PROPOSALS, self.proposals // 50))

    @property
    def organisations(self) -> int:
        return self.municipalities * ORGANISATIONS_PER_MUNICIPALITY

    def municipality_of_opgave(self, j: int) -> int:
        return j % self.municipalities

    @staticmethod
    def published(j: int) -> bool:
        return j % 20 != 19

    @staticmethod
    def phase(j: int) -> str:
        r = j % 20
        return "exploring" if r < 14 else "formulating" if r < 17 else "planning" if r < 19 else "executing"

    def team(self, j: int) -> list[int]:
        """The organisations (global index) on opgave ``j``'s team."""
        m = self.municipality_of_opgave(j)
        return [
            m * ORGANISATIONS_PER_MUNICIPALITY + (j + q) % ORGANISATIONS_PER_MUNICIPALITY
            for q in range(TEAM_PARTNERS)
        ]

    def open_opgaven(self) -> list[int]:
        """Published opgaven that take proposals: where generated proposals and tasks go."""
        return [j for j in range(self.opgaven) if self.published(j) and self.phase(j) != "executing"]
