"""Indicators of an opgave or one of its action lines, and measurements over time."""

from datetime import date
from decimal import Decimal
from enum import StrEnum
from uuid import UUID

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from api.db.base import TenantBase, tenant_table_args
from api.db.constraints import index_oldest_first
from api.db.mixins import Versioned
from api.db.types import account_ref, enum_column


class IndicatorKind(StrEnum):
    EFFECT = "effect"  # maatschappelijk effect: moves to work
    OUTPUT = "output"  # prestatie: meetings between residents and employers


class Direction(StrEnum):
    HIGHER = "higher"
    LOWER = "lower"


class Indicator(Versioned, TenantBase):
    """What the opgave wants to change, measured: where it started (baseline) and where it aims (target)."""

    __tablename__ = "indicators"
    __table_args__ = tenant_table_args(
        sa.CheckConstraint(
            "(direction = 'higher' AND target_value > baseline_value) OR (direction = 'lower' AND target_value < baseline_value)",
            name="target_in_direction",
        ),
        sa.CheckConstraint("target_date > baseline_date", name="target_after_baseline"),
        index_oldest_first("ix_indicators_opgave", "opgave_id"),
        sa.Index("ix_indicators_action_line", "action_line_id"),
        cascade={"opgave_id": "opgaven"},
        set_null={"action_line_id": "action_lines"},
    )

    opgave_id: Mapped[UUID] = mapped_column()
    action_line_id: Mapped[UUID | None] = mapped_column()
    name: Mapped[str] = mapped_column(sa.String(200))
    description: Mapped[str] = mapped_column(sa.Text, default="", server_default="")
    kind: Mapped[IndicatorKind] = enum_column(IndicatorKind, "indicator_kind")
    unit: Mapped[str] = mapped_column(sa.String(60))
    direction: Mapped[Direction] = enum_column(Direction, "indicator_direction")
    baseline_value: Mapped[Decimal] = mapped_column(sa.Numeric(18, 4))
    baseline_date: Mapped[date] = mapped_column(sa.Date)
    target_value: Mapped[Decimal] = mapped_column(sa.Numeric(18, 4))
    target_date: Mapped[date] = mapped_column(sa.Date)
    data_source: Mapped[str] = mapped_column(sa.Text, default="", server_default="")


class Measurement(Versioned, TenantBase):
    """One value of an indicator on one date; a correction replaces the value of that date (with
    If-Match, like every shared object: two staff correcting it cannot overwrite each other)."""

    __tablename__ = "measurements"
    __table_args__ = tenant_table_args(
        sa.UniqueConstraint("indicator_id", "measured_on"),
        cascade={"indicator_id": "indicators"},
    )

    indicator_id: Mapped[UUID] = mapped_column()
    value: Mapped[Decimal] = mapped_column(sa.Numeric(18, 4))
    measured_on: Mapped[date] = mapped_column(sa.Date)
    source_note: Mapped[str] = mapped_column(sa.Text, default="", server_default="")
    recorded_by_id: Mapped[UUID | None] = account_ref("SET NULL")
