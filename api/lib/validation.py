"""Turn invalid input into a complete list of problems, in Dutch, with stable codes.

msgspec stops at the first error; a person filling in a form wants to hear about every field at
once. So on failure we check each field on its own (recursing into nested objects) and explain
every problem. Bodies are decoded strictly: ``"5"`` is not an integer (``5.0`` is, as in JSON Schema).
"""

import re
import typing
import unicodedata
from typing import Any

import msgspec

from api.lib.schema import InvalidParam

_TYPE_NAMES = {
    "str": "tekst",
    "int": "een geheel getal",
    "float": "een getal",
    "bool": "true of false",
    "object": "een object",
    "array": "een lijst",
    "null": "null",
    "uuid": "een UUID",
}

_RULES: list[tuple[re.Pattern[str], str, str]] = [
    (re.compile(pattern), code, reason)
    for pattern, code, reason in [
        (r"Object missing required field `(?P<f>[^`]+)`", "required", "Dit veld is verplicht."),
        (r"Object contains unknown field `(?P<f>[^`]+)`", "unknown_field", "Dit veld bestaat niet."),
        (r"Expected `str` of length <= (?P<n>\d+)", "too_long", "Mag hoogstens {n} tekens lang zijn."),
        (r"Expected `str` of length >= (?P<n>\d+)", "too_short", "Moet minstens {n} tekens lang zijn."),
        (r"Expected `array` of length <= (?P<n>\d+)", "too_many", "Mag hoogstens {n} elementen bevatten."),
        (r"Expected `array` of length >= (?P<n>\d+)", "too_few", "Moet minstens {n} elementen bevatten."),
        (r"Expected `object` of length <= (?P<n>\d+)", "too_many", "Mag hoogstens {n} sleutels bevatten."),
        (r"Expected `\w+` >= (?P<n>[-\d.]+)", "out_of_range", "Moet minstens {n} zijn."),
        (r"Expected `\w+` <= (?P<n>[-\d.]+)", "out_of_range", "Mag hoogstens {n} zijn."),
        (r"Expected `\w+` > (?P<n>[-\d.]+)", "out_of_range", "Moet groter zijn dan {n}."),
        (r"Expected `\w+` < (?P<n>[-\d.]+)", "out_of_range", "Moet kleiner zijn dan {n}."),
        (r"Expected `str` matching regex", "pattern", "Heeft niet de juiste vorm."),
        (r"Invalid enum value", "invalid_choice", "Is geen toegestane waarde."),
        (r"Invalid RFC3339 encoded datetime", "format", "Is geen geldig tijdstip (RFC 3339, in UTC)."),
        (r"Invalid RFC3339 encoded date", "format", "Is geen geldige datum (JJJJ-MM-DD)."),
        (r"Invalid UUID", "format", "Is geen geldige UUID."),
        (r"Expected `(?P<t>\w+)`(?: \| `\w+`)*, got `\w+`", "type", "Moet {t} zijn."),
    ]
]
_PATH = re.compile(r" - at `\$(?P<path>[^`]*)`$")


def explain(message: str) -> tuple[str, str]:
    """A stable code and a Dutch reason for a msgspec or Litestar validation message."""
    message = _PATH.sub("", message)
    for pattern, code, reason in _RULES:
        if match := pattern.search(message):
            groups = match.groupdict()
            if "t" in groups:
                groups["t"] = _TYPE_NAMES.get(groups["t"], groups["t"])
            return code, reason.format(**groups)
    if message.startswith("Missing required"):
        return "required", "Deze parameter is verplicht."
    return "invalid", message[:400]


def _join(prefix: str, name: str) -> str:
    return f"{prefix}.{name}" if prefix else name


def _json_path_to_name(prefix: str, path: str) -> str:
    # "$.a[0].b" → "a[0].b" under prefix
    cleaned = path.lstrip(".")
    if not cleaned:
        return prefix or "body"
    if cleaned.startswith("["):
        return f"{prefix}{cleaned}" if prefix else cleaned
    return _join(prefix, cleaned)


def _problem_from_error(prefix: str, error: msgspec.ValidationError) -> InvalidParam:
    text = str(error)
    match = _PATH.search(text)
    name = _json_path_to_name(prefix, match.group("path")) if match else (prefix or "body")
    code, reason = explain(text)
    return InvalidParam(name=name, code=code, reason=reason)


def _struct_of(annotation: Any) -> type[msgspec.Struct] | None:
    """The Struct type inside ``annotation`` (unwrapping Annotated and Optional), if any."""
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _struct_of(typing.get_args(annotation)[0])
    if isinstance(annotation, type) and issubclass(annotation, msgspec.Struct):
        return annotation
    return None


def _list_item_struct(annotation: Any) -> type[msgspec.Struct] | None:
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _list_item_struct(typing.get_args(annotation)[0])
    if origin is list:
        (item,) = typing.get_args(annotation)
        return _struct_of(item)
    return None


def collect(struct_type: type[msgspec.Struct], raw: Any, prefix: str = "") -> list[InvalidParam]:
    """Every problem of ``raw`` (decoded JSON) against ``struct_type``."""
    if not isinstance(raw, dict):
        return [InvalidParam(name=prefix or "body", code="type", reason="Moet een object zijn.")]
    info = typing.cast(msgspec.inspect.StructType, msgspec.inspect.type_info(struct_type))
    hints = typing.get_type_hints(struct_type, include_extras=True)
    known = {field.encode_name for field in info.fields}
    problems: list[InvalidParam] = []
    if info.forbid_unknown_fields:
        problems.extend(
            InvalidParam(name=_join(prefix, str(key)), code="unknown_field", reason="Dit veld bestaat niet.")
            for key in raw
            if key not in known
        )
    for field in info.fields:
        name = _join(prefix, field.encode_name)
        if field.encode_name not in raw:
            if field.required:
                problems.append(InvalidParam(name=name, code="required", reason="Dit veld is verplicht."))
            continue
        annotation = hints[field.name]
        value = raw[field.encode_name]
        nested = _struct_of(annotation)
        item_struct = _list_item_struct(annotation)
        if nested is not None and isinstance(value, dict):
            problems.extend(collect(nested, value, name))
            continue
        if item_struct is not None and isinstance(value, list):
            try:
                msgspec.convert(value, type=annotation, strict=True)
            except msgspec.ValidationError:
                for index, item in enumerate(value):
                    problems.extend(collect(item_struct, item, f"{name}[{index}]"))
                if not any(p.name.startswith(f"{name}[") for p in problems):
                    problems.append(_list_problem(annotation, value, name))
            continue
        try:
            msgspec.convert(value, type=annotation, strict=True)
        except msgspec.ValidationError as error:
            problems.append(_problem_from_error(name, error))
    if not problems:
        # Every field is fine alone; a rule across fields (__post_init__) may still object.
        try:
            msgspec.convert(raw, type=struct_type, strict=True)
        except msgspec.ValidationError as error:
            problems.append(_problem_from_error(prefix, error))
    return problems


def _list_problem(annotation: Any, value: list[Any], name: str) -> InvalidParam:
    try:
        msgspec.convert(value, type=annotation, strict=True)
    except msgspec.ValidationError as error:
        return _problem_from_error(name, error)
    return InvalidParam(name=name, code="invalid", reason="Ongeldige lijst.")


_TOO_DEEP = InvalidParam(name="body", code="too_deep", reason="De inhoud is te diep genest.")
_MALFORMED = InvalidParam(name="body", code="malformed_json", reason="De inhoud is geen geldige JSON.")


def integral(value: Any) -> Any:
    """``value`` (decoded JSON) with every number without a fraction as an int: JSON Schema's
    ``integer`` is any such number, so ``15.0`` is the integer 15 the contract promises to take."""
    if isinstance(value, float):
        return int(value) if value.is_integer() else value
    if isinstance(value, dict):
        return {key: integral(item) for key, item in value.items()}
    if isinstance(value, list):
        return [integral(item) for item in value]
    return value


def decode_strict(body: bytes, annotation: Any) -> list[InvalidParam]:
    """Decode ``body`` as ``annotation`` strictly; return every problem, or none."""
    try:
        msgspec.json.decode(body, type=annotation, strict=True)
    except RecursionError:
        return [_TOO_DEEP]
    except msgspec.ValidationError as error:
        try:
            raw = integral(msgspec.json.decode(body))
        except RecursionError:
            return [_TOO_DEEP]
        except msgspec.DecodeError:
            # A typed decode can fail on the first value before it sees that the rest is not JSON.
            return [_MALFORMED]
        try:
            msgspec.convert(raw, type=annotation, strict=True)
        except msgspec.ValidationError:
            pass
        else:
            return []
        struct_type = _struct_of(annotation)
        if struct_type is None:
            return [_problem_from_error("", error)]
        return collect(struct_type, raw) or [_problem_from_error("", error)]
    except msgspec.DecodeError:
        return [_MALFORMED]
    return []


# Text that can be seen: one rule for every free-text field of every body. Format characters (Cf)
# are invisible; some reorder what is shown (a right-to-left override turns "gnp.exe" around), some
# hide inside a word ("beheer\u200bder" passes a filter for "beheerder"), some fill a field that looks
# empty. Kept are those that belong to writing: joiners between characters (emoji sequences,
# Persian, Indic scripts), direction marks, a soft hyphen inside a word, the tags of a flag emoji,
# and the marks that Arabic-script numbers carry before them.
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_MARKS = frozenset("\u200e\u200f\u061c")
_JOINERS = frozenset("\u200c\u200d")
_PREPENDED = frozenset(
    "\u0600\u0601\u0602\u0603\u0604\u0605\u06dd\u070f\u0890\u0891\u08e2\U000110bd\U000110cd"
)
_BLACK_FLAG, _TAG_END = "\U0001f3f4", "\U000e007f"
# Letters that show nothing: with format characters alone they make a field that looks empty.
_BLANK_LETTERS = frozenset("\u115f\u1160\u3164\uffa0\u2800\u034f\u17b4\u17b5")
_ASCII_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Secrets are not text anyone reads; a password may hold what it held when it was chosen.
_NOT_TEXT = frozenset({"password", "currentPassword", "newPassword", "clientSecret"})


def _is_tag(char: str) -> bool:
    return "\U000e0020" <= char <= "\U000e007f"


def _visible(char: str) -> bool:
    return not (
        char.isspace() or char in _BLANK_LETTERS or unicodedata.category(char) in {"Cf", "Mn", "Me", "Cc"}
    )


def text_problem(text: str) -> tuple[str, str] | None:
    """Why ``text`` hides or reorders what it shows (a code and a Dutch reason), or None."""
    if text.isascii() and not _ASCII_CONTROL.search(text):
        return None
    if not any(_visible(char) for char in text) and not text.isspace():
        return "invisible_text", "Deze tekst bestaat alleen uit onzichtbare tekens."
    in_flag = False
    for index, char in enumerate(text):
        if char in _BIDI_CONTROLS:
            return "bidi_control", "Tekst mag geen tekens bevatten die de leesrichting omkeren of verbergen."
        if _is_tag(char):
            # A tag sequence follows a black flag and ends with CANCEL TAG (the flags of regions).
            in_flag = in_flag or (index > 0 and text[index - 1] == _BLACK_FLAG)
            if not in_flag:
                return "format_character", "Tekst mag geen onzichtbare opmaaktekens bevatten."
            in_flag = char != _TAG_END
            continue
        if in_flag:
            return "format_character", "Tekst mag geen onzichtbare opmaaktekens bevatten."
        category = unicodedata.category(char)
        if category == "Cc" and char not in "\t\n\r":
            return "control_character", "Tekst mag geen stuurtekens bevatten."
        if category != "Cf" or char in _MARKS or char in _PREPENDED:
            continue
        between = 0 < index < len(text) - 1 and _visible(text[index - 1]) and _visible(text[index + 1])
        if char in _JOINERS and between:
            continue
        if char == "\u00ad" and between and text[index - 1].isalpha() and text[index + 1].isalpha():
            continue
        return (
            "format_character",
            "Tekst mag geen onzichtbare opmaaktekens bevatten (zoals een zero-width space).",
        )
    if in_flag:
        return "format_character", "Tekst mag geen onzichtbare opmaaktekens bevatten."
    return None


def text_problems(value: Any, name: str = "") -> list[InvalidParam]:
    """Every string in decoded JSON ``value`` that hides or reorders what it shows, by its place."""
    problems: list[InvalidParam] = []
    if isinstance(value, str):
        if (found := text_problem(value)) is not None:
            problems.append(InvalidParam(name=name or "body", code=found[0], reason=found[1]))
    elif isinstance(value, dict):
        for key, item in value.items():
            if key not in _NOT_TEXT:
                problems.extend(text_problems(item, _join(name, str(key))))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            problems.extend(text_problems(item, f"{name}[{index}]"))
    return problems
