"""Partner organisations of a municipality and the people who act for them."""

from enum import StrEnum
from uuid import UUID

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from api.db.base import TenantBase, per_person_table_args, tenant_table_args
from api.db.mixins import Versioned
from api.db.types import account_ref, enum_column


class OrganisationKind(StrEnum):
    SOCIETAL_ORGANISATION = "societal_organisation"
    ENTREPRENEUR = "entrepreneur"


class Organisation(Versioned, TenantBase):
    """A societal organisation or an entrepreneur working with the municipality."""

    __tablename__ = "organisations"
    __table_args__ = tenant_table_args(
        sa.Index("uq_organisations_name", "municipality_id", sa.text("lower(name)"), unique=True),
        sa.Index("ix_organisations_by_name", "name", "id"),
        sa.Index("ix_organisations_municipality_by_name", "municipality_id", "name", "id"),
        sa.CheckConstraint("kvk_number ~ '^[0-9]{8}$'", name="kvk_number_format"),
    )

    name: Mapped[str] = mapped_column(sa.String(200))
    kind: Mapped[OrganisationKind] = enum_column(OrganisationKind, "organisation_kind")
    kvk_number: Mapped[str | None] = mapped_column(sa.String(8))
    description: Mapped[str] = mapped_column(sa.Text, default="", server_default="")
    website: Mapped[str | None] = mapped_column(sa.String(300))


class OrganisationMember(TenantBase):
    """A person acting for an organisation; admins manage its members."""

    __tablename__ = "organisation_members"
    __table_args__ = per_person_table_args(
        "organisation_members",
        "organisation_id",
        sa.Index("ix_organisation_members_organisation", "organisation_id", "created_at"),
        cascade={"organisation_id": "organisations"},
    )

    organisation_id: Mapped[UUID] = mapped_column()
    account_id: Mapped[UUID] = account_ref("CASCADE")
    is_admin: Mapped[bool] = mapped_column(sa.Boolean, default=False, server_default="false")
