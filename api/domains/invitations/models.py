"""An invitation to an address: what it offers, who sent it, and how it was answered."""

from datetime import datetime
from enum import StrEnum
from uuid import UUID

import sqlalchemy as sa
from advanced_alchemy.types import DateTimeUTC
from sqlalchemy.orm import Mapped, mapped_column

from api.db.base import TenantBase, tenant_table_args
from api.db.constraints import index_oldest_first, unique_where
from api.db.types import account_ref, enum_column
from api.domains.accounts.models import RoleName
from api.domains.opgaven.models import MemberRole


class InvitationKind(StrEnum):
    """What an invitation offers."""

    ROLE = "role"
    ORGANISATION = "organisation"
    TEAM = "team"


class InvitationStatus(StrEnum):
    PENDING = "pending"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    WITHDRAWN = "withdrawn"


class Invitation(TenantBase):
    """An offer to whoever proves ``email``: nothing is looked up or given when it is made, so the
    answer to the inviter is the same for every address; accepting needs a verified address."""

    __tablename__ = "invitations"
    __table_args__ = tenant_table_args(
        sa.CheckConstraint(
            "(kind = 'role') = (role IS NOT NULL) AND (kind = 'organisation') = (organisation_id IS NOT NULL) "
            "AND (kind = 'team') = (opgave_id IS NOT NULL AND team_role IS NOT NULL)",
            name="offer_fits_kind",
        ),
        sa.CheckConstraint(
            "team_role IS NULL OR team_role IN ('core_team', 'resident')", name="team_role_of_a_person"
        ),
        # One open invitation per address and offer: inviting again renews it.
        unique_where(
            "uq_invitations_pending",
            "kind",
            sa.text("coalesce(organisation_id, opgave_id, municipality_id)"),
            sa.text("lower(email)"),
            where="status = 'pending'",
        ),
        sa.Index(
            "ix_invitations_email", sa.text("lower(email)"), postgresql_where=sa.text("status = 'pending'")
        ),
        index_oldest_first("ix_invitations_municipality", "municipality_id"),
        index_oldest_first("ix_invitations_organisation", "organisation_id"),
        index_oldest_first("ix_invitations_opgave", "opgave_id"),
        cascade={"organisation_id": "organisations", "opgave_id": "opgaven"},
    )

    kind: Mapped[InvitationKind] = enum_column(InvitationKind, "invitation_kind")
    email: Mapped[str] = mapped_column(sa.String(254))
    role: Mapped[RoleName | None] = enum_column(RoleName, "role_name")
    organisation_id: Mapped[UUID | None] = mapped_column()
    is_admin: Mapped[bool] = mapped_column(sa.Boolean, default=False, server_default="false")
    opgave_id: Mapped[UUID | None] = mapped_column()
    team_role: Mapped[MemberRole | None] = enum_column(MemberRole, "member_role")
    status: Mapped[InvitationStatus] = enum_column(
        InvitationStatus, "invitation_status", default=InvitationStatus.PENDING
    )
    invited_by_id: Mapped[UUID | None] = account_ref("SET NULL")
    expires_at: Mapped[datetime] = mapped_column(DateTimeUTC(timezone=True))
    # Who answered (accepted or declined), and when; or when the inviter withdrew it.
    answered_by_id: Mapped[UUID | None] = account_ref("SET NULL")
    answered_at: Mapped[datetime | None] = mapped_column(DateTimeUTC(timezone=True))
