"""Reflection moments: planning them, writing in them, closing them with what follows. The rules live here."""

from uuid import UUID

import msgspec
from sqlalchemy import delete, func, select

from api.db.uow import RowService
from api.domains.events import outbox
from api.domains.events import types as event_types
from api.domains.opgaven.guards import opgave_of
from api.domains.opgaven.models import ActionLine
from api.domains.opgaven.schemas import ActionLineCreate, ActionLineUpdate, FormulationCreate
from api.domains.opgaven.services import in_opgave
from api.domains.opgaven.team_services import ActionLineService, FormulationService
from api.domains.proposals.refs import check_of_opgave
from api.domains.reflections.guards import ReflectionFacts
from api.domains.reflections.models import (
    FollowUpAction,
    FollowUpKind,
    ReflectionEntry,
    ReflectionMoment,
    ReflectionProposal,
    ReflectionStatus,
)
from api.domains.reflections.schemas import ClosureCreate, EntryCreate, ReflectionCreate, ReflectionUpdate
from api.domains.tasks.schemas import TaskCreate
from api.domains.tasks.services import TaskService
from api.lib.access import Person, Target
from api.lib.errors import Conflict, InvalidInput
from api.lib.ids import new_id
from api.lib.schema import apply_sent, sent
from api.lib.time import plausible_dates, utcnow

# What the public reads is the summary, never the entries: publishing without one shows nothing.
_SUMMARY_NEEDED = "Schrijf een openbare samenvatting voordat u het moment publiceert."


class ReflectionService(RowService[ReflectionMoment]):
    model, missing = ReflectionMoment, "Dit reflectiemoment bestaat niet."

    async def _link_proposals(self, moment: ReflectionMoment, proposal_ids: list[UUID]) -> None:
        await check_of_opgave(self.uow.session, moment.opgave_id, proposal_ids)
        await self.uow.session.execute(
            delete(ReflectionProposal).where(ReflectionProposal.moment_id == moment.id)
        )
        for proposal_id in dict.fromkeys(proposal_ids):
            self.uow.session.add(
                ReflectionProposal(
                    municipality_id=moment.municipality_id, moment_id=moment.id, proposal_id=proposal_id
                )
            )

    async def create(self, target: Target, data: ReflectionCreate) -> UUID:
        plausible_dates(heldOn=data.held_on)
        moment = ReflectionMoment(
            **in_opgave(target),
            **sent(data, "title", "held_on", "prompts", "residents_invited"),
            phase=data.phase or opgave_of(target).phase,
            created_by_id=self.uow.person.account_id if isinstance(self.uow.principal, Person) else None,
        )
        await self.uow.insert(moment)
        await self._link_proposals(moment, data.proposal_ids)
        self.uow.audit("reflection.planned", "reflection", moment.id, moment.municipality_id)
        return moment.id

    async def update(self, moment_id: UUID, data: ReflectionUpdate, if_match: str) -> None:
        moment = await self._locked(moment_id, if_match)
        plausible_dates(heldOn=data.held_on or None)
        apply_sent(moment, data, "title", "held_on", "residents_invited")
        if data.prompts is not msgspec.UNSET and data.prompts != moment.prompts:
            written = await self.uow.session.scalar(
                select(func.count())
                .select_from(ReflectionEntry)
                .where(ReflectionEntry.moment_id == moment.id)
            )
            if written:
                raise Conflict(
                    "Er is al geschreven bij deze vragen; ze kunnen niet meer veranderen.",
                    code="prompts_in_use",
                )
            moment.prompts = data.prompts
        if data.proposal_ids is not msgspec.UNSET:
            await self._link_proposals(moment, data.proposal_ids)
        if data.summary is not msgspec.UNSET:
            moment.summary = data.summary.strip()
        if data.published is not msgspec.UNSET and data.published != moment.published:
            if data.published and moment.status != ReflectionStatus.CLOSED:
                raise Conflict("Publiceer een moment nadat het is afgesloten.", code="not_closed")
            if data.published and not moment.summary:
                raise InvalidInput.one("summary", "required", _SUMMARY_NEEDED)
            moment.published = data.published
            if moment.published:
                await self._event(event_types.REFLECTION_PUBLISHED, moment)
        self.uow.audit("reflection.updated", "reflection", moment.id, moment.municipality_id)

    async def write(self, target: Target, data: EntryCreate) -> UUID:
        moment = await self.uow.session.get(ReflectionMoment, target.fact(ReflectionFacts).reflection_id)
        assert moment is not None
        if moment.status != ReflectionStatus.OPEN:
            raise Conflict(
                "Dit moment is afgesloten; er kan niet meer worden geschreven.", code="reflection_closed"
            )
        if data.prompt_index >= len(moment.prompts):
            raise InvalidInput.one(
                "promptIndex", "unknown_prompt", f"Dit moment heeft {len(moment.prompts)} vragen."
            )
        entry = ReflectionEntry(
            id=new_id(),
            municipality_id=moment.municipality_id,
            moment_id=moment.id,
            prompt_index=data.prompt_index,
            author_id=self.uow.person.account_id,
            body=data.body.strip(),
        )
        self.uow.session.add(entry)
        self.uow.audit("reflection.entry_written", "reflection", moment.id, moment.municipality_id)
        return entry.id

    async def close(self, target: Target, data: ClosureCreate) -> None:
        moment = await self._locked(target.fact(ReflectionFacts).reflection_id)
        if moment.status == ReflectionStatus.CLOSED:
            raise Conflict("Dit moment is al afgesloten.", code="already_closed")
        lines = set(
            await self.uow.session.scalars(
                select(ActionLine.id).where(ActionLine.opgave_id == moment.opgave_id)
            )
        )
        if bad := [
            i
            for i, a in enumerate(data.actions)
            if a.action_line_id is not None and a.action_line_id not in lines
        ]:
            raise InvalidInput.each(
                "Niet alle actielijnen horen bij deze opgave; zie invalidParams.",
                [f"actions[{i}].actionLineId" for i in bad],
                "unknown_action_line",
                "Deze opgave heeft die actielijn niet.",
            )
        if data.publish and not data.summary.strip():
            raise InvalidInput.one("summary", "required", _SUMMARY_NEEDED)
        moment.status = ReflectionStatus.CLOSED
        moment.conclusions = data.conclusions.strip()
        moment.summary = data.summary.strip()
        moment.closed_at = utcnow()
        moment.closed_by_id = self.uow.person.account_id
        for position, action in enumerate(data.actions, start=1):
            self.uow.session.add(
                await self._follow_up(
                    target, moment, position, action.kind, action.description.strip(), action.action_line_id
                )
            )
        await self._event(event_types.REFLECTION_CLOSED, moment)
        if data.publish:
            moment.published = True
            await self._event(event_types.REFLECTION_PUBLISHED, moment)
        self.uow.audit("reflection.closed", "reflection", moment.id, moment.municipality_id)

    async def _follow_up(
        self,
        target: Target,
        moment: ReflectionMoment,
        position: int,
        kind: FollowUpKind,
        text: str,
        line_id: UUID | None,
    ) -> FollowUpAction:
        """The action, and what it becomes: a task, a formulation proposal, or an action line's new goal."""
        assert target.municipality_id is not None
        action = FollowUpAction(
            municipality_id=moment.municipality_id,
            moment_id=moment.id,
            position=position,
            kind=kind,
            description=text,
            action_line_id=line_id,
        )
        if kind == FollowUpKind.TASK:
            action.task_id = await TaskService(self.uow).create(
                target,
                TaskCreate(
                    title=_title(text),
                    description=f"Uit de reflectie ‘{moment.title}’: {text}",
                    action_line_id=line_id,
                ),
            )
        elif kind == FollowUpKind.FORMULATION:
            if len(text) < 10:
                raise InvalidInput.one(
                    f"actions[{position - 1}].description",
                    "too_short",
                    "Een formulering heeft minstens 10 tekens.",
                )
            action.formulation_id = await FormulationService(self.uow).propose(
                moment.opgave_id,
                target.municipality_id,
                FormulationCreate(text=text, rationale=f"Uit de reflectie ‘{moment.title}’."),
            )
        elif kind == FollowUpKind.ACTION_LINE:
            lines = ActionLineService(self.uow)
            if line_id is None:
                action.action_line_id = await lines.create(
                    moment.opgave_id,
                    target.municipality_id,
                    ActionLineCreate(title=_title(text), goal=text[:4000]),
                )
            else:
                line = await self.uow.session.get(ActionLine, line_id)
                assert line is not None
                await lines.update(line_id, ActionLineUpdate(goal=text[:4000]), f'"{line.version}"')
        return action

    async def _event(self, kind: event_types.EventType, moment: ReflectionMoment) -> None:
        event_data = event_types.ReflectionEventData(opgave_id=moment.opgave_id, reflection_id=moment.id)
        await outbox.emit_about(self.uow, kind, "reflections", moment, event_data)


def _title(text: str) -> str:
    """A title from the first line of a text, at most 200 characters, never shorter than 3."""
    first = " ".join(text.split("\n", 1)[0].split())[:200].strip()
    return first if len(first) >= 3 else "Vervolgactie"
