"""A municipality as other domains' queries show it, in SQL: the one place that names its table."""


def municipality_name(municipality_id: str) -> str:
    """The name of the municipality ``municipality_id`` (an SQL expression) names."""
    return f"(SELECT mun_.name FROM municipalities mun_ WHERE mun_.id = {municipality_id})"


def municipality_ref(municipality_id: str) -> str:
    """``{id, slug, name}`` of the municipality ``municipality_id`` (an SQL expression) names."""
    return (
        "(SELECT json_build_object('id', mun_.id, 'slug', mun_.slug, 'name', mun_.name) "
        f"FROM municipalities mun_ WHERE mun_.id = {municipality_id})"
    )
