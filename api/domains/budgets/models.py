"""Budgets, what funders put in, what partners ask for and are granted, and the ledger of it all."""

from datetime import datetime
from enum import StrEnum
from typing import Any
from uuid import UUID

import sqlalchemy as sa
from advanced_alchemy.types import DateTimeUTC
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from api.db.base import TenantBase, TenantRecordBase, tenant_table_args
from api.db.constraints import index_oldest_first
from api.db.mixins import Titled, Versioned
from api.db.types import account_ref, enum_column


class Budget(Titled, Versioned, TenantBase):
    """A pot of an opgave, in euro cents. ``total_cents`` is the sum of confirmed contributions (with
    their corrections) and ``granted_cents`` of standing grants; both move only in single conditional statements, and a
    CHECK keeps what is granted within the pot whatever writes it."""

    __tablename__ = "budgets"
    __table_args__ = tenant_table_args(
        sa.CheckConstraint("granted_cents >= 0 AND granted_cents <= total_cents", name="never_overspent"),
        sa.CheckConstraint("requested_cents >= 0", name="requested_positive"),
        index_oldest_first("ix_budgets_opgave", "opgave_id"),
        references={"opgave_id": "opgaven"},
        set_null={"action_line_id": "action_lines"},
    )

    opgave_id: Mapped[UUID] = mapped_column()
    action_line_id: Mapped[UUID | None] = mapped_column()
    total_cents: Mapped[int] = mapped_column(sa.BigInteger, default=0, server_default="0")
    granted_cents: Mapped[int] = mapped_column(sa.BigInteger, default=0, server_default="0")
    # Open requests: asked for and not yet decided.
    requested_cents: Mapped[int] = mapped_column(sa.BigInteger, default=0, server_default="0")


class ContributionStatus(StrEnum):
    PENDING = "pending"  # pledged by a partner, not yet money: staff of the municipality decide
    CONFIRMED = "confirmed"  # in the pot, with its ledger entry
    REJECTED = "rejected"


class Contribution(TenantRecordBase):
    """What a funder puts into a budget: the municipality (no organisation) or a partner.

    A partner's pledge waits until staff of the municipality confirm it; only then does it count
    (``confirmed_cents``, moved with its ledger entries: the confirmation, then any corrections).
    ``amount_cents`` stays what was pledged: a mistake is corrected in the ledger, never edited."""

    __tablename__ = "budget_contributions"
    __table_args__ = tenant_table_args(
        sa.CheckConstraint("amount_cents > 0", name="amount_positive"),
        sa.CheckConstraint(
            "(status = 'confirmed') = (confirmed_cents IS NOT NULL) AND confirmed_cents >= 0",
            name="confirmed_counts",
        ),
        sa.CheckConstraint("status = 'pending' OR decided_at IS NOT NULL", name="decision_dated"),
        index_oldest_first("ix_budget_contributions_budget", "budget_id"),
        sa.Index("ix_budget_contributions_organisation", "organisation_id"),
        sa.Index(
            "ix_budget_contributions_pending", "budget_id", postgresql_where=sa.text("status = 'pending'")
        ),
        references={"budget_id": "budgets", "organisation_id": "organisations"},
    )

    budget_id: Mapped[UUID] = mapped_column()
    organisation_id: Mapped[UUID | None] = mapped_column()
    amount_cents: Mapped[int] = mapped_column(sa.BigInteger)
    note: Mapped[str] = mapped_column(sa.Text, default="", server_default="")
    pledged_by_id: Mapped[UUID | None] = account_ref("SET NULL")
    status: Mapped[ContributionStatus] = enum_column(
        ContributionStatus, "contribution_status", default=ContributionStatus.PENDING
    )
    confirmed_cents: Mapped[int | None] = mapped_column(sa.BigInteger)
    decided_by_id: Mapped[UUID | None] = account_ref("SET NULL")
    decided_at: Mapped[datetime | None] = mapped_column(DateTimeUTC(timezone=True))
    decision_reason: Mapped[str | None] = mapped_column(sa.Text)


class ClaimStatus(StrEnum):
    REQUESTED = "requested"
    GRANTED = "granted"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"


class BudgetClaim(TenantBase):
    """A partner organisation's request for part of a budget, and what was decided. A grant carries
    what the Woo asks to publish: legal basis, recipient, activities, amount, date, withdrawal."""

    __tablename__ = "budget_claims"
    __table_args__ = tenant_table_args(
        sa.CheckConstraint("amount_cents > 0", name="amount_positive"),
        sa.CheckConstraint(
            "granted_cents IS NULL OR (granted_cents > 0 AND granted_cents <= amount_cents)",
            name="grant_within_request",
        ),
        sa.CheckConstraint(
            "(status IN ('granted', 'withdrawn')) = (granted_cents IS NOT NULL)", name="grant_has_amount"
        ),
        sa.CheckConstraint("status = 'requested' OR decided_at IS NOT NULL", name="decision_dated"),
        index_oldest_first("ix_budget_claims_budget", "budget_id"),
        index_oldest_first("ix_budget_claims_budget_status", "budget_id", "status"),
        index_oldest_first("ix_budget_claims_organisation", "organisation_id"),
        sa.Index("ix_budget_claims_task", "task_id"),
        references={"budget_id": "budgets", "organisation_id": "organisations", "task_id": "tasks"},
    )

    budget_id: Mapped[UUID] = mapped_column()
    organisation_id: Mapped[UUID] = mapped_column()
    task_id: Mapped[UUID | None] = mapped_column()
    requested_by_id: Mapped[UUID | None] = account_ref("SET NULL")
    amount_cents: Mapped[int] = mapped_column(sa.BigInteger)
    # The activities the money is for, in the requester's words (published with a grant).
    motivation: Mapped[str] = mapped_column(sa.Text)
    status: Mapped[ClaimStatus] = enum_column(
        ClaimStatus, "budget_claim_status", default=ClaimStatus.REQUESTED
    )
    granted_cents: Mapped[int | None] = mapped_column(sa.BigInteger)
    legal_basis: Mapped[str | None] = mapped_column(sa.Text)
    decision_reason: Mapped[str | None] = mapped_column(sa.Text)
    decided_by_id: Mapped[UUID | None] = account_ref("SET NULL")
    decided_at: Mapped[datetime | None] = mapped_column(DateTimeUTC(timezone=True))
    withdrawal_reason: Mapped[str | None] = mapped_column(sa.Text)
    withdrawn_at: Mapped[datetime | None] = mapped_column(DateTimeUTC(timezone=True))


class LedgerKind(StrEnum):
    CONTRIBUTION = "contribution"
    GRANT = "grant"
    WITHDRAWAL = "withdrawal"
    CORRECTION = "correction"  # of a confirmed contribution: up (positive) or down (negative)


class LedgerEntry(TenantRecordBase):
    """One change to a budget, with the state after it. Written in the transaction of the change;
    a trigger refuses any update or delete, so the record only grows."""

    __tablename__ = "ledger_entries"
    __table_args__ = tenant_table_args(
        sa.CheckConstraint(
            "amount_cents > 0 OR (kind = 'correction' AND amount_cents <> 0)", name="amount_by_kind"
        ),
        sa.CheckConstraint("number >= 1", name="number_positive"),
        sa.UniqueConstraint("budget_id", "number"),
        references={"budget_id": "budgets"},
    )

    budget_id: Mapped[UUID] = mapped_column()
    # 1, 2, 3 … per budget, in the order the changes took the budget's row lock: the order in which
    # each entry's state after follows from the one before (creation times are transaction starts).
    number: Mapped[int] = mapped_column(sa.BigInteger)
    kind: Mapped[LedgerKind] = enum_column(LedgerKind, "ledger_kind")
    amount_cents: Mapped[int] = mapped_column(sa.BigInteger)
    total_after_cents: Mapped[int] = mapped_column(sa.BigInteger)
    granted_after_cents: Mapped[int] = mapped_column(sa.BigInteger)
    actor_id: Mapped[UUID | None] = account_ref("SET NULL")
    # Who it concerns, as shown: the funder of a contribution, the recipient of a grant.
    party: Mapped[dict[str, Any]] = mapped_column(JSONB, default=dict, server_default="{}")
    reason: Mapped[str] = mapped_column(sa.Text, default="", server_default="")
    object_type: Mapped[str] = mapped_column(sa.String(40))
    object_id: Mapped[UUID] = mapped_column()
