"""How moderation reads an open poll answer: given from here, since moderation may not name the
polls' tables. Its author is the named response's account; an anonymous answer has none (nobody
to tell of a decision, nobody who may object to it)."""

from api.domains.accounts.people import person
from api.domains.moderation.content import ContentSql

POLL_ANSWER_SQL = ContentSql(
    find="""
        SELECT a.id, a.municipality_id, p.opgave_id, NULL::uuid AS proposal_id, NULL::uuid AS task_id,
               CASE WHEN p.anonymous THEN NULL ELSE r.account_id END AS author_id, a.hidden,
               false AS deleted, left(a.body, 60) AS label, '/peilingen/' || p.id AS page
        FROM poll_answers a JOIN polls p ON p.id = a.poll_id JOIN poll_responses r ON r.id = a.response_id
        WHERE a.id = $1 AND a.body IS NOT NULL""",
    joins="""LEFT JOIN poll_answers pan ON pan.id = {t}.poll_answer_id
        LEFT JOIN poll_responses pr ON pr.id = pan.response_id
        LEFT JOIN polls pp ON pp.id = pan.poll_id LEFT JOIN poll_questions pq ON pq.id = pan.question_id""",
    read=f"""json_build_object(
    'type', 'poll_answer', 'id', pan.id, 'opgaveId', pp.opgave_id, 'proposalId', NULL, 'taskId', NULL,
    'title', pp.title, 'text', left(pan.body, 2000),
    'author', CASE WHEN pp.anonymous THEN NULL ELSE {person("pr.account_id", "pan.municipality_id")} END,
    'clientName', NULL, 'hidden', pan.hidden, 'hiddenReason', pan.hidden_reason, 'deleted', false,
    'createdAt', pan.created_at, 'pollId', pp.id, 'pollTitle', pp.title, 'questionText', pq.text,
    'anonymous', pp.anonymous)""",
)
