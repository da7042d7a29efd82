"""The wijken an opgave's ideas lie in, as the viewer may see them (the one masking rule)."""

from uuid import UUID

from api.db.connection import Database
from api.domains.places.schemas import WijkCount, WijkCountList
from api.lib.rows import from_rows
from api.lib.visibility import Viewer


async def wijken_of_opgave(db: Database, opgave_id: UUID, viewer: Viewer) -> WijkCountList:
    rows = await db.fetch(
        """
        SELECT p.wijk_code AS code, min(p.wijk_name) AS name, count(*) AS proposal_count
        FROM proposals p
        WHERE p.opgave_id = $1 AND p.wijk_code IS NOT NULL AND proposal_shown(p, $2, $3)
        GROUP BY p.wijk_code
        ORDER BY min(p.wijk_name), p.wijk_code
        LIMIT 1000
        """,
        opgave_id,
        viewer.account_id,
        viewer.staff,
    )
    return WijkCountList(items=from_rows(WijkCount, rows))
