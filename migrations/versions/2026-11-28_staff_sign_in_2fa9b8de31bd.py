"""staff sign-in: identity providers per municipality, sign-ins under way, external identities

Revision ID: 2fa9b8de31bd
Revises: 31f763184bcb
Create Date: 2026-11-28 13:49:21.781799+00:00
"""

import sqlalchemy as sa
from advanced_alchemy.types import GUID, DateTimeUTC, JsonB
from alembic import op

# Autogenerate renders advanced-alchemy's types under the "sa." prefix.
sa.GUID = GUID  # type: ignore[attr-defined]
sa.DateTimeUTC = DateTimeUTC  # type: ignore[attr-defined]
sa.JsonB = JsonB  # type: ignore[attr-defined]

revision = "2fa9b8de31bd"
down_revision = "31f763184bcb"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "external_identities",
        sa.Column("id", sa.GUID(length=16), nullable=False),
        sa.Column("municipality_id", sa.GUID(length=16), nullable=False),
        sa.Column("issuer", sa.String(length=300), nullable=False),
        sa.Column("subject", sa.String(length=255), nullable=False),
        sa.Column("account_id", sa.GUID(length=16), nullable=False),
        sa.Column("last_sign_in_at", sa.DateTimeUTC(timezone=True), nullable=False),
        sa.Column(
            "created_at", sa.DateTimeUTC(timezone=True), server_default=sa.text("now()"), nullable=False
        ),
        sa.Column(
            "updated_at", sa.DateTimeUTC(timezone=True), server_default=sa.text("now()"), nullable=False
        ),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_external_identities_account_id_accounts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["municipality_id"],
            ["municipalities.id"],
            name=op.f("fk_external_identities_municipality_id_municipalities"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_external_identities")),
        sa.UniqueConstraint("municipality_id", "id", name=op.f("uq_external_identities_municipality_id_id")),
        sa.UniqueConstraint(
            "municipality_id",
            "issuer",
            "subject",
            name=op.f("uq_external_identities_municipality_id_issuer_subject"),
        ),
    )
    op.create_index("ix_external_identities_account", "external_identities", ["account_id"], unique=False)
    op.create_index(
        "ix_external_identities_subject", "external_identities", ["issuer", "subject"], unique=False
    )
    op.create_table(
        "identity_providers",
        sa.Column("id", sa.GUID(length=16), nullable=False),
        sa.Column("municipality_id", sa.GUID(length=16), nullable=False),
        sa.Column("issuer", sa.String(length=300), nullable=False),
        sa.Column("client_id", sa.String(length=200), nullable=False),
        sa.Column("client_secret_encrypted", sa.LargeBinary(length=600), nullable=False),
        sa.Column("label", sa.String(length=60), nullable=False),
        sa.Column(
            "new_staff_role",
            sa.Enum(
                "inwoner",
                "partner",
                "medewerker",
                name="staff_role",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("enabled", sa.Boolean(), server_default="true", nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column(
            "created_at", sa.DateTimeUTC(timezone=True), server_default=sa.text("now()"), nullable=False
        ),
        sa.Column(
            "updated_at", sa.DateTimeUTC(timezone=True), server_default=sa.text("now()"), nullable=False
        ),
        sa.ForeignKeyConstraint(
            ["municipality_id"],
            ["municipalities.id"],
            name=op.f("fk_identity_providers_municipality_id_municipalities"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_identity_providers")),
        sa.UniqueConstraint("municipality_id", "id", name=op.f("uq_identity_providers_municipality_id_id")),
        sa.UniqueConstraint("municipality_id", name=op.f("uq_identity_providers_municipality_id")),
    )
    op.create_table(
        "staff_sign_in_states",
        sa.Column("id", sa.GUID(length=16), nullable=False),
        sa.Column("municipality_id", sa.GUID(length=16), nullable=False),
        sa.Column("state_hash", sa.LargeBinary(length=32), nullable=False),
        sa.Column("browser_hash", sa.LargeBinary(length=32), nullable=False),
        sa.Column("nonce", sa.String(length=100), nullable=False),
        sa.Column("code_verifier", sa.String(length=128), nullable=False),
        sa.Column("issuer", sa.String(length=300), nullable=False),
        sa.Column("return_to", sa.String(length=500), nullable=False),
        sa.Column("expires_at", sa.DateTimeUTC(timezone=True), nullable=False),
        sa.Column("used_at", sa.DateTimeUTC(timezone=True), nullable=True),
        sa.Column(
            "created_at", sa.DateTimeUTC(timezone=True), server_default=sa.text("now()"), nullable=False
        ),
        sa.Column(
            "updated_at", sa.DateTimeUTC(timezone=True), server_default=sa.text("now()"), nullable=False
        ),
        sa.ForeignKeyConstraint(
            ["municipality_id"],
            ["municipalities.id"],
            name=op.f("fk_staff_sign_in_states_municipality_id_municipalities"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff_sign_in_states")),
        sa.UniqueConstraint("municipality_id", "id", name=op.f("uq_staff_sign_in_states_municipality_id_id")),
        sa.UniqueConstraint("state_hash", name=op.f("uq_staff_sign_in_states_state_hash")),
    )
    op.create_index("ix_staff_sign_in_states_expires", "staff_sign_in_states", ["expires_at"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_staff_sign_in_states_expires", table_name="staff_sign_in_states")
    op.drop_table("staff_sign_in_states")
    op.drop_table("identity_providers")
    op.drop_index("ix_external_identities_subject", table_name="external_identities")
    op.drop_index("ix_external_identities_account", table_name="external_identities")
    op.drop_table("external_identities")
