"""moderation reports, decisions, appeals and posting blocks

Revision ID: ebcb726df934
Revises: 9b734a096333
Create Date: 2026-11-28 14:55:25.430861+00:00
"""

import sqlalchemy as sa
from advanced_alchemy.types import GUID, DateTimeUTC, JsonB
from alembic import op

# Autogenerate renders advanced-alchemy's types under the "sa." prefix.
sa.GUID = GUID  # type: ignore[attr-defined]
sa.DateTimeUTC = DateTimeUTC  # type: ignore[attr-defined]
sa.JsonB = JsonB  # type: ignore[attr-defined]

revision = "ebcb726df934"
down_revision = "9b734a096333"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "posting_blocks",
        sa.Column("id", sa.GUID(length=16), nullable=False),
        sa.Column("municipality_id", sa.GUID(length=16), nullable=False),
        sa.Column("account_id", sa.GUID(length=16), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("ends_at", sa.DateTimeUTC(timezone=True), nullable=True),
        sa.Column("blocked_by_id", sa.GUID(length=16), nullable=True),
        sa.Column(
            "created_at", sa.DateTimeUTC(timezone=True), server_default=sa.text("now()"), nullable=False
        ),
        sa.Column(
            "updated_at", sa.DateTimeUTC(timezone=True), server_default=sa.text("now()"), nullable=False
        ),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_posting_blocks_account_id_accounts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["blocked_by_id"],
            ["accounts.id"],
            name=op.f("fk_posting_blocks_blocked_by_id_accounts"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["municipality_id"],
            ["municipalities.id"],
            name=op.f("fk_posting_blocks_municipality_id_municipalities"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_posting_blocks")),
        sa.UniqueConstraint(
            "municipality_id", "account_id", name=op.f("uq_posting_blocks_municipality_id_account_id")
        ),
        sa.UniqueConstraint("municipality_id", "id", name=op.f("uq_posting_blocks_municipality_id_id")),
    )
    op.create_index("ix_posting_blocks_account", "posting_blocks", ["account_id"], unique=False)
    op.create_index(
        "ix_posting_blocks_recent",
        "posting_blocks",
        ["municipality_id", sa.literal_column("created_at DESC"), sa.literal_column("id DESC")],
        unique=False,
    )
    op.create_table(
        "moderation_decisions",
        sa.Column("id", sa.GUID(length=16), nullable=False),
        sa.Column("municipality_id", sa.GUID(length=16), nullable=False),
        sa.Column("comment_id", sa.GUID(length=16), nullable=True),
        sa.Column("proposal_id", sa.GUID(length=16), nullable=True),
        sa.Column(
            "action",
            sa.Enum(
                "hide",
                "restore",
                "dismiss",
                name="moderation_action",
                native_enum=False,
                create_constraint=True,
                length=17,
            ),
            nullable=False,
        ),
        sa.Column("public_reason", sa.Text(), server_default="", nullable=False),
        sa.Column("decided_by_id", sa.GUID(length=16), nullable=False),
        sa.Column("reports_resolved", sa.Integer(), server_default="0", nullable=False),
        sa.Column(
            "created_at", sa.DateTimeUTC(timezone=True), server_default=sa.text("now()"), nullable=False
        ),
        sa.CheckConstraint(
            "num_nonnulls(comment_id, proposal_id) = 1", name=op.f("ck_moderation_decisions_one_target")
        ),
        sa.CheckConstraint(
            "reports_resolved >= 0", name=op.f("ck_moderation_decisions_reports_resolved_positive")
        ),
        sa.ForeignKeyConstraint(
            ["decided_by_id"],
            ["accounts.id"],
            name=op.f("fk_moderation_decisions_decided_by_id_accounts"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["municipality_id", "comment_id"],
            ["comments.municipality_id", "comments.id"],
            name=op.f("fk_moderation_decisions_municipality_id_comments"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["municipality_id", "proposal_id"],
            ["proposals.municipality_id", "proposals.id"],
            name=op.f("fk_moderation_decisions_municipality_id_proposals"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["municipality_id"],
            ["municipalities.id"],
            name=op.f("fk_moderation_decisions_municipality_id_municipalities"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_moderation_decisions")),
        sa.UniqueConstraint("municipality_id", "id", name=op.f("uq_moderation_decisions_municipality_id_id")),
    )
    op.create_index(
        "ix_moderation_decisions_comment",
        "moderation_decisions",
        ["comment_id"],
        unique=False,
        postgresql_where=sa.text("comment_id IS NOT NULL"),
    )
    op.create_index(
        "ix_moderation_decisions_proposal",
        "moderation_decisions",
        ["proposal_id"],
        unique=False,
        postgresql_where=sa.text("proposal_id IS NOT NULL"),
    )
    op.create_index(
        "ix_moderation_decisions_resolving",
        "moderation_decisions",
        ["municipality_id", sa.literal_column("created_at DESC"), sa.literal_column("id DESC")],
        unique=False,
        postgresql_where=sa.text("reports_resolved > 0"),
    )
    op.create_table(
        "moderation_appeals",
        sa.Column("id", sa.GUID(length=16), nullable=False),
        sa.Column("municipality_id", sa.GUID(length=16), nullable=False),
        sa.Column("decision_id", sa.GUID(length=16), nullable=False),
        sa.Column("author_id", sa.GUID(length=16), nullable=False),
        sa.Column("explanation", sa.Text(), nullable=False),
        sa.Column(
            "outcome",
            sa.Enum(
                "upheld",
                "overturned",
                name="appeal_outcome",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=True,
        ),
        sa.Column("resolution_reason", sa.Text(), nullable=True),
        sa.Column("resolved_by_id", sa.GUID(length=16), nullable=True),
        sa.Column("resolved_at", sa.DateTimeUTC(timezone=True), nullable=True),
        sa.Column(
            "created_at", sa.DateTimeUTC(timezone=True), server_default=sa.text("now()"), nullable=False
        ),
        sa.Column(
            "updated_at", sa.DateTimeUTC(timezone=True), server_default=sa.text("now()"), nullable=False
        ),
        sa.CheckConstraint(
            "(outcome IS NULL) = (resolved_at IS NULL) AND (outcome IS NULL) = (resolved_by_id IS NULL) AND (outcome IS NULL) = (resolution_reason IS NULL)",
            name=op.f("ck_moderation_appeals_settled_whole"),
        ),
        sa.ForeignKeyConstraint(
            ["author_id"],
            ["accounts.id"],
            name=op.f("fk_moderation_appeals_author_id_accounts"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["municipality_id", "decision_id"],
            ["moderation_decisions.municipality_id", "moderation_decisions.id"],
            name=op.f("fk_moderation_appeals_municipality_id_moderation_decisions"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["municipality_id"],
            ["municipalities.id"],
            name=op.f("fk_moderation_appeals_municipality_id_municipalities"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["resolved_by_id"],
            ["accounts.id"],
            name=op.f("fk_moderation_appeals_resolved_by_id_accounts"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_moderation_appeals")),
        sa.UniqueConstraint("decision_id", name=op.f("uq_moderation_appeals_decision_id")),
        sa.UniqueConstraint("municipality_id", "id", name=op.f("uq_moderation_appeals_municipality_id_id")),
    )
    op.create_index(
        "ix_moderation_appeals_open",
        "moderation_appeals",
        ["municipality_id", "created_at", "id"],
        unique=False,
        postgresql_where=sa.text("outcome IS NULL"),
    )
    op.create_index(
        "ix_moderation_appeals_settled",
        "moderation_appeals",
        ["municipality_id", sa.literal_column("resolved_at DESC"), sa.literal_column("id DESC")],
        unique=False,
        postgresql_where=sa.text("outcome IS NOT NULL"),
    )
    op.create_table(
        "moderation_reports",
        sa.Column("id", sa.GUID(length=16), nullable=False),
        sa.Column("municipality_id", sa.GUID(length=16), nullable=False),
        sa.Column("comment_id", sa.GUID(length=16), nullable=True),
        sa.Column("proposal_id", sa.GUID(length=16), nullable=True),
        sa.Column("reporter_id", sa.GUID(length=16), nullable=False),
        sa.Column(
            "reason",
            sa.Enum(
                "spam",
                "offensive",
                "personal_data",
                "off_topic",
                "other",
                name="report_reason",
                native_enum=False,
                create_constraint=True,
                length=23,
            ),
            nullable=False,
        ),
        sa.Column("explanation", sa.Text(), server_default="", nullable=False),
        sa.Column("decision_id", sa.GUID(length=16), nullable=True),
        sa.Column("resolved_at", sa.DateTimeUTC(timezone=True), nullable=True),
        sa.Column(
            "created_at", sa.DateTimeUTC(timezone=True), server_default=sa.text("now()"), nullable=False
        ),
        sa.Column(
            "updated_at", sa.DateTimeUTC(timezone=True), server_default=sa.text("now()"), nullable=False
        ),
        sa.CheckConstraint(
            "(decision_id IS NULL) = (resolved_at IS NULL)", name=op.f("ck_moderation_reports_resolved_whole")
        ),
        sa.CheckConstraint(
            "num_nonnulls(comment_id, proposal_id) = 1", name=op.f("ck_moderation_reports_one_target")
        ),
        sa.ForeignKeyConstraint(
            ["municipality_id", "comment_id"],
            ["comments.municipality_id", "comments.id"],
            name=op.f("fk_moderation_reports_municipality_id_comments"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["municipality_id", "decision_id"],
            ["moderation_decisions.municipality_id", "moderation_decisions.id"],
            name=op.f("fk_moderation_reports_municipality_id_moderation_decisions"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["municipality_id", "proposal_id"],
            ["proposals.municipality_id", "proposals.id"],
            name=op.f("fk_moderation_reports_municipality_id_proposals"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["municipality_id"],
            ["municipalities.id"],
            name=op.f("fk_moderation_reports_municipality_id_municipalities"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["reporter_id"],
            ["accounts.id"],
            name=op.f("fk_moderation_reports_reporter_id_accounts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_moderation_reports")),
        sa.UniqueConstraint("municipality_id", "id", name=op.f("uq_moderation_reports_municipality_id_id")),
    )
    op.create_index(
        "ix_moderation_reports_decision",
        "moderation_reports",
        ["decision_id"],
        unique=False,
        postgresql_where=sa.text("decision_id IS NOT NULL"),
    )
    op.create_index(
        "ix_moderation_reports_open",
        "moderation_reports",
        ["municipality_id"],
        unique=False,
        postgresql_where=sa.text("decision_id IS NULL"),
    )
    op.create_index("ix_moderation_reports_reporter", "moderation_reports", ["reporter_id"], unique=False)
    op.create_index(
        "uq_moderation_reports_open_comment",
        "moderation_reports",
        ["comment_id", "reporter_id"],
        unique=True,
        postgresql_where=sa.text("decision_id IS NULL AND comment_id IS NOT NULL"),
    )
    op.create_index(
        "uq_moderation_reports_open_proposal",
        "moderation_reports",
        ["proposal_id", "reporter_id"],
        unique=True,
        postgresql_where=sa.text("decision_id IS NULL AND proposal_id IS NOT NULL"),
    )

    # A decision is a record: it is never changed. It goes only with the content it concerns
    # (the audit log keeps who decided what), so deletes are left to that cascade.
    op.execute(
        "CREATE TRIGGER moderation_decisions_append_only BEFORE UPDATE ON moderation_decisions "
        "FOR EACH ROW EXECUTE FUNCTION refuse_change()"
    )
    # An appeal is written once and settled once: after that, and apart from the settling, nothing changes.
    op.execute(
        """
        CREATE FUNCTION settle_appeal_once() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF OLD.outcome IS NULL AND NEW.outcome IS NOT NULL
               AND NEW.id = OLD.id AND NEW.municipality_id = OLD.municipality_id
               AND NEW.decision_id = OLD.decision_id AND NEW.author_id = OLD.author_id
               AND NEW.explanation = OLD.explanation AND NEW.created_at = OLD.created_at THEN
                RETURN NEW;
            END IF;
            RAISE EXCEPTION 'an appeal is settled once: % refused', TG_OP
                USING ERRCODE = 'insufficient_privilege';
        END $$
        """
    )
    op.execute(
        "CREATE TRIGGER moderation_appeals_settle_once BEFORE UPDATE ON moderation_appeals "
        "FOR EACH ROW EXECUTE FUNCTION settle_appeal_once()"
    )


def downgrade() -> None:
    op.execute("DROP TRIGGER moderation_appeals_settle_once ON moderation_appeals")
    op.execute("DROP FUNCTION settle_appeal_once()")
    op.execute("DROP TRIGGER moderation_decisions_append_only ON moderation_decisions")
    op.drop_index(
        "uq_moderation_reports_open_proposal",
        table_name="moderation_reports",
        postgresql_where=sa.text("decision_id IS NULL AND proposal_id IS NOT NULL"),
    )
    op.drop_index(
        "uq_moderation_reports_open_comment",
        table_name="moderation_reports",
        postgresql_where=sa.text("decision_id IS NULL AND comment_id IS NOT NULL"),
    )
    op.drop_index("ix_moderation_reports_reporter", table_name="moderation_reports")
    op.drop_index(
        "ix_moderation_reports_open",
        table_name="moderation_reports",
        postgresql_where=sa.text("decision_id IS NULL"),
    )
    op.drop_index(
        "ix_moderation_reports_decision",
        table_name="moderation_reports",
        postgresql_where=sa.text("decision_id IS NOT NULL"),
    )
    op.drop_table("moderation_reports")
    op.drop_index(
        "ix_moderation_appeals_settled",
        table_name="moderation_appeals",
        postgresql_where=sa.text("outcome IS NOT NULL"),
    )
    op.drop_index(
        "ix_moderation_appeals_open",
        table_name="moderation_appeals",
        postgresql_where=sa.text("outcome IS NULL"),
    )
    op.drop_table("moderation_appeals")
    op.drop_index(
        "ix_moderation_decisions_resolving",
        table_name="moderation_decisions",
        postgresql_where=sa.text("reports_resolved > 0"),
    )
    op.drop_index(
        "ix_moderation_decisions_proposal",
        table_name="moderation_decisions",
        postgresql_where=sa.text("proposal_id IS NOT NULL"),
    )
    op.drop_index(
        "ix_moderation_decisions_comment",
        table_name="moderation_decisions",
        postgresql_where=sa.text("comment_id IS NOT NULL"),
    )
    op.drop_table("moderation_decisions")
    op.drop_index("ix_posting_blocks_recent", table_name="posting_blocks")
    op.drop_index("ix_posting_blocks_account", table_name="posting_blocks")
    op.drop_table("posting_blocks")
