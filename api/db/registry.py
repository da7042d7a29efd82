"""Imports every domain's models, so the metadata (and Alembic) sees all tables."""

from api.db.base import Base
from api.domains.accounts.models import Account, AccountToken, RoleAssignment, SignInSession
from api.domains.attachments.models import Attachment
from api.domains.audit.models import AuditEvent
from api.domains.ballots.models import Ballot, BallotOption, BallotVote
from api.domains.budgets.models import Budget, BudgetClaim, Contribution, LedgerEntry
from api.domains.clients.models import ApiClient
from api.domains.comments.models import Comment, CommentRevision
from api.domains.divisions.models import BudgetRound, DivisionLine, DivisionProposal, DivisionResponse
from api.domains.events.models import Event, EventConsumer
from api.domains.indicators.models import Indicator, Measurement
from api.domains.invitations.models import Invitation
from api.domains.meetings.models import Meeting, MeetingRegistration
from api.domains.moderation.models import ModerationAppeal, ModerationDecision, ModerationReport, PostingBlock
from api.domains.municipalities.models import Municipality, PostcodeRange
from api.domains.notifications.models import Notification
from api.domains.opgaven.models import (
    ActionLine,
    Formulation,
    Opgave,
    OpgaveDomain,
    OpgaveFollower,
    OpgaveMember,
    PolicyDomain,
    TimelineEvent,
)
from api.domains.organisations.models import Organisation, OrganisationMember
from api.domains.places.models import OpgaveArea
from api.domains.polls.models import (
    Poll,
    PollAnswer,
    PollParticipation,
    PollQuestion,
    PollResponse,
)
from api.domains.proposals.models import Proposal, Support
from api.domains.reflections.models import (
    FollowUpAction,
    ReflectionEntry,
    ReflectionMoment,
    ReflectionProposal,
)
from api.domains.staff_sign_in.models import ExternalIdentity, IdentityProvider, PendingLink, StaffSignInState
from api.domains.system.models import IdempotencyRecord, OutgoingMail, RateLimitCounter
from api.domains.tasks.models import ProgressUpdate, Task, TaskClaim, TaskProposal
from api.domains.webhooks.models import WebhookDelivery, WebhookSubscription

metadata = Base.metadata

__all__ = [
    "Account",
    "AccountToken",
    "ActionLine",
    "ApiClient",
    "Attachment",
    "AuditEvent",
    "Ballot",
    "BallotOption",
    "BallotVote",
    "Budget",
    "BudgetClaim",
    "BudgetRound",
    "Comment",
    "CommentRevision",
    "Contribution",
    "DivisionLine",
    "DivisionProposal",
    "DivisionResponse",
    "Event",
    "EventConsumer",
    "ExternalIdentity",
    "FollowUpAction",
    "Formulation",
    "IdempotencyRecord",
    "IdentityProvider",
    "Indicator",
    "Invitation",
    "LedgerEntry",
    "Measurement",
    "Meeting",
    "MeetingRegistration",
    "ModerationAppeal",
    "ModerationDecision",
    "ModerationReport",
    "Municipality",
    "Notification",
    "Opgave",
    "OpgaveArea",
    "OpgaveDomain",
    "OpgaveFollower",
    "OpgaveMember",
    "Organisation",
    "OrganisationMember",
    "OutgoingMail",
    "PendingLink",
    "PolicyDomain",
    "Poll",
    "PollAnswer",
    "PollParticipation",
    "PollQuestion",
    "PollResponse",
    "PostcodeRange",
    "PostingBlock",
    "ProgressUpdate",
    "Proposal",
    "RateLimitCounter",
    "ReflectionEntry",
    "ReflectionMoment",
    "ReflectionProposal",
    "RoleAssignment",
    "SignInSession",
    "StaffSignInState",
    "Support",
    "Task",
    "TaskClaim",
    "TaskProposal",
    "TimelineEvent",
    "WebhookDelivery",
    "WebhookSubscription",
    "metadata",
]
