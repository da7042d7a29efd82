"""Column sets that several models share."""

from sqlalchemy import Integer
from sqlalchemy.orm import Mapped, declared_attr, mapped_column


class Versioned:
    """A ``version`` that every update raises by one: the ETag of the row, and the ORM's
    optimistic lock (a stale update fails instead of silently overwriting)."""

    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1, server_default="1")

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, object]:  # noqa: N805 - SQLAlchemy's declared_attr convention
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]
