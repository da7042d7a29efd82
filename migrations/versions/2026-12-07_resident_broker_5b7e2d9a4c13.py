"""A municipality's OpenID broker for residents (DigiD and the like), beside its staff provider; ballots
for residents it vouches for

Revision ID: 5b7e2d9a4c13
Revises: c1679270d05e
Create Date: 2026-12-07 20:20:00.000000+00:00
"""

import sqlalchemy as sa
from advanced_alchemy.types import GUID
from alembic import op

revision = "5b7e2d9a4c13"
down_revision = "c1679270d05e"
branch_labels = None
depends_on = None

_TABLES = ("identity_providers", "staff_sign_in_states", "external_identities", "pending_links")


def _purpose() -> sa.Column[str]:
    return sa.Column(
        "purpose",
        sa.Enum(
            "staff", "residents", name="provider_purpose", native_enum=False, create_constraint=True, length=19
        ),
        server_default="staff",
        nullable=False,
    )


def _eligibility(values: list[str]) -> None:
    # Enums are VARCHAR with a CHECK (api.db.types.str_enum): a new value is a new constraint.
    op.drop_constraint(op.f("ck_ballots_ballot_eligibility"), "ballots", type_="check")
    listed = ", ".join(f"'{value}'" for value in values)
    op.create_check_constraint(op.f("ck_ballots_ballot_eligibility"), "ballots", f"eligibility IN ({listed})")


def upgrade() -> None:
    for table in _TABLES:
        op.add_column(table, _purpose())
    op.add_column("staff_sign_in_states", sa.Column("account_id", GUID(length=16), nullable=True))
    op.create_foreign_key(
        op.f("fk_staff_sign_in_states_account_id_accounts"),
        "staff_sign_in_states",
        "accounts",
        ["account_id"],
        ["id"],
        ondelete="CASCADE",
    )
    op.drop_constraint(op.f("uq_identity_providers_municipality_id"), "identity_providers", type_="unique")
    op.create_unique_constraint(
        op.f("uq_identity_providers_municipality_id_purpose"), "identity_providers", ["municipality_id", "purpose"]
    )
    op.drop_constraint(
        op.f("uq_external_identities_municipality_id_issuer_subject"), "external_identities", type_="unique"
    )
    op.create_unique_constraint(
        op.f("uq_external_identities_municipality_id_purpose_issuer_subject"),
        "external_identities",
        ["municipality_id", "purpose", "issuer", "subject"],
    )
    _eligibility(["verified", "postcode", "broker"])


def downgrade() -> None:
    op.execute("UPDATE ballots SET eligibility = 'verified' WHERE eligibility = 'broker'")
    _eligibility(["verified", "postcode"])
    for table in _TABLES:
        op.execute(f"DELETE FROM {table} WHERE purpose = 'residents'")  # noqa: S608 - fixed table names
    op.drop_constraint(
        op.f("uq_external_identities_municipality_id_purpose_issuer_subject"), "external_identities", type_="unique"
    )
    op.create_unique_constraint(
        op.f("uq_external_identities_municipality_id_issuer_subject"),
        "external_identities",
        ["municipality_id", "issuer", "subject"],
    )
    op.drop_constraint(op.f("uq_identity_providers_municipality_id_purpose"), "identity_providers", type_="unique")
    op.create_unique_constraint(op.f("uq_identity_providers_municipality_id"), "identity_providers", ["municipality_id"])
    op.drop_constraint(op.f("fk_staff_sign_in_states_account_id_accounts"), "staff_sign_in_states", type_="foreignkey")
    op.drop_column("staff_sign_in_states", "account_id")
    for table in _TABLES:
        op.drop_column(table, "purpose")
