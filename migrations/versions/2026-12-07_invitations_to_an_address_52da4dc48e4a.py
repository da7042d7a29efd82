"""invitations to an address: a role, a place in an organisation or on a team, given on acceptance

Revision ID: 52da4dc48e4a
Revises: 7c3e9a1d5b26
Create Date: 2026-12-07 06:32:30.831463+00:00
"""

import sqlalchemy as sa
from advanced_alchemy.types import GUID, DateTimeUTC, JsonB
from alembic import op

# Autogenerate renders advanced-alchemy's types under the "sa." prefix.
sa.GUID = GUID  # type: ignore[attr-defined]
sa.DateTimeUTC = DateTimeUTC  # type: ignore[attr-defined]
sa.JsonB = JsonB  # type: ignore[attr-defined]

revision = "52da4dc48e4a"
down_revision = "7c3e9a1d5b26"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "invitations",
        sa.Column("id", sa.GUID(length=16), nullable=False),
        sa.Column("municipality_id", sa.GUID(length=16), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "role",
                "organisation",
                "team",
                name="invitation_kind",
                native_enum=False,
                create_constraint=True,
                length=22,
            ),
            nullable=False,
        ),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "inwoner",
                "partner",
                "medewerker",
                "beheerder",
                name="role_name",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=True,
        ),
        sa.Column("organisation_id", sa.GUID(length=16), nullable=True),
        sa.Column("is_admin", sa.Boolean(), server_default="false", nullable=False),
        sa.Column("opgave_id", sa.GUID(length=16), nullable=True),
        sa.Column(
            "team_role",
            sa.Enum(
                "procesregisseur",
                "core_team",
                "partner",
                "resident",
                name="member_role",
                native_enum=False,
                create_constraint=True,
                length=25,
            ),
            nullable=True,
        ),
        sa.Column(
            "status",
            sa.Enum(
                "pending",
                "accepted",
                "declined",
                "withdrawn",
                name="invitation_status",
                native_enum=False,
                create_constraint=True,
                length=19,
            ),
            server_default="pending",
            nullable=False,
        ),
        sa.Column("invited_by_id", sa.GUID(length=16), nullable=True),
        sa.Column("expires_at", sa.DateTimeUTC(timezone=True), nullable=False),
        sa.Column("answered_by_id", sa.GUID(length=16), nullable=True),
        sa.Column("answered_at", sa.DateTimeUTC(timezone=True), nullable=True),
        sa.Column(
            "created_at", sa.DateTimeUTC(timezone=True), server_default=sa.text("now()"), nullable=False
        ),
        sa.Column(
            "updated_at", sa.DateTimeUTC(timezone=True), server_default=sa.text("now()"), nullable=False
        ),
        sa.CheckConstraint(
            "(kind = 'role') = (role IS NOT NULL) AND (kind = 'organisation') = (organisation_id IS NOT NULL) AND (kind = 'team') = (opgave_id IS NOT NULL AND team_role IS NOT NULL)",
            name=op.f("ck_invitations_offer_fits_kind"),
        ),
        sa.CheckConstraint(
            "team_role IS NULL OR team_role IN ('core_team', 'resident')",
            name=op.f("ck_invitations_team_role_of_a_person"),
        ),
        sa.ForeignKeyConstraint(
            ["answered_by_id"],
            ["accounts.id"],
            name=op.f("fk_invitations_answered_by_id_accounts"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["invited_by_id"],
            ["accounts.id"],
            name=op.f("fk_invitations_invited_by_id_accounts"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["municipality_id", "opgave_id"],
            ["opgaven.municipality_id", "opgaven.id"],
            name=op.f("fk_invitations_municipality_id_opgaven"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["municipality_id", "organisation_id"],
            ["organisations.municipality_id", "organisations.id"],
            name=op.f("fk_invitations_municipality_id_organisations"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["municipality_id"],
            ["municipalities.id"],
            name=op.f("fk_invitations_municipality_id_municipalities"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_invitations")),
        sa.UniqueConstraint("municipality_id", "id", name=op.f("uq_invitations_municipality_id_id")),
    )
    op.create_index(
        "ix_invitations_email",
        "invitations",
        [sa.literal_column("lower(email)")],
        unique=False,
        postgresql_where=sa.text("status = 'pending'"),
    )
    op.create_index(
        "ix_invitations_municipality", "invitations", ["municipality_id", "created_at", "id"], unique=False
    )
    op.create_index("ix_invitations_opgave", "invitations", ["opgave_id", "created_at", "id"], unique=False)
    op.create_index(
        "ix_invitations_organisation", "invitations", ["organisation_id", "created_at", "id"], unique=False
    )
    op.create_index(
        "uq_invitations_pending",
        "invitations",
        [
            "kind",
            sa.literal_column("coalesce(organisation_id, opgave_id, municipality_id)"),
            sa.literal_column("lower(email)"),
        ],
        unique=True,
        postgresql_where=sa.text("status = 'pending'"),
    )


def downgrade() -> None:
    op.drop_index(
        "uq_invitations_pending", table_name="invitations", postgresql_where=sa.text("status = 'pending'")
    )
    op.drop_index("ix_invitations_organisation", table_name="invitations")
    op.drop_index("ix_invitations_opgave", table_name="invitations")
    op.drop_index("ix_invitations_municipality", table_name="invitations")
    op.drop_index(
        "ix_invitations_email", table_name="invitations", postgresql_where=sa.text("status = 'pending'")
    )
    op.drop_table("invitations")
