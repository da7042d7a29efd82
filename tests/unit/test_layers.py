"""The order of the domains, held by a test: a lower domain never imports a higher one, the shared
code under ``api/db`` and ``api/lib`` imports no domain, and a domain's SQL names only its own
tables, outside the modules whose job is to read across.

Read straight from the source (``ast``), so it needs no database and runs in every ``make test``.
"""

import ast
import re
from collections import defaultdict
from pathlib import Path

API = Path(__file__).resolve().parents[2] / "api"

# Lowest first. A domain may import the shared code and any domain before it, never one after it.
LAYERS = [
    "system",
    "municipalities",
    "events",
    "notifications",
    "audit",
    "clients",
    "accounts",
    "organisations",
    "staff_sign_in",
    "opgaven",
    "invitations",
    "moderation",
    "proposals",
    "places",
    "tasks",
    "comments",
    "budgets",
    "ballots",
    "divisions",
    "indicators",
    "reflections",
    "meetings",
    "polls",
    "attachments",
    "results",
    "webhooks",
    "operations",
]
SHARED = {"db", "lib", "settings"}
# The one shared module that knows every domain: it imports each domain's models for Alembic.
SHARED_MAY_IMPORT_DOMAINS = {"api/db/registry.py"}

# Modules whose job is to read across the domains' tables.
READ_ACROSS = {
    "api/domains/results",
    # The whole archive of a municipality, and its dashboard, count and copy every domain's rows.
    "api/domains/operations",
    "api/domains/accounts/personal_data.py",
    # The change feed decides what a reader may see from the objects as they are now.
    "api/domains/events/visibility.py",
    "api/domains/events/queries.py",
    # What a file is attached to, and whether the viewer may see it (the one rule for hidden ideas).
    "api/domains/attachments/subjects.py",
}
# SQL that today still names another domain's tables, module by module. The list may only shrink:
# a new entry fails the test, and so does an entry that is no longer needed.
KNOWN_CROSS_SQL: dict[str, set[str]] = {
    "api/domains/accounts/queries.py": {"municipalities", "organisation_members", "organisations"},
    # Webhooks read the event log, and their owners' current rights (roles, a client's scopes),
    # and mail the municipality's beheerders when a subscription is paused.
    "api/domains/webhooks/delivery.py": {"accounts", "role_assignments"},
    "api/domains/webhooks/dispatch.py": {"api_clients", "role_assignments"},
    "api/domains/webhooks/queries.py": {"events"},
    "api/domains/webhooks/services.py": {"api_clients", "opgaven"},
    # Who may answer an invitation is whoever holds its address (an account's, found by the address).
    "api/domains/invitations/guards.py": {"accounts"},
    # An invitation is read with the names of what it offers a place in, and of who sent it.
    "api/domains/invitations/queries.py": {"accounts", "municipalities", "opgaven", "organisations"},
    "api/domains/moderation/content.py": {"accounts", "comments", "proposals", "role_assignments"},
    "api/domains/moderation/queries.py": {"accounts"},
    "api/domains/municipalities/queries.py": {"identity_providers"},
    "api/domains/notifications/mail.py": {"accounts"},
    # The one masking rule for hidden ideas (api.lib.visibility, ``proposal_shown``) needs the idea's
    # row wherever its title is quoted: in a notification and on the timeline.
    "api/domains/notifications/queries.py": {"proposals"},
    # An opgave's counts read its budgets and tasks as they are now.
    "api/domains/opgaven/queries.py": {"budgets", "municipalities"},
    "api/domains/organisations/queries.py": {"accounts"},
    "api/domains/proposals/guards.py": {"opgaven"},
    # An idea lists the tasks that take it up (tasks come after ideas in the order).
    "api/domains/proposals/queries.py": {"task_proposals", "tasks"},
    "api/domains/tasks/guards.py": {"opgaven"},
    "api/domains/tasks/services.py": {"opgave_members"},
}

_SQL_TABLE = re.compile(r"\b(?:FROM|JOIN|INTO|UPDATE)\s+([a-z_][a-z0-9_]*)", re.IGNORECASE)
_SQL_WORDS = {"select", "lateral", "unnest", "jsonb_array_elements", "generate_series", "json_array_elements"}


def _modules() -> list[Path]:
    return sorted(p for p in API.rglob("*.py") if "__pycache__" not in p.parts)


def _rel(path: Path) -> str:
    return path.relative_to(API.parent).as_posix()


def _area(module: str) -> str | None:
    """The domain (or shared area) a dotted ``api.`` module belongs to."""
    parts = module.split(".")
    if parts[0] != "api" or len(parts) < 2:
        return None
    if parts[1] == "domains":
        return parts[2] if len(parts) > 2 else None
    return parts[1]


def _imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return found


def _own_area(path: Path) -> str:
    parts = path.relative_to(API).parts
    return parts[1] if parts[0] == "domains" else parts[0].removesuffix(".py")


def test_every_domain_has_a_place_in_the_order() -> None:
    domains = {p.name for p in (API / "domains").iterdir() if p.is_dir() and p.name != "__pycache__"}
    assert domains == set(LAYERS)


def test_no_domain_imports_a_higher_one_and_shared_code_imports_none() -> None:
    rank = {name: i for i, name in enumerate(LAYERS)}
    wrong: list[str] = []
    for path in _modules():
        own = _own_area(path)
        for module in _imports(path):
            area = _area(module)
            if area is None or area == own or area in SHARED:
                continue
            if area not in rank:
                continue  # api.app, api.demo and the like sit above every domain
            if own in SHARED and _rel(path) not in SHARED_MAY_IMPORT_DOMAINS:
                wrong.append(f"{_rel(path)} (shared) imports {module}")
            elif own in rank and rank[area] > rank[own]:
                wrong.append(f"{_rel(path)} ({own}) imports the higher {module}")
    assert not wrong, "\n".join(sorted(set(wrong)))


def _tables() -> dict[str, str]:
    """Every table, and the domain whose models define it."""
    owner: dict[str, str] = {}
    for path in (API / "domains").rglob("models.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if (
                isinstance(node, ast.Assign)
                and any(isinstance(t, ast.Name) and t.id == "__tablename__" for t in node.targets)
                and isinstance(node.value, ast.Constant)
            ):
                owner[node.value.value] = _own_area(path)
    return owner


def _cross_sql() -> dict[str, set[str]]:
    owner = _tables()
    crossing: dict[str, set[str]] = defaultdict(set)
    for path in (API / "domains").rglob("*.py"):
        rel = _rel(path)
        if any(rel == r or rel.startswith(r + "/") for r in READ_ACROSS):
            continue
        own = _own_area(path)
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                text = node.value
            elif isinstance(node, ast.JoinedStr):
                text = "".join(
                    v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str)
                )
            else:
                continue
            for table in _SQL_TABLE.findall(text):
                table = table.lower()
                if table in _SQL_WORDS or table not in owner:
                    continue
                if owner[table] != own and owner[table] != "system":
                    crossing[rel].add(table)
    return dict(crossing)


def test_sql_names_only_the_own_domains_tables() -> None:
    crossing = _cross_sql()
    new = {m: sorted(t - KNOWN_CROSS_SQL.get(m, set())) for m, t in crossing.items()}
    new = {m: t for m, t in new.items() if t}
    stale = {
        m: sorted(t - crossing.get(m, set()))
        for m, t in KNOWN_CROSS_SQL.items()
        if t - crossing.get(m, set())
    }
    assert not new, f"SQL naming another domain's tables (read through that domain instead): {new}"
    assert not stale, f"no longer needed in KNOWN_CROSS_SQL, remove: {stale}"
