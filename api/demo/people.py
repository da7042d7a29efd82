"""Demo people for every role in each demo municipality, and the partner organisations."""

from api.db.connection import Connection
from api.demo.ids import demo_id
from api.domains.accounts.passwords import hash_password
from api.settings import PasswordCost

# Printed by `make run` for everyone to try; demo accounts exist only with the demo data.
DEMO_PASSWORD = "Samen-Werken-Aan-Opgaven-2026"  # noqa: S105

# (municipality slug, key, display name, role or None for a plain inwoner, organisation key or None)
PEOPLE: list[tuple[str, str, str, str | None, str | None]] = [
    ("utrecht", "beheerder", "Eva Smit", "beheerder", None),
    ("utrecht", "medewerker", "Sanne de Vries", "medewerker", None),
    ("utrecht", "medewerker2", "Ahmed el Amrani", "medewerker", None),
    ("utrecht", "partner", "Marieke Jansen (Schuldhulpmaatje)", "partner", "schuldhulp"),
    ("utrecht", "partner2", "Kees Bakker (Werkgeversservicepunt)", "partner", "werkgevers"),
    ("utrecht", "partner3", "Linda Ouali (Kinderopvang Zonnestraal)", "partner", "kinderopvang"),
    ("utrecht", "partner4", "Joost van Dijk (GGZ-wijkteam)", "partner", "ggz"),
    ("utrecht", "inwoner", "Fatima uit Overvecht", "inwoner", None),
    ("utrecht", "inwoner2", "Peter uit Kanaleneiland", "inwoner", None),
    ("putten", "beheerder", "Henk Visser", "beheerder", None),
    ("putten", "medewerker", "Stefan Fiddelaar (beleidsadviseur)", "medewerker", None),
    ("putten", "partner", "Gerda Mulder (Stichting Welzijn Putten)", "partner", "welzijn"),
    ("putten", "partner2", "Roel Hendriks (RadarAdvies)", "partner", "radaradvies"),
    ("putten", "inwoner", "Jan uit Putten", "inwoner", None),
    ("putten", "inwoner2", "Anna uit Putten", "inwoner", None),
]

# (municipality slug, key, name, kind, kvk, description)
ORGANISATIONS: list[tuple[str, str, str, str, str | None, str]] = [
    (
        "utrecht",
        "kinderopvang",
        "Kinderopvang Zonnestraal",
        "societal_organisation",
        "41234567",
        "Kinderopvang in Overvecht en Kanaleneiland, ook voor ouders die weer gaan werken.",
    ),
    (
        "utrecht",
        "schuldhulp",
        "Schuldhulpmaatje Utrecht",
        "societal_organisation",
        "52345678",
        "Vrijwilligers die mensen met schulden helpen overzicht te krijgen.",
    ),
    (
        "utrecht",
        "ggz",
        "GGZ-wijkteam Utrecht-Noord",
        "societal_organisation",
        None,
        "Ondersteuning bij psychische klachten, dicht bij huis.",
    ),
    (
        "utrecht",
        "werkgevers",
        "Werkgeversservicepunt Utrecht-Midden",
        "entrepreneur",
        "63456789",
        "Verbindt werkgevers in de regio met mensen die een baan zoeken.",
    ),
    (
        "utrecht",
        "bakkerij",
        "Bakkerij De Korenaar",
        "entrepreneur",
        "74567890",
        "Ambachtelijke bakkerij die leerwerkplekken biedt.",
    ),
    (
        "putten",
        "welzijn",
        "Stichting Welzijn Putten",
        "societal_organisation",
        "85678901",
        "Welzijnswerk, mantelzorgondersteuning en buurtactiviteiten in Putten.",
    ),
    (
        "putten",
        "radaradvies",
        "RadarAdvies",
        "entrepreneur",
        None,
        "Extern adviseur die de beleidsafdeling Samenleving helpt opgavegericht te werken: sessies en training.",
    ),
    (
        "putten",
        "ondernemers",
        "Ondernemersvereniging Putten",
        "entrepreneur",
        None,
        "Ondernemers uit het centrum en de bedrijventerreinen van Putten.",
    ),
]


def email_of(slug: str, key: str) -> str:
    return f"{key}.{slug}@demo.samenspel.example"


async def seed(connection: Connection, password_cost: PasswordCost) -> None:
    for slug, key, name, kind, kvk, description in ORGANISATIONS:
        await connection.execute(
            """INSERT INTO organisations (id, municipality_id, name, kind, kvk_number, description)
               SELECT $1, m.id, $3, $4, $5, $6 FROM municipalities m WHERE m.slug = $2
               ON CONFLICT DO NOTHING""",
            demo_id(f"organisation:{slug}:{key}"),
            slug,
            name,
            kind,
            kvk,
            description,
        )
    missing = [
        p
        for p in PEOPLE
        if not await connection.fetchval(
            "SELECT 1 FROM accounts WHERE id = $1", demo_id(f"account:{p[0]}:{p[1]}")
        )
    ]
    if not missing:
        return
    password_hash = hash_password(DEMO_PASSWORD, password_cost)
    for slug, key, name, role, organisation in missing:
        account_id = demo_id(f"account:{slug}:{key}")
        await connection.execute(
            """INSERT INTO accounts (id, email, display_name, password_hash, email_verified_at)
               VALUES ($1, $2, $3, $4, now()) ON CONFLICT DO NOTHING""",
            account_id,
            email_of(slug, key),
            name,
            password_hash,
        )
        if role:
            await connection.execute(
                """INSERT INTO role_assignments (id, municipality_id, account_id, role)
                   SELECT $1, m.id, $3, $4 FROM municipalities m WHERE m.slug = $2 ON CONFLICT DO NOTHING""",
                demo_id(f"role:{slug}:{key}"),
                slug,
                account_id,
                role,
            )
        if organisation:
            await connection.execute(
                """INSERT INTO organisation_members (id, municipality_id, organisation_id, account_id, is_admin)
                   SELECT $1, m.id, $3, $4, true FROM municipalities m WHERE m.slug = $2 ON CONFLICT DO NOTHING""",
                demo_id(f"member:{slug}:{key}"),
                slug,
                demo_id(f"organisation:{slug}:{organisation}"),
                account_id,
            )
