"""A person as everyone sees them, in SQL: the public name and, for staff, their badge.

Every query that shows who did something builds the person with ``person_json``, so the badge is
everywhere a name is. The badge is the role as it is now, in the municipality the shown row belongs
to: a medewerker of another municipality, or one who is no longer staff, has none.
"""

DELETED_NAME = "verwijderde deelnemer"


def person_json(a: str, municipality: str) -> str:
    """A ``PersonSummary`` as JSON for account alias ``a`` (NULL when there is none), its badge
    from the roles in the municipality that ``municipality`` (an SQL expression) names."""
    return (
        f"CASE WHEN {a}.id IS NULL THEN NULL ELSE json_build_object("
        f"'id', {a}.id, 'displayName', coalesce({a}.display_name, '{DELETED_NAME}'), "
        f"'badge', CASE WHEN EXISTS (SELECT 1 FROM role_assignments badge_role WHERE badge_role.account_id = {a}.id "
        f"AND badge_role.municipality_id = {municipality} AND badge_role.role IN ('medewerker', 'beheerder')) "
        "THEN 'staff' END) END"
    )


def person(account_id: str, municipality: str) -> str:
    """``person_json`` of the account ``account_id`` (an SQL expression) names, NULL when it names
    none: so another domain's query shows a person without naming this domain's tables."""
    return f"(SELECT {person_json('person_', municipality)} FROM accounts person_ WHERE person_.id = {account_id})"
