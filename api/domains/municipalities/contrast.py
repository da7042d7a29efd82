"""The colour pairs of a theme that people read, held to WCAG 2.2 AA (4.5 : 1 for text).

A beheerder changes colours through design tokens. Where a theme sets both colours of a pair that
text is read in (the page's text on its background, a button's label on the button), the pair must
contrast enough; the site computes the same before it sends (`frontend/src/lib/theme/contrast.ts`).
A pair with one side left to the base token set is not judged here: the API does not know the
token set's values, and the shipped sets pass themselves.
"""

import re

from api.lib.errors import InvalidInput
from api.lib.schema import InvalidParam

AA_TEXT = 4.5

# (text, background): every pair the site's shell and forms read text in.
PAIRS: tuple[tuple[str, str], ...] = (
    ("--utrecht-document-color", "--utrecht-document-background-color"),
    ("--utrecht-link-color", "--utrecht-document-background-color"),
    ("--utrecht-button-primary-action-color", "--utrecht-button-primary-action-background-color"),
    ("--utrecht-page-header-color", "--utrecht-page-header-background-color"),
    ("--utrecht-nav-bar-color", "--utrecht-nav-bar-background-color"),
    ("--utrecht-page-footer-color", "--utrecht-page-footer-background-color"),
)
COLOUR_TOKENS = frozenset(name for pair in PAIRS for name in pair)
HEX = re.compile(r"^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def luminance(colour: str) -> float:
    """The relative luminance of ``#rgb`` or ``#rrggbb`` (WCAG 2.2)."""
    digits = colour[1:]
    if len(digits) == 3:
        digits = "".join(d * 2 for d in digits)
    r, g, b = (int(digits[i : i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast(first: str, second: str) -> float:
    """The contrast ratio of two colours, from 1 to 21."""
    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def _ratio(value: float) -> str:
    # Rounded down, so a ratio shown as 4,5 always passes.
    return f"{int(value * 10) / 10:.1f}".replace(".", ",")


def check_theme_tokens(tokens: dict[str, str]) -> None:
    """Refuse colour tokens that are not colours, and readable pairs below AA, all at once."""
    problems: list[InvalidParam] = []
    for name in sorted(COLOUR_TOKENS & tokens.keys()):
        if not HEX.match(tokens[name].strip()):
            problems.append(
                InvalidParam(
                    name=f"theme.tokens.{name}",
                    code="not_a_colour",
                    reason=f"{name} is een kleur en moet #rgb of #rrggbb zijn.",
                )
            )
    if problems:
        raise InvalidInput("Niet elke kleur is een kleur; zie invalidParams.", invalid_params=problems)
    for text, background in PAIRS:
        if text not in tokens or background not in tokens:
            continue
        ratio = contrast(tokens[text].strip(), tokens[background].strip())
        if ratio < AA_TEXT:
            problems.append(
                InvalidParam(
                    name=f"theme.tokens.{text}",
                    code="insufficient_contrast",
                    reason=(
                        f"{text} op {background} heeft een contrast van {_ratio(ratio)} : 1; "
                        "WCAG AA vraagt minstens 4,5 : 1."
                    ),
                )
            )
    if problems:
        raise InvalidInput(
            "Te weinig contrast tussen kleuren van het thema; zie invalidParams.",
            code="insufficient_contrast",
            invalid_params=problems,
        )
