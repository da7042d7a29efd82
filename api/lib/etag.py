"""ETags: a resource's version as a strong entity tag, and the If-Match rule for guarded writes."""

from api.lib.errors import PreconditionFailed, PreconditionRequired


def etag(version: int) -> str:
    """The ETag of a resource at ``version``."""
    return f'"{version}"'


def require_if_match(if_match: str | None, current_version: int) -> None:
    """Refuse a write unless the client saw the current version: 428 without, 412 when stale."""
    if not if_match:
        raise PreconditionRequired("Stuur de ETag die u bij het ophalen kreeg mee in de If-Match-header.")
    tags = {tag.strip() for tag in if_match.split(",")}
    if "*" not in tags and etag(current_version) not in tags:
        raise PreconditionFailed(
            "Iemand anders heeft dit intussen gewijzigd. Haal de nieuwste versie op en probeer opnieuw."
        )
