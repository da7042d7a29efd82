"""The Putten story: the policy department Samenleving works out its plan 2023-2026 opgavegericht.

From the brief (``../shared/seed/``): an external adviser helps write the plan of approach and
formulate the opgave, trains the policy advisers in working opgavegericht, and shapes interactive
sessions with residents and partners; then the plan is carried out and monitored. The opgave
*Samen sterk voor mantelzorgers* is the plan's pilot, so the story is told there: the sessions and
the training as tasks, the ideas from the sessions (``participation``), respite care that partners
take on, a budget the municipality and Stichting Welzijn share, indicators, and the team looking
back ("we learnt how to do this on our own next time"). Built the way Utrecht's story is, with the
same functions; loading twice changes nothing.
"""

from datetime import date

from api.db.connection import Connection
from api.demo.cocreation import DemoBudget, DemoContribution, DemoRequest, DemoTask, Place, seed_story
from api.demo.results import DemoIndicator, DemoReflection, seed_indicators, seed_reflection

PUTTEN = Place("putten", "mantelzorg")
BASIS = "Subsidieregeling Samenleving Putten 2023, artikel 4 (mantelzorgondersteuning)"
RESPIJT, SAMEN = 1, 2

TASKS = [
    DemoTask(
        key="plan-van-aanpak",
        line=SAMEN,
        title="Plan van aanpak Samenleving 2023–2026 opstellen",
        description="Met de beleidsadviseurs de opgaven uit het meerjarenplan kiezen en de aanpak per opgave beschrijven.",
        effort_hours=40,
        skills=["procesbegeleiding"],
        claims=[("radaradvies", "partner2", "Wij begeleiden het plan van aanpak.", 100, "Plan vastgesteld.")],
        done=True,
    ),
    DemoTask(
        key="training-beleidsadviseurs",
        line=SAMEN,
        title="Beleidsadviseurs trainen in opgavegericht werken",
        description=(
            "Vier dagdelen voor het team Samenleving: van probleemoplosser naar procesregisseur, samenwerken "
            "over de beleidsdomeinen heen, en zelf een interactieve sessie leiden."
        ),
        effort_hours=32,
        skills=["training"],
        claims=[
            (
                "radaradvies",
                "partner2",
                "Wij geven de vier dagdelen, met een oefencasus uit Putten.",
                100,
                "Alle acht beleidsadviseurs hebben de training gevolgd.",
            )
        ],
        done=True,
    ),
    DemoTask(
        key="sessies-inwoners-partners",
        line=SAMEN,
        title="Drie interactieve sessies met mantelzorgers en partners",
        description=(
            "In De Aker, het Sportcentrum en de bibliotheek: wat mantelzorgers zwaar valt, wat helpt, en "
            "wie wat kan doen. De ideeën staan bij deze opgave."
        ),
        capacity=2,
        effort_hours=24,
        skills=["gespreksleiding"],
        claims=[
            (
                "radaradvies",
                "partner2",
                "Wij ontwerpen de sessies en leiden de eerste.",
                100,
                "Drie sessies gehouden.",
            ),
            (
                "welzijn",
                "partner",
                "Wij nodigen mantelzorgers uit en leiden de andere twee.",
                100,
                "82 deelnemers.",
            ),
        ],
        done=True,
    ),
    DemoTask(
        key="logeeropvang",
        line=RESPIJT,
        title="Logeeropvang regelen bij twee zorgboerderijen",
        description="Eén weekend per kwartaal logeeropvang voor wie zorgt voor iemand met dementie.",
        effort_hours=80,
        skills=["mantelzorgondersteuning"],
        claims=[
            (
                "welzijn",
                "partner",
                "Wij maken de afspraken en plannen de weekenden.",
                50,
                "Eén zorgboerderij doet mee, de tweede volgt.",
            )
        ],
        proposals=["logeerweekend"],
    ),
    DemoTask(
        key="mantelzorgcafe",
        line=SAMEN,
        title="Mantelzorgcafé op zaterdagochtend starten",
        description="Elke eerste zaterdag van de maand in de bibliotheek, met iemand van het sociaal team.",
        effort_hours=30,
        proposals=["mantelzorgcafe"],
    ),
]

BUDGETS = [
    DemoBudget(
        key="mantelzorg",
        title="Budget Samen sterk voor mantelzorgers",
        description="Gemeente en Stichting Welzijn Putten leggen samen in voor respijtzorg en de sessies.",
        line=None,
        contributions=[
            DemoContribution(None, 6_000_000, "Uit het meerjarenplan Samenleving 2023–2026."),
            DemoContribution(
                "welzijn",
                1_000_000,
                "Uit het fonds mantelzorgondersteuning van de stichting.",
                pledged_by="partner",
            ),
        ],
        requests=[
            DemoRequest(
                key="logeeropvang",
                organisation="welzijn",
                person="partner",
                amount_cents=2_400_000,
                motivation="Vier logeerweekenden per jaar voor twaalf mantelzorgers, bij twee zorgboerderijen.",
                grant=(2_400_000, BASIS),
                task="logeeropvang",
            ),
            DemoRequest(
                key="training",
                organisation="radaradvies",
                person="partner2",
                amount_cents=1_800_000,
                motivation="De training van de beleidsadviseurs en het ontwerp en de leiding van de sessies.",
                grant=(1_600_000, BASIS),
                task="training-beleidsadviseurs",
            ),
            DemoRequest(
                key="cafe",
                organisation="welzijn",
                person="partner",
                amount_cents=300_000,
                motivation="Koffie, thee en een gastspreker voor tien mantelzorgcafés.",
                task="mantelzorgcafe",
            ),
        ],
    ),
]

SOURCE = "Monitor Sociaal Domein Putten"
INDICATORS = [
    DemoIndicator(
        key="overbelaste-mantelzorgers",
        name="Mantelzorgers die zich zwaar belast voelen",
        kind="effect",
        unit="procent",
        direction="lower",
        line=RESPIJT,
        baseline=("24", "2023-06-30"),
        target=("15", "2026-12-31"),
        source="Gezondheidsmonitor GGD Noord- en Oost-Gelderland",
        measurements=[("2024-06-30", "22"), ("2025-06-30", "19"), ("2026-06-30", "17")],
    ),
    DemoIndicator(
        key="respijtzorg",
        name="Mantelzorgers die respijtzorg gebruiken",
        kind="output",
        unit="personen",
        direction="higher",
        line=RESPIJT,
        baseline=("18", "2023-06-30"),
        target=("60", "2026-12-31"),
        source=SOURCE,
        measurements=[("2024-06-30", "25"), ("2025-06-30", "39"), ("2026-06-30", "47")],
    ),
    DemoIndicator(
        key="deelnemers-sessies",
        name="Inwoners en partners in de interactieve sessies",
        kind="output",
        unit="deelnemers",
        direction="higher",
        line=SAMEN,
        baseline=("0", "2023-03-31"),
        target=("75", "2023-12-31"),
        source="Presentielijsten van de sessies",
        measurements=[("2023-06-30", "31"), ("2023-09-30", "58"), ("2023-12-31", "82")],
    ),
    DemoIndicator(
        key="getrainde-adviseurs",
        name="Beleidsadviseurs getraind in opgavegericht werken",
        kind="output",
        unit="beleidsadviseurs",
        direction="higher",
        line=SAMEN,
        baseline=("0", "2023-01-31"),
        target=("8", "2023-12-31"),
        source="Afdeling Samenleving",
        description="Het hele team Samenleving, zodat het de volgende opgave zelf kan begeleiden.",
        measurements=[("2023-04-30", "4"), ("2023-09-30", "8")],
    ),
]

REFLECTION = DemoReflection(
    key="na-de-pilot",
    title="Terugblik op de pilot met het team Samenleving",
    held_on=date(2026, 6, 25),
    phase="executing",
    conclusions=(
        "De sessies brachten veel meer mensen op de been dan een inspraakavond: 82 mantelzorgers en partners "
        "dachten mee. De adviseur voelde goed aan welke belangen er speelden. Het team leerde over de eigen "
        "beleidsdomeinen heen samenwerken; de volgende opgave begeleiden we zelf."
    ),
    summary=(
        "Minder mantelzorgers voelen zich zwaar belast (17 %, was 24 %) en meer gebruiken respijtzorg (47, was 18). "
        "Logeeropvang werkt; het mantelzorgcafé start na de zomer. De opgave ‘Iedereen doet mee’ pakken we zonder "
        "externe begeleiding aan, op dezelfde manier."
    ),
    proposals=["logeerweekend"],
    entries=[
        (
            "medewerker",
            0,
            "De adviseur mobiliseerde een grote groep inwoners en partners om mee te doen. En wij leerden als "
            "team hoe we dit de volgende keer alleen kunnen doen.",
        ),
        (
            "partner",
            0,
            "Mantelzorgers voelden zich gehoord: wat ze in de sessie zeiden, staat nu in het plan.",
        ),
        ("inwoner2", 1, "Voor werkende mantelzorgers waren de sessies door de week lastig te bezoeken."),
        ("partner", 2, "De tweede zorgboerderij aansluiten en het mantelzorgcafé op zaterdag beginnen."),
    ],
    follow_up=[
        ("task", "Mantelzorgcafé op zaterdagochtend starten", "mantelzorgcafe"),
        ("note", "De aanpak van deze pilot gebruiken voor de opgave ‘Iedereen doet mee in Putten’.", None),
    ],
)


async def seed(connection: Connection) -> None:
    await seed_story(connection, PUTTEN, TASKS, BUDGETS)
    await seed_indicators(connection, PUTTEN, INDICATORS)
    await seed_reflection(connection, PUTTEN, REFLECTION)
