"""comments in the municipality's name: a comment's author is a person or one of its API clients

Revision ID: 7d2e9b4c1a60
Revises: 4b8f2d6e1a93
Create Date: 2026-12-07 17:45:00.000000+00:00
"""

from advanced_alchemy.types import GUID
from alembic import op
from sqlalchemy import Column

revision = "7d2e9b4c1a60"
down_revision = "4b8f2d6e1a93"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("comments", Column("author_client_id", GUID(length=16), nullable=True))
    op.alter_column("comments", "author_id", existing_type=GUID(length=16), nullable=True)
    # The client is of the comment's own municipality: the composite key says so.
    op.create_foreign_key(
        op.f("fk_comments_municipality_id_api_clients"),
        "comments",
        "api_clients",
        ["municipality_id", "author_client_id"],
        ["municipality_id", "id"],
        ondelete="RESTRICT",
    )
    op.create_check_constraint(
        op.f("ck_comments_one_author"), "comments", "(author_id IS NULL) <> (author_client_id IS NULL)"
    )


def downgrade() -> None:
    op.execute("DELETE FROM comments WHERE author_client_id IS NOT NULL")
    op.drop_constraint(op.f("ck_comments_one_author"), "comments", type_="check")
    op.drop_constraint(op.f("fk_comments_municipality_id_api_clients"), "comments", type_="foreignkey")
    op.alter_column("comments", "author_id", existing_type=GUID(length=16), nullable=False)
    op.drop_column("comments", "author_client_id")
