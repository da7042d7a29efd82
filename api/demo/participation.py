"""Demo ideas, support and conversations on the demo opgaven."""

from dataclasses import dataclass, field

from api.db.connection import Connection
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


IDEAS = [
    DemoIdea(
        town="utrecht",
        opgave="eenzaamheid-overvecht",
        key="koffie-op-het-plein",
        author="inwoner",
        title="Elke woensdag koffie op het Zambesiplein",
        paragraphs=[
            "Veel ouderen in mijn flat zien dagen niemand. Op woensdagochtend staat de markt al op het plein: "
            "zet er een kraam bij met koffie en een paar tafels, en nodig de buren uit.",
            "Vrijwilligers uit de buurt kunnen om de beurt schenken. De kosten zijn klein: koffie, bekers, een partytent.",
        ],
        action_line=None,
        location=(52.1075, 5.1128),
        supporters=["inwoner2", "partner", "partner4", "medewerker2"],
        comments=[
            (
                "wie-schenkt",
                "inwoner2",
                "for",
                "Goed idee! Ik wil de eerste maand wel schenken op woensdag.",
                [("dank", "inwoner", "Top Peter, dan zet ik je op het rooster.")],
            ),
            (
                "regen",
                "partner4",
                "neutral",
                "Denk aan een plek binnen als het regent; het wijkcentrum is op woensdag open.",
                [],
            ),
        ],
    ),
    DemoIdea(
        town="utrecht",
        opgave="eenzaamheid-overvecht",
        key="buddy-bij-verhuizing",
        author="inwoner2",
        title="Een maatje voor wie net in de wijk komt wonen",
        paragraphs=[
            "Nieuwe bewoners kennen niemand. Koppel ze de eerste drie maanden aan een buur die de weg weet: "
            "waar de huisarts zit, welke activiteiten er zijn, wie je kunt vragen.",
        ],
        supporters=["inwoner"],
        comments=[
            (
                "ervaring",
                "partner",
                "for",
                "Bij Schuldhulpmaatje werkt het maatjesmodel goed. We delen graag onze ervaring.",
                [],
            )
        ],
    ),
    DemoIdea(
        town="utrecht",
        opgave="bijstand-naar-werk",
        key="proefplaatsing-zonder-risico",
        author="partner2",
        organisation="werkgevers",
        title="Proefplaatsingen zonder risico op de uitkering",
        paragraphs=[
            "Werkgevers willen best iemand een kans geven, maar mensen durven een proefplaatsing niet aan uit angst "
            "hun uitkering kwijt te raken. Garandeer dat de uitkering tijdens de proefplaatsing doorloopt.",
        ],
        action_line=1,
        response=(
            "adopted",
            "We nemen dit over in de actielijn Creëren passende banen: vanaf 1 maart loopt de uitkering tijdens een "
            "proefplaatsing van maximaal twee maanden door.",
            "medewerker",
        ),
        supporters=["inwoner", "inwoner2", "partner", "partner3", "partner4"],
    ),
    DemoIdea(
        town="utrecht",
        opgave="bijstand-naar-werk",
        key="opvang-bij-sollicitatie",
        author="partner3",
        organisation="kinderopvang",
        title="Kinderopvang op de dag van het sollicitatiegesprek",
        paragraphs=[
            "Alleenstaande ouders zeggen gesprekken af omdat er niemand op de kinderen past. "
            "Zonnestraal houdt daarom elke dag twee plekken vrij voor wie moet solliciteren.",
        ],
        action_line=2,
        response=(
            "under_review",
            "We bekijken met Zonnestraal hoe we de plekken kunnen betalen.",
            "medewerker2",
        ),
        supporters=["inwoner"],
    ),
    DemoIdea(
        town="putten",
        opgave="iedereen-doet-mee",
        key="sportpas",
        author="inwoner",
        title="Een sportpas voor kinderen uit gezinnen met weinig geld",
        paragraphs=[
            "Contributie en kleding zijn voor sommige gezinnen te duur. Een pas die beide dekt, via school aangevraagd, "
            "zodat niemand hoeft te vertellen dat het krap is.",
        ],
        supporters=["inwoner2", "partner"],
        comments=[
            (
                "via-school",
                "partner",
                "for",
                "Via school aanvragen is slim: dat voelt minder als aankloppen.",
                [("eens", "inwoner2", "Helemaal mee eens.")],
            )
        ],
    ),
    DemoIdea(
        town="putten",
        opgave="gezond-opgroeien",
        key="water-tappunten",
        author="inwoner2",
        title="Watertappunten bij de sportvelden",
        paragraphs=["Gratis water in plaats van frisdrank uit de kantine: een tappunt bij elk sportpark."],
        location=(52.2603, 5.6061),
        supporters=["inwoner"],
    ),
    # From the interactive sessions with residents and partners on the plan Samenleving 2023-2026.
    DemoIdea(
        town="putten",
        opgave="mantelzorg",
        key="logeerweekend",
        author="inwoner2",
        title="Een logeerweekend voor wie voor een partner met dementie zorgt",
        paragraphs=[
            "Ik zorg al vier jaar voor mijn man. Eén weekend per kwartaal dat hij ergens vertrouwd logeert, "
            "zou voor mij het verschil maken.",
            "In de sessie in De Aker hoorde ik dat meer mantelzorgers dit willen.",
        ],
        action_line=1,
        response=(
            "adopted",
            "Goed idee, en het kwam in elke sessie terug. Stichting Welzijn Putten regelt logeeropvang in "
            "twee zorgboerderijen; de gemeente betaalt mee uit het budget van deze opgave.",
            "medewerker",
        ),
        supporters=["inwoner", "partner", "partner2"],
        comments=[
            (
                "zorgboerderij",
                "partner",
                "for",
                "Twee zorgboerderijen in Putten willen meedoen; we maken afspraken over de begeleiding.",
                [("fijn", "inwoner2", "Wat fijn, dank jullie wel.")],
            )
        ],
    ),
    DemoIdea(
        town="putten",
        opgave="mantelzorg",
        key="mantelzorgcafe",
        author="inwoner",
        title="Een mantelzorgcafé op zaterdagochtend",
        paragraphs=[
            "Wie werkt en ook mantelzorger is, kan niet naar de bijeenkomsten door de week. Een café op "
            "zaterdagochtend in de bibliotheek, met koffie en iemand van het sociaal team erbij.",
        ],
        action_line=2,
        supporters=["inwoner2"],
        comments=[
            (
                "bibliotheek",
                "partner",
                "neutral",
                "De bibliotheek is op zaterdag open vanaf tien uur; dat kan.",
                [],
            )
        ],
    ),
    DemoIdea(
        town="putten",
        opgave="mantelzorg",
        key="jonge-mantelzorgers",
        author="inwoner2",
        title="Jonge mantelzorgers zichtbaar maken op school",
        paragraphs=[
            "Kinderen die thuis voor een ouder zorgen, vallen op school vaak pas op als het misgaat. Laat de "
            "mentoren weten waar ze op kunnen letten.",
        ],
        action_line=2,
        response=(
            "under_review",
            "We bespreken dit met de scholen en de jeugdverpleegkundige in de volgende sessie.",
            "medewerker",
        ),
        supporters=["inwoner", "partner"],
    ),
]


async def seed(connection: Connection) -> None:
    for idea in IDEAS:
        await _seed_one(connection, idea)


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
