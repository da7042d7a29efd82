"""Telling a person something happened: a notification row in the transaction of the event; and
marking what they have read."""

from datetime import datetime
from uuid import UUID

from sqlalchemy import func, update

from api.db.uow import Service, UnitOfWork
from api.domains.notifications.models import Notification, NotificationKind
from api.lib.access import Person
from api.lib.ids import new_id
from api.lib.time import utcnow

# These also go out by mail, when and if the person chose so. Followers of an opgave are told by
# the follower round from the opgave's events (api/worker/followers.py).
MAILED = frozenset(
    {
        NotificationKind.PROPOSAL_ANSWERED,
        NotificationKind.COMMENT_REPLIED,
        NotificationKind.MODERATION_DECISION,
        NotificationKind.BUDGET_CLAIM_DECIDED,
        NotificationKind.CONTRIBUTION_DECIDED,
        NotificationKind.TASK_CANCELLED,
        NotificationKind.MEETING_UPDATE,
    }
)

_INSERT = """
INSERT INTO notifications (id, account_id, municipality_id, kind, title, body, link, object_type, object_id,
                           mail_wanted)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
"""


def notify(
    uow: UnitOfWork,
    account_id: UUID,
    kind: NotificationKind,
    *,
    title: str,
    body: str = "",
    link: str = "",
    municipality_id: UUID | None = None,
    object_type: str | None = None,
    object_id: UUID | None = None,
) -> None:
    """Notify ``account_id`` of ``kind``, unless they caused it themselves."""
    actor = uow.principal
    if isinstance(actor, Person) and actor.account_id == account_id:
        return
    uow.add_row(
        _INSERT,
        new_id(),
        account_id,
        municipality_id,
        kind.value,
        title[:300],
        body[:2000],
        link[:300],
        object_type,
        object_id,
        kind in MAILED,
    )


class NotificationService(Service):
    """A person's own notifications: read or unread. The target guard made sure they are theirs."""

    async def mark(self, notification_id: UUID, municipality_id: UUID | None, read: bool) -> None:
        # Marking read again keeps the first time it was read.
        read_at = func.coalesce(Notification.read_at, utcnow()) if read else None
        await self.uow.session.execute(
            update(Notification).where(Notification.id == notification_id).values(read_at=read_at)
        )
        self.uow.audit(
            "notification.read" if read else "notification.unread",
            "notification",
            notification_id,
            municipality_id,
        )

    async def mark_all(self, person: Person, up_to: datetime | None) -> tuple[int, datetime]:
        now = utcnow()
        query = update(Notification).where(
            Notification.account_id == person.account_id, Notification.read_at.is_(None)
        )
        if up_to is not None:
            query = query.where(Notification.created_at <= up_to)
        result = await self.uow.session.execute(query.values(read_at=now))
        marked: int = result.rowcount  # type: ignore[attr-defined]
        self.uow.audit("notification.all_read", "account", person.account_id, None, {"marked": marked})
        return marked, now
