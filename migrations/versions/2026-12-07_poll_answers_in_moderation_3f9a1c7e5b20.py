"""Open poll answers are moderated in the one moderation queue: reports and decisions get a third
target, the open reports of ``poll_answer_reports`` move across, and that table goes.

A resolved poll-answer report has no decision to point at (the poll domain kept none), so only the
open ones move; who decided what before this stays in the audit log (``poll_answer.moderated``).

Revision ID: 3f9a1c7e5b20
Revises: 5e1a7c9d3b20
Create Date: 2026-12-07 21:40:00.000000+00:00
"""

import sqlalchemy as sa
from advanced_alchemy.types import GUID, DateTimeUTC
from alembic import op

revision = "3f9a1c7e5b20"
down_revision = "5e1a7c9d3b20"
branch_labels = None
depends_on = None

_TABLES = ("moderation_reports", "moderation_decisions")


def upgrade() -> None:
    for table in _TABLES:
        op.add_column(table, sa.Column("poll_answer_id", GUID(length=16), nullable=True))
        op.create_foreign_key(
            op.f(f"fk_{table}_municipality_id_poll_answers"),
            table,
            "poll_answers",
            ["municipality_id", "poll_answer_id"],
            ["municipality_id", "id"],
            ondelete="CASCADE",
        )
        op.drop_constraint(op.f(f"ck_{table}_one_target"), table, type_="check")
        op.create_check_constraint(
            op.f(f"ck_{table}_one_target"), table, "num_nonnulls(comment_id, proposal_id, poll_answer_id) = 1"
        )
    op.create_index(
        "ix_moderation_decisions_poll_answer",
        "moderation_decisions",
        ["poll_answer_id"],
        unique=False,
        postgresql_where=sa.text("poll_answer_id IS NOT NULL"),
    )
    op.create_index(
        "uq_moderation_reports_open_poll_answer",
        "moderation_reports",
        ["poll_answer_id", "reporter_id"],
        unique=True,
        postgresql_where=sa.text("decision_id IS NULL AND poll_answer_id IS NOT NULL"),
    )
    op.execute(
        """INSERT INTO moderation_reports
               (id, municipality_id, poll_answer_id, reporter_id, reason, explanation, created_at, updated_at)
           SELECT id, municipality_id, answer_id, reporter_id, reason, explanation,
                  created_at, updated_at
           FROM poll_answer_reports WHERE resolved_at IS NULL"""
    )
    op.drop_table("poll_answer_reports")


def downgrade() -> None:
    op.create_table(
        "poll_answer_reports",
        sa.Column("id", GUID(length=16), nullable=False),
        sa.Column("municipality_id", GUID(length=16), nullable=False),
        sa.Column("answer_id", GUID(length=16), nullable=False),
        sa.Column("reporter_id", GUID(length=16), nullable=False),
        sa.Column(
            "reason",
            sa.Enum(
                "spam",
                "offensive",
                "personal_data",
                "off_topic",
                "other",
                name="poll_report_reason",
                native_enum=False,
                create_constraint=True,
                length=23,
            ),
            nullable=False,
        ),
        sa.Column("explanation", sa.Text(), server_default="", nullable=False),
        sa.Column("resolved_at", DateTimeUTC(timezone=True), nullable=True),
        sa.Column("created_at", DateTimeUTC(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("updated_at", DateTimeUTC(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.ForeignKeyConstraint(
            ["municipality_id", "answer_id"],
            ["poll_answers.municipality_id", "poll_answers.id"],
            name=op.f("fk_poll_answer_reports_municipality_id_poll_answers"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["municipality_id"],
            ["municipalities.id"],
            name=op.f("fk_poll_answer_reports_municipality_id_municipalities"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["reporter_id"],
            ["accounts.id"],
            name=op.f("fk_poll_answer_reports_reporter_id_accounts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_poll_answer_reports")),
        sa.UniqueConstraint("municipality_id", "id", name=op.f("uq_poll_answer_reports_municipality_id_id")),
    )
    op.create_index("ix_poll_answer_reports_reporter", "poll_answer_reports", ["reporter_id"], unique=False)
    op.create_index(
        "uq_poll_answer_reports_open",
        "poll_answer_reports",
        ["answer_id", "reporter_id"],
        unique=True,
        postgresql_where=sa.text("resolved_at IS NULL"),
    )
    op.execute(
        """INSERT INTO poll_answer_reports
               (id, municipality_id, answer_id, reporter_id, reason, explanation, created_at, updated_at)
           SELECT id, municipality_id, poll_answer_id, reporter_id, reason,
                  explanation, created_at, updated_at
           FROM moderation_reports WHERE poll_answer_id IS NOT NULL AND decision_id IS NULL"""
    )
    op.execute("DELETE FROM moderation_reports WHERE poll_answer_id IS NOT NULL")
    op.execute("DELETE FROM moderation_decisions WHERE poll_answer_id IS NOT NULL")
    for table in _TABLES:
        op.drop_index(
            "uq_moderation_reports_open_poll_answer"
            if table == "moderation_reports"
            else "ix_moderation_decisions_poll_answer",
            table_name=table,
        )
        op.drop_constraint(op.f(f"ck_{table}_one_target"), table, type_="check")
        op.create_check_constraint(op.f(f"ck_{table}_one_target"), table, "num_nonnulls(comment_id, proposal_id) = 1")
        op.drop_constraint(op.f(f"fk_{table}_municipality_id_poll_answers"), table, type_="foreignkey")
        op.drop_column(table, "poll_answer_id")
