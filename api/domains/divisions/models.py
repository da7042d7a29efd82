"""A round of dividing a budget, its proposals (versions) with their lines, and each organisation's response."""

from datetime import datetime
from enum import StrEnum
from uuid import UUID

import sqlalchemy as sa
from advanced_alchemy.types import DateTimeUTC
from sqlalchemy.orm import Mapped, mapped_column

from api.db.base import TenantBase, tenant_table_args
from api.db.constraints import index_oldest_first, unique_where
from api.db.mixins import Titled, Versioned
from api.db.types import account_ref, enum_column


class RoundStatus(StrEnum):
    OPEN = "open"  # proposals and responses until staff finalise
    FINALISED = "finalised"  # a proposal was adopted and its grants are in the ledger


class Position(StrEnum):
    CONSENT = "consent"  # instemmen
    OBJECT = "object"  # bezwaar: blocks finalising until a new proposal or a changed response
    ABSTAIN = "abstain"  # zich onthouden


class BudgetRound(Titled, Versioned, TenantBase):
    """The team's organisations divide (part of) a budget together; staff propose and finalise."""

    __tablename__ = "budget_rounds"
    __table_args__ = tenant_table_args(
        sa.CheckConstraint(
            "(status = 'finalised') = (finalised_at IS NOT NULL AND finalised_proposal_id IS NOT NULL)",
            name="finalise_dated",
        ),
        index_oldest_first("ix_budget_rounds_budget", "budget_id"),
        references={"budget_id": "budgets", "opgave_id": "opgaven"},
    )

    budget_id: Mapped[UUID] = mapped_column()
    opgave_id: Mapped[UUID] = mapped_column()
    # Organisations respond to the current proposal until then.
    respond_by: Mapped[datetime] = mapped_column(DateTimeUTC(timezone=True))
    status: Mapped[RoundStatus] = enum_column(RoundStatus, "budget_round_status", default=RoundStatus.OPEN)
    opened_by_id: Mapped[UUID | None] = account_ref("SET NULL")
    finalised_proposal_id: Mapped[UUID | None] = mapped_column()
    finalised_by_id: Mapped[UUID | None] = account_ref("SET NULL")
    finalised_at: Mapped[datetime | None] = mapped_column(DateTimeUTC(timezone=True))
    legal_basis: Mapped[str | None] = mapped_column(sa.Text)


class DivisionProposal(TenantBase):
    """One version of how to divide: numbered 1, 2, … per round; only the newest is ``current``, and
    responses belong to a version, so a new one starts them afresh."""

    __tablename__ = "division_proposals"
    __table_args__ = tenant_table_args(
        sa.CheckConstraint("number >= 1", name="number_positive"),
        sa.CheckConstraint("total_cents > 0", name="total_positive"),
        sa.UniqueConstraint("round_id", "number"),
        unique_where("ix_division_proposals_current", "round_id", where="current"),
        references={"round_id": "budget_rounds"},
    )

    round_id: Mapped[UUID] = mapped_column()
    number: Mapped[int] = mapped_column(sa.Integer)
    note: Mapped[str] = mapped_column(sa.Text, default="", server_default="")
    total_cents: Mapped[int] = mapped_column(sa.BigInteger)
    current: Mapped[bool] = mapped_column(sa.Boolean, default=True, server_default="true")
    proposed_by_id: Mapped[UUID | None] = account_ref("SET NULL")


class DivisionLine(TenantBase):
    """Who gets how much, for which task (or purpose). At the finalising, the grant it became."""

    __tablename__ = "division_lines"
    __table_args__ = tenant_table_args(
        sa.CheckConstraint("amount_cents > 0", name="amount_positive"),
        sa.Index("ix_division_lines_proposal", "proposal_id", "position"),
        sa.Index("ix_division_lines_organisation", "organisation_id"),
        sa.Index("ix_division_lines_task", "task_id"),
        sa.Index("ix_division_lines_claim", "budget_claim_id"),
        references={
            "organisation_id": "organisations",
            "task_id": "tasks",
            "budget_claim_id": "budget_claims",
        },
        cascade={"proposal_id": "division_proposals"},
    )

    proposal_id: Mapped[UUID] = mapped_column()
    position: Mapped[int] = mapped_column(sa.Integer)
    organisation_id: Mapped[UUID] = mapped_column()
    task_id: Mapped[UUID | None] = mapped_column()
    amount_cents: Mapped[int] = mapped_column(sa.BigInteger)
    purpose: Mapped[str] = mapped_column(sa.Text)
    budget_claim_id: Mapped[UUID | None] = mapped_column()


class DivisionResponse(TenantBase):
    """One organisation's answer to one version: one row each, changeable while that version is current."""

    __tablename__ = "division_responses"
    __table_args__ = tenant_table_args(
        sa.CheckConstraint("position <> 'object' OR length(reason) >= 5", name="objection_has_reason"),
        sa.UniqueConstraint("proposal_id", "organisation_id"),
        sa.Index("ix_division_responses_organisation", "organisation_id"),
        references={"organisation_id": "organisations"},
        cascade={"proposal_id": "division_proposals"},
    )

    proposal_id: Mapped[UUID] = mapped_column()
    organisation_id: Mapped[UUID] = mapped_column()
    position: Mapped[Position] = enum_column(Position, "division_position")
    reason: Mapped[str] = mapped_column(sa.Text, default="", server_default="")
    responded_by_id: Mapped[UUID | None] = account_ref("SET NULL")
