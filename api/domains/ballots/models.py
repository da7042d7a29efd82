"""A ballot on a budget, its options (ideas with a cost), and one vote per person."""

from datetime import datetime
from enum import StrEnum
from uuid import UUID

import sqlalchemy as sa
from advanced_alchemy.types import DateTimeUTC
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.dialects.postgresql import UUID as PG_UUID
from sqlalchemy.orm import Mapped, mapped_column

from api.db.base import TenantBase, per_person_table_args, tenant_table_args
from api.db.constraints import filled_in_status, index_oldest_first
from api.db.mixins import Titled, Versioned
from api.db.types import account_ref, enum_column


class BallotMethod(StrEnum):
    KNAPSACK = "knapsack"  # choose ideas whose costs together stay within the amount
    APPROVAL = "approval"  # choose up to ``max_choices`` ideas


class BallotStatus(StrEnum):
    OPEN = "open"  # votes count between opens_at and closes_at
    TALLIED = "tallied"  # closed and counted; the results are final


class Eligibility(StrEnum):
    VERIFIED = "verified"  # every account with a verified address
    POSTCODE = "postcode"  # residents whose postcode falls in the municipality's ranges
    BROKER = "broker"  # residents linked through the municipality's OpenID broker (DigiD and the like)


class AwardStatus(StrEnum):
    NONE = "none"  # not chosen
    PENDING = "pending"  # chosen by the vote; staff confirm the grant
    GRANTED = "granted"
    REJECTED = "rejected"


class Ballot(Titled, Versioned, TenantBase):
    """Residents choose how (part of) a budget is spent on ideas of the opgave."""

    __tablename__ = "ballots"
    __table_args__ = tenant_table_args(
        sa.CheckConstraint("amount_cents > 0", name="amount_positive"),
        sa.CheckConstraint("closes_at > opens_at", name="window_forward"),
        sa.CheckConstraint(
            "(method = 'approval') = (max_choices IS NOT NULL) AND (max_choices IS NULL OR max_choices BETWEEN 1 AND 50)",
            name="approval_has_max",
        ),
        filled_in_status("tallied_at", "tallied", name="tally_dated"),
        index_oldest_first("ix_ballots_budget", "budget_id"),
        references={"budget_id": "budgets", "opgave_id": "opgaven"},
    )

    budget_id: Mapped[UUID] = mapped_column()
    opgave_id: Mapped[UUID] = mapped_column()
    method: Mapped[BallotMethod] = enum_column(BallotMethod, "ballot_method")
    amount_cents: Mapped[int] = mapped_column(sa.BigInteger)
    max_choices: Mapped[int | None] = mapped_column(sa.Integer)
    eligibility: Mapped[Eligibility] = enum_column(
        Eligibility, "ballot_eligibility", default=Eligibility.VERIFIED
    )
    opens_at: Mapped[datetime] = mapped_column(DateTimeUTC(timezone=True))
    closes_at: Mapped[datetime] = mapped_column(DateTimeUTC(timezone=True))
    status: Mapped[BallotStatus] = enum_column(BallotStatus, "ballot_status", default=BallotStatus.OPEN)
    tallied_at: Mapped[datetime | None] = mapped_column(DateTimeUTC(timezone=True))
    # Filled by the tally: how many people voted (never who).
    voter_count: Mapped[int | None] = mapped_column(sa.Integer)


class BallotOption(TenantBase):
    """An idea on the ballot with what it costs; the tally writes its votes, place and award."""

    __tablename__ = "ballot_options"
    __table_args__ = tenant_table_args(
        sa.CheckConstraint("cost_cents > 0", name="cost_positive"),
        sa.CheckConstraint("votes IS NULL OR votes >= 0", name="votes_positive"),
        sa.CheckConstraint("(award = 'none') OR funded", name="award_only_if_funded"),
        sa.UniqueConstraint("ballot_id", "proposal_id"),
        sa.Index("ix_ballot_options_ballot", "ballot_id", "position"),
        sa.Index("ix_ballot_options_proposal", "proposal_id"),
        references={"proposal_id": "proposals"},
        cascade={"ballot_id": "ballots"},
    )

    ballot_id: Mapped[UUID] = mapped_column()
    proposal_id: Mapped[UUID] = mapped_column()
    cost_cents: Mapped[int] = mapped_column(sa.BigInteger)
    position: Mapped[int] = mapped_column(sa.Integer)
    # When the idea was submitted: the last tie-breaker of the published rule.
    submitted_at: Mapped[datetime] = mapped_column(DateTimeUTC(timezone=True))
    votes: Mapped[int | None] = mapped_column(sa.Integer)
    rank: Mapped[int | None] = mapped_column(sa.Integer)
    funded: Mapped[bool] = mapped_column(sa.Boolean, default=False, server_default="false")
    award: Mapped[AwardStatus] = enum_column(AwardStatus, "ballot_award_status", default=AwardStatus.NONE)
    legal_basis: Mapped[str | None] = mapped_column(sa.Text)
    decision_reason: Mapped[str | None] = mapped_column(sa.Text)
    decided_by_id: Mapped[UUID | None] = account_ref("SET NULL")
    decided_at: Mapped[datetime | None] = mapped_column(DateTimeUTC(timezone=True))


class BallotVote(TenantBase):
    """One person's choice on a ballot: one row each (a unique constraint), replaced by an upsert
    until the close. Never shown to anyone but its voter; the tally reads only counts."""

    __tablename__ = "ballot_votes"
    __table_args__ = per_person_table_args(
        "ballot_votes",
        "ballot_id",
        sa.CheckConstraint("cardinality(choices) <= 50", name="choices_bounded"),
        cascade={"ballot_id": "ballots"},
    )

    ballot_id: Mapped[UUID] = mapped_column()
    account_id: Mapped[UUID] = account_ref("CASCADE")
    choices: Mapped[list[UUID]] = mapped_column(ARRAY(PG_UUID(as_uuid=True)))
    postcode: Mapped[str | None] = mapped_column(sa.String(6))
    # How many times this person changed their vote (their first submission is 1).
    submissions: Mapped[int] = mapped_column(sa.Integer, default=1, server_default="1")
