"""The demo municipalities."""

from api.db.connection import Connection
from api.demo.ids import demo_id

MUNICIPALITIES = [
    {
        "slug": "putten",
        "name": "Putten",
        "cbs_code": "GM0273",
        "description": (
            "De beleidsafdeling Samenleving werkt het meerjarenplan 2023–2026 opgavegericht uit: "
            "samen met inwoners en partners, in interactieve sessies, en daarna uitvoeren en monitoren."
        ),
        "theme": {"baseTheme": "voorbeeld", "tokens": {}},
    },
    {
        "slug": "utrecht",
        "name": "Utrecht",
        "cbs_code": "GM0344",
        "description": (
            "Samen met partners in kinderopvang, schulden en GGZ helpen we bijstandsgerechtigden "
            "die stappen naar werk willen zetten, langs drie actielijnen."
        ),
        "theme": {"baseTheme": "utrecht", "tokens": {}},
    },
]


async def seed(connection: Connection) -> None:
    await connection.executemany(
        """
        INSERT INTO municipalities (id, slug, name, cbs_code, description, theme)
        VALUES ($1, $2, $3, $4, $5, $6)
        ON CONFLICT DO NOTHING
        """,
        [
            (
                demo_id(f"municipality:{m['slug']}"),
                m["slug"],
                m["name"],
                m["cbs_code"],
                m["description"],
                m["theme"],
            )
            for m in MUNICIPALITIES
        ],
    )
