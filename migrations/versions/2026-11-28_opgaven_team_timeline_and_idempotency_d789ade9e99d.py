"""opgaven, team, timeline and idempotency

Revision ID: d789ade9e99d
Revises: 2fa9b8de31bd
Create Date: 2026-11-28 14:21:01.438661+00:00
"""

import sqlalchemy as sa
from advanced_alchemy.types import GUID, DateTimeUTC, JsonB
from alembic import op
from sqlalchemy.dialects import postgresql

# Autogenerate renders advanced-alchemy's types under the "sa." prefix.
sa.GUID = GUID  # type: ignore[attr-defined]
sa.DateTimeUTC = DateTimeUTC  # type: ignore[attr-defined]
sa.JsonB = JsonB  # type: ignore[attr-defined]

revision = "d789ade9e99d"
down_revision = "2fa9b8de31bd"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "idempotency_records",
        sa.Column("scope", sa.String(length=120), nullable=False),
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("request_hash", sa.LargeBinary(length=32), nullable=False),
        sa.Column("status_code", sa.Integer(), nullable=False),
        sa.Column("headers", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.Column("body", sa.LargeBinary(), nullable=False),
        sa.Column(
            "created_at", sa.DateTimeUTC(timezone=True), server_default=sa.text("now()"), nullable=False
        ),
        sa.PrimaryKeyConstraint("scope", "key", name=op.f("pk_idempotency_records")),
    )
    op.create_index("ix_idempotency_records_created", "idempotency_records", ["created_at"], unique=False)
    op.create_table(
        "opgaven",
        sa.Column("id", sa.GUID(length=16), nullable=False),
        sa.Column("municipality_id", sa.GUID(length=16), nullable=False),
        sa.Column("slug", sa.String(length=80), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("summary", sa.Text(), server_default="", nullable=False),
        sa.Column("formulation", sa.Text(), server_default="", nullable=False),
        sa.Column("target_group", sa.Text(), server_default="", nullable=False),
        sa.Column("area", postgresql.ARRAY(sa.String(length=120)), server_default="{}", nullable=False),
        sa.Column(
            "phase",
            sa.Enum(
                "exploring",
                "formulating",
                "planning",
                "executing",
                "completed",
                name="phase",
                native_enum=False,
                create_constraint=True,
                length=21,
            ),
            server_default="exploring",
            nullable=False,
        ),
        sa.Column(
            "proposal_phases",
            postgresql.ARRAY(sa.String(length=20)),
            server_default="{exploring,formulating,planning}",
            nullable=False,
        ),
        sa.Column("procesregisseur_id", sa.GUID(length=16), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("published", sa.Boolean(), server_default="false", nullable=False),
        sa.Column("proposal_count", sa.Integer(), server_default="0", nullable=False),
        sa.Column("supporter_count", sa.Integer(), server_default="0", nullable=False),
        sa.Column("member_count", sa.Integer(), server_default="0", nullable=False),
        sa.Column("open_task_count", sa.Integer(), server_default="0", nullable=False),
        sa.Column("budget_total_cents", sa.BigInteger(), server_default="0", nullable=False),
        sa.Column("budget_granted_cents", sa.BigInteger(), server_default="0", nullable=False),
        sa.Column(
            "search",
            postgresql.TSVECTOR(),
            sa.Computed(
                "setweight(to_tsvector('dutch', coalesce(title, '')), 'A') || setweight(to_tsvector('dutch', coalesce(summary, '')), 'B') || setweight(to_tsvector('dutch', coalesce(formulation, '')), 'C') || setweight(to_tsvector('dutch', coalesce(target_group, '')), 'D')",
                persisted=True,
            ),
            nullable=False,
        ),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column(
            "created_at", sa.DateTimeUTC(timezone=True), server_default=sa.text("now()"), nullable=False
        ),
        sa.Column(
            "updated_at", sa.DateTimeUTC(timezone=True), server_default=sa.text("now()"), nullable=False
        ),
        sa.CheckConstraint(
            "end_date IS NULL OR start_date IS NULL OR end_date >= start_date",
            name=op.f("ck_opgaven_dates_in_order"),
        ),
        sa.ForeignKeyConstraint(
            ["municipality_id"],
            ["municipalities.id"],
            name=op.f("fk_opgaven_municipality_id_municipalities"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["procesregisseur_id"],
            ["accounts.id"],
            name=op.f("fk_opgaven_procesregisseur_id_accounts"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_opgaven")),
        sa.UniqueConstraint("municipality_id", "id", name=op.f("uq_opgaven_municipality_id_id")),
        sa.UniqueConstraint("municipality_id", "slug", name=op.f("uq_opgaven_municipality_id_slug")),
    )
    op.create_index(
        "ix_opgaven_municipality_phase_recent",
        "opgaven",
        ["municipality_id", "phase", sa.literal_column("created_at DESC"), sa.literal_column("id DESC")],
        unique=False,
    )
    op.create_index(
        "ix_opgaven_municipality_recent",
        "opgaven",
        ["municipality_id", sa.literal_column("created_at DESC"), sa.literal_column("id DESC")],
        unique=False,
    )
    op.create_index(
        "ix_opgaven_municipality_supporters",
        "opgaven",
        ["municipality_id", sa.literal_column("supporter_count DESC"), sa.literal_column("id DESC")],
        unique=False,
    )
    op.create_index(
        "ix_opgaven_municipality_title", "opgaven", ["municipality_id", "title", "id"], unique=False
    )
    op.create_index(
        "ix_opgaven_phase_recent",
        "opgaven",
        ["phase", sa.literal_column("created_at DESC"), sa.literal_column("id DESC")],
        unique=False,
    )
    op.create_index(
        "ix_opgaven_recent",
        "opgaven",
        [sa.literal_column("created_at DESC"), sa.literal_column("id DESC")],
        unique=False,
    )
    op.create_index("ix_opgaven_search", "opgaven", ["search"], unique=False, postgresql_using="gin")
    op.create_index(
        "ix_opgaven_supporters",
        "opgaven",
        [sa.literal_column("supporter_count DESC"), sa.literal_column("id DESC")],
        unique=False,
    )
    op.create_index("ix_opgaven_title", "opgaven", ["title", "id"], unique=False)
    op.create_table(
        "policy_domains",
        sa.Column("id", sa.GUID(length=16), nullable=False),
        sa.Column("municipality_id", sa.GUID(length=16), nullable=False),
        sa.Column("slug", sa.String(length=60), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column(
            "created_at", sa.DateTimeUTC(timezone=True), server_default=sa.text("now()"), nullable=False
        ),
        sa.Column(
            "updated_at", sa.DateTimeUTC(timezone=True), server_default=sa.text("now()"), nullable=False
        ),
        sa.ForeignKeyConstraint(
            ["municipality_id"],
            ["municipalities.id"],
            name=op.f("fk_policy_domains_municipality_id_municipalities"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_policy_domains")),
        sa.UniqueConstraint("municipality_id", "id", name=op.f("uq_policy_domains_municipality_id_id")),
        sa.UniqueConstraint("municipality_id", "slug", name=op.f("uq_policy_domains_municipality_id_slug")),
    )
    op.create_table(
        "action_lines",
        sa.Column("id", sa.GUID(length=16), nullable=False),
        sa.Column("municipality_id", sa.GUID(length=16), nullable=False),
        sa.Column("opgave_id", sa.GUID(length=16), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("goal", sa.Text(), server_default="", nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column(
            "created_at", sa.DateTimeUTC(timezone=True), server_default=sa.text("now()"), nullable=False
        ),
        sa.Column(
            "updated_at", sa.DateTimeUTC(timezone=True), server_default=sa.text("now()"), nullable=False
        ),
        sa.ForeignKeyConstraint(
            ["municipality_id", "opgave_id"],
            ["opgaven.municipality_id", "opgaven.id"],
            name=op.f("fk_action_lines_municipality_id_opgaven"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["municipality_id"],
            ["municipalities.id"],
            name=op.f("fk_action_lines_municipality_id_municipalities"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action_lines")),
        sa.UniqueConstraint("municipality_id", "id", name=op.f("uq_action_lines_municipality_id_id")),
    )
    op.create_index("ix_action_lines_opgave", "action_lines", ["opgave_id", "position", "id"], unique=False)
    op.create_table(
        "formulations",
        sa.Column("id", sa.GUID(length=16), nullable=False),
        sa.Column("municipality_id", sa.GUID(length=16), nullable=False),
        sa.Column("opgave_id", sa.GUID(length=16), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("rationale", sa.Text(), server_default="", nullable=False),
        sa.Column("proposed_by_id", sa.GUID(length=16), nullable=False),
        sa.Column("adopted_at", sa.DateTimeUTC(timezone=True), nullable=True),
        sa.Column("adopted_by_id", sa.GUID(length=16), nullable=True),
        sa.Column(
            "created_at", sa.DateTimeUTC(timezone=True), server_default=sa.text("now()"), nullable=False
        ),
        sa.Column(
            "updated_at", sa.DateTimeUTC(timezone=True), server_default=sa.text("now()"), nullable=False
        ),
        sa.ForeignKeyConstraint(
            ["adopted_by_id"],
            ["accounts.id"],
            name=op.f("fk_formulations_adopted_by_id_accounts"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["municipality_id", "opgave_id"],
            ["opgaven.municipality_id", "opgaven.id"],
            name=op.f("fk_formulations_municipality_id_opgaven"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["municipality_id"],
            ["municipalities.id"],
            name=op.f("fk_formulations_municipality_id_municipalities"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["proposed_by_id"],
            ["accounts.id"],
            name=op.f("fk_formulations_proposed_by_id_accounts"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_formulations")),
        sa.UniqueConstraint("municipality_id", "id", name=op.f("uq_formulations_municipality_id_id")),
    )
    op.create_index("ix_formulations_opgave", "formulations", ["opgave_id", "created_at", "id"], unique=False)
    op.create_table(
        "opgave_domains",
        sa.Column("id", sa.GUID(length=16), nullable=False),
        sa.Column("municipality_id", sa.GUID(length=16), nullable=False),
        sa.Column("opgave_id", sa.GUID(length=16), nullable=False),
        sa.Column("domain_id", sa.GUID(length=16), nullable=False),
        sa.Column(
            "created_at", sa.DateTimeUTC(timezone=True), server_default=sa.text("now()"), nullable=False
        ),
        sa.Column(
            "updated_at", sa.DateTimeUTC(timezone=True), server_default=sa.text("now()"), nullable=False
        ),
        sa.ForeignKeyConstraint(
            ["municipality_id", "domain_id"],
            ["policy_domains.municipality_id", "policy_domains.id"],
            name=op.f("fk_opgave_domains_municipality_id_policy_domains"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["municipality_id", "opgave_id"],
            ["opgaven.municipality_id", "opgaven.id"],
            name=op.f("fk_opgave_domains_municipality_id_opgaven"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["municipality_id"],
            ["municipalities.id"],
            name=op.f("fk_opgave_domains_municipality_id_municipalities"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_opgave_domains")),
        sa.UniqueConstraint("municipality_id", "id", name=op.f("uq_opgave_domains_municipality_id_id")),
        sa.UniqueConstraint("opgave_id", "domain_id", name=op.f("uq_opgave_domains_opgave_id_domain_id")),
    )
    op.create_index("ix_opgave_domains_domain", "opgave_domains", ["domain_id", "opgave_id"], unique=False)
    op.create_table(
        "opgave_followers",
        sa.Column("id", sa.GUID(length=16), nullable=False),
        sa.Column("municipality_id", sa.GUID(length=16), nullable=False),
        sa.Column("opgave_id", sa.GUID(length=16), nullable=False),
        sa.Column("account_id", sa.GUID(length=16), nullable=False),
        sa.Column(
            "created_at", sa.DateTimeUTC(timezone=True), server_default=sa.text("now()"), nullable=False
        ),
        sa.Column(
            "updated_at", sa.DateTimeUTC(timezone=True), server_default=sa.text("now()"), nullable=False
        ),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_opgave_followers_account_id_accounts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["municipality_id", "opgave_id"],
            ["opgaven.municipality_id", "opgaven.id"],
            name=op.f("fk_opgave_followers_municipality_id_opgaven"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["municipality_id"],
            ["municipalities.id"],
            name=op.f("fk_opgave_followers_municipality_id_municipalities"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_opgave_followers")),
        sa.UniqueConstraint("municipality_id", "id", name=op.f("uq_opgave_followers_municipality_id_id")),
        sa.UniqueConstraint("opgave_id", "account_id", name=op.f("uq_opgave_followers_opgave_id_account_id")),
    )
    op.create_index("ix_opgave_followers_account", "opgave_followers", ["account_id"], unique=False)
    op.create_table(
        "opgave_members",
        sa.Column("id", sa.GUID(length=16), nullable=False),
        sa.Column("municipality_id", sa.GUID(length=16), nullable=False),
        sa.Column("opgave_id", sa.GUID(length=16), nullable=False),
        sa.Column("account_id", sa.GUID(length=16), nullable=True),
        sa.Column("organisation_id", sa.GUID(length=16), nullable=True),
        sa.Column(
            "role",
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
            nullable=False,
        ),
        sa.Column(
            "partner_role",
            sa.Enum(
                "initiator",
                "co_owner",
                "contributor",
                "funder",
                name="partner_role",
                native_enum=False,
                create_constraint=True,
                length=21,
            ),
            nullable=True,
        ),
        sa.Column(
            "status",
            sa.Enum(
                "invited",
                "requested",
                "active",
                name="member_status",
                native_enum=False,
                create_constraint=True,
                length=19,
            ),
            nullable=False,
        ),
        sa.Column("invited_by_id", sa.GUID(length=16), nullable=True),
        sa.Column(
            "created_at", sa.DateTimeUTC(timezone=True), server_default=sa.text("now()"), nullable=False
        ),
        sa.Column(
            "updated_at", sa.DateTimeUTC(timezone=True), server_default=sa.text("now()"), nullable=False
        ),
        sa.CheckConstraint(
            "(organisation_id IS NULL) = (partner_role IS NULL) AND (organisation_id IS NULL OR role = 'partner') AND (account_id IS NULL OR role <> 'partner')",
            name=op.f("ck_opgave_members_roles_fit_kind"),
        ),
        sa.CheckConstraint(
            "(account_id IS NULL) <> (organisation_id IS NULL)",
            name=op.f("ck_opgave_members_person_or_organisation"),
        ),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_opgave_members_account_id_accounts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["invited_by_id"],
            ["accounts.id"],
            name=op.f("fk_opgave_members_invited_by_id_accounts"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["municipality_id", "opgave_id"],
            ["opgaven.municipality_id", "opgaven.id"],
            name=op.f("fk_opgave_members_municipality_id_opgaven"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["municipality_id", "organisation_id"],
            ["organisations.municipality_id", "organisations.id"],
            name=op.f("fk_opgave_members_municipality_id_organisations"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["municipality_id"],
            ["municipalities.id"],
            name=op.f("fk_opgave_members_municipality_id_municipalities"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_opgave_members")),
        sa.UniqueConstraint("municipality_id", "id", name=op.f("uq_opgave_members_municipality_id_id")),
    )
    op.create_index("ix_opgave_members_account", "opgave_members", ["account_id", "opgave_id"], unique=False)
    op.create_index(
        "ix_opgave_members_opgave", "opgave_members", ["opgave_id", "created_at", "id"], unique=False
    )
    op.create_index(
        "ix_opgave_members_organisation",
        "opgave_members",
        ["organisation_id", "opgave_id"],
        unique=False,
        postgresql_where=sa.text("status = 'active'"),
    )
    op.create_index(
        "uq_opgave_members_organisation",
        "opgave_members",
        ["opgave_id", "organisation_id"],
        unique=True,
        postgresql_where=sa.text("organisation_id IS NOT NULL"),
    )
    op.create_index(
        "uq_opgave_members_person",
        "opgave_members",
        ["opgave_id", "account_id"],
        unique=True,
        postgresql_where=sa.text("account_id IS NOT NULL"),
    )
    op.create_table(
        "timeline_events",
        sa.Column("id", sa.GUID(length=16), nullable=False),
        sa.Column("municipality_id", sa.GUID(length=16), nullable=False),
        sa.Column("opgave_id", sa.GUID(length=16), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("actor_id", sa.GUID(length=16), nullable=True),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("details", postgresql.JSONB(astext_type=sa.Text()), server_default="{}", nullable=False),
        sa.Column("object_type", sa.String(length=40), nullable=True),
        sa.Column("object_id", sa.GUID(length=16), nullable=True),
        sa.Column(
            "created_at", sa.DateTimeUTC(timezone=True), server_default=sa.text("now()"), nullable=False
        ),
        sa.ForeignKeyConstraint(
            ["actor_id"],
            ["accounts.id"],
            name=op.f("fk_timeline_events_actor_id_accounts"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["municipality_id", "opgave_id"],
            ["opgaven.municipality_id", "opgaven.id"],
            name=op.f("fk_timeline_events_municipality_id_opgaven"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["municipality_id"],
            ["municipalities.id"],
            name=op.f("fk_timeline_events_municipality_id_municipalities"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_timeline_events")),
        sa.UniqueConstraint("municipality_id", "id", name=op.f("uq_timeline_events_municipality_id_id")),
    )
    op.create_index(
        "ix_timeline_events_opgave", "timeline_events", ["opgave_id", "created_at", "id"], unique=False
    )

    # The timeline is append-only, like the audit log.
    op.execute(
        "CREATE TRIGGER timeline_events_append_only BEFORE UPDATE OR DELETE ON timeline_events "
        "FOR EACH ROW EXECUTE FUNCTION refuse_change()"
    )
    # The team count follows the active members, whatever writes them.
    op.execute(
        """
        CREATE FUNCTION count_opgave_members() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE target uuid := coalesce(NEW.opgave_id, OLD.opgave_id);
        BEGIN
            UPDATE opgaven SET member_count =
                (SELECT count(*) FROM opgave_members WHERE opgave_id = target AND status = 'active')
            WHERE id = target;
            RETURN NULL;
        END $$
        """
    )
    op.execute(
        "CREATE TRIGGER opgave_members_count AFTER INSERT OR DELETE OR UPDATE OF status ON opgave_members "
        "FOR EACH ROW EXECUTE FUNCTION count_opgave_members()"
    )
    # Every municipality starts with the common policy domains; it can add its own.
    op.execute(
        """
        CREATE FUNCTION seed_policy_domains() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            INSERT INTO policy_domains (id, municipality_id, slug, name)
            SELECT gen_random_uuid(), NEW.id, d.slug, d.name FROM (VALUES
                ('werk-en-inkomen', 'Werk en inkomen'), ('zorg-en-welzijn', 'Zorg en welzijn'),
                ('jeugd', 'Jeugd'), ('onderwijs', 'Onderwijs'), ('wonen', 'Wonen'),
                ('veiligheid', 'Veiligheid'), ('schulden', 'Schulden'), ('gezondheid', 'Gezondheid'),
                ('economie', 'Economie'), ('duurzaamheid', 'Duurzaamheid')
            ) AS d(slug, name)
            ON CONFLICT DO NOTHING;
            RETURN NULL;
        END $$
        """
    )
    op.execute(
        "CREATE TRIGGER municipalities_seed_domains AFTER INSERT ON municipalities "
        "FOR EACH ROW EXECUTE FUNCTION seed_policy_domains()"
    )
    op.execute(
        """
        INSERT INTO policy_domains (id, municipality_id, slug, name)
        SELECT gen_random_uuid(), m.id, d.slug, d.name FROM municipalities m CROSS JOIN (VALUES
            ('werk-en-inkomen', 'Werk en inkomen'), ('zorg-en-welzijn', 'Zorg en welzijn'),
            ('jeugd', 'Jeugd'), ('onderwijs', 'Onderwijs'), ('wonen', 'Wonen'),
            ('veiligheid', 'Veiligheid'), ('schulden', 'Schulden'), ('gezondheid', 'Gezondheid'),
            ('economie', 'Economie'), ('duurzaamheid', 'Duurzaamheid')
        ) AS d(slug, name)
        ON CONFLICT DO NOTHING
        """
    )


def downgrade() -> None:
    op.execute("DROP TRIGGER municipalities_seed_domains ON municipalities")
    op.execute("DROP FUNCTION seed_policy_domains()")
    op.execute("DROP TRIGGER opgave_members_count ON opgave_members")
    op.execute("DROP FUNCTION count_opgave_members()")
    op.execute("DROP TRIGGER timeline_events_append_only ON timeline_events")
    op.drop_index("ix_timeline_events_opgave", table_name="timeline_events")
    op.drop_table("timeline_events")
    op.drop_index(
        "uq_opgave_members_person",
        table_name="opgave_members",
        postgresql_where=sa.text("account_id IS NOT NULL"),
    )
    op.drop_index(
        "uq_opgave_members_organisation",
        table_name="opgave_members",
        postgresql_where=sa.text("organisation_id IS NOT NULL"),
    )
    op.drop_index(
        "ix_opgave_members_organisation",
        table_name="opgave_members",
        postgresql_where=sa.text("status = 'active'"),
    )
    op.drop_index("ix_opgave_members_opgave", table_name="opgave_members")
    op.drop_index("ix_opgave_members_account", table_name="opgave_members")
    op.drop_table("opgave_members")
    op.drop_index("ix_opgave_followers_account", table_name="opgave_followers")
    op.drop_table("opgave_followers")
    op.drop_index("ix_opgave_domains_domain", table_name="opgave_domains")
    op.drop_table("opgave_domains")
    op.drop_index("ix_formulations_opgave", table_name="formulations")
    op.drop_table("formulations")
    op.drop_index("ix_action_lines_opgave", table_name="action_lines")
    op.drop_table("action_lines")
    op.drop_table("policy_domains")
    op.drop_index("ix_opgaven_title", table_name="opgaven")
    op.drop_index("ix_opgaven_supporters", table_name="opgaven")
    op.drop_index("ix_opgaven_search", table_name="opgaven", postgresql_using="gin")
    op.drop_index("ix_opgaven_recent", table_name="opgaven")
    op.drop_index("ix_opgaven_phase_recent", table_name="opgaven")
    op.drop_index("ix_opgaven_municipality_title", table_name="opgaven")
    op.drop_index("ix_opgaven_municipality_supporters", table_name="opgaven")
    op.drop_index("ix_opgaven_municipality_recent", table_name="opgaven")
    op.drop_index("ix_opgaven_municipality_phase_recent", table_name="opgaven")
    op.drop_table("opgaven")
    op.drop_index("ix_idempotency_records_created", table_name="idempotency_records")
    op.drop_table("idempotency_records")
