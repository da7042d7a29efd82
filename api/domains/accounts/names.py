"""Names that cannot pretend: a person's public name may not claim a role or an authority.

Staff are shown with a badge wherever their name appears (``badge: staff``); a name such as
"Gemeente Putten (medewerker)" would give a resident that authority without it. So a name people
choose is compared, folded, with words of roles and authorities in Dutch and English: case,
accents, look-alike letters from other scripts, digits for letters and letters spaced apart do
not hide them.
"""

import re
import unicodedata

from api.lib.errors import InvalidInput

# Found anywhere in the name's letters run together: long enough not to occur in ordinary names.
_STEMS = (
    "gemeente",
    "municipality",
    "medewerk",
    "beheer",
    "moderat",
    "administrat",
    "procesregisseur",
    "ambtenaar",
    "wethouder",
    "burgemeester",
    "raadslid",
    "griffier",
    "helpdesk",
    "servicedesk",
    "klantenservice",
    "klantcontact",
    "officieel",
    "official",
    "samenspel",
    "webmaster",
    "webredactie",
    "overheid",
    "ministerie",
    "politie",
    "police",
)
# Whole words only: short enough to be part of ordinary names ("Staffan", "Badminton").
_WORDS = frozenset(
    {
        "admin",
        "admins",
        "mod",
        "mods",
        "staff",
        "sysop",
        "system",
        "systeem",
        "mayor",
        "council",
        "griffie",
        "officer",
    }
)
# Letters from other scripts that look like Latin ones, and digits and signs written for letters.
_LOOK_ALIKES = str.maketrans(
    {
        "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p",
        "с": "c", "т": "t", "у": "y", "х": "x", "і": "i", "ї": "i", "ј": "j", "ѕ": "s", "ԁ": "d",
        "ԛ": "q", "ԝ": "w", "ɡ": "g", "ı": "i", "α": "a", "β": "b", "ε": "e", "η": "n", "ι": "i",
        "κ": "k", "μ": "m", "ν": "v", "ο": "o", "ρ": "p", "τ": "t", "υ": "u", "χ": "x", "ω": "w",
        "0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "@": "a", "$": "s",
        "!": "i", "|": "i", "€": "e",
    }
)  # fmt: skip
_LETTERS = re.compile(r"[a-z]+")


def _words(name: str) -> list[str]:
    """The Latin words of ``name`` as it reads: compatibility forms, accents and look-alikes folded."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if unicodedata.category(c) not in {"Mn", "Me", "Cf"})
    return _LETTERS.findall(text.casefold().translate(_LOOK_ALIKES))


def claims_a_role(name: str) -> bool:
    """Whether ``name`` reads as a role or an authority."""
    words = _words(name)
    joined = "".join(words)
    # Letters spaced apart ("a d m i n", "b.e.h.e.e.r.d.e.r") read as one word.
    singles = "".join(w for w in words if len(w) == 1)
    return (
        any(stem in joined for stem in _STEMS)
        or any(word in _WORDS for word in words)
        or singles in _WORDS
        or any(stem in singles for stem in _STEMS)
    )


def check_display_name(name: str, field: str = "displayName") -> None:
    """Refuse a public name that claims a role or an authority (400 ``reserved_name``)."""
    if claims_a_role(name):
        raise InvalidInput.one(
            field,
            "reserved_name",
            "Kies een naam die niet op een rol of instantie lijkt (zoals ‘gemeente’, ‘medewerker’, "
            "‘beheerder’ of ‘moderator’). Medewerkers van de gemeente krijgen vanzelf een kenmerk bij hun naam.",
        )
