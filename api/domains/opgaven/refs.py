"""An opgave's parts as other domains' queries show them, in SQL: the one place that names their tables."""


def action_line_ref(line_id: str) -> str:
    """``{id, title}`` of the action line ``line_id`` (an SQL expression) names, NULL when it names none."""
    return (
        "(SELECT json_build_object('id', line_.id, 'title', line_.title) "
        f"FROM action_lines line_ WHERE line_.id = {line_id})"
    )
