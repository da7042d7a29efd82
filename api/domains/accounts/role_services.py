"""Roles in a municipality, managed by its beheerders. A municipality never loses its last beheerder."""

from uuid import UUID

from sqlalchemy import func, select

from api.db.uow import UnitOfWork
from api.domains.accounts.models import Account, RoleAssignment, RoleName
from api.lib.errors import Conflict, InvalidInput


class RoleService:
    def __init__(self, uow: UnitOfWork) -> None:
        self.uow = uow

    async def _keep_a_beheerder(self, municipality_id: UUID, leaving: UUID) -> None:
        # Lock every beheerder row of the municipality so two demotions cannot both pass.
        beheerders = (
            await self.uow.session.scalars(
                select(RoleAssignment.id)
                .where(
                    RoleAssignment.municipality_id == municipality_id,
                    RoleAssignment.role == RoleName.BEHEERDER,
                )
                .with_for_update()
            )
        ).all()
        if set(beheerders) <= {leaving}:
            raise Conflict("De gemeente moet minstens één beheerder houden.", code="last_beheerder")

    async def assign(self, municipality_id: UUID, email: str, role: RoleName) -> UUID:
        account_id = await self.uow.session.scalar(
            select(Account.id).where(
                func.lower(Account.email) == email.strip().lower(), Account.deleted_at.is_(None)
            )
        )
        if account_id is None:
            raise InvalidInput.one("email", "unknown_account", "Er is geen account met dit e-mailadres.")
        existing = await self.uow.session.scalar(
            select(RoleAssignment.id).where(
                RoleAssignment.municipality_id == municipality_id, RoleAssignment.account_id == account_id
            )
        )
        if existing is not None:
            raise Conflict(
                "Deze persoon heeft al een rol in deze gemeente; wijzig die.", code="already_assigned"
            )
        assignment = RoleAssignment(municipality_id=municipality_id, account_id=account_id, role=role)
        self.uow.session.add(assignment)
        await self.uow.session.flush()
        self.uow.audit(
            "role.assigned", "role_assignment", assignment.id, municipality_id, {"role": role.value}
        )
        return assignment.id

    async def _get(self, assignment_id: UUID) -> RoleAssignment:
        return await self.uow.locked(RoleAssignment, assignment_id, "Deze rol bestaat niet.")

    async def change(self, assignment_id: UUID, role: RoleName) -> None:
        assignment = await self._get(assignment_id)
        if assignment.role == RoleName.BEHEERDER and role != RoleName.BEHEERDER:
            await self._keep_a_beheerder(assignment.municipality_id, assignment.id)
        assignment.role = role
        self.uow.audit(
            "role.changed", "role_assignment", assignment.id, assignment.municipality_id, {"role": role.value}
        )

    async def remove(self, assignment_id: UUID) -> None:
        assignment = await self._get(assignment_id)
        if assignment.role == RoleName.BEHEERDER:
            await self._keep_a_beheerder(assignment.municipality_id, assignment.id)
        await self.uow.session.delete(assignment)
        self.uow.audit("role.removed", "role_assignment", assignment.id, assignment.municipality_id)
