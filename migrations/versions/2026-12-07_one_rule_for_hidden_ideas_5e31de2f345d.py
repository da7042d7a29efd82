"""One rule for hidden ideas: who may read a proposal the moderation hid, as SQL functions

Every query that shows, matches or searches a proposal asks ``proposal_shown(p, viewer, staff)``
(``viewer``: the account looking or NULL; ``staff``: the municipalities where the viewer is staff or
a client with ``proposals:read``), and shows ``proposal_title(p, viewer, staff)`` for its title.
Both are plain SQL that PostgreSQL inlines into the statement, so a list pays nothing for them.

Revision ID: 5e31de2f345d
Revises: 9d41c7e2a6b3
Create Date: 2026-12-07 06:40:00.000000+00:00
"""

from alembic import op

revision = "5e31de2f345d"
down_revision = "9d41c7e2a6b3"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        """
        CREATE FUNCTION proposal_shown(p proposals, viewer uuid, staff uuid[]) RETURNS boolean
        LANGUAGE sql IMMUTABLE PARALLEL SAFE
        AS $$ SELECT NOT p.hidden OR p.author_id IS NOT DISTINCT FROM viewer
                     OR p.municipality_id = ANY(coalesce(staff, '{}'::uuid[])) $$
        """
    )
    op.execute(
        """
        CREATE FUNCTION proposal_title(p proposals, viewer uuid, staff uuid[]) RETURNS text
        LANGUAGE sql IMMUTABLE PARALLEL SAFE
        AS $$ SELECT CASE WHEN proposal_shown(p, viewer, staff) THEN p.title ELSE 'Verborgen idee' END $$
        """
    )


def downgrade() -> None:
    op.execute("DROP FUNCTION proposal_title(proposals, uuid, uuid[])")
    op.execute("DROP FUNCTION proposal_shown(proposals, uuid, uuid[])")
