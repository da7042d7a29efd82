"""Moderation rules: reporting, deciding with a reason, and the author's one appeal."""

from typing import Any
from uuid import UUID

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError

from api.db.errors import violated_constraint
from api.db.uow import Service
from api.domains.events import outbox
from api.domains.events import types as event_types
from api.domains.moderation.content import COLUMNS, MODERATED, NOUN, THIS, Content, content_of, find_content
from api.domains.moderation.models import (
    AppealOutcome,
    ContentType,
    ModerationAction,
    ModerationAppeal,
    ModerationDecision,
    ModerationReport,
)
from api.domains.moderation.schemas import (
    ModerationAppealCreate,
    ModerationAppealUpdate,
    ModerationDecisionCreate,
    ModerationReportCreate,
)
from api.domains.notifications.models import NotificationKind
from api.domains.notifications.services import notify
from api.lib.access import Person
from api.lib.errors import Conflict, InvalidInput, NotFound
from api.lib.time import utcnow

_ONE_OPEN_REPORT = {f"uq_moderation_reports_open_{kind.value}" for kind in ContentType}


class ModerationService(Service):
    """Reports, decisions and appeals, inside one unit of work."""

    @property
    def person(self) -> Person:
        principal = self.uow.principal
        assert isinstance(principal, Person), "moderation is done by people"
        return principal

    def _on(self, content: Content) -> dict[str, UUID | None]:
        return {column: content.id if column == content.column else None for column in COLUMNS}

    async def report(self, content: Content, data: ModerationReportCreate) -> ModerationReport:
        model = MODERATED[content.type]
        # A decision on the item locks it for update: a report waits for it, then sees its outcome.
        hidden = await self.uow.session.scalar(
            select(model.hidden).where(model.id == content.id).with_for_update(read=True, key_share=True)
        )
        if hidden is None or content.deleted:
            raise NotFound(f"{THIS[content.type].capitalize()} bestaat niet (meer).")
        if hidden:
            raise Conflict(f"{THIS[content.type].capitalize()} is al verborgen.", code="already_hidden")
        report = ModerationReport(
            municipality_id=content.municipality_id,
            reporter_id=self.person.account_id,
            reason=data.reason,
            explanation=data.explanation.strip(),
            **self._on(content),
        )
        self.uow.session.add(report)
        try:
            await self.uow.session.flush()
        except IntegrityError as error:
            if violated_constraint(error) in _ONE_OPEN_REPORT:
                raise Conflict(
                    f"U heeft {THIS[content.type]} al gemeld; de moderatie kijkt ernaar.",
                    code="already_reported",
                ) from None
            raise
        self.uow.audit(
            "moderation_report.created",
            "moderation_report",
            report.id,
            content.municipality_id,
            {"contentType": content.type.value, "contentId": str(content.id), "reason": data.reason.value},
        )
        return report

    async def _lock(self, content: Content) -> Any:
        return await self.uow.locked(
            MODERATED[content.type], content.id, f"{THIS[content.type].capitalize()} bestaat niet."
        )

    async def _record(
        self, content: Content, locked: Any, action: ModerationAction, reason: str
    ) -> ModerationDecision:
        """Apply ``action`` to the content, write the decision, and close the open reports on it."""
        column = getattr(ModerationReport, content.column)
        open_reports = (
            await self.uow.session.scalars(
                select(ModerationReport.id)
                .where(column == content.id, ModerationReport.decision_id.is_(None))
                .with_for_update()
            )
        ).all()
        if action is ModerationAction.DISMISS and not open_reports:
            raise Conflict("Er zijn geen open meldingen om af te wijzen.", code="no_open_reports")
        if action is ModerationAction.HIDE:
            locked.hidden, locked.hidden_reason = True, reason
        elif action is ModerationAction.RESTORE:
            locked.hidden, locked.hidden_reason = False, None
        if action in (ModerationAction.HIDE, ModerationAction.RESTORE) and (
            event := self._event(content, locked, action)
        ):
            await outbox.record(await self.uow.connection(), event)
        decision = ModerationDecision(
            municipality_id=content.municipality_id,
            action=action,
            public_reason=reason,
            decided_by_id=self.person.account_id,
            reports_resolved=len(open_reports),
            **self._on(content),
        )
        await self.uow.insert(decision)
        if open_reports:
            await self.uow.session.execute(
                update(ModerationReport)
                .where(ModerationReport.id.in_(open_reports))
                .values(decision_id=decision.id, resolved_at=utcnow())
            )
        return decision

    def _event(self, content: Content, locked: Any, action: ModerationAction) -> outbox.DomainEvent | None:
        hide = action is ModerationAction.HIDE
        if content.type is ContentType.POLL_ANSWER:
            return None  # an open answer is no object of the change feed; the results just leave it out
        if content.type == ContentType.PROPOSAL:
            return outbox.proposal_event(
                event_types.PROPOSAL_HIDDEN if hide else event_types.PROPOSAL_RESTORED,
                municipality_id=locked.municipality_id,
                opgave_id=locked.opgave_id,
                proposal_id=locked.id,
                status=locked.status.value,
                actor_id=self.person.account_id,
            )
        return outbox.comment_event(
            event_types.COMMENT_HIDDEN if hide else event_types.COMMENT_RESTORED,
            locked,
            actor_id=self.person.account_id,
        )

    async def decide(self, content: Content, data: ModerationDecisionCreate) -> UUID:
        locked = await self._lock(content)
        reason = data.public_reason.strip()
        if data.action is ModerationAction.HIDE:
            if locked.hidden:
                raise Conflict(f"{THIS[content.type].capitalize()} is al verborgen.", code="already_hidden")
            if not reason:
                raise InvalidInput.one(
                    "publicReason", "required", "Zeg waarom u dit verbergt; iedereen ziet die reden."
                )
        elif data.action is ModerationAction.RESTORE and not locked.hidden:
            raise Conflict(f"{THIS[content.type].capitalize()} is niet verborgen.", code="not_hidden")
        decision = await self._record(content, locked, data.action, reason)
        if data.action is ModerationAction.HIDE:
            self._tell_author(
                content,
                decision.id,
                f"Uw {NOUN[content.type]} is verborgen",
                f"De gemeente heeft {content.describe()} verborgen. Reden: {reason}\n\n"
                "Bent u het hier niet mee eens? Dan kunt u één keer bezwaar maken.",
            )
        elif data.action is ModerationAction.RESTORE:
            self._tell_author(
                content,
                decision.id,
                f"Uw {NOUN[content.type]} is weer zichtbaar",
                f"De gemeente heeft {content.describe()} weer zichtbaar gemaakt."
                + (f" Toelichting: {reason}" if reason else ""),
            )
        self.uow.audit(
            "moderation.decided",
            "moderation_decision",
            decision.id,
            content.municipality_id,
            {
                "action": data.action.value,
                "contentType": content.type.value,
                "contentId": str(content.id),
                "reportsResolved": decision.reports_resolved,
            },
        )
        return decision.id

    def _tell_author(self, content: Content, decision_id: UUID, title: str, body: str) -> None:
        if content.author_id is None:  # the municipality's own comment: nobody to tell
            return
        notify(
            self.uow,
            content.author_id,
            NotificationKind.MODERATION_DECISION,
            title=title,
            body=body,
            link=content.link,
            municipality_id=content.municipality_id,
            object_type="moderation_decision",
            object_id=decision_id,
        )

    async def appeal(self, decision_id: UUID, data: ModerationAppealCreate) -> UUID:
        decision = await self.uow.session.get(ModerationDecision, decision_id)
        if decision is None:
            raise NotFound("Dit besluit bestaat niet.")
        if decision.action is not ModerationAction.HIDE:
            raise Conflict("Alleen tegen verbergen kunt u bezwaar maken.", code="not_appealable")
        appeal = ModerationAppeal(
            municipality_id=decision.municipality_id,
            decision_id=decision.id,
            author_id=self.person.account_id,
            explanation=data.explanation.strip(),
        )
        self.uow.session.add(appeal)
        try:
            await self.uow.session.flush()
        except IntegrityError as error:
            if violated_constraint(error) == "uq_moderation_appeals_decision_id":
                raise Conflict(
                    "U heeft al bezwaar gemaakt tegen dit besluit.", code="already_appealed"
                ) from None
            raise
        self.uow.audit(
            "moderation_appeal.created",
            "moderation_appeal",
            appeal.id,
            decision.municipality_id,
            {"decisionId": str(decision.id)},
        )
        return appeal.id

    async def resolve_appeal(self, appeal_id: UUID, data: ModerationAppealUpdate) -> None:
        appeal = await self.uow.locked(ModerationAppeal, appeal_id, "Dit bezwaar bestaat niet.")
        if appeal.outcome is not None:
            raise Conflict("Dit bezwaar is al afgehandeld.", code="already_resolved")
        decision = await self.uow.session.get(ModerationDecision, appeal.decision_id)
        assert decision is not None
        content = await find_content(
            await self.uow.connection(), *content_of({c: getattr(decision, c) for c in COLUMNS})
        )
        assert content is not None
        reason = data.reason.strip()
        appeal.outcome, appeal.resolution_reason = data.outcome, reason
        appeal.resolved_by_id, appeal.resolved_at = self.person.account_id, utcnow()
        restoring: ModerationDecision | None = None
        if data.outcome is AppealOutcome.OVERTURNED:
            locked = await self._lock(content)
            if locked.hidden:
                restoring = await self._record(content, locked, ModerationAction.RESTORE, reason)
            title = "Uw bezwaar is toegewezen"
            body = f"De gemeente heeft uw bezwaar toegewezen: {content.describe()} is weer zichtbaar."
        else:
            title = "Uw bezwaar is afgewezen"
            body = f"De gemeente heeft uw bezwaar bekeken en blijft erbij: {content.describe()} blijft verborgen."
        self._tell_author(content, decision.id, title, f"{body} Toelichting: {reason}")
        self.uow.audit(
            "moderation_appeal.resolved",
            "moderation_appeal",
            appeal.id,
            appeal.municipality_id,
            {
                "outcome": data.outcome.value,
                "decisionId": str(decision.id),
                "restoringDecisionId": str(restoring.id) if restoring else None,
            },
        )
