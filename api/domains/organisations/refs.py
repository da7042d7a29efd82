"""An organisation as other domains' queries show it, in SQL: the one place that names its table."""


def organisation_ref(organisation_id: str) -> str:
    """``{id, name}`` of the organisation ``organisation_id`` (an SQL expression) names, NULL when it names none."""
    return (
        "(SELECT json_build_object('id', org_.id, 'name', org_.name) "
        f"FROM organisations org_ WHERE org_.id = {organisation_id})"
    )


def organisation_name(organisation_id: str) -> str:
    """The name of the organisation ``organisation_id`` (an SQL expression) names, NULL when it names none."""
    return f"(SELECT org_.name FROM organisations org_ WHERE org_.id = {organisation_id})"
