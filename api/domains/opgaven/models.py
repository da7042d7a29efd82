"""Opgaven, their policy domains, formulations, action lines, team, followers and timeline."""

from datetime import date, datetime
from enum import StrEnum
from typing import Any
from uuid import UUID

import sqlalchemy as sa
from advanced_alchemy.types import DateTimeUTC
from sqlalchemy.dialects.postgresql import ARRAY, JSONB, TSVECTOR
from sqlalchemy.orm import Mapped, mapped_column

from api.db.base import (
    TenantBase,
    TenantRecordBase,
    link_table_args,
    per_person_table_args,
    tenant_table_args,
)
from api.db.constraints import index_newest_first, index_oldest_first, unique_where
from api.db.mixins import Versioned
from api.db.types import account_ref, enum_column


class Phase(StrEnum):
    """Where an opgave stands; it moves one step at a time."""

    EXPLORING = "exploring"
    FORMULATING = "formulating"
    PLANNING = "planning"
    EXECUTING = "executing"
    COMPLETED = "completed"


class MemberRole(StrEnum):
    PROCESREGISSEUR = "procesregisseur"
    CORE_TEAM = "core_team"
    PARTNER = "partner"
    RESIDENT = "resident"


class PartnerRole(StrEnum):
    INITIATOR = "initiator"
    CO_OWNER = "co_owner"
    CONTRIBUTOR = "contributor"
    FUNDER = "funder"


class MemberStatus(StrEnum):
    INVITED = "invited"
    REQUESTED = "requested"
    ACTIVE = "active"


DEFAULT_PROPOSAL_PHASES = [Phase.EXPLORING.value, Phase.FORMULATING.value, Phase.PLANNING.value]


class PolicyDomain(TenantBase):
    """A policy domain of a municipality (werk en inkomen, jeugd, ...)."""

    __tablename__ = "policy_domains"
    __table_args__ = tenant_table_args(sa.UniqueConstraint("municipality_id", "slug"))

    slug: Mapped[str] = mapped_column(sa.String(60))
    name: Mapped[str] = mapped_column(sa.String(120))


class Opgave(Versioned, TenantBase):
    """A shared local societal challenge. The counts are kept up to date by the writes that
    change them (in the same transaction), so a list never counts per row."""

    __tablename__ = "opgaven"
    __table_args__ = tenant_table_args(
        sa.UniqueConstraint("municipality_id", "slug"),
        sa.CheckConstraint(
            "end_date IS NULL OR start_date IS NULL OR end_date >= start_date", name="dates_in_order"
        ),
        sa.CheckConstraint("open_task_count >= 0", name="open_task_count_positive"),
        index_newest_first("ix_opgaven_municipality_recent", "municipality_id"),
        # ?updatedSince= of systems that keep a copy.
        sa.Index("ix_opgaven_updated", "updated_at"),
        index_newest_first("ix_opgaven_municipality_phase_recent", "municipality_id", "phase"),
        index_newest_first("ix_opgaven_recent"),
        index_newest_first("ix_opgaven_phase_recent", "phase"),
        sa.Index("ix_opgaven_municipality_title", "municipality_id", "title", "id"),
        sa.Index("ix_opgaven_title", "title", "id"),
        # No index on supporter_count: every support updates it, and an indexed counter makes
        # every such update non-HOT (migration 4b8f2d6e1a93). "Most supported" sorts the few rows.
        sa.Index("ix_opgaven_search", "search", postgresql_using="gin"),
    )

    slug: Mapped[str] = mapped_column(sa.String(80))
    title: Mapped[str] = mapped_column(sa.String(200))
    summary: Mapped[str] = mapped_column(sa.Text, default="", server_default="")
    # The text of the adopted formulation, kept here for search and lists; versions live in formulations.
    formulation: Mapped[str] = mapped_column(sa.Text, default="", server_default="")
    target_group: Mapped[str] = mapped_column(sa.Text, default="", server_default="")
    area: Mapped[list[str]] = mapped_column(ARRAY(sa.String(120)), default=list, server_default="{}")
    phase: Mapped[Phase] = enum_column(Phase, "phase", default=Phase.EXPLORING)
    proposal_phases: Mapped[list[str]] = mapped_column(
        ARRAY(sa.String(20)),
        default=lambda: list(DEFAULT_PROPOSAL_PHASES),
        server_default="{exploring,formulating,planning}",
    )
    procesregisseur_id: Mapped[UUID] = account_ref("RESTRICT")
    start_date: Mapped[date | None] = mapped_column(sa.Date)
    end_date: Mapped[date | None] = mapped_column(sa.Date)
    published: Mapped[bool] = mapped_column(sa.Boolean, default=False, server_default="false")
    proposal_count: Mapped[int] = mapped_column(sa.Integer, default=0, server_default="0")
    supporter_count: Mapped[int] = mapped_column(sa.Integer, default=0, server_default="0")
    member_count: Mapped[int] = mapped_column(sa.Integer, default=0, server_default="0")
    # Kept by triggers on tasks, opgave_domains and policy_domains (migration 7d3e91a0c4b2).
    open_task_count: Mapped[int] = mapped_column(sa.Integer, default=0, server_default="0")
    domain_list: Mapped[list[dict[str, str]]] = mapped_column(
        JSONB, default=list, server_default=sa.text("'[]'::jsonb")
    )
    search: Mapped[Any] = mapped_column(
        TSVECTOR,
        sa.Computed(
            "setweight(to_tsvector('dutch', coalesce(title, '')), 'A') || "
            "setweight(to_tsvector('dutch', coalesce(summary, '')), 'B') || "
            "setweight(to_tsvector('dutch', coalesce(formulation, '')), 'C') || "
            "setweight(to_tsvector('dutch', coalesce(target_group, '')), 'D')",
            persisted=True,
        ),
    )


class OpgaveDomain(TenantBase):
    """An opgave crosses this policy domain."""

    __tablename__ = "opgave_domains"
    __table_args__ = link_table_args(
        "opgave_domains", opgave_id="opgaven", domain_id="policy_domains", index=("domain_id", "opgave_id")
    )

    opgave_id: Mapped[UUID] = mapped_column()
    domain_id: Mapped[UUID] = mapped_column()


class Formulation(TenantBase):
    """A proposed wording of the opgave; staff adopt one as the current formulation."""

    __tablename__ = "formulations"
    __table_args__ = tenant_table_args(
        index_oldest_first("ix_formulations_opgave", "opgave_id"),
        cascade={"opgave_id": "opgaven"},
    )

    opgave_id: Mapped[UUID] = mapped_column()
    text: Mapped[str] = mapped_column(sa.Text)
    rationale: Mapped[str] = mapped_column(sa.Text, default="", server_default="")
    proposed_by_id: Mapped[UUID] = account_ref("RESTRICT")
    adopted_at: Mapped[datetime | None] = mapped_column(DateTimeUTC(timezone=True))
    adopted_by_id: Mapped[UUID | None] = account_ref("RESTRICT")


class ActionLine(Versioned, TenantBase):
    """An ordered line of action in the plan of an opgave."""

    __tablename__ = "action_lines"
    __table_args__ = tenant_table_args(
        sa.Index("ix_action_lines_opgave", "opgave_id", "position", "id"),
        cascade={"opgave_id": "opgaven"},
    )

    opgave_id: Mapped[UUID] = mapped_column()
    position: Mapped[int] = mapped_column(sa.Integer)
    title: Mapped[str] = mapped_column(sa.String(200))
    goal: Mapped[str] = mapped_column(sa.Text, default="", server_default="")


class OpgaveMember(TenantBase):
    """A person or an organisation on the team of an opgave, invited or asking to join, or active."""

    __tablename__ = "opgave_members"
    __table_args__ = tenant_table_args(
        sa.CheckConstraint(
            "(account_id IS NULL) <> (organisation_id IS NULL)", name="person_or_organisation"
        ),
        sa.CheckConstraint(
            "(organisation_id IS NULL) = (partner_role IS NULL) AND "
            "(organisation_id IS NULL OR role = 'partner') AND (account_id IS NULL OR role <> 'partner')",
            name="roles_fit_kind",
        ),
        unique_where("uq_opgave_members_person", "opgave_id", "account_id", where="account_id IS NOT NULL"),
        unique_where(
            "uq_opgave_members_organisation",
            "opgave_id",
            "organisation_id",
            where="organisation_id IS NOT NULL",
        ),
        index_oldest_first("ix_opgave_members_opgave", "opgave_id"),
        sa.Index(
            "ix_opgave_members_organisation",
            "organisation_id",
            "opgave_id",
            postgresql_where=sa.text("status = 'active'"),
        ),
        sa.Index("ix_opgave_members_account", "account_id", "opgave_id"),
        cascade={"opgave_id": "opgaven", "organisation_id": "organisations"},
    )

    opgave_id: Mapped[UUID] = mapped_column()
    account_id: Mapped[UUID | None] = account_ref("CASCADE")
    organisation_id: Mapped[UUID | None] = mapped_column()
    role: Mapped[MemberRole] = enum_column(MemberRole, "member_role")
    partner_role: Mapped[PartnerRole | None] = enum_column(PartnerRole, "partner_role")
    status: Mapped[MemberStatus] = enum_column(MemberStatus, "member_status")
    invited_by_id: Mapped[UUID | None] = account_ref("SET NULL")


class OpgaveFollower(TenantBase):
    """A person who follows an opgave, to be told what happens."""

    __tablename__ = "opgave_followers"
    __table_args__ = per_person_table_args("opgave_followers", "opgave_id", cascade={"opgave_id": "opgaven"})

    opgave_id: Mapped[UUID] = mapped_column()
    account_id: Mapped[UUID] = account_ref("CASCADE")


class TimelineEvent(TenantRecordBase):
    """A milestone on an opgave's timeline: phase moves, an adopted formulation, and what later
    domains add (a proposal answered, a grant, a reflection). Append-only (a trigger says so)."""

    __tablename__ = "timeline_events"
    __table_args__ = tenant_table_args(
        index_oldest_first("ix_timeline_events_opgave", "opgave_id"),
        references={"opgave_id": "opgaven"},
    )

    opgave_id: Mapped[UUID] = mapped_column()
    kind: Mapped[str] = mapped_column(sa.String(40))
    actor_id: Mapped[UUID | None] = account_ref("SET NULL")
    title: Mapped[str] = mapped_column(sa.String(300))
    details: Mapped[dict[str, Any]] = mapped_column(JSONB, default=dict, server_default="{}")
    object_type: Mapped[str | None] = mapped_column(sa.String(40))
    object_id: Mapped[UUID | None] = mapped_column()
