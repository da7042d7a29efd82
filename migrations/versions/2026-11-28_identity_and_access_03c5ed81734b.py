"""identity and access

Revision ID: 03c5ed81734b
Revises: db251fabae04
Create Date: 2026-11-28 13:36:52.507392+00:00
"""

import sqlalchemy as sa
from advanced_alchemy.types import GUID, DateTimeUTC, JsonB
from alembic import op
from sqlalchemy.dialects import postgresql

# Autogenerate renders advanced-alchemy's types under the "sa." prefix.
sa.GUID = GUID  # type: ignore[attr-defined]
sa.DateTimeUTC = DateTimeUTC  # type: ignore[attr-defined]
sa.JsonB = JsonB  # type: ignore[attr-defined]

revision = "03c5ed81734b"
down_revision = "db251fabae04"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "accounts",
        sa.Column("id", sa.GUID(length=16), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("display_name", sa.String(length=80), nullable=True),
        sa.Column("password_hash", sa.String(length=200), nullable=True),
        sa.Column("email_verified_at", sa.DateTimeUTC(timezone=True), nullable=True),
        sa.Column("deleted_at", sa.DateTimeUTC(timezone=True), nullable=True),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column(
            "created_at", sa.DateTimeUTC(timezone=True), server_default=sa.text("now()"), nullable=False
        ),
        sa.Column(
            "updated_at", sa.DateTimeUTC(timezone=True), server_default=sa.text("now()"), nullable=False
        ),
        sa.CheckConstraint(
            "deleted_at IS NOT NULL OR email IS NOT NULL", name=op.f("ck_accounts_email_while_active")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_accounts")),
    )
    op.create_index(
        "uq_accounts_email",
        "accounts",
        [sa.literal_column("lower(email)")],
        unique=True,
        postgresql_where=sa.text("email IS NOT NULL"),
    )
    op.create_table(
        "outgoing_mails",
        sa.Column("id", sa.GUID(length=16), nullable=False),
        sa.Column("to_address", sa.String(length=254), nullable=False),
        sa.Column("subject", sa.String(length=200), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column(
            "next_attempt_at", sa.DateTimeUTC(timezone=True), server_default=sa.text("now()"), nullable=False
        ),
        sa.Column("attempts", sa.Integer(), server_default="0", nullable=False),
        sa.Column("sent_at", sa.DateTimeUTC(timezone=True), nullable=True),
        sa.Column("last_error", sa.String(length=500), nullable=True),
        sa.Column(
            "created_at", sa.DateTimeUTC(timezone=True), server_default=sa.text("now()"), nullable=False
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outgoing_mails")),
    )
    op.create_index(
        "ix_outgoing_mails_pending",
        "outgoing_mails",
        ["next_attempt_at"],
        unique=False,
        postgresql_where=sa.text("sent_at IS NULL"),
    )
    op.create_table(
        "rate_limit_counters",
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column(
            "window_start", sa.DateTimeUTC(timezone=True), server_default=sa.text("now()"), nullable=False
        ),
        sa.Column("hits", sa.Integer(), server_default="1", nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_rate_limit_counters")),
    )
    op.create_table(
        "account_tokens",
        sa.Column("id", sa.GUID(length=16), nullable=False),
        sa.Column("account_id", sa.GUID(length=16), nullable=False),
        sa.Column(
            "purpose",
            sa.Enum(
                "verify_email",
                "reset_password",
                name="token_purpose",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("token_hash", sa.LargeBinary(length=32), nullable=False),
        sa.Column("expires_at", sa.DateTimeUTC(timezone=True), nullable=False),
        sa.Column("used_at", sa.DateTimeUTC(timezone=True), nullable=True),
        sa.Column(
            "created_at", sa.DateTimeUTC(timezone=True), server_default=sa.text("now()"), nullable=False
        ),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_account_tokens_account_id_accounts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_account_tokens")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_account_tokens_token_hash")),
    )
    op.create_index("ix_account_tokens_account", "account_tokens", ["account_id", "purpose"], unique=False)
    op.create_table(
        "api_clients",
        sa.Column("id", sa.GUID(length=16), nullable=False),
        sa.Column("municipality_id", sa.GUID(length=16), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("client_id", sa.String(length=60), nullable=False),
        sa.Column("secret_hash", sa.LargeBinary(length=32), nullable=False),
        sa.Column("scopes", postgresql.ARRAY(sa.String(length=40)), nullable=False),
        sa.Column("created_by_id", sa.GUID(length=16), nullable=True),
        sa.Column("revoked_at", sa.DateTimeUTC(timezone=True), nullable=True),
        sa.Column(
            "created_at", sa.DateTimeUTC(timezone=True), server_default=sa.text("now()"), nullable=False
        ),
        sa.Column(
            "updated_at", sa.DateTimeUTC(timezone=True), server_default=sa.text("now()"), nullable=False
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"],
            ["accounts.id"],
            name=op.f("fk_api_clients_created_by_id_accounts"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["municipality_id"],
            ["municipalities.id"],
            name=op.f("fk_api_clients_municipality_id_municipalities"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_api_clients")),
        sa.UniqueConstraint("client_id", name=op.f("uq_api_clients_client_id")),
        sa.UniqueConstraint("municipality_id", "id", name=op.f("uq_api_clients_municipality_id_id")),
    )
    op.create_table(
        "audit_events",
        sa.Column("id", sa.GUID(length=16), nullable=False),
        sa.Column("municipality_id", sa.GUID(length=16), nullable=True),
        sa.Column("actor_type", sa.String(length=20), nullable=False),
        sa.Column("actor_id", sa.String(length=100), nullable=True),
        sa.Column("action", sa.String(length=80), nullable=False),
        sa.Column("object_type", sa.String(length=40), nullable=False),
        sa.Column("object_id", sa.String(length=100), nullable=True),
        sa.Column("result", sa.String(length=20), server_default="success", nullable=False),
        sa.Column("request_id", sa.String(length=64), server_default="", nullable=False),
        sa.Column("details", postgresql.JSONB(astext_type=sa.Text()), server_default="{}", nullable=False),
        sa.Column(
            "created_at", sa.DateTimeUTC(timezone=True), server_default=sa.text("now()"), nullable=False
        ),
        sa.ForeignKeyConstraint(
            ["municipality_id"],
            ["municipalities.id"],
            name=op.f("fk_audit_events_municipality_id_municipalities"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_events")),
    )
    op.create_index(
        "ix_audit_events_actor",
        "audit_events",
        ["municipality_id", "actor_id", sa.literal_column("created_at DESC"), sa.literal_column("id DESC")],
        unique=False,
    )
    op.create_index("ix_audit_events_actor_only", "audit_events", ["actor_type", "actor_id"], unique=False)
    op.create_index(
        "ix_audit_events_municipality_recent",
        "audit_events",
        ["municipality_id", sa.literal_column("created_at DESC"), sa.literal_column("id DESC")],
        unique=False,
    )
    op.create_index(
        "ix_audit_events_object",
        "audit_events",
        ["municipality_id", "object_id", sa.literal_column("created_at DESC"), sa.literal_column("id DESC")],
        unique=False,
    )
    op.create_table(
        "organisations",
        sa.Column("id", sa.GUID(length=16), nullable=False),
        sa.Column("municipality_id", sa.GUID(length=16), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "societal_organisation",
                "entrepreneur",
                name="organisation_kind",
                native_enum=False,
                create_constraint=True,
                length=31,
            ),
            nullable=False,
        ),
        sa.Column("kvk_number", sa.String(length=8), nullable=True),
        sa.Column("description", sa.Text(), server_default="", nullable=False),
        sa.Column("website", sa.String(length=300), nullable=True),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column(
            "created_at", sa.DateTimeUTC(timezone=True), server_default=sa.text("now()"), nullable=False
        ),
        sa.Column(
            "updated_at", sa.DateTimeUTC(timezone=True), server_default=sa.text("now()"), nullable=False
        ),
        sa.CheckConstraint("kvk_number ~ '^[0-9]{8}$'", name=op.f("ck_organisations_kvk_number_format")),
        sa.ForeignKeyConstraint(
            ["municipality_id"],
            ["municipalities.id"],
            name=op.f("fk_organisations_municipality_id_municipalities"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organisations")),
        sa.UniqueConstraint("municipality_id", "id", name=op.f("uq_organisations_municipality_id_id")),
    )
    op.create_index(
        "uq_organisations_name",
        "organisations",
        ["municipality_id", sa.literal_column("lower(name)")],
        unique=True,
    )
    op.create_table(
        "role_assignments",
        sa.Column("id", sa.GUID(length=16), nullable=False),
        sa.Column("municipality_id", sa.GUID(length=16), nullable=False),
        sa.Column("account_id", sa.GUID(length=16), nullable=False),
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
            nullable=False,
        ),
        sa.Column(
            "created_at", sa.DateTimeUTC(timezone=True), server_default=sa.text("now()"), nullable=False
        ),
        sa.Column(
            "updated_at", sa.DateTimeUTC(timezone=True), server_default=sa.text("now()"), nullable=False
        ),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_role_assignments_account_id_accounts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["municipality_id"],
            ["municipalities.id"],
            name=op.f("fk_role_assignments_municipality_id_municipalities"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_role_assignments")),
        sa.UniqueConstraint(
            "municipality_id", "account_id", name=op.f("uq_role_assignments_municipality_id_account_id")
        ),
        sa.UniqueConstraint("municipality_id", "id", name=op.f("uq_role_assignments_municipality_id_id")),
    )
    op.create_index("ix_role_assignments_account", "role_assignments", ["account_id"], unique=False)
    op.create_table(
        "sessions",
        sa.Column("id", sa.GUID(length=16), nullable=False),
        sa.Column("account_id", sa.GUID(length=16), nullable=False),
        sa.Column("token_hash", sa.LargeBinary(length=32), nullable=False),
        sa.Column("csrf_token", sa.String(length=64), nullable=False),
        sa.Column("expires_at", sa.DateTimeUTC(timezone=True), nullable=False),
        sa.Column(
            "last_seen_at", sa.DateTimeUTC(timezone=True), server_default=sa.text("now()"), nullable=False
        ),
        sa.Column("user_agent", sa.String(length=300), server_default="", nullable=False),
        sa.Column(
            "created_at", sa.DateTimeUTC(timezone=True), server_default=sa.text("now()"), nullable=False
        ),
        sa.Column(
            "updated_at", sa.DateTimeUTC(timezone=True), server_default=sa.text("now()"), nullable=False
        ),
        sa.ForeignKeyConstraint(
            ["account_id"], ["accounts.id"], name=op.f("fk_sessions_account_id_accounts"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sessions")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_sessions_token_hash")),
    )
    op.create_index("ix_sessions_account", "sessions", ["account_id"], unique=False)
    op.create_table(
        "organisation_members",
        sa.Column("id", sa.GUID(length=16), nullable=False),
        sa.Column("municipality_id", sa.GUID(length=16), nullable=False),
        sa.Column("organisation_id", sa.GUID(length=16), nullable=False),
        sa.Column("account_id", sa.GUID(length=16), nullable=False),
        sa.Column("is_admin", sa.Boolean(), server_default="false", nullable=False),
        sa.Column(
            "created_at", sa.DateTimeUTC(timezone=True), server_default=sa.text("now()"), nullable=False
        ),
        sa.Column(
            "updated_at", sa.DateTimeUTC(timezone=True), server_default=sa.text("now()"), nullable=False
        ),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_organisation_members_account_id_accounts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["municipality_id", "organisation_id"],
            ["organisations.municipality_id", "organisations.id"],
            name=op.f("fk_organisation_members_municipality_id_organisations"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["municipality_id"],
            ["municipalities.id"],
            name=op.f("fk_organisation_members_municipality_id_municipalities"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organisation_members")),
        sa.UniqueConstraint("municipality_id", "id", name=op.f("uq_organisation_members_municipality_id_id")),
        sa.UniqueConstraint(
            "organisation_id", "account_id", name=op.f("uq_organisation_members_organisation_id_account_id")
        ),
    )
    op.create_index("ix_organisation_members_account", "organisation_members", ["account_id"], unique=False)

    # Append-only tables refuse to change: one function, a trigger per table (the ledger reuses it).
    op.execute(
        """
        CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP
                USING ERRCODE = 'insufficient_privilege';
        END $$
        """
    )
    op.execute(
        "CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events "
        "FOR EACH ROW EXECUTE FUNCTION refuse_change()"
    )
    op.execute(
        "CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events "
        "FOR EACH STATEMENT EXECUTE FUNCTION refuse_change()"
    )


def downgrade() -> None:
    op.execute("DROP TRIGGER audit_events_no_truncate ON audit_events")
    op.execute("DROP TRIGGER audit_events_append_only ON audit_events")
    op.execute("DROP FUNCTION refuse_change()")
    op.drop_index("ix_organisation_members_account", table_name="organisation_members")
    op.drop_table("organisation_members")
    op.drop_index("ix_sessions_account", table_name="sessions")
    op.drop_table("sessions")
    op.drop_index("ix_role_assignments_account", table_name="role_assignments")
    op.drop_table("role_assignments")
    op.drop_index("uq_organisations_name", table_name="organisations")
    op.drop_table("organisations")
    op.drop_index("ix_audit_events_object", table_name="audit_events")
    op.drop_index("ix_audit_events_municipality_recent", table_name="audit_events")
    op.drop_index("ix_audit_events_actor_only", table_name="audit_events")
    op.drop_index("ix_audit_events_actor", table_name="audit_events")
    op.drop_table("audit_events")
    op.drop_table("api_clients")
    op.drop_index("ix_account_tokens_account", table_name="account_tokens")
    op.drop_table("account_tokens")
    op.drop_table("rate_limit_counters")
    op.drop_index(
        "ix_outgoing_mails_pending", table_name="outgoing_mails", postgresql_where=sa.text("sent_at IS NULL")
    )
    op.drop_table("outgoing_mails")
    op.drop_index("uq_accounts_email", table_name="accounts", postgresql_where=sa.text("email IS NOT NULL"))
    op.drop_table("accounts")
