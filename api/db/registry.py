"""Imports every domain's models, so the metadata (and Alembic) sees all tables."""

from api.db.base import Base
from api.domains.accounts.models import Account, AccountToken, RoleAssignment, SignInSession
from api.domains.audit.models import AuditEvent
from api.domains.clients.models import ApiClient
from api.domains.municipalities.models import Municipality
from api.domains.organisations.models import Organisation, OrganisationMember
from api.domains.staff_sign_in.models import ExternalIdentity, IdentityProvider, StaffSignInState
from api.domains.system.models import OutgoingMail, RateLimitCounter

metadata = Base.metadata

__all__ = [
    "Account",
    "AccountToken",
    "ApiClient",
    "AuditEvent",
    "ExternalIdentity",
    "IdentityProvider",
    "Municipality",
    "Organisation",
    "OrganisationMember",
    "OutgoingMail",
    "RateLimitCounter",
    "RoleAssignment",
    "SignInSession",
    "StaffSignInState",
    "metadata",
]
