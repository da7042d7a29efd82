"""What changed between two versions of an OpenAPI 3.1 document, and which changes break a client.

``changes(old, new)`` lists the differences a client can notice; ``breaking(old, new)`` keeps those
that break a client written against ``old``. References (``$ref``) are followed, so moving a part
under ``components`` and referring to it changes nothing. Descriptions, examples and titles are not
compared.

Breaking, in what a client sends (parameters, request bodies): an operation, parameter, field or
media type removed (the API refuses unknown fields and parameters); a required parameter, field or
body added, or an optional one made required; a type, ``null``, enum value or format taken away; a
bound tightened (``maxLength`` lowered, ``minimum`` raised, a ``pattern`` added or changed, ...);
unknown fields refused where they were allowed; credentials needed where none were, or more scopes.

Breaking, in what a client reads (responses): a success status, media type, field or required
header removed; a field that was always there made optional; an enum value removed; a type or
``null`` added; a bound loosened or dropped (a client may have sized its storage on it); a format
changed.

Not breaking: whatever is added and may be ignored (operations, optional parameters and fields,
fields in a response, error statuses, media types, enum values), and what is loosened in a request.
An enum value added to a response is allowed on purpose: a client shows a value it does not know
as it comes, and new phases and statuses are how the platform grows.

Run as ``python -m tests.contract.openapi_diff [OLD NEW] [--all]``: without files it checks the
committed contract against the last released one (``openapi/released/``), as ``make test`` does.
"""

import argparse
import json
import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
RELEASED_DIR = Path(__file__).resolve().parents[2] / "openapi" / "released"
RELEASED_SPEC = RELEASED_DIR / "openapi.json"
ACCEPTED_FILE = RELEASED_DIR / "accepted-breaking-changes.txt"
CURRENT_SPEC = RELEASED_DIR.parent / "openapi.json"

REQUEST, RESPONSE = "request", "response"
_ORIGIN = "x-compared-as"  # where an alternative of anyOf/oneOf came from
_UPPER = ("maxLength", "maximum", "exclusiveMaximum", "maxItems", "maxProperties")
_LOWER = ("minLength", "minimum", "exclusiveMinimum", "minItems", "minProperties")
_EXACT = ("pattern", "format", "multipleOf")


@dataclass(frozen=True, order=True)
class Change:
    """One difference: where (an operation and a place in it) and what, and whether it breaks."""

    where: str
    what: str
    breaking: bool

    def __str__(self) -> str:
        return f"{self.where}: {self.what}"


def changes(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    """Every difference between the two documents that a client can notice, in a stable order."""
    return sorted(set(_Comparison(old, new).run()))


def breaking(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    """The differences that break a client written against ``old``."""
    return [change for change in changes(old, new) if change.breaking]


class _Document:
    """A document whose references are followed on the way."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec

    def resolve(self, node: Any) -> tuple[Any, str | None]:
        """``node`` with its reference followed (siblings of ``$ref`` win), and the reference."""
        first_ref: str | None = None
        seen: set[str] = set()
        while isinstance(node, dict) and "$ref" in node:
            ref = node["$ref"]
            if ref in seen:
                raise ValueError(f"{ref} refers to itself")
            seen.add(ref)
            first_ref = first_ref or ref
            siblings = {k: v for k, v in node.items() if k != "$ref"}
            node = {**self._pointer(ref), **siblings} if siblings else self._pointer(ref)
        return node, first_ref

    def _pointer(self, ref: str) -> Any:
        if not ref.startswith("#"):
            raise ValueError(f"only references inside the document are followed: {ref}")
        node: Any = self.spec
        for part in ref[1:].split("/")[1:]:
            node = node[part.replace("~1", "/").replace("~0", "~")]
        return node


def _path_key(path: str) -> str:
    """A path with its parameters unnamed: renaming ``{id}`` keeps the operation."""
    return re.sub(r"\{[^}]*\}", "{}", path)


class _Comparison:
    def __init__(self, old: dict[str, Any], new: dict[str, Any]) -> None:
        self.old, self.new = _Document(old), _Document(new)
        # Changes inside a referenced schema, relative to it, computed once per pair and direction.
        self._memo: dict[tuple[str, str, str, str], list[tuple[str, str, bool]]] = {}

    def run(self) -> Iterator[Change]:
        yield from self._servers()
        yield from self._security_schemes()
        old_ops, new_ops = self._operations(self.old), self._operations(self.new)
        for key, (path, operation) in old_ops.items():
            where = f"{key[0].upper()} {path}"
            if key not in new_ops:
                yield Change(where, "operation removed", True)
                continue
            new_path, new_operation = new_ops[key]
            yield from self._operation(where, path, operation, new_path, new_operation)
        for key, (path, _operation) in new_ops.items():
            if key not in old_ops:
                yield Change(f"{key[0].upper()} {path}", "operation added", False)

    # The document as a whole

    def _servers(self) -> Iterator[Change]:
        old_urls = {s.get("url") for s in self.old.spec.get("servers", [{"url": "/"}])}
        new_urls = {s.get("url") for s in self.new.spec.get("servers", [{"url": "/"}])}
        for url in sorted(old_urls - new_urls):
            yield Change("servers", f"server {url} removed", True)
        for url in sorted(new_urls - old_urls):
            yield Change("servers", f"server {url} added", False)

    def _security_schemes(self) -> Iterator[Change]:
        old = self.old.spec.get("components", {}).get("securitySchemes", {})
        new = self.new.spec.get("components", {}).get("securitySchemes", {})
        for name, scheme in old.items():
            where = f"security scheme {name}"
            if name not in new:
                yield Change(where, "removed", True)
                continue
            other = new[name]
            for field in ("type", "in", "name", "scheme", "openIdConnectUrl"):
                if scheme.get(field) != other.get(field):
                    yield Change(
                        where, f"{field} changed from {scheme.get(field)} to {other.get(field)}", True
                    )
            for flow, settings in scheme.get("flows", {}).items():
                new_flow = other.get("flows", {}).get(flow)
                if new_flow is None:
                    yield Change(where, f"flow {flow} removed", True)
                    continue
                for url in ("tokenUrl", "authorizationUrl"):
                    if settings.get(url) != new_flow.get(url):
                        yield Change(where, f"{flow} {url} changed to {new_flow.get(url)}", True)
                for scope in sorted(set(settings.get("scopes", {})) - set(new_flow.get("scopes", {}))):
                    yield Change(where, f"scope {scope} removed", True)

    def _operations(self, doc: _Document) -> dict[tuple[str, str], tuple[str, dict[str, Any]]]:
        found = {}
        for path, item in doc.spec.get("paths", {}).items():
            item, _ = doc.resolve(item)
            for method in METHODS:
                if method in item:
                    operation = dict(item[method])
                    # Parameters of the path item hold for each operation under it.
                    operation["parameters"] = [*item.get("parameters", []), *operation.get("parameters", [])]
                    found[(method, _path_key(path))] = (path, operation)
        return found

    # One operation

    def _operation(
        self, where: str, old_path: str, old: dict[str, Any], new_path: str, new: dict[str, Any]
    ) -> Iterator[Change]:
        if old.get("operationId") != new.get("operationId"):
            # Generated clients name their functions after it.
            yield Change(
                where, f"operationId changed from {old.get('operationId')} to {new.get('operationId')}", True
            )
        yield from self._security(where, old, new)
        yield from self._parameters(where, old_path, old, new_path, new)
        yield from self._request_body(where, old.get("requestBody"), new.get("requestBody"))
        yield from self._responses(where, old.get("responses", {}), new.get("responses", {}))

    def _security(self, where: str, old: dict[str, Any], new: dict[str, Any]) -> Iterator[Change]:
        def alternatives(doc: _Document, operation: dict[str, Any]) -> list[dict[str, frozenset[str]]]:
            requirements = operation.get("security", doc.spec.get("security", []))
            return [{s: frozenset(scopes) for s, scopes in r.items()} for r in requirements] or [{}]

        old_options, new_options = alternatives(self.old, old), alternatives(self.new, new)
        for option in old_options:
            # A client that met this requirement can still call if it meets one of the new ones.
            if not any(
                all(s in option and scopes <= option[s] for s, scopes in n.items()) for n in new_options
            ):
                held = ", ".join(f"{s} {sorted(scopes)}" if scopes else s for s, scopes in option.items())
                yield Change(where, f"a caller with {held or 'no credentials'} may no longer call it", True)

    def _parameters(
        self, where: str, old_path: str, old: dict[str, Any], new_path: str, new: dict[str, Any]
    ) -> Iterator[Change]:
        old_params = self._parameter_map(self.old, old_path, old)
        new_params = self._parameter_map(self.new, new_path, new)
        for key, parameter in old_params.items():
            place = f"{where} parameter {parameter['name']} ({parameter['in']})"
            if key not in new_params:
                yield Change(place, "removed", True)
                continue
            other = new_params[key]
            if other.get("required", False) and not parameter.get("required", False):
                yield Change(place, "became required", True)
            elif parameter.get("required", False) and not other.get("required", False):
                yield Change(place, "became optional", False)
            yield from self._schema(place, parameter.get("schema", {}), other.get("schema", {}), REQUEST)
        for key, parameter in new_params.items():
            if key not in old_params:
                required = parameter.get("required", False)
                yield Change(
                    f"{where} parameter {parameter['name']} ({parameter['in']})",
                    "required parameter added" if required else "optional parameter added",
                    required,
                )

    def _parameter_map(
        self, doc: _Document, path: str, operation: dict[str, Any]
    ) -> dict[tuple[str, str], dict[str, Any]]:
        names = re.findall(r"\{([^}]*)\}", path)
        found = {}
        for reference in operation.get("parameters", []):
            parameter, _ = doc.resolve(reference)
            place, name = parameter["in"], parameter["name"]
            if place == "path" and name in names:
                key = (place, str(names.index(name)))  # by position: a renamed {id} is the same one
            else:
                key = (place, name.lower() if place == "header" else name)
            found[key] = parameter
        return found

    def _request_body(self, where: str, old_ref: Any, new_ref: Any) -> Iterator[Change]:
        old, _ = self.old.resolve(old_ref) if old_ref else (None, None)
        new, _ = self.new.resolve(new_ref) if new_ref else (None, None)
        place = f"{where} request body"
        if old is None:
            if new is not None:
                yield Change(
                    place,
                    "added" if not new.get("required") else "required body added",
                    bool(new.get("required")),
                )
            return
        if new is None:
            yield Change(place, "removed", True)
            return
        if new.get("required") and not old.get("required"):
            yield Change(place, "became required", True)
        yield from self._content(place, old.get("content", {}), new.get("content", {}), REQUEST)

    def _content(
        self, place: str, old: dict[str, Any], new: dict[str, Any], direction: str
    ) -> Iterator[Change]:
        for media, body in old.items():
            if media not in new:
                yield Change(f"{place} {media}", "media type removed", True)
                continue
            yield from self._schema(
                f"{place} {media}", body.get("schema", {}), new[media].get("schema", {}), direction
            )
        for media in new:
            if media not in old:
                yield Change(f"{place} {media}", "media type added", False)

    def _responses(self, where: str, old: dict[str, Any], new: dict[str, Any]) -> Iterator[Change]:
        for status, reference in old.items():
            place = f"{where} response {status}"
            if status not in new:
                # A client handles the outcomes it was promised; an error that no longer occurs breaks nothing.
                yield Change(place, "status removed", status[0] in "23")
                continue
            response, _ = self.old.resolve(reference)
            other, _ = self.new.resolve(new[status])
            yield from self._content(place, response.get("content", {}), other.get("content", {}), RESPONSE)
            yield from self._headers(place, response.get("headers", {}), other.get("headers", {}))
        for status in new:
            if status not in old:
                yield Change(f"{where} response {status}", "status added", False)

    def _headers(self, place: str, old: dict[str, Any], new: dict[str, Any]) -> Iterator[Change]:
        new_by_name = {name.lower(): header for name, header in new.items()}
        old_names = {name.lower() for name in old}
        for name, reference in old.items():
            header, _ = self.old.resolve(reference)
            where = f"{place} header {name}"
            if name.lower() not in new_by_name:
                yield Change(where, "removed", bool(header.get("required")))
                continue
            other, _ = self.new.resolve(new_by_name[name.lower()])
            if header.get("required") and not other.get("required"):
                yield Change(where, "became optional", True)
            yield from self._schema(where, header.get("schema", {}), other.get("schema", {}), RESPONSE)
        for name in new:
            if name.lower() not in old_names:
                yield Change(f"{place} header {name}", "added", False)

    # Schemas

    def _schema(self, place: str, old: Any, new: Any, direction: str) -> Iterator[Change]:
        for path, what, breaks in self._schema_changes(old, new, direction, frozenset()):
            yield Change(f"{place} {path}".rstrip(), what, breaks)

    def _schema_changes(
        self, old: Any, new: Any, direction: str, stack: frozenset[tuple[str, str]]
    ) -> list[tuple[str, str, bool]]:
        old_node, old_ref = self.old.resolve(old)
        new_node, new_ref = self.new.resolve(new)
        return self._once(
            old_ref,
            new_ref,
            (direction, ""),
            stack,
            lambda s: self._compare(old_node, new_node, direction, s),
        )

    def _once(
        self,
        old_ref: str | None,
        new_ref: str | None,
        how: tuple[str, str],
        stack: frozenset[tuple[str, str]],
        compare: Callable[[frozenset[tuple[str, str]]], list[tuple[str, str, bool]]],
    ) -> list[tuple[str, str, bool]]:
        """``compare`` once per pair of referenced schemas, and not again inside itself (a
        recursive schema is compared where it starts)."""
        if not (old_ref and new_ref):
            return compare(stack)
        if (old_ref, new_ref) in stack:
            return []
        key = (old_ref, new_ref, *how)
        if key not in self._memo:
            self._memo[key] = compare(stack | {(old_ref, new_ref)})
        return self._memo[key]

    def _compare(
        self, old: Any, new: Any, direction: str, stack: frozenset[tuple[str, str]]
    ) -> list[tuple[str, str, bool]]:
        found: list[tuple[str, str, bool]] = []
        old_alts, new_alts = self._alternatives(self.old, old), self._alternatives(self.new, new)
        request = direction == REQUEST
        for key, alt in old_alts.items():
            if key in new_alts:
                other = new_alts[key]
                found += self._once(
                    alt.get(_ORIGIN),
                    other.get(_ORIGIN),
                    (direction, key),
                    stack,
                    partial(self._compare_same_type, key, alt, other, direction),
                )
            elif not (request and ("any" in new_alts or (key == "integer" and "number" in new_alts))):
                what = "no longer accepts" if request else "no longer sends"
                found.append(("", f"{what} {_type_name(key)}", request))
        for key in new_alts:
            if key not in old_alts and not (
                not request and ("any" in old_alts or (key == "integer" and "number" in old_alts))
            ):
                what = "now accepts" if request else "may now send"
                found.append(("", f"{what} {_type_name(key)}", not request))
        return found

    def _alternatives(self, doc: _Document, node: Any) -> dict[str, dict[str, Any]]:
        """The schema as alternatives by type (``anyOf``, ``oneOf`` and type lists taken apart,
        ``allOf`` merged), each keyed by its type, or by type and title when several share one."""
        node, _ = doc.resolve(node)
        if node is True or node == {}:
            return {"any": {}}
        if node is False:
            return {}
        schema = dict(node)
        for part in schema.pop("allOf", []):
            part, _ = doc.resolve(part)
            merged = {**schema, **{k: v for k, v in part.items() if k not in {"properties", "required"}}}
            merged["properties"] = {**schema.get("properties", {}), **part.get("properties", {})}
            merged["required"] = [*schema.get("required", []), *part.get("required", [])]
            if not merged["properties"]:
                del merged["properties"]
            if not merged["required"]:
                del merged["required"]
            schema = merged
        options = schema.pop("anyOf", []) + schema.pop("oneOf", [])
        listed: list[tuple[str, dict[str, Any]]] = []
        if options:
            for option in options:
                _, ref = doc.resolve(option)
                # An option that is a referenced schema remembers it: a schema may hold itself.
                listed += [
                    (k, {**alt, _ORIGIN: ref} if ref else alt)
                    for k, alt in self._alternatives(doc, option).items()
                ]
        else:
            types = schema.get("type")
            values = schema["enum"] if "enum" in schema else [schema["const"]] if "const" in schema else None
            if types is None and values is not None:
                types = sorted({_json_type(v) for v in values})
            if types is None:
                return {"any": schema}
            for kind in [types] if isinstance(types, str) else types:
                alt = {**schema, "type": kind}
                alt.pop("const", None)
                if values is not None:
                    alt["enum"] = [
                        v
                        for v in values
                        if _json_type(v) == kind or (kind == "number" and _json_type(v) == "integer")
                    ]
                listed.append((kind, alt))
        counts: dict[str, int] = {}
        for kind, _alt in listed:
            counts[kind.split(" ")[0]] = counts.get(kind.split(" ")[0], 0) + 1
        alternatives: dict[str, dict[str, Any]] = {}
        for index, (kind, alt) in enumerate(listed):
            base = kind.split(" ")[0]
            key = base if counts[base] == 1 else f"{base} {alt.get('title', index)}"
            alternatives[key] = alt
        return alternatives

    def _compare_same_type(
        self,
        key: str,
        old: dict[str, Any],
        new: dict[str, Any],
        direction: str,
        stack: frozenset[tuple[str, str]],
    ) -> list[tuple[str, str, bool]]:
        request = direction == REQUEST
        found: list[tuple[str, str, bool]] = []

        def narrowed(what: str) -> None:
            found.append(("", what, request))

        def widened(what: str) -> None:
            found.append(("", what, not request))

        for bound in _UPPER:
            before, after = old.get(bound), new.get(bound)
            if before != after:
                if before is None or (after is not None and after < before):
                    narrowed(f"{bound} {before} -> {after}")
                else:
                    widened(f"{bound} {before} -> {after}")
        for bound in _LOWER:
            before, after = old.get(bound), new.get(bound)
            if before != after:
                if before is None or (after is not None and after > before):
                    narrowed(f"{bound} {before} -> {after}")
                else:
                    widened(f"{bound} {before} -> {after}")
        for field in _EXACT:
            before, after = old.get(field), new.get(field)
            if before != after:
                if before is None:
                    narrowed(f"{field} {after} added")
                elif after is None:
                    widened(f"{field} {before} removed")
                else:
                    found.append(("", f"{field} {before} -> {after}", True))
        if old.get("uniqueItems") != new.get("uniqueItems"):
            (narrowed if new.get("uniqueItems") else widened)(f"uniqueItems {new.get('uniqueItems', False)}")
        found += self._enum(old.get("enum"), new.get("enum"), request)
        if key.startswith("array"):
            for path, what, breaks in self._schema_changes(
                old.get("items", {}), new.get("items", {}), direction, stack
            ):
                found.append((f"[]{path}", what, breaks))
        if key.startswith("object"):
            found += self._object(old, new, direction, stack)
        return found

    @staticmethod
    def _enum(
        before: list[Any] | None, after: list[Any] | None, request: bool
    ) -> list[tuple[str, str, bool]]:
        if before == after:
            return []
        if before is None:
            return [("", f"enum {after} added", request)]
        if after is None:
            return [("", "enum removed", not request)]
        found = [("", f"enum value {v!r} removed", True) for v in before if v not in after]
        found += [("", f"enum value {v!r} added", False) for v in after if v not in before]
        return found

    def _object(
        self, old: dict[str, Any], new: dict[str, Any], direction: str, stack: frozenset[tuple[str, str]]
    ) -> list[tuple[str, str, bool]]:
        request = direction == REQUEST
        found: list[tuple[str, str, bool]] = []
        old_props, new_props = old.get("properties", {}), new.get("properties", {})
        old_required, new_required = set(old.get("required", [])), set(new.get("required", []))
        for name, schema in old_props.items():
            if name not in new_props:
                found.append((f".{name}", "field removed", True))
                continue
            if name in new_required and name not in old_required:
                found.append((f".{name}", "became required", request))
            elif name in old_required and name not in new_required:
                found.append((f".{name}", "became optional", not request))
            for path, what, breaks in self._schema_changes(schema, new_props[name], direction, stack):
                found.append((f".{name}{path}", what, breaks))
        for name in new_props:
            if name not in old_props:
                required = name in new_required
                found.append(
                    (f".{name}", "required field added" if required else "field added", request and required)
                )
        old_extra, new_extra = old.get("additionalProperties", True), new.get("additionalProperties", True)
        if old_extra is not False and new_extra is False:
            found.append(("", "unknown fields refused", request))
        elif old_extra is False and new_extra is not False:
            found.append(("", "unknown fields allowed", False))
        elif isinstance(old_extra, dict) and isinstance(new_extra, dict):
            for path, what, breaks in self._schema_changes(old_extra, new_extra, direction, stack):
                found.append((f"{{}}{path}", what, breaks))
        if "propertyNames" in old or "propertyNames" in new:
            for path, what, breaks in self._schema_changes(
                old.get("propertyNames", {}), new.get("propertyNames", {}), direction, stack
            ):
                found.append((f"{{key}}{path}", what, breaks))
        return found


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"


def _type_name(key: str) -> str:
    return "any value" if key == "any" else key


def accepted_changes(path: Path | None = None) -> set[str]:
    """The breaking changes accepted since the last release, one a line as the check prints them
    (``*`` stands for any text); a line that starts with ``#`` says why."""
    path = path or ACCEPTED_FILE
    if not path.exists():
        return set()
    lines = (line.strip() for line in path.read_text().splitlines())
    return {line for line in lines if line and not line.startswith("#")}


def is_accepted(change: Change, accepted: set[str]) -> bool:
    return any(_matches(line, str(change)) for line in accepted)


def _matches(line: str, text: str) -> bool:
    return re.fullmatch(re.escape(line).replace(r"\*", ".*"), text) is not None


def unused(accepted: set[str], found: list[Change]) -> set[str]:
    """Accepted lines that no breaking change matches any more (reverted, or written wrong)."""
    return {line for line in accepted if not any(_matches(line, str(c)) for c in found if c.breaking)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tests.contract.openapi_diff", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("old", nargs="?", type=Path, help=f"default: {RELEASED_SPEC}")
    parser.add_argument("new", nargs="?", type=Path, help=f"default: {CURRENT_SPEC}")
    parser.add_argument("--all", action="store_true", help="list every change, not only the breaking ones")
    args = parser.parse_args(argv)
    released = args.old is None
    old = json.loads((args.old or RELEASED_SPEC).read_text())
    new = json.loads((args.new or CURRENT_SPEC).read_text())
    found = changes(old, new)
    accepted = accepted_changes() if released else set()
    for change in found:
        if change.breaking:
            print(f"{'accepted' if is_accepted(change, accepted) else 'BREAKING':9} {change}")
        elif args.all:
            print(f"{'change':9} {change}")
    refused = [c for c in found if c.breaking and not is_accepted(c, accepted)]
    if refused:
        print(
            f"{len(refused)} breaking change(s) since the last release: see 'Changing the contract' in README.md",
            file=sys.stderr,
        )
    for line in sorted(unused(accepted, found)):
        print(f"{ACCEPTED_FILE.name} accepts what no longer happens: {line}", file=sys.stderr)
    return 1 if refused or unused(accepted, found) else 0


if __name__ == "__main__":
    sys.exit(main())
