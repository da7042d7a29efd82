"""A municipality's OpenID providers, set and removed by its beheerder: one for its staff, one (a broker
such as the one that brings DigiD to web applications) for its residents. Both follow the same rules."""

from uuid import UUID

import msgspec
from sqlalchemy import update

from api.db.uow import UnitOfWork
from api.domains.municipalities.models import Municipality
from api.domains.staff_sign_in.models import IdentityProvider, ProviderPurpose, StaffRole
from api.domains.staff_sign_in.schemas import (
    IdentityProviderRead,
    IdentityProviderWrite,
    ResidentBrokerRead,
    ResidentBrokerWrite,
)
from api.lib.destinations import UnsafeDestination, check_url
from api.lib.errors import InvalidInput, NotFound
from api.lib.etag import require_if_match
from api.lib.schema import InvalidParam
from api.lib.secretbox import SecretBox
from api.lib.time import utcnow
from api.settings import API_PREFIX, Settings

SECRET_PURPOSE = "samenspel identity-provider client secret"  # noqa: S105 - a key label, not a secret

_ISSUER_REASONS = {
    "invalid_url": "Geef een volledige URL zonder gebruikersnaam, query of fragment.",
    "https_required": "De issuer moet https:// gebruiken.",
    "loopback_not_allowed": "Een provider op deze machine (localhost) kan alleen in een ontwikkelomgeving.",
    "private_address": "Een intern of gereserveerd IP-adres is niet toegestaan.",
    "invalid_host": "Dit is geen geldige hostnaam.",
}


# The path of each purpose's sign-in, and of its redirect URI.
SIGN_IN_PATH = {ProviderPurpose.STAFF: "staff-sign-in", ProviderPurpose.RESIDENTS: "resident-sign-in"}
NO_PROVIDER = {
    ProviderPurpose.STAFF: "Deze gemeente heeft geen identiteitsprovider.",
    ProviderPurpose.RESIDENTS: "Deze gemeente heeft geen inlog voor inwoners (broker).",
}


def callback_url(settings: Settings, purpose: ProviderPurpose = ProviderPurpose.STAFF) -> str:
    """The redirect URI to register at every provider of this purpose."""
    return f"{settings.server.base_url}{API_PREFIX}/{SIGN_IN_PATH[purpose]}/callback"


def secret_context(provider: IdentityProvider) -> str:
    """What the client secret is bound to: it decrypts for this provider of this municipality (and
    purpose) only."""
    prefix = "identity-provider" if provider.purpose != ProviderPurpose.RESIDENTS else "resident-broker"
    return f"{prefix}:{provider.municipality_id}:{provider.issuer}:{provider.client_id}"


def read_of(provider: IdentityProvider, settings: Settings) -> IdentityProviderRead | ResidentBrokerRead:
    read = ResidentBrokerRead(
        issuer=provider.issuer,
        client_id=provider.client_id,
        label=provider.label,
        enabled=provider.enabled,
        redirect_uri=callback_url(settings, provider.purpose),
        created_at=provider.created_at,
        updated_at=provider.updated_at,
    )
    if provider.purpose == ProviderPurpose.RESIDENTS:
        return read
    return IdentityProviderRead(
        **{f: getattr(read, f) for f in read.__struct_fields__}, new_staff_role=provider.new_staff_role
    )


class IdentityProviderService:
    """The rules of a municipality's provider setting (of one purpose), inside one unit of work."""

    def __init__(
        self,
        uow: UnitOfWork,
        settings: Settings,
        box: SecretBox,
        purpose: ProviderPurpose = ProviderPurpose.STAFF,
    ) -> None:
        self.uow = uow
        self.settings = settings
        self.box = box
        self.purpose = purpose

    async def _lock(self, municipality_id: UUID) -> IdentityProvider | None:
        # Locking the municipality serialises writers, also when there is no provider row yet;
        # its version goes up because its public view (`staffSignIn`) changes.
        await self.uow.session.execute(
            update(Municipality)
            .where(Municipality.id == municipality_id)
            .values(version=Municipality.version + 1, updated_at=utcnow())
        )
        provider: IdentityProvider | None = await self.uow.lock_where(
            IdentityProvider,
            IdentityProvider.municipality_id == municipality_id,
            IdentityProvider.purpose == self.purpose,
        )
        return provider

    def _problems(self, data: ResidentBrokerWrite, issuer: str, current: IdentityProvider | None) -> None:
        problems: list[InvalidParam] = []
        try:
            check_url(issuer, allow_loopback=self.settings.allow_loopback_providers, issuer=True)
        except UnsafeDestination as unsafe:
            problems.append(
                InvalidParam(name="issuer", code=unsafe.code, reason=_ISSUER_REASONS[unsafe.code])
            )
        same_client = current is not None and (current.issuer, current.client_id) == (issuer, data.client_id)
        if data.client_secret is msgspec.UNSET and not same_client:
            # Never send a stored secret to another issuer or for another client.
            problems.append(
                InvalidParam(
                    name="clientSecret",
                    code="required",
                    reason="Geef het clientgeheim bij een nieuwe provider, issuer of client-id.",
                )
            )
        if problems:
            raise InvalidInput(
                f"{len(problems)} probleem/problemen met de invoer; zie invalidParams.",
                invalid_params=problems,
            )

    async def put(
        self, municipality_id: UUID, data: ResidentBrokerWrite, if_match: str
    ) -> tuple[IdentityProvider, bool]:
        """Set the provider (replacing the current one); returns it and whether it is new."""
        current = await self._lock(municipality_id)
        if current is not None:
            require_if_match(if_match, current.version)
        issuer = data.issuer.strip()
        self._problems(data, issuer, current)
        created = current is None
        provider = current or IdentityProvider(municipality_id=municipality_id, purpose=self.purpose)
        provider.issuer = issuer
        provider.client_id = data.client_id
        provider.label = data.label.strip()
        # A residents' broker only says who someone is: it gives no role, and never a staff one.
        provider.new_staff_role = (
            data.new_staff_role if isinstance(data, IdentityProviderWrite) else StaffRole.INWONER
        )
        provider.enabled = data.enabled
        if data.client_secret is not msgspec.UNSET:
            provider.client_secret_encrypted = self.box.seal(data.client_secret, secret_context(provider))
        if created:
            self.uow.session.add(provider)
        await self.uow.session.flush()
        self.uow.audit(
            "identity_provider.configured" if created else "identity_provider.updated",
            "identity_provider",
            provider.id,
            municipality_id,
            {
                "issuer": provider.issuer,
                "clientId": provider.client_id,
                "enabled": provider.enabled,
                "newStaffRole": provider.new_staff_role.value,
                "purpose": self.purpose.value,
                "clientSecretChanged": data.client_secret is not msgspec.UNSET,
            },
        )
        return provider, created

    async def remove(self, municipality_id: UUID, if_match: str) -> None:
        """Remove the provider. Linked identities stay, for when it comes back."""
        current = await self._lock(municipality_id)
        if current is None:
            raise NotFound(NO_PROVIDER[self.purpose])
        require_if_match(if_match, current.version)
        await self.uow.session.delete(current)
        self.uow.audit(
            "identity_provider.removed",
            "identity_provider",
            current.id,
            municipality_id,
            {"issuer": current.issuer, "purpose": self.purpose.value},
        )
