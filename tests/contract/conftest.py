"""Each Schemathesis test (one per operation) gets a node id of its own.

Under pytest 9 the tests Schemathesis makes all carry the same node id
(``test_schemathesis.py::test_the_api_keeps_its_contract``), named only by ``item.name``.
pytest-xdist schedules a file's tests by node id and would run one of the 140 and report the
file done; a failure would not say which operation failed.
"""

from collections.abc import Callable

import pytest
from schemathesis.pytest.plugin import SchemathesisFunction


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if isinstance(item, SchemathesisFunction) and item.nodeid.endswith(item.originalname):
            item._id = item.parent.id.child(item.originalname).with_params(item.operation_label)  # type: ignore[union-attr]


# Schemathesis builds the coverage phase's cases of every operation while it collects the tests
# (hundreds of schema-derived requests each, about a minute of CPU for the whole contract), and
# every xdist worker collects every operation although it runs only its share. The same cases are
# built here when an operation's test is about to run, on the worker that runs it: nothing is
# dropped, each operation still gets every coverage case, only the ones no worker runs are not built.
from schemathesis.generation.hypothesis import builder as _builder  # noqa: E402

_add_coverage = _builder.add_coverage


class _CoverageCases(list):  # type: ignore[type-arg]
    """The test's explicit examples, with its coverage cases added the first time they are read."""

    def __init__(self, build: "Callable[[], None]", examples: "list[object]") -> None:
        super().__init__(examples)
        self._build: Callable[[], None] | None = build

    def fill(self) -> None:
        if self._build is not None:
            build, self._build = self._build, None
            build()

    def __iter__(self):  # type: ignore[no-untyped-def]
        self.fill()
        return super().__iter__()

    def __reversed__(self):  # type: ignore[no-untyped-def]
        self.fill()
        return super().__reversed__()

    def __len__(self) -> int:
        self.fill()
        return super().__len__()

    def __bool__(self) -> bool:
        return len(self) > 0


def _add_coverage_when_run(test: "Callable[..., object]", *args: object, **kwargs: object) -> object:
    examples = _CoverageCases(
        lambda: _add_coverage(test, *args, **kwargs),  # type: ignore[arg-type]
        getattr(test, "hypothesis_explicit_examples", []),
    )
    test.hypothesis_explicit_examples = examples  # type: ignore[attr-defined]
    return test


_builder.add_coverage = _add_coverage_when_run


@pytest.fixture(autouse=True)
def _coverage_cases_built(request: pytest.FixtureRequest) -> None:
    """Build an operation's coverage cases before its test starts, outside Hypothesis's own run."""
    examples = getattr(getattr(request.node, "obj", None), "hypothesis_explicit_examples", None)
    if isinstance(examples, _CoverageCases):
        examples.fill()
