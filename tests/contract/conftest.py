"""Each Schemathesis test (one per operation) gets a node id of its own.

Under pytest 9 the tests Schemathesis makes all carry the same node id
(``test_schemathesis.py::test_the_api_keeps_its_contract``), named only by ``item.name``.
pytest-xdist schedules a file's tests by node id and would run one of the 140 and report the
file done; a failure would not say which operation failed.
"""

import pytest
from schemathesis.pytest.plugin import SchemathesisFunction


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if isinstance(item, SchemathesisFunction) and item.nodeid.endswith(item.originalname):
            item._id = item.parent.id.child(item.originalname).with_params(item.operation_label)  # type: ignore[union-attr]
