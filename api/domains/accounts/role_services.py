"""Roles in a municipality, managed by its beheerders. A municipality never loses its last beheerder."""

from uuid import UUID

from sqlalchemy import select

from api.db.uow import UnitOfWork
from api.domains.accounts.models import Account, RoleAssignment, RoleName
from api.lib.errors import Conflict


async def keep_a_beheerder(uow: UnitOfWork, municipality_id: UUID, leaving: UUID) -> None:
    """409 ``last_beheerder`` when the account ``leaving`` is the municipality's last beheerder.

    Only beheerders whose address is verified count: an unverified one holds nothing above inwoner.
    Every beheerder row of the municipality is locked, so two departures cannot both pass.
    """
    rows = (
        await uow.session.execute(
            select(RoleAssignment.account_id, Account.email_verified_at.is_not(None))
            .join(Account, Account.id == RoleAssignment.account_id)
            .where(
                RoleAssignment.municipality_id == municipality_id, RoleAssignment.role == RoleName.BEHEERDER
            )
            .with_for_update(of=RoleAssignment)
        )
    ).all()
    counting = {account_id for account_id, verified in rows if verified}
    if leaving in counting and not counting - {leaving}:
        raise Conflict("De gemeente moet minstens één beheerder houden.", code="last_beheerder")


class RoleService:
    def __init__(self, uow: UnitOfWork) -> None:
        self.uow = uow

    async def _get(self, assignment_id: UUID) -> RoleAssignment:
        return await self.uow.locked(RoleAssignment, assignment_id, "Deze rol bestaat niet.")

    async def change(self, assignment_id: UUID, role: RoleName) -> None:
        assignment = await self._get(assignment_id)
        if role != RoleName.INWONER:
            verified = await self.uow.session.scalar(
                select(Account.email_verified_at.is_not(None)).where(Account.id == assignment.account_id)
            )
            if not verified:
                raise Conflict(
                    "Deze persoon heeft het e-mailadres nog niet bevestigd; tot dan is die alleen inwoner.",
                    code="email_unverified",
                )
        if assignment.role == RoleName.BEHEERDER and role != RoleName.BEHEERDER:
            await keep_a_beheerder(self.uow, assignment.municipality_id, assignment.account_id)
        assignment.role = role
        self.uow.audit(
            "role.changed", "role_assignment", assignment.id, assignment.municipality_id, {"role": role.value}
        )

    async def remove(self, assignment_id: UUID) -> None:
        assignment = await self._get(assignment_id)
        if assignment.role == RoleName.BEHEERDER:
            await keep_a_beheerder(self.uow, assignment.municipality_id, assignment.account_id)
        await self.uow.session.delete(assignment)
        self.uow.audit("role.removed", "role_assignment", assignment.id, assignment.municipality_id)
