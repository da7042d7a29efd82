"""The dataset generator: every table the hot paths read, at a scale, loaded with COPY.

Rows obey the schema as the app would leave it: tenant-composite foreign keys (each row carries its
opgave's municipality), the check constraints, and the counts the triggers keep. Those counting
triggers are switched off while their tables are copied (inside the one loading transaction, so a
failed load leaves nothing), and the generator writes the counts they would have made; the foreign
keys stay on and PostgreSQL checks every row. ``verify_counts`` proves the counts agree.
"""

from __future__ import annotations

import hashlib
import logging
import random
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from typing import Any

import asyncpg

from bench import ids
from bench.sizes import ORGANISATIONS_PER_MUNICIPALITY, PERSONAS, Sizes
from bench.words import sentence

logger = logging.getLogger("bench.dataset")

_COUNTING_TRIGGERS = {
    "proposals": "proposals_count",
    "supports": "supports_count",
    "comments": "comments_count",
}
_STRIDES = (7919, 104_729, 15_485_863)
# Trending counts supports of the last seven days, against now() when checked. Generated times stay
# a day clear of that edge (trending ones within 6 days, others before 8 days ago, proposals not
# between), so a load that takes minutes, and a check after it, still agree with the counts.
_RECENT = timedelta(days=6)
_OLD = timedelta(days=8)


def session_token(persona: int) -> str:
    return f"bench-session-{persona:04d}-ffffffffffffffffffffffff"


def csrf_token(persona: int) -> str:
    return f"bench-csrf-{persona:04d}"


def persona_municipality(persona: int, sizes: Sizes) -> int:
    return persona % sizes.municipalities


class Generator:
    """Rows for one scale, from one seed."""

    def __init__(self, sizes: Sizes, seed: int = 1) -> None:
        self.sizes = sizes
        self.rng = random.Random(seed)
        self.now = datetime.now(UTC).replace(microsecond=0)
        self.open = sizes.open_opgaven()
        self.spread = [j for j in self.open if j != 0]
        self.proposal_count = [0] * sizes.opgaven
        self.supporter_count = [0] * sizes.opgaven
        self.requested = [0] * sizes.opgaven
        self.domains: dict[int, list[Any]] = {}
        stride = next(s for s in _STRIDES if sizes.accounts % s)
        self.stride = stride

    def opgave_of_proposal(self, k: int) -> int:
        if k < self.sizes.hot_proposals:
            return 0
        return self.spread[(k - self.sizes.hot_proposals) % len(self.spread)]

    def opgave_of_task(self, t: int) -> int:
        return self.open[t % len(self.open)]

    def ago(self, days: float) -> datetime:
        return self.now - timedelta(seconds=self.rng.random() * days * 86400)

    def municipalities(self) -> Iterator[tuple[Any, ...]]:
        for m in range(self.sizes.municipalities):
            yield ids.uid(ids.MUNICIPALITY, m), f"bench-{m}", f"Benchgemeente {m}", f"GM{9000 + m:04d}"

    def accounts(self) -> Iterator[tuple[Any, ...]]:
        verified = self.now - timedelta(days=400)
        for a in range(self.sizes.accounts):
            yield ids.uid(ids.ACCOUNT, a), f"bench{a}@bench.example", f"Deelnemer {a}", verified, verified

    def organisations(self) -> Iterator[tuple[Any, ...]]:
        for g in range(self.sizes.organisations):
            m = g // ORGANISATIONS_PER_MUNICIPALITY
            yield (
                ids.uid(ids.ORGANISATION, g),
                ids.uid(ids.MUNICIPALITY, m),
                f"Organisatie {g}",
                "societal_organisation",
            )

    def organisation_members(self) -> Iterator[tuple[Any, ...]]:
        n = 0
        for persona in range(PERSONAS):
            m = persona_municipality(persona, self.sizes)
            for r in range(ORGANISATIONS_PER_MUNICIPALITY):
                g = m * ORGANISATIONS_PER_MUNICIPALITY + r
                yield (
                    ids.uid(ids.ORGANISATION_MEMBER, n),
                    ids.uid(ids.MUNICIPALITY, m),
                    ids.uid(ids.ORGANISATION, g),
                    ids.uid(ids.ACCOUNT, persona),
                    r == 0,
                )
                n += 1

    def procesregisseur(self, j: int) -> int:
        return PERSONAS + self.sizes.municipality_of_opgave(j)

    def opgaven(self) -> Iterator[tuple[Any, ...]]:
        s = self.sizes
        for j in range(s.opgaven):
            created = self.ago(700)
            yield (
                ids.uid(ids.OPGAVE, j),
                ids.uid(ids.MUNICIPALITY, s.municipality_of_opgave(j)),
                f"opgave-{j}",
                f"Opgave {j}: {sentence(self.rng, 3, 6)}"[:200],
                sentence(self.rng, 15, 30),
                sentence(self.rng, 10, 20),
                s.phase(j),
                ids.uid(ids.ACCOUNT, self.procesregisseur(j)),
                s.published(j),
                date(2026, 1, 1),
                self.proposal_count[j],
                self.supporter_count[j],
                created,
                created,
            )

    def opgave_domains(self) -> Iterator[tuple[Any, ...]]:
        n = 0
        for j in range(self.sizes.opgaven):
            m = self.sizes.municipality_of_opgave(j)
            for domain in self.rng.sample(self.domains[m], 2):
                yield (
                    ids.uid(ids.OPGAVE_DOMAIN, n),
                    ids.uid(ids.MUNICIPALITY, m),
                    ids.uid(ids.OPGAVE, j),
                    domain,
                )
                n += 1

    def opgave_members(self) -> Iterator[tuple[Any, ...]]:
        n = 0
        for j in range(self.sizes.opgaven):
            m = ids.uid(ids.MUNICIPALITY, self.sizes.municipality_of_opgave(j))
            opgave = ids.uid(ids.OPGAVE, j)
            account = ids.uid(ids.ACCOUNT, self.procesregisseur(j))
            yield ids.uid(ids.OPGAVE_MEMBER, n), m, opgave, account, None, "procesregisseur", None, "active"
            n += 1
            for g in self.sizes.team(j):
                org = ids.uid(ids.ORGANISATION, g)
                yield ids.uid(ids.OPGAVE_MEMBER, n), m, opgave, None, org, "partner", "contributor", "active"
                n += 1

    def plan_proposals(self) -> None:
        """First pass: per proposal its opgave, age, author and how many supports and comments it
        gets, so the opgaven (copied first) carry the counts their proposals add up to."""
        s, rng = self.sizes, self.rng
        support_mean = s.supports / s.proposals
        comment_mean = s.comments / s.proposals
        self._plan: list[tuple[int, int, int, int, datetime]] = []
        for k in range(s.proposals):
            j = self.opgave_of_proposal(k)
            created = self.ago(365)
            if self.now - _OLD < created < self.now - _RECENT:
                created -= _OLD - _RECENT  # nothing near the seven-day edge (see _RECENT)
            supports = min(s.accounts, int(rng.expovariate(1 / support_mean) + 0.5)) if support_mean else 0
            comments = int(rng.expovariate(1 / comment_mean) + 0.5) if comment_mean else 0
            # Supports fall between the proposal's creation and now; those of the last week are trending.
            age = (self.now - created).total_seconds()
            recent = min(1.0, _RECENT.total_seconds() / max(1.0, age))
            trending = sum(1 for _ in range(supports) if rng.random() < recent)
            self.proposal_count[j] += 1
            self.supporter_count[j] += supports
            self._plan.append((supports, comments, trending, j, created))

    def proposals(self) -> Iterator[tuple[Any, ...]]:
        s, rng = self.sizes, self.rng
        for k, (supports, comments, trending, j, created) in enumerate(self._plan):
            hidden = k % 100 == 99
            status = "submitted" if k % 10 < 7 else "under_review" if k % 10 < 9 else "adopted"
            body = sentence(rng, 20, 60)
            yield (
                ids.uid(ids.PROPOSAL, k),
                ids.uid(ids.MUNICIPALITY, s.municipality_of_opgave(j)),
                ids.uid(ids.OPGAVE, j),
                sentence(rng, 3, 9)[:200],
                f"<p>{body}</p>",
                body,
                ids.uid(ids.ACCOUNT, rng.randrange(s.accounts)),
                status,
                supports,
                comments,
                trending,
                hidden,
                "Bevat persoonsgegevens." if hidden else None,
                created,
                created,
            )

    def supports(self) -> Iterator[tuple[Any, ...]]:
        s, rng, n = self.sizes, self.rng, 0
        for k, (count, _, trending, j, created) in enumerate(self._plan):
            if not count:
                continue
            proposal = ids.uid(ids.PROPOSAL, k)
            municipality = ids.uid(ids.MUNICIPALITY, s.municipality_of_opgave(j))
            start = rng.randrange(s.accounts)
            for i in range(count):
                account = (start + i * self.stride) % s.accounts
                if i < trending:  # within the last six days, and after the proposal
                    when = max(created, self.now - _RECENT * rng.random())
                else:  # more than eight days ago (a proposal this old has such supports only)
                    when = created + (self.now - _OLD - created) * rng.random()
                yield ids.uid(ids.SUPPORT, n), municipality, proposal, ids.uid(ids.ACCOUNT, account), when
                n += 1

    def _comments(self) -> Iterator[tuple[Any, ...]]:
        s, rng, n = self.sizes, self.rng, 0
        for k, (_, count, _, j, created) in enumerate(self._plan):
            proposal, municipality = (
                ids.uid(ids.PROPOSAL, k),
                ids.uid(ids.MUNICIPALITY, s.municipality_of_opgave(j)),
            )
            for _ in range(count):
                when = created + (self.now - created) * rng.random()
                yield (
                    ids.uid(ids.COMMENT, n),
                    municipality,
                    ids.uid(ids.OPGAVE, j),
                    proposal,
                    ids.uid(ids.ACCOUNT, rng.randrange(s.accounts)),
                    sentence(rng, 5, 40),
                    rng.choice(("for", "against", "neutral", None)),
                    when,
                    when,
                )
                n += 1

    def tasks(self) -> list[tuple[Any, ...]]:
        s, rows = self.sizes, []
        for t in range(s.tasks):
            j = self.opgave_of_task(t)
            created = self.ago(200)
            rows.append(
                (
                    ids.uid(ids.TASK, t),
                    ids.uid(ids.MUNICIPALITY, s.municipality_of_opgave(j)),
                    ids.uid(ids.OPGAVE, j),
                    sentence(self.rng, 3, 8)[:200],
                    sentence(self.rng, 10, 30),
                    len(s.team(j)),
                    "open",
                    created,
                    created,
                )
            )
        return rows

    def budgets(self) -> Iterator[tuple[Any, ...]]:
        for j in range(self.sizes.opgaven):
            m = ids.uid(ids.MUNICIPALITY, self.sizes.municipality_of_opgave(j))
            yield (
                ids.uid(ids.BUDGET, j),
                m,
                ids.uid(ids.OPGAVE, j),
                f"Budget {j}",
                100_000_00,
                self.requested[j],
            )

    def budget_claims(self) -> list[tuple[Any, ...]]:
        s, rows = self.sizes, []
        for c in range(s.budget_claims):
            j = c % s.opgaven
            amount = self.rng.randint(10, 500) * 100
            self.requested[j] += amount
            org = self.rng.choice(s.team(j))
            rows.append(
                (
                    ids.uid(ids.BUDGET_CLAIM, c),
                    ids.uid(ids.MUNICIPALITY, s.municipality_of_opgave(j)),
                    ids.uid(ids.BUDGET, j),
                    ids.uid(ids.ORGANISATION, org),
                    amount,
                    sentence(self.rng, 10, 30),
                    "requested",
                )
            )
        return rows

    def sessions(self) -> Iterator[tuple[Any, ...]]:
        expires = self.now + timedelta(days=30)
        for persona in range(PERSONAS):
            token_hash = hashlib.sha256(session_token(persona).encode()).digest()
            yield (
                ids.uid(ids.SESSION, persona),
                ids.uid(ids.ACCOUNT, persona),
                token_hash,
                csrf_token(persona),
                expires,
                self.now,
            )


_COLUMNS: dict[str, list[str]] = {
    "municipalities": ["id", "slug", "name", "cbs_code"],
    "accounts": ["id", "email", "display_name", "email_verified_at", "created_at"],
    "organisations": ["id", "municipality_id", "name", "kind"],
    "organisation_members": ["id", "municipality_id", "organisation_id", "account_id", "is_admin"],
    "opgaven": [
        "id",
        "municipality_id",
        "slug",
        "title",
        "summary",
        "formulation",
        "phase",
        "procesregisseur_id",
        "published",
        "start_date",
        "proposal_count",
        "supporter_count",
        "created_at",
        "updated_at",
    ],
    "opgave_domains": ["id", "municipality_id", "opgave_id", "domain_id"],
    "opgave_members": [
        "id",
        "municipality_id",
        "opgave_id",
        "account_id",
        "organisation_id",
        "role",
        "partner_role",
        "status",
    ],
    "proposals": [
        "id",
        "municipality_id",
        "opgave_id",
        "title",
        "body",
        "body_text",
        "author_id",
        "status",
        "support_count",
        "comment_count",
        "trending_count",
        "hidden",
        "hidden_reason",
        "created_at",
        "updated_at",
    ],
    "supports": ["id", "municipality_id", "proposal_id", "account_id", "created_at"],
    "comments": [
        "id",
        "municipality_id",
        "opgave_id",
        "proposal_id",
        "author_id",
        "body",
        "stance",
        "created_at",
        "updated_at",
    ],
    "tasks": [
        "id",
        "municipality_id",
        "opgave_id",
        "title",
        "description",
        "capacity",
        "status",
        "created_at",
        "updated_at",
    ],
    "budgets": ["id", "municipality_id", "opgave_id", "title", "total_cents", "requested_cents"],
    "budget_claims": [
        "id",
        "municipality_id",
        "budget_id",
        "organisation_id",
        "amount_cents",
        "motivation",
        "status",
    ],
    "sessions": ["id", "account_id", "token_hash", "csrf_token", "expires_at", "last_seen_at"],
}


async def _copy(connection: asyncpg.Connection[Any], table: str, rows: Any) -> None:
    started = time.perf_counter()
    result = await connection.copy_records_to_table(table, records=rows, columns=_COLUMNS[table])
    logger.info("%-22s %s in %.1f s", table, result, time.perf_counter() - started)


async def load(dsn: str, sizes: Sizes, seed: int = 1) -> dict[str, float]:
    """Fill the (migrated, empty) database at ``dsn``; returns seconds per phase."""
    gen = Generator(sizes, seed)
    timings: dict[str, float] = {}
    started = time.perf_counter()
    connection = await asyncpg.connect(dsn)
    try:
        async with connection.transaction():
            await _copy(connection, "municipalities", gen.municipalities())
            for row in await connection.fetch("SELECT municipality_id, id FROM policy_domains ORDER BY slug"):
                m = int(row["municipality_id"].int & 0xFFFFFFFFFFFF)
                gen.domains.setdefault(m, []).append(row["id"])
            for table, rows in (
                ("accounts", gen.accounts()),
                ("organisations", gen.organisations()),
                ("organisation_members", gen.organisation_members()),
            ):
                await _copy(connection, table, rows)
            gen.plan_proposals()
            tasks = gen.tasks()
            claims = gen.budget_claims()
            timings["plan"] = time.perf_counter() - started
            for table, rows in (
                ("opgaven", gen.opgaven()),
                ("opgave_domains", gen.opgave_domains()),
                ("opgave_members", gen.opgave_members()),
            ):
                await _copy(connection, table, rows)
            for table, trigger in _COUNTING_TRIGGERS.items():
                await connection.execute(f"ALTER TABLE {table} DISABLE TRIGGER {trigger}")
            # Plain indexes are built once after the copy (a sort) instead of row by row; the
            # migrations' own definitions are saved and replayed. Constraint indexes stay.
            indexes = await connection.fetch(
                """SELECT i.indexname, i.indexdef FROM pg_indexes i
                   WHERE i.schemaname = 'public' AND i.tablename = ANY($1::text[])
                     AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)""",
                list(_COUNTING_TRIGGERS),
            )
            for index in indexes:
                await connection.execute(f'DROP INDEX "{index["indexname"]}"')
            for table, rows in (
                ("proposals", gen.proposals()),
                ("supports", gen.supports()),
                ("comments", gen._comments()),
            ):
                await _copy(connection, table, rows)
            for index in indexes:
                built = time.perf_counter()
                await connection.execute(index["indexdef"])
                logger.info("%-22s rebuilt in %.1f s", index["indexname"], time.perf_counter() - built)
            for table, trigger in _COUNTING_TRIGGERS.items():
                await connection.execute(f"ALTER TABLE {table} ENABLE TRIGGER {trigger}")
            await _copy(connection, "tasks", tasks)
            await _copy(connection, "budgets", gen.budgets())
            await _copy(connection, "budget_claims", claims)
            await _copy(connection, "sessions", gen.sessions())
        timings["copy"] = time.perf_counter() - started
        await connection.execute("VACUUM (ANALYZE)")
        timings["vacuum"] = time.perf_counter() - started - timings["copy"]
    finally:
        await connection.close()
    return timings


async def verify_counts(dsn: str) -> dict[str, int]:
    """Rows whose kept counts disagree with the rows they count (all zero when the load is right)."""

    def differ(table: str, column: str, counted: str) -> str:
        return f"""SELECT count(*) FROM {table} t LEFT JOIN ({counted}) c ON c.id = t.id
                   WHERE t.{column} <> coalesce(c.n, 0)"""

    checks = {
        "proposals.support_count": differ(
            "proposals", "support_count", "SELECT proposal_id AS id, count(*) AS n FROM supports GROUP BY 1"
        ),
        "proposals.trending_count": differ(
            "proposals",
            "trending_count",
            "SELECT proposal_id AS id, count(*) AS n FROM supports"
            " WHERE created_at > now() - interval '7 days' GROUP BY 1",
        ),
        "proposals.comment_count": differ(
            "proposals",
            "comment_count",
            "SELECT proposal_id AS id, count(*) AS n FROM comments WHERE deleted_at IS NULL GROUP BY 1",
        ),
        "opgaven.proposal_count": differ(
            "opgaven", "proposal_count", "SELECT opgave_id AS id, count(*) AS n FROM proposals GROUP BY 1"
        ),
        "opgaven.supporter_count": differ(
            "opgaven",
            "supporter_count",
            "SELECT opgave_id AS id, sum(support_count) AS n FROM proposals GROUP BY 1",
        ),
        "opgaven.member_count": differ(
            "opgaven",
            "member_count",
            "SELECT opgave_id AS id, count(*) AS n FROM opgave_members WHERE status = 'active' GROUP BY 1",
        ),
        "opgaven.open_task_count": differ(
            "opgaven",
            "open_task_count",
            "SELECT opgave_id AS id, count(*) AS n FROM tasks WHERE status = 'open' GROUP BY 1",
        ),
        "opgaven.domain_list": "SELECT count(*) FROM opgaven o WHERE o.domain_list <> opgave_domain_list(o.id)",
        "budgets.requested_cents": differ(
            "budgets",
            "requested_cents",
            "SELECT budget_id AS id, sum(amount_cents) AS n FROM budget_claims WHERE status = 'requested' GROUP BY 1",
        ),
    }
    connection = await asyncpg.connect(dsn)
    try:
        return {name: int(await connection.fetchval(sql)) for name, sql in checks.items()}
    finally:
        await connection.close()
