"""proposals, supports, comments, notifications

Revision ID: 9b734a096333
Revises: d789ade9e99d
Create Date: 2026-11-28 14:44:26.955776+00:00
"""

import sqlalchemy as sa
from advanced_alchemy.types import GUID, DateTimeUTC, JsonB
from alembic import op
from sqlalchemy.dialects import postgresql

# Autogenerate renders advanced-alchemy's types under the "sa." prefix.
sa.GUID = GUID  # type: ignore[attr-defined]
sa.DateTimeUTC = DateTimeUTC  # type: ignore[attr-defined]
sa.JsonB = JsonB  # type: ignore[attr-defined]

revision = "9b734a096333"
down_revision = "d789ade9e99d"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "notifications",
        sa.Column("id", sa.GUID(length=16), nullable=False),
        sa.Column("account_id", sa.GUID(length=16), nullable=False),
        sa.Column("municipality_id", sa.GUID(length=16), nullable=True),
        sa.Column(
            "kind",
            sa.Enum(
                "proposal_answered",
                "comment_replied",
                "moderation_decision",
                "proposal_on_followed",
                name="notification_kind",
                native_enum=False,
                create_constraint=True,
                length=30,
            ),
            nullable=False,
        ),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("body", sa.Text(), server_default="", nullable=False),
        sa.Column("link", sa.String(length=300), server_default="", nullable=False),
        sa.Column("object_type", sa.String(length=40), nullable=True),
        sa.Column("object_id", sa.GUID(length=16), nullable=True),
        sa.Column("read_at", sa.DateTimeUTC(timezone=True), nullable=True),
        sa.Column("mail_wanted", sa.Boolean(), server_default="false", nullable=False),
        sa.Column("emailed_at", sa.DateTimeUTC(timezone=True), nullable=True),
        sa.Column(
            "created_at", sa.DateTimeUTC(timezone=True), server_default=sa.text("now()"), nullable=False
        ),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_notifications_account_id_accounts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["municipality_id"],
            ["municipalities.id"],
            name=op.f("fk_notifications_municipality_id_municipalities"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_notifications")),
    )
    op.create_index(
        "ix_notifications_account_recent",
        "notifications",
        ["account_id", sa.literal_column("created_at DESC"), sa.literal_column("id DESC")],
        unique=False,
    )
    op.create_index(
        "ix_notifications_unmailed",
        "notifications",
        ["created_at"],
        unique=False,
        postgresql_where=sa.text("emailed_at IS NULL AND mail_wanted"),
    )
    op.create_index(
        "ix_notifications_unread",
        "notifications",
        ["account_id"],
        unique=False,
        postgresql_where=sa.text("read_at IS NULL"),
    )
    op.create_table(
        "proposals",
        sa.Column("id", sa.GUID(length=16), nullable=False),
        sa.Column("municipality_id", sa.GUID(length=16), nullable=False),
        sa.Column("opgave_id", sa.GUID(length=16), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("body_text", sa.Text(), nullable=False),
        sa.Column("action_line_id", sa.GUID(length=16), nullable=True),
        sa.Column("latitude", sa.Numeric(precision=9, scale=6), nullable=True),
        sa.Column("longitude", sa.Numeric(precision=9, scale=6), nullable=True),
        sa.Column("author_id", sa.GUID(length=16), nullable=False),
        sa.Column("organisation_id", sa.GUID(length=16), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "submitted",
                "under_review",
                "adopted",
                "declined",
                "withdrawn",
                name="proposal_status",
                native_enum=False,
                create_constraint=True,
                length=22,
            ),
            server_default="submitted",
            nullable=False,
        ),
        sa.Column("response_text", sa.Text(), nullable=True),
        sa.Column("responded_by_id", sa.GUID(length=16), nullable=True),
        sa.Column("responded_at", sa.DateTimeUTC(timezone=True), nullable=True),
        sa.Column("support_count", sa.Integer(), server_default="0", nullable=False),
        sa.Column("comment_count", sa.Integer(), server_default="0", nullable=False),
        sa.Column("trending_count", sa.Integer(), server_default="0", nullable=False),
        sa.Column("hidden", sa.Boolean(), server_default="false", nullable=False),
        sa.Column("hidden_reason", sa.Text(), nullable=True),
        sa.Column(
            "search",
            postgresql.TSVECTOR(),
            sa.Computed(
                "setweight(to_tsvector('dutch', coalesce(title, '')), 'A') || setweight(to_tsvector('dutch', coalesce(body_text, '')), 'B')",
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
            "(latitude IS NULL) = (longitude IS NULL)", name=op.f("ck_proposals_location_whole")
        ),
        sa.CheckConstraint(
            "latitude BETWEEN -90 AND 90 AND longitude BETWEEN -180 AND 180",
            name=op.f("ck_proposals_location_wgs84"),
        ),
        sa.CheckConstraint(
            "support_count >= 0 AND comment_count >= 0 AND trending_count >= 0",
            name=op.f("ck_proposals_counts_positive"),
        ),
        sa.ForeignKeyConstraint(
            ["author_id"], ["accounts.id"], name=op.f("fk_proposals_author_id_accounts"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["municipality_id", "action_line_id"],
            ["action_lines.municipality_id", "action_lines.id"],
            name=op.f("fk_proposals_municipality_id_action_lines"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["municipality_id", "opgave_id"],
            ["opgaven.municipality_id", "opgaven.id"],
            name=op.f("fk_proposals_municipality_id_opgaven"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["municipality_id", "organisation_id"],
            ["organisations.municipality_id", "organisations.id"],
            name=op.f("fk_proposals_municipality_id_organisations"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["municipality_id"],
            ["municipalities.id"],
            name=op.f("fk_proposals_municipality_id_municipalities"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["responded_by_id"],
            ["accounts.id"],
            name=op.f("fk_proposals_responded_by_id_accounts"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_proposals")),
        sa.UniqueConstraint("municipality_id", "id", name=op.f("uq_proposals_municipality_id_id")),
    )
    op.create_index(
        "ix_proposals_author", "proposals", ["author_id", sa.literal_column("created_at DESC")], unique=False
    )
    op.create_index(
        "ix_proposals_opgave_discussed",
        "proposals",
        ["opgave_id", sa.literal_column("comment_count DESC"), sa.literal_column("id DESC")],
        unique=False,
    )
    op.create_index(
        "ix_proposals_opgave_line_recent",
        "proposals",
        ["opgave_id", "action_line_id", sa.literal_column("created_at DESC"), sa.literal_column("id DESC")],
        unique=False,
    )
    op.create_index(
        "ix_proposals_opgave_recent",
        "proposals",
        ["opgave_id", sa.literal_column("created_at DESC"), sa.literal_column("id DESC")],
        unique=False,
    )
    op.create_index(
        "ix_proposals_opgave_status_recent",
        "proposals",
        ["opgave_id", "status", sa.literal_column("created_at DESC"), sa.literal_column("id DESC")],
        unique=False,
    )
    op.create_index(
        "ix_proposals_opgave_supported",
        "proposals",
        ["opgave_id", sa.literal_column("support_count DESC"), sa.literal_column("id DESC")],
        unique=False,
    )
    op.create_index(
        "ix_proposals_opgave_trending",
        "proposals",
        ["opgave_id", sa.literal_column("trending_count DESC"), sa.literal_column("id DESC")],
        unique=False,
    )
    op.create_index("ix_proposals_search", "proposals", ["search"], unique=False, postgresql_using="gin")
    op.create_table(
        "comments",
        sa.Column("id", sa.GUID(length=16), nullable=False),
        sa.Column("municipality_id", sa.GUID(length=16), nullable=False),
        sa.Column("opgave_id", sa.GUID(length=16), nullable=False),
        sa.Column("proposal_id", sa.GUID(length=16), nullable=True),
        sa.Column("task_id", sa.GUID(length=16), nullable=True),
        sa.Column("parent_id", sa.GUID(length=16), nullable=True),
        sa.Column("author_id", sa.GUID(length=16), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column(
            "stance",
            sa.Enum(
                "for",
                "against",
                "neutral",
                name="stance",
                native_enum=False,
                create_constraint=True,
                length=17,
            ),
            nullable=True,
        ),
        sa.Column("reply_count", sa.Integer(), server_default="0", nullable=False),
        sa.Column("edited_at", sa.DateTimeUTC(timezone=True), nullable=True),
        sa.Column("deleted_at", sa.DateTimeUTC(timezone=True), nullable=True),
        sa.Column("hidden", sa.Boolean(), server_default="false", nullable=False),
        sa.Column("hidden_reason", sa.Text(), nullable=True),
        sa.Column(
            "created_at", sa.DateTimeUTC(timezone=True), server_default=sa.text("now()"), nullable=False
        ),
        sa.Column(
            "updated_at", sa.DateTimeUTC(timezone=True), server_default=sa.text("now()"), nullable=False
        ),
        sa.CheckConstraint("proposal_id IS NULL OR task_id IS NULL", name=op.f("ck_comments_one_target")),
        sa.CheckConstraint("reply_count >= 0", name=op.f("ck_comments_reply_count_positive")),
        sa.ForeignKeyConstraint(
            ["author_id"], ["accounts.id"], name=op.f("fk_comments_author_id_accounts"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["municipality_id", "opgave_id"],
            ["opgaven.municipality_id", "opgaven.id"],
            name=op.f("fk_comments_municipality_id_opgaven"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["municipality_id", "parent_id"],
            ["comments.municipality_id", "comments.id"],
            name=op.f("fk_comments_municipality_id_comments"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["municipality_id", "proposal_id"],
            ["proposals.municipality_id", "proposals.id"],
            name=op.f("fk_comments_municipality_id_proposals"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["municipality_id"],
            ["municipalities.id"],
            name=op.f("fk_comments_municipality_id_municipalities"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_comments")),
        sa.UniqueConstraint("municipality_id", "id", name=op.f("uq_comments_municipality_id_id")),
    )
    op.create_index(
        "ix_comments_author", "comments", ["author_id", sa.literal_column("created_at DESC")], unique=False
    )
    op.create_index(
        "ix_comments_opgave",
        "comments",
        ["opgave_id", "created_at", "id"],
        unique=False,
        postgresql_where=sa.text("proposal_id IS NULL AND task_id IS NULL AND parent_id IS NULL"),
    )
    op.create_index("ix_comments_parent", "comments", ["parent_id", "created_at", "id"], unique=False)
    op.create_index(
        "ix_comments_proposal",
        "comments",
        ["proposal_id", "created_at", "id"],
        unique=False,
        postgresql_where=sa.text("parent_id IS NULL"),
    )
    op.create_index(
        "ix_comments_task",
        "comments",
        ["task_id", "created_at", "id"],
        unique=False,
        postgresql_where=sa.text("parent_id IS NULL"),
    )
    op.create_table(
        "supports",
        sa.Column("id", sa.GUID(length=16), nullable=False),
        sa.Column("municipality_id", sa.GUID(length=16), nullable=False),
        sa.Column("proposal_id", sa.GUID(length=16), nullable=False),
        sa.Column("account_id", sa.GUID(length=16), nullable=False),
        sa.Column(
            "created_at", sa.DateTimeUTC(timezone=True), server_default=sa.text("now()"), nullable=False
        ),
        sa.ForeignKeyConstraint(
            ["account_id"], ["accounts.id"], name=op.f("fk_supports_account_id_accounts"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["municipality_id", "proposal_id"],
            ["proposals.municipality_id", "proposals.id"],
            name=op.f("fk_supports_municipality_id_proposals"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["municipality_id"],
            ["municipalities.id"],
            name=op.f("fk_supports_municipality_id_municipalities"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_supports")),
        sa.UniqueConstraint("municipality_id", "id", name=op.f("uq_supports_municipality_id_id")),
        sa.UniqueConstraint("proposal_id", "account_id", name=op.f("uq_supports_proposal_id_account_id")),
    )
    op.create_index("ix_supports_account", "supports", ["account_id"], unique=False)
    op.create_index("ix_supports_recent", "supports", ["created_at", "proposal_id"], unique=False)
    op.create_table(
        "comment_revisions",
        sa.Column("id", sa.GUID(length=16), nullable=False),
        sa.Column("municipality_id", sa.GUID(length=16), nullable=False),
        sa.Column("comment_id", sa.GUID(length=16), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column(
            "stance",
            sa.Enum(
                "for",
                "against",
                "neutral",
                name="stance",
                native_enum=False,
                create_constraint=True,
                length=17,
            ),
            nullable=True,
        ),
        sa.Column(
            "created_at", sa.DateTimeUTC(timezone=True), server_default=sa.text("now()"), nullable=False
        ),
        sa.ForeignKeyConstraint(
            ["municipality_id", "comment_id"],
            ["comments.municipality_id", "comments.id"],
            name=op.f("fk_comment_revisions_municipality_id_comments"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["municipality_id"],
            ["municipalities.id"],
            name=op.f("fk_comment_revisions_municipality_id_municipalities"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_comment_revisions")),
        sa.UniqueConstraint("municipality_id", "id", name=op.f("uq_comment_revisions_municipality_id_id")),
    )
    op.create_index(
        "ix_comment_revisions_comment", "comment_revisions", ["comment_id", "created_at"], unique=False
    )
    op.add_column(
        "accounts",
        sa.Column(
            "email_notifications",
            sa.Enum(
                "immediately",
                "daily",
                "never",
                name="mail_choice",
                native_enum=False,
                create_constraint=True,
                length=21,
            ),
            server_default="immediately",
            nullable=False,
        ),
    )
    op.add_column("accounts", sa.Column("digest_sent_at", sa.DateTimeUTC(timezone=True), nullable=True))

    # Counts follow the rows they count, in the same transaction, whatever writes them.
    op.execute(
        """
        CREATE FUNCTION count_supports() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'INSERT' THEN
                UPDATE proposals SET support_count = support_count + 1, trending_count = trending_count + 1
                WHERE id = NEW.proposal_id;
                UPDATE opgaven SET supporter_count = supporter_count + 1
                WHERE id = (SELECT opgave_id FROM proposals WHERE id = NEW.proposal_id);
            ELSE
                UPDATE proposals SET support_count = support_count - 1,
                    trending_count = greatest(trending_count
                        - CASE WHEN OLD.created_at > now() - interval '7 days' THEN 1 ELSE 0 END, 0)
                WHERE id = OLD.proposal_id;
                UPDATE opgaven SET supporter_count = supporter_count - 1
                WHERE id = (SELECT opgave_id FROM proposals WHERE id = OLD.proposal_id);
            END IF;
            RETURN NULL;
        END $$
        """
    )
    op.execute(
        "CREATE TRIGGER supports_count AFTER INSERT OR DELETE ON supports FOR EACH ROW EXECUTE FUNCTION count_supports()"
    )
    op.execute(
        """
        CREATE FUNCTION count_proposals() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'INSERT' THEN
                UPDATE opgaven SET proposal_count = proposal_count + 1 WHERE id = NEW.opgave_id;
            ELSE
                UPDATE opgaven SET proposal_count = proposal_count - 1,
                    supporter_count = supporter_count - OLD.support_count
                WHERE id = OLD.opgave_id;
            END IF;
            RETURN NULL;
        END $$
        """
    )
    op.execute(
        "CREATE TRIGGER proposals_count AFTER INSERT OR DELETE ON proposals FOR EACH ROW EXECUTE FUNCTION count_proposals()"
    )
    op.execute(
        """
        CREATE FUNCTION count_comments() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE delta integer;
        BEGIN
            IF TG_OP = 'INSERT' THEN
                delta := 1;
            ELSIF TG_OP = 'DELETE' THEN
                IF OLD.deleted_at IS NOT NULL THEN RETURN NULL; END IF;
                delta := -1;
            ELSIF OLD.deleted_at IS NULL AND NEW.deleted_at IS NOT NULL THEN
                delta := -1;
            ELSE
                RETURN NULL;
            END IF;
            IF coalesce(NEW.proposal_id, OLD.proposal_id) IS NOT NULL THEN
                UPDATE proposals SET comment_count = comment_count + delta WHERE id = coalesce(NEW.proposal_id, OLD.proposal_id);
            END IF;
            IF coalesce(NEW.parent_id, OLD.parent_id) IS NOT NULL THEN
                UPDATE comments SET reply_count = reply_count + delta WHERE id = coalesce(NEW.parent_id, OLD.parent_id);
            END IF;
            RETURN NULL;
        END $$
        """
    )
    op.execute(
        "CREATE TRIGGER comments_count AFTER INSERT OR DELETE OR UPDATE OF deleted_at ON comments "
        "FOR EACH ROW EXECUTE FUNCTION count_comments()"
    )
    op.execute(
        # Never rewritten; they go only with their comment, when its author deletes it.
        "CREATE TRIGGER comment_revisions_unchanged BEFORE UPDATE ON comment_revisions "
        "FOR EACH ROW EXECUTE FUNCTION refuse_change()"
    )


def downgrade() -> None:
    op.execute("DROP TRIGGER comment_revisions_unchanged ON comment_revisions")
    op.execute("DROP TRIGGER comments_count ON comments")
    op.execute("DROP FUNCTION count_comments()")
    op.execute("DROP TRIGGER proposals_count ON proposals")
    op.execute("DROP FUNCTION count_proposals()")
    op.execute("DROP TRIGGER supports_count ON supports")
    op.execute("DROP FUNCTION count_supports()")
    op.drop_column("accounts", "digest_sent_at")
    op.drop_column("accounts", "email_notifications")
    op.drop_index("ix_comment_revisions_comment", table_name="comment_revisions")
    op.drop_table("comment_revisions")
    op.drop_index("ix_supports_recent", table_name="supports")
    op.drop_index("ix_supports_account", table_name="supports")
    op.drop_table("supports")
    op.drop_index("ix_comments_task", table_name="comments", postgresql_where=sa.text("parent_id IS NULL"))
    op.drop_index(
        "ix_comments_proposal", table_name="comments", postgresql_where=sa.text("parent_id IS NULL")
    )
    op.drop_index("ix_comments_parent", table_name="comments")
    op.drop_index(
        "ix_comments_opgave",
        table_name="comments",
        postgresql_where=sa.text("proposal_id IS NULL AND task_id IS NULL AND parent_id IS NULL"),
    )
    op.drop_index("ix_comments_author", table_name="comments")
    op.drop_table("comments")
    op.drop_index("ix_proposals_search", table_name="proposals", postgresql_using="gin")
    op.drop_index("ix_proposals_opgave_trending", table_name="proposals")
    op.drop_index("ix_proposals_opgave_supported", table_name="proposals")
    op.drop_index("ix_proposals_opgave_status_recent", table_name="proposals")
    op.drop_index("ix_proposals_opgave_recent", table_name="proposals")
    op.drop_index("ix_proposals_opgave_line_recent", table_name="proposals")
    op.drop_index("ix_proposals_opgave_discussed", table_name="proposals")
    op.drop_index("ix_proposals_author", table_name="proposals")
    op.drop_table("proposals")
    op.drop_index(
        "ix_notifications_unread", table_name="notifications", postgresql_where=sa.text("read_at IS NULL")
    )
    op.drop_index(
        "ix_notifications_unmailed",
        table_name="notifications",
        postgresql_where=sa.text("emailed_at IS NULL AND mail_wanted"),
    )
    op.drop_index("ix_notifications_account_recent", table_name="notifications")
    op.drop_table("notifications")
