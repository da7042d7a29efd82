"""Accounts, their sessions and single-use tokens, and roles per municipality."""

from datetime import datetime
from enum import StrEnum
from uuid import UUID

import sqlalchemy as sa
from advanced_alchemy.types import DateTimeUTC
from sqlalchemy.orm import Mapped, mapped_column

from api.db.base import (
    AdvancedDeclarativeBase,
    Base,
    CommonTableAttributes,
    RecordBase,
    TenantBase,
    per_person_table_args,
)
from api.db.constraints import unique_where
from api.db.mixins import Versioned
from api.db.types import account_ref, enum_column


class RoleName(StrEnum):
    INWONER = "inwoner"
    PARTNER = "partner"
    MEDEWERKER = "medewerker"
    BEHEERDER = "beheerder"


class Language(StrEnum):
    """The languages the platform writes to a person in."""

    NL = "nl"
    EN = "en"


class MailChoice(StrEnum):
    """When a person wants notifications by mail."""

    IMMEDIATELY = "immediately"
    DAILY = "daily"
    NEVER = "never"


class TokenPurpose(StrEnum):
    VERIFY_EMAIL = "verify_email"
    RESET_PASSWORD = "reset_password"  # noqa: S105 - a purpose, not a password


class Account(Versioned, Base):
    """A person. The email is private; the display name is public. Deleting an account keeps
    the row (so contributions keep their author) but removes everything that identifies them."""

    __tablename__ = "accounts"
    __table_args__ = (
        unique_where("uq_accounts_email", sa.text("lower(email)"), where="email IS NOT NULL"),
        sa.CheckConstraint("deleted_at IS NOT NULL OR email IS NOT NULL", name="email_while_active"),
        sa.CheckConstraint("language IN ('nl', 'en')", name="language_known"),
    )

    email: Mapped[str | None] = mapped_column(sa.String(254))
    display_name: Mapped[str | None] = mapped_column(sa.String(80))
    password_hash: Mapped[str | None] = mapped_column(sa.String(200))
    email_verified_at: Mapped[datetime | None] = mapped_column(DateTimeUTC(timezone=True))
    deleted_at: Mapped[datetime | None] = mapped_column(DateTimeUTC(timezone=True))
    email_notifications: Mapped[MailChoice] = enum_column(
        MailChoice, "mail_choice", default=MailChoice.IMMEDIATELY
    )
    # The language notifications and mails are written in (the site's own choice is the browser's).
    language: Mapped[str] = mapped_column(sa.String(2), default=Language.NL.value, server_default="nl")
    # When the last daily digest went out (for people who chose one).
    digest_sent_at: Mapped[datetime | None] = mapped_column(DateTimeUTC(timezone=True))


class SignInSession(Base):
    """A browser session. Only a hash of its token is stored, so a leaked table signs nobody in."""

    __tablename__ = "sessions"
    __table_args__ = (sa.Index("ix_sessions_account", "account_id"),)

    account_id: Mapped[UUID] = account_ref("CASCADE")
    token_hash: Mapped[bytes] = mapped_column(sa.LargeBinary(32), unique=True)
    csrf_token: Mapped[str] = mapped_column(sa.String(64))
    expires_at: Mapped[datetime] = mapped_column(DateTimeUTC(timezone=True))
    last_seen_at: Mapped[datetime] = mapped_column(DateTimeUTC(timezone=True), server_default=sa.func.now())
    user_agent: Mapped[str] = mapped_column(sa.String(300), default="", server_default="")


class AccountToken(RecordBase):
    """A single-use, expiring token sent by mail (verify an address, reset a password)."""

    __tablename__ = "account_tokens"
    __table_args__ = (sa.Index("ix_account_tokens_account", "account_id", "purpose"),)

    account_id: Mapped[UUID] = account_ref("CASCADE")
    purpose: Mapped[TokenPurpose] = enum_column(TokenPurpose, "token_purpose")
    token_hash: Mapped[bytes] = mapped_column(sa.LargeBinary(32), unique=True)
    expires_at: Mapped[datetime] = mapped_column(DateTimeUTC(timezone=True))
    used_at: Mapped[datetime | None] = mapped_column(DateTimeUTC(timezone=True))


class RoleAssignment(TenantBase):
    """A person's role in one municipality; without one, a signed-in person is an inwoner."""

    __tablename__ = "role_assignments"
    __table_args__ = per_person_table_args("role_assignments", "municipality_id")

    account_id: Mapped[UUID] = account_ref("CASCADE")
    role: Mapped[RoleName] = enum_column(RoleName, "role_name")


class PlatformOperator(RecordBase):
    """Someone who runs the platform itself: onboards municipalities, deactivates them, exports them.
    Granted only from the command line (``python -m api operators grant``), never through the API;
    it holds only while the account's address is verified."""

    __tablename__ = "platform_operators"

    account_id: Mapped[UUID] = account_ref("CASCADE", unique=True)
    granted_by: Mapped[str] = mapped_column(sa.String(200), default="", server_default="")


class SignInThrottle(CommonTableAttributes, AdvancedDeclarativeBase):
    """Failed sign-ins of one key (an account and address, an address, an account), or an address
    an account signed in from (``known:``). Keys are keyed hashes: no address or e-mail is stored."""

    __tablename__ = "sign_in_throttles"
    __table_args__ = (sa.Index("ix_sign_in_throttles_last_at", "last_at"),)

    key: Mapped[str] = mapped_column(sa.String(80), primary_key=True)
    failures: Mapped[int] = mapped_column(sa.Integer, default=0, server_default="0")
    # Of the failures, the attempts whose password check is still under way.
    pending: Mapped[int] = mapped_column(sa.Integer, default=0, server_default="0")
    last_at: Mapped[datetime] = mapped_column(DateTimeUTC(timezone=True), server_default=sa.func.now())
