"""A municipality's policy domains, kept by its beheerders: add, rename, and remove one that no
opgave uses (removing one in use would take it from those opgaven without a word)."""

from uuid import UUID

from sqlalchemy import exists, func, select
from sqlalchemy.exc import IntegrityError

from api.db.errors import violated_constraint
from api.db.uow import UnitOfWork
from api.domains.opgaven.models import OpgaveDomain, PolicyDomain
from api.domains.opgaven.schemas import DomainCreate, DomainRead, DomainUpdate
from api.lib.errors import Conflict, NotFound

MAX_DOMAINS = 200  # what a list of them holds (DomainList)
_SLUG_TAKEN = "uq_policy_domains_municipality_id_slug"


class PolicyDomainService:
    def __init__(self, uow: UnitOfWork) -> None:
        self.uow = uow

    async def _find(self, municipality_id: UUID, slug: str) -> PolicyDomain:
        found = await self.uow.lock_where(
            PolicyDomain, PolicyDomain.municipality_id == municipality_id, PolicyDomain.slug == slug
        )
        if found is None:
            raise NotFound(f"Er is geen beleidsdomein {slug!r} in deze gemeente.")
        return found

    async def create(self, municipality_id: UUID, data: DomainCreate) -> DomainRead:
        count = await self.uow.session.scalar(
            select(func.count())
            .select_from(PolicyDomain)
            .where(PolicyDomain.municipality_id == municipality_id)
        )
        if (count or 0) >= MAX_DOMAINS:
            raise Conflict(
                f"Een gemeente heeft hoogstens {MAX_DOMAINS} beleidsdomeinen.", code="too_many_domains"
            )
        domain = PolicyDomain(municipality_id=municipality_id, slug=data.slug, name=data.name.strip())
        self.uow.session.add(domain)
        try:
            await self.uow.session.flush()
        except IntegrityError as error:
            if violated_constraint(error) == _SLUG_TAKEN:
                raise Conflict("Er is al een beleidsdomein met deze korte naam.", code="slug_taken") from None
            raise
        self.uow.audit(
            "policy_domain.created", "policy_domain", domain.id, municipality_id, {"slug": domain.slug}
        )
        return DomainRead(slug=domain.slug, name=domain.name)

    async def rename(self, municipality_id: UUID, slug: str, data: DomainUpdate) -> DomainRead:
        domain = await self._find(municipality_id, slug)
        domain.name = data.name.strip()
        self.uow.audit(
            "policy_domain.renamed", "policy_domain", domain.id, municipality_id, {"name": domain.name}
        )
        return DomainRead(slug=domain.slug, name=domain.name)

    async def remove(self, municipality_id: UUID, slug: str) -> None:
        domain = await self._find(municipality_id, slug)
        used = await self.uow.session.scalar(select(exists().where(OpgaveDomain.domain_id == domain.id)))
        if used:
            raise Conflict(
                "Opgaven vallen in dit beleidsdomein; haal het eerst bij die opgaven weg.",
                code="domain_in_use",
            )
        await self.uow.session.delete(domain)
        self.uow.audit("policy_domain.removed", "policy_domain", domain.id, municipality_id, {"slug": slug})
