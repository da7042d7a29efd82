"""Telling a person something happened: a notification row in the transaction of the event."""

from uuid import UUID

from api.db.uow import UnitOfWork
from api.domains.notifications.models import Notification, NotificationKind
from api.lib.access import Person

# These also go out by mail, when and if the person chose so; a new proposal on a followed opgave
# is shown in the site only.
MAILED = frozenset(
    {
        NotificationKind.PROPOSAL_ANSWERED,
        NotificationKind.COMMENT_REPLIED,
        NotificationKind.MODERATION_DECISION,
    }
)


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
    uow.session.add(
        Notification(
            account_id=account_id,
            municipality_id=municipality_id,
            kind=kind,
            title=title[:300],
            body=body[:2000],
            link=link[:300],
            object_type=object_type,
            object_id=object_id,
            mail_wanted=kind in MAILED,
        )
    )
