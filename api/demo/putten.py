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

from api.db.connection import Connection
from api.demo.cocreation import DemoBudget, DemoTask, Place, seed_story
from api.demo.content import content
from api.demo.results import DemoIndicator, DemoReflection, seed_indicators, seed_reflection

PUTTEN = Place("putten", "mantelzorg")

TASKS = content(__file__, "tasks", list[DemoTask])

BUDGETS = content(__file__, "budgets", list[DemoBudget])

INDICATORS = content(__file__, "indicators", list[DemoIndicator])

REFLECTION = content(__file__, "reflection", DemoReflection)


async def seed(connection: Connection) -> None:
    await seed_story(connection, PUTTEN, TASKS, BUDGETS)
    await seed_indicators(connection, PUTTEN, INDICATORS)
    await seed_reflection(connection, PUTTEN, REFLECTION)
