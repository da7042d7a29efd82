"""An opgave's open tasks and policy domains kept by the writes, not counted per row at read

The opgave list counted open tasks per row and joined the policy domains per row (a hash of the
whole policy-domains table for each). Both are now columns of the opgave that triggers keep in the
transaction that changes them, whatever writes it (a service, the claim statement, a loader):

- ``open_task_count``: ``n = n + delta`` on the opgave row, an atomic update (concurrent writers
  queue on the row lock and each adds its own delta to the latest value).
- ``domain_list``: the domains as the list shows them, ``[{slug, name}]`` by name. A change locks the
  opgave row first and reads the domains in the next statement, which (read committed) sees every
  change committed while it waited, so two concurrent changes never leave one of them out.

Revision ID: 7d3e91a0c4b2
Revises: b55b18283da3
Create Date: 2026-12-07 17:55:00.000000+00:00
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "7d3e91a0c4b2"
down_revision = "b55b18283da3"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("opgaven", sa.Column("open_task_count", sa.Integer(), server_default="0", nullable=False))
    op.add_column(
        "opgaven",
        sa.Column("domain_list", postgresql.JSONB(), server_default=sa.text("'[]'::jsonb"), nullable=False),
    )
    op.create_check_constraint(op.f("ck_opgaven_open_task_count_positive"), "opgaven", "open_task_count >= 0")
    op.execute(
        """
        CREATE FUNCTION count_open_tasks() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.status = 'open' THEN
                UPDATE opgaven SET open_task_count = open_task_count - 1 WHERE id = OLD.opgave_id;
            END IF;
            IF TG_OP IN ('UPDATE', 'INSERT') AND NEW.status = 'open' THEN
                UPDATE opgaven SET open_task_count = open_task_count + 1 WHERE id = NEW.opgave_id;
            END IF;
            RETURN NULL;
        END $$
        """
    )
    # Only when the count moves: a claim that keeps a task in progress costs nothing here.
    op.execute(
        """
        CREATE TRIGGER tasks_open_count AFTER INSERT OR DELETE ON tasks
        FOR EACH ROW EXECUTE FUNCTION count_open_tasks()
        """
    )
    op.execute(
        """
        CREATE TRIGGER tasks_open_count_moved AFTER UPDATE OF status, opgave_id ON tasks
        FOR EACH ROW WHEN ((OLD.status = 'open') IS DISTINCT FROM (NEW.status = 'open') OR OLD.opgave_id <> NEW.opgave_id)
        EXECUTE FUNCTION count_open_tasks()
        """
    )
    op.execute(
        """
        CREATE FUNCTION opgave_domain_list(target uuid) RETURNS jsonb LANGUAGE sql STABLE AS $$
            SELECT coalesce(jsonb_agg(jsonb_build_object('slug', pd.slug, 'name', pd.name) ORDER BY pd.name, pd.slug), '[]')
            FROM opgave_domains od JOIN policy_domains pd ON pd.id = od.domain_id WHERE od.opgave_id = target
        $$
        """
    )
    # Lock the opgave first, then read its domains in a statement of its own: that statement sees
    # every change committed while it waited for the lock.
    op.execute(
        """
        CREATE FUNCTION keep_opgave_domain_list(target uuid) RETURNS void LANGUAGE plpgsql AS $$
        BEGIN
            PERFORM 1 FROM opgaven WHERE id = target FOR NO KEY UPDATE;
            UPDATE opgaven SET domain_list = opgave_domain_list(target) WHERE id = target;
        END $$
        """
    )
    op.execute(
        """
        CREATE FUNCTION keep_opgave_domains() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'INSERT' THEN
                PERFORM keep_opgave_domain_list(NEW.opgave_id);
            ELSE
                PERFORM keep_opgave_domain_list(OLD.opgave_id);
            END IF;
            RETURN NULL;
        END $$
        """
    )
    op.execute(
        """
        CREATE TRIGGER opgave_domains_list AFTER INSERT OR DELETE ON opgave_domains
        FOR EACH ROW EXECUTE FUNCTION keep_opgave_domains()
        """
    )
    op.execute(
        """
        CREATE FUNCTION keep_renamed_domain() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE target uuid;
        BEGIN
            FOR target IN SELECT opgave_id FROM opgave_domains WHERE domain_id = NEW.id ORDER BY opgave_id LOOP
                PERFORM keep_opgave_domain_list(target);
            END LOOP;
            RETURN NULL;
        END $$
        """
    )
    op.execute(
        """
        CREATE TRIGGER policy_domains_renamed AFTER UPDATE OF slug, name ON policy_domains
        FOR EACH ROW WHEN (OLD.slug IS DISTINCT FROM NEW.slug OR OLD.name IS DISTINCT FROM NEW.name)
        EXECUTE FUNCTION keep_renamed_domain()
        """
    )
    # Backfill from the rows.
    op.execute(
        """
        UPDATE opgaven o SET
            open_task_count = (SELECT count(*) FROM tasks t WHERE t.opgave_id = o.id AND t.status = 'open'),
            domain_list = opgave_domain_list(o.id)
        """
    )


def downgrade() -> None:
    op.execute("DROP TRIGGER policy_domains_renamed ON policy_domains")
    op.execute("DROP TRIGGER opgave_domains_list ON opgave_domains")
    op.execute("DROP FUNCTION keep_renamed_domain()")
    op.execute("DROP FUNCTION keep_opgave_domains()")
    op.execute("DROP FUNCTION keep_opgave_domain_list(uuid)")
    op.execute("DROP FUNCTION opgave_domain_list(uuid)")
    op.execute("DROP TRIGGER tasks_open_count_moved ON tasks")
    op.execute("DROP TRIGGER tasks_open_count ON tasks")
    op.execute("DROP FUNCTION count_open_tasks()")
    op.drop_constraint(op.f("ck_opgaven_open_task_count_positive"), "opgaven", type_="check")
    op.drop_column("opgaven", "domain_list")
    op.drop_column("opgaven", "open_task_count")
