"""A municipality's OpenID provider, the sign-ins under way, and the identities it vouches for."""

from datetime import datetime
from enum import StrEnum
from uuid import UUID

import sqlalchemy as sa
from advanced_alchemy.types import DateTimeUTC
from sqlalchemy.orm import Mapped, mapped_column

from api.db.base import TenantBase, tenant_table_args
from api.db.mixins import Versioned
from api.db.types import account_ref, enum_column


class StaffRole(StrEnum):
    """De rol die wie zich via de provider aanmeldt krijgt; nooit beheerder (die geeft een beheerder)."""

    INWONER = "inwoner"
    PARTNER = "partner"
    MEDEWERKER = "medewerker"


class ProviderPurpose(StrEnum):
    """Whom a municipality's provider signs in: its staff, or its residents (a broker such as the one
    that brings DigiD and eHerkenning to web applications). A residents' broker never gives a role."""

    STAFF = "staff"
    RESIDENTS = "residents"


def purpose_column() -> Mapped[ProviderPurpose]:
    return enum_column(ProviderPurpose, "provider_purpose", default=ProviderPurpose.STAFF)


class IdentityProvider(Versioned, TenantBase):
    """An OpenID provider of one municipality (at most one per purpose), set by its beheerder.

    The client secret is stored encrypted (``api.lib.secretbox``), bound to this municipality,
    issuer and client id: a row whose issuer was changed behind our back cannot decrypt it, so
    the secret is never sent to another provider.
    """

    __tablename__ = "identity_providers"
    __table_args__ = tenant_table_args(sa.UniqueConstraint("municipality_id", "purpose"))

    purpose: Mapped[ProviderPurpose] = purpose_column()
    issuer: Mapped[str] = mapped_column(sa.String(300))
    client_id: Mapped[str] = mapped_column(sa.String(200))
    client_secret_encrypted: Mapped[bytes] = mapped_column(sa.LargeBinary(600))
    label: Mapped[str] = mapped_column(sa.String(60))
    new_staff_role: Mapped[StaffRole] = enum_column(StaffRole, "staff_role")
    enabled: Mapped[bool] = mapped_column(sa.Boolean, default=True, server_default="true")


class StaffSignInState(TenantBase):
    """A sign-in sent to the provider and not yet back: single use, expiring, shared by workers.

    Only a hash of ``state`` is kept (it travels in URLs); the browser that started the sign-in
    holds a cookie whose hash is ``browser_hash``, so a callback link cannot be replayed in
    another browser (login CSRF).
    """

    __tablename__ = "staff_sign_in_states"
    __table_args__ = tenant_table_args(sa.Index("ix_staff_sign_in_states_expires", "expires_at"))

    state_hash: Mapped[bytes] = mapped_column(sa.LargeBinary(32), unique=True)
    purpose: Mapped[ProviderPurpose] = purpose_column()
    # A resident who was signed in when leaving for the broker links the broker's person to this
    # account (it must still be the one signed in on the way back).
    account_id: Mapped[UUID | None] = account_ref("CASCADE")
    browser_hash: Mapped[bytes] = mapped_column(sa.LargeBinary(32))
    nonce: Mapped[str] = mapped_column(sa.String(100))
    code_verifier: Mapped[str] = mapped_column(sa.String(128))
    issuer: Mapped[str] = mapped_column(sa.String(300))
    return_to: Mapped[str] = mapped_column(sa.String(500))
    expires_at: Mapped[datetime] = mapped_column(DateTimeUTC(timezone=True))
    used_at: Mapped[datetime | None] = mapped_column(DateTimeUTC(timezone=True))


class ExternalIdentity(TenantBase):
    """An account as a municipality's provider knows it: (purpose, issuer, ``sub``), linked once."""

    __tablename__ = "external_identities"
    __table_args__ = tenant_table_args(
        sa.UniqueConstraint("municipality_id", "purpose", "issuer", "subject"),
        sa.Index("ix_external_identities_subject", "issuer", "subject"),
        sa.Index("ix_external_identities_account", "account_id"),
    )

    purpose: Mapped[ProviderPurpose] = purpose_column()
    issuer: Mapped[str] = mapped_column(sa.String(300))
    subject: Mapped[str] = mapped_column(sa.String(255))
    account_id: Mapped[UUID] = account_ref("CASCADE")
    last_sign_in_at: Mapped[datetime] = mapped_column(DateTimeUTC(timezone=True))


class PendingLink(TenantBase):
    """A provider's person who matched an account it may not open alone (it has a password, or ties
    outside this municipality): linked only once the owner proves it, by signing in with the
    password in the browser that came back from the provider (``browser_hash``), or by the link
    mailed to the account's address (``token_hash``). Single use, expiring."""

    __tablename__ = "pending_links"
    __table_args__ = tenant_table_args(
        sa.Index("ix_pending_links_account", "account_id"),
        sa.Index("ix_pending_links_expires", "expires_at"),
    )

    purpose: Mapped[ProviderPurpose] = purpose_column()
    issuer: Mapped[str] = mapped_column(sa.String(300))
    subject: Mapped[str] = mapped_column(sa.String(255))
    account_id: Mapped[UUID] = account_ref("CASCADE")
    token_hash: Mapped[bytes] = mapped_column(sa.LargeBinary(32), unique=True)
    browser_hash: Mapped[bytes] = mapped_column(sa.LargeBinary(32), unique=True)
    expires_at: Mapped[datetime] = mapped_column(DateTimeUTC(timezone=True))
    used_at: Mapped[datetime | None] = mapped_column(DateTimeUTC(timezone=True))
