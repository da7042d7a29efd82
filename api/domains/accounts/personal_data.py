"""A person's data across every domain: what the personal export reads and what erasing an
account deletes. Reading across the domains is this module's job (``tests/unit/test_layers.py``
names it); everything else in a domain names only its own tables."""

from uuid import UUID

from api.db.connection import Connection, Database
from api.domains.accounts.queries import me
from api.domains.accounts.schemas import (
    AccountExport,
    ExportedAppeal,
    ExportedAuditEvent,
    ExportedBallotVote,
    ExportedBudgetRequest,
    ExportedComment,
    ExportedExternalIdentity,
    ExportedFollow,
    ExportedInvitation,
    ExportedNotification,
    ExportedPollResponse,
    ExportedPostingBlock,
    ExportedProgressUpdate,
    ExportedProposal,
    ExportedReflectionEntry,
    ExportedReport,
    ExportedSession,
    ExportedSupport,
    ExportedTeamMembership,
    ExportedUpload,
)
from api.lib.rows import from_rows
from api.lib.time import utcnow
from api.settings import API_PREFIX

# Rows of other domains that exist only for the person; erasing the account deletes them.
_ERASED_ELSEWHERE = (
    "organisation_members",
    "external_identities",
    "opgave_members",
    "opgave_followers",
    "notifications",
)


async def erase_elsewhere(connection: Connection, account_id: UUID, email: str | None) -> None:
    """Delete the rows other domains keep only for this person, in the erasing transaction."""
    for table in _ERASED_ELSEWHERE:
        await connection.execute(f"DELETE FROM {table} WHERE account_id = $1", account_id)
    if email:
        # Invitations to the address name the person too; who answered one stays anonymous.
        await connection.execute("DELETE FROM invitations WHERE lower(email) = lower($1)", email)


async def export(db: Database, account_id: UUID, csrf_token: str | None) -> AccountExport | None:
    """Everything held on one account, as its owner may download it."""
    found = await me(db, account_id, csrf_token)
    if found is None:
        return None
    sessions = await db.fetch(
        "SELECT created_at, last_seen_at, expires_at, user_agent FROM sessions WHERE account_id = $1 ORDER BY created_at",
        account_id,
    )
    identities = await db.fetch(
        """SELECT json_build_object('id', m.id, 'slug', m.slug, 'name', m.name) AS municipality,
                  e.purpose, e.issuer, e.subject, e.created_at, e.last_sign_in_at
           FROM external_identities e JOIN municipalities m ON m.id = e.municipality_id
           WHERE e.account_id = $1 ORDER BY e.created_at""",
        account_id,
    )
    activity = await db.fetch(
        """SELECT created_at, action, object_type, object_id FROM audit_events
           WHERE actor_type = 'person' AND actor_id = $1 ORDER BY created_at, id""",
        str(account_id),
    )
    mine = {
        "proposals": "SELECT id, opgave_id, title, body, status, created_at FROM proposals WHERE author_id = $1 ORDER BY created_at, id",
        "comments": """SELECT id, opgave_id, proposal_id, parent_id, body, stance, created_at, edited_at FROM comments
                       WHERE author_id = $1 AND deleted_at IS NULL ORDER BY created_at, id""",
        "supports": "SELECT proposal_id, created_at FROM supports WHERE account_id = $1 ORDER BY created_at, id",
        "ballot_votes": """SELECT ballot_id, choices, postcode, created_at, updated_at FROM ballot_votes
                           WHERE account_id = $1 ORDER BY created_at, id""",
        "following": "SELECT opgave_id, created_at FROM opgave_followers WHERE account_id = $1 ORDER BY created_at, id",
        "notifications": "SELECT kind, title, body, created_at, read_at FROM notifications WHERE account_id = $1 ORDER BY created_at, id",
        "reflection_entries": """SELECT e.moment_id, coalesce(m.prompts[e.prompt_index + 1], '') AS prompt, e.body, e.created_at
                                 FROM reflection_entries e JOIN reflection_moments m ON m.id = e.moment_id
                                 WHERE e.author_id = $1 ORDER BY e.created_at, e.id""",
        "reports": """SELECT comment_id, proposal_id, reason, explanation, created_at, resolved_at
                      FROM moderation_reports WHERE reporter_id = $1 ORDER BY created_at, id""",
        "appeals": """SELECT decision_id, explanation, outcome, resolution_reason, created_at, resolved_at
                      FROM moderation_appeals WHERE author_id = $1 ORDER BY created_at, id""",
        "posting_blocks": """SELECT json_build_object('id', m.id, 'slug', m.slug, 'name', m.name) AS municipality,
                                    b.reason, b.ends_at, b.created_at
                             FROM posting_blocks b JOIN municipalities m ON m.id = b.municipality_id
                             WHERE b.account_id = $1 ORDER BY b.created_at, b.id""",
        "team_memberships": """SELECT opgave_id, organisation_id, role, status, created_at FROM opgave_members
                               WHERE account_id = $1 ORDER BY created_at, id""",
        "progress_updates": """SELECT claim_id, text, percent, created_at FROM progress_updates
                               WHERE author_id = $1 ORDER BY created_at, id""",
        "uploads": f"""SELECT a.id, a.subject_type, a.kind, a.file_name, a.alt_text, a.size_bytes, a.created_at,
                              coalesce(a.proposal_id, a.task_id, a.progress_update_id, a.reflection_id, a.opgave_id) AS subject_id,
                              '{API_PREFIX}/attachments/' || a.id || '/content' AS url
                       FROM attachments a WHERE a.uploaded_by_id = $1 ORDER BY a.created_at, a.id""",
        "budget_requests": """SELECT budget_id, organisation_id, amount_cents, motivation, status, created_at
                              FROM budget_claims WHERE requested_by_id = $1 ORDER BY created_at, id""",
        # To the address only once it is proven: until then it may be someone else's.
        "invitations": """SELECT json_build_object('id', m.id, 'slug', m.slug, 'name', m.name) AS municipality,
                                 i.kind, i.role, i.status, i.created_at, i.answered_at
                          FROM invitations i JOIN municipalities m ON m.id = i.municipality_id
                          WHERE i.answered_by_id = $1
                             OR lower(i.email) = (SELECT lower(a.email) FROM accounts a
                                                  WHERE a.id = $1 AND a.email_verified_at IS NOT NULL)
                          ORDER BY i.created_at, i.id""",
    }
    rows = {name: await db.fetch(sql, account_id) for name, sql in mine.items()}
    # Only responses that carry the account: an anonymous poll's never do (see polls.models).
    poll_responses = await db.fetch(
        """SELECT r.poll_id, p.title AS poll_title, p.opgave_id, r.created_at, r.updated_at,
                  coalesce((SELECT json_agg(json_build_object(
                      'question', q.text, 'kind', q.kind,
                      'choices', (SELECT array_agg(q.options[c + 1] ORDER BY c) FROM unnest(a.choices) AS c),
                      'value', a.scale_value, 'text', a.body, 'hidden', a.hidden, 'hiddenReason', a.hidden_reason)
                      ORDER BY q.position)
                   FROM poll_answers a JOIN poll_questions q ON q.id = a.question_id
                   WHERE a.response_id = r.id), '[]') AS answers
           FROM poll_responses r JOIN polls p ON p.id = r.poll_id
           WHERE r.account_id = $1 AND NOT p.anonymous ORDER BY r.created_at, r.id""",
        account_id,
    )
    return AccountExport(
        proposals=from_rows(ExportedProposal, rows["proposals"]),
        comments=from_rows(ExportedComment, rows["comments"]),
        supports=from_rows(ExportedSupport, rows["supports"]),
        ballot_votes=from_rows(ExportedBallotVote, rows["ballot_votes"]),
        following=from_rows(ExportedFollow, rows["following"]),
        notifications=from_rows(ExportedNotification, rows["notifications"]),
        reflection_entries=from_rows(ExportedReflectionEntry, rows["reflection_entries"]),
        reports=from_rows(ExportedReport, rows["reports"]),
        appeals=from_rows(ExportedAppeal, rows["appeals"]),
        posting_blocks=from_rows(ExportedPostingBlock, rows["posting_blocks"]),
        team_memberships=from_rows(ExportedTeamMembership, rows["team_memberships"]),
        progress_updates=from_rows(ExportedProgressUpdate, rows["progress_updates"]),
        uploads=from_rows(ExportedUpload, rows["uploads"]),
        budget_requests=from_rows(ExportedBudgetRequest, rows["budget_requests"]),
        invitations=from_rows(ExportedInvitation, rows["invitations"]),
        poll_responses=from_rows(ExportedPollResponse, poll_responses),
        exported_at=utcnow(),
        account=found[0],
        sessions=from_rows(ExportedSession, sessions),
        external_identities=from_rows(ExportedExternalIdentity, identities),
        activity=from_rows(ExportedAuditEvent, activity),
    )
