"""Column types used across domains."""

from enum import StrEnum

from sqlalchemy import Enum


def str_enum(enum_type: type[StrEnum], name: str) -> Enum:
    """A string enum stored as its lowercase API value in a VARCHAR with a CHECK constraint.

    Values, not Python member names, so hand-written SQL and the API use the same words.
    """
    return Enum(
        enum_type,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=max(len(member.value) for member in enum_type) + 10,
        values_callable=lambda members: [member.value for member in members],
        validate_strings=True,
    )
