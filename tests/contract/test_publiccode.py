"""``publiccode.yml`` is valid against the Standard for Public Code's metadata schema (its core keys,
``publiccode.schema.json`` beside this file), and says what the project itself says."""

import copy
import json
import tomllib
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from api.settings import PROJECT_ROOT

SCHEMA = json.loads((Path(__file__).parent / "publiccode.schema.json").read_text())


def _load() -> dict[str, Any]:
    found: dict[str, Any] = yaml.safe_load((PROJECT_ROOT / "publiccode.yml").read_text())
    return found


def problems(document: dict[str, Any]) -> list[str]:
    validator = jsonschema.Draft202012Validator(SCHEMA, format_checker=jsonschema.FormatChecker())
    return sorted(
        f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(document)
    )


def test_publiccode_yml_is_valid() -> None:
    assert problems(_load()) == []


def test_it_agrees_with_the_project() -> None:
    document = _load()
    project = tomllib.loads((PROJECT_ROOT / "pyproject.toml").read_text())["project"]
    assert document["legal"]["license"] == project["license"]
    assert document["softwareVersion"] == project["version"]
    assert set(document["description"]) >= {"nl", "en"}


@pytest.mark.parametrize(
    ("change", "where"),
    [
        (lambda d: d.pop("legal"), ""),
        (lambda d: d.update(developmentStatus="klaar"), "developmentStatus"),
        (lambda d: d.update(softwareType="website"), "softwareType"),
        (
            lambda d: d["description"]["nl"].update(shortDescription="x" * 151),
            "description/nl/shortDescription",
        ),
        (
            lambda d: d["description"]["nl"].update(longDescription="te kort"),
            "description/nl/longDescription",
        ),
        (lambda d: d["maintenance"].pop("contacts"), "maintenance"),
        (lambda d: d.update(releaseDate="7 december"), "releaseDate"),
        (lambda d: d.update(categories=["participatie"]), "categories/0"),
        (lambda d: d.update(onbekend=True), ""),
    ],
)
def test_the_schema_refuses_what_the_standard_does(change: Any, where: str) -> None:
    """The check can fail: each of these breaks a rule of the standard."""
    broken = copy.deepcopy(_load())
    change(broken)
    found = problems(broken)
    assert any(p.startswith(f"{where}:") for p in found), found
