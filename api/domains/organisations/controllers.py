"""Organisations and their members."""

from typing import Annotated, Any
from uuid import UUID

from litestar import Controller, Request, Response, delete, get, patch, post
from litestar.params import FromPath, JSONBody, QueryParameter

from api.db.connection import Db
from api.db.uow import Uow
from api.domains.municipalities.guards import municipality_from_body, municipality_id_of
from api.domains.municipalities.schemas import MunicipalityParam
from api.domains.organisations import queries
from api.domains.organisations.guards import (
    member_from_path,
    organisation_admin,
    organisation_from_path,
    organisation_member,
    the_member,
)
from api.domains.organisations.models import OrganisationKind
from api.domains.organisations.schemas import (
    MemberPage,
    MemberRead,
    MemberUpdate,
    OrganisationCreate,
    OrganisationPage,
    OrganisationRead,
    OrganisationUpdate,
)
from api.domains.organisations.services import OrganisationService
from api.lib.access import access, everyone, staff, target_of
from api.lib.errors import NotFound
from api.lib.etag import ETAG_HEADER, LOCATION_HEADER, with_etag
from api.lib.openapi import problems
from api.lib.pagination import LINK_HEADER, Cursor, Limit, page_response
from api.lib.routes import Resource, page_of_path

KindParam = Annotated[OrganisationKind | None, QueryParameter(name="kind", description="Soort organisatie.")]


ORGANISATION = Resource(OrganisationRead, queries.get_organisation, "/organisations")


class OrganisationController(Controller):
    """Partnerorganisaties: maatschappelijke organisaties en ondernemers."""

    path = "/organisations"
    tags = ["Organisaties"]

    @get(
        "",
        operation_id="ListOrganisations",
        summary="Organisaties",
        description="Op naam; filter op gemeente en soort.",
        opt=access(everyone),
        response_headers=[LINK_HEADER],
    )
    async def list_organisations(
        self,
        request: Request[Any, Any, Any],
        db: Db,
        municipality: MunicipalityParam = "",
        kind: KindParam = None,
        limit: Limit = 20,
        cursor: Cursor = "",
    ) -> Response[OrganisationPage]:
        municipality_id = await municipality_id_of(db, municipality) if municipality else None
        if municipality and municipality_id is None:
            return page_response(
                request, OrganisationPage(items=[], next_cursor=None)
            )  # a filter that matches nothing
        page = await queries.list_organisations(
            db, municipality_id=municipality_id, kind=kind, limit=limit, cursor=cursor
        )
        return page_response(request, page)

    @post(
        "",
        operation_id="CreateOrganisation",
        summary="Een organisatie toevoegen",
        opt=access(staff, target=municipality_from_body()),
        responses=problems(409),
        response_headers=[ETAG_HEADER, LOCATION_HEADER],
    )
    async def create_organisation(
        self, request: Request[Any, Any, Any], data: JSONBody[OrganisationCreate], uow: Uow
    ) -> Response[OrganisationRead]:
        municipality_id = target_of(request).municipality_id
        assert municipality_id is not None
        organisation_id = await OrganisationService(uow).create(municipality_id, data)
        return await ORGANISATION.created(request, uow, organisation_id)

    @get(
        "/{id:uuid}",
        operation_id="GetOrganisation",
        summary="Eén organisatie",
        opt=access(everyone, target=organisation_from_path),
        response_headers=[ETAG_HEADER],
    )
    async def get_organisation(self, db: Db, id: FromPath[UUID]) -> Response[OrganisationRead]:
        found = await queries.get_organisation(db, id)
        if found is None:
            raise NotFound("Deze organisatie bestaat niet.")
        return with_etag(*found)

    update_organisation = ORGANISATION.update(
        "/{id:uuid}",
        OrganisationUpdate,
        OrganisationService,
        operation_id="UpdateOrganisation",
        summary="Een organisatie wijzigen",
        opt=access(organisation_admin | staff, target=organisation_from_path),
        responses=problems(409, 412, 428),
    )

    list_members = page_of_path(
        "/{id:uuid}/members",
        operation_id="ListOrganisationMembers",
        summary="Leden van een organisatie",
        opt=access(organisation_member | staff, target=organisation_from_path),
        page=MemberPage,
        query=queries.list_members,
    )


class OrganisationMemberController(Controller):
    """Lidmaatschappen van organisaties."""

    path = "/organisation-members"
    tags = ["Organisaties"]

    @patch(
        "/{id:uuid}",
        operation_id="UpdateOrganisationMember",
        summary="Een lid beheerder maken of niet",
        opt=access(organisation_admin | staff, target=member_from_path),
    )
    async def update_member(self, id: FromPath[UUID], data: JSONBody[MemberUpdate], uow: Uow) -> MemberRead:
        await OrganisationService(uow).update_member(id, data.is_admin)
        return await uow.read(queries.get_member, id)

    @delete(
        "/{id:uuid}",
        operation_id="RemoveOrganisationMember",
        summary="Een lid verwijderen, of zelf vertrekken",
        opt=access(the_member | organisation_admin | staff, target=member_from_path),
    )
    async def remove_member(self, id: FromPath[UUID], uow: Uow) -> None:
        await OrganisationService(uow).remove_member(id)
