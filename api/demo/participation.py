"""Demo ideas, support and conversations on the demo opgaven."""

from dataclasses import dataclass, field

from api.db.connection import Connection
from api.demo.content import content, seed_each
from api.demo.ids import demo_id


@dataclass
class DemoIdea:
    town: str
    opgave: str
    key: str
    author: str
    title: str
    paragraphs: list[str]
    action_line: int | None = None
    organisation: str | None = None
    location: tuple[float, float] | None = None
    # (status, response text, responding person key)
    response: tuple[str, str, str] | None = None
    supporters: list[str] = field(default_factory=list)
    # (key, author, stance or None, text, [(reply key, author, text)])
    comments: list[tuple[str, str, str | None, str, list[tuple[str, str, str]]]] = field(default_factory=list)


# Putten's ideas come from the interactive sessions with residents and partners on the plan
# Samenleving 2023-2026.
IDEAS = content(__file__, "ideas", list[DemoIdea])


async def _seed_one(connection: Connection, idea: DemoIdea) -> None:
    municipality_id = demo_id(f"municipality:{idea.town}")
    opgave_id = demo_id(f"opgave:{idea.town}:{idea.opgave}")
    proposal_id = demo_id(f"proposal:{idea.town}:{idea.key}")
    status, response, responder = idea.response or ("submitted", None, None)
    latitude, longitude = idea.location or (None, None)
    await connection.execute(
        """
        INSERT INTO proposals (id, municipality_id, opgave_id, title, body, body_text, action_line_id,
                               latitude, longitude, author_id, organisation_id, status,
                               response_text, responded_by_id, responded_at)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, CASE WHEN $13::text IS NULL THEN NULL ELSE now() END)
        ON CONFLICT (id) DO NOTHING
        """,
        proposal_id,
        municipality_id,
        opgave_id,
        idea.title,
        "".join(f"<p>{paragraph}</p>" for paragraph in idea.paragraphs),
        " ".join(idea.paragraphs),
        demo_id(f"action-line:{opgave_id}:{idea.action_line}") if idea.action_line else None,
        latitude,
        longitude,
        demo_id(f"account:{idea.town}:{idea.author}"),
        demo_id(f"organisation:{idea.town}:{idea.organisation}") if idea.organisation else None,
        status,
        response,
        demo_id(f"account:{idea.town}:{responder}") if responder else None,
    )
    for supporter in idea.supporters:
        account_id = demo_id(f"account:{idea.town}:{supporter}")
        await connection.execute(
            """INSERT INTO supports (id, municipality_id, proposal_id, account_id) VALUES ($1, $2, $3, $4)
               ON CONFLICT DO NOTHING""",
            demo_id(f"support:{proposal_id}:{supporter}"),
            municipality_id,
            proposal_id,
            account_id,
        )
    for key, author, stance, text, replies in idea.comments:
        comment_id = demo_id(f"comment:{proposal_id}:{key}")
        await _comment(
            connection,
            comment_id,
            municipality_id,
            opgave_id,
            proposal_id,
            None,
            idea.town,
            author,
            stance,
            text,
        )
        for reply_key, reply_author, reply_text in replies:
            await _comment(
                connection,
                demo_id(f"comment:{comment_id}:{reply_key}"),
                municipality_id,
                opgave_id,
                proposal_id,
                comment_id,
                idea.town,
                reply_author,
                None,
                reply_text,
            )


async def _comment(
    connection: Connection,
    comment_id: object,
    municipality_id: object,
    opgave_id: object,
    proposal_id: object,
    parent_id: object,
    town: str,
    author: str,
    stance: str | None,
    text: str,
) -> None:
    await connection.execute(
        """INSERT INTO comments (id, municipality_id, opgave_id, proposal_id, parent_id, author_id, body, stance)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (id) DO NOTHING""",
        comment_id,
        municipality_id,
        opgave_id,
        proposal_id,
        parent_id,
        demo_id(f"account:{town}:{author}"),
        text,
        stance,
    )


seed = seed_each(IDEAS, _seed_one)
