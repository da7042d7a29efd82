"""Column sets that several models share."""

from sqlalchemy import Integer, String, Text
from sqlalchemy.orm import Mapped, declared_attr, mapped_column


class Versioned:
    """A ``version`` that every update raises by one: the ETag of the row, and the ORM's
    optimistic lock (a stale update fails instead of silently overwriting)."""

    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1, server_default="1")

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, object]:  # noqa: N805 - SQLAlchemy's declared_attr convention
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]


class Titled:
    """What staff call a thing residents see (a budget, a task, a poll, a meeting), and what they
    write about it."""

    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="", server_default="")
