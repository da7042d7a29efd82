"""A task as other domains' queries show it, in SQL: the one place that names its table."""


def task_ref(task_id: str) -> str:
    """``{id, title}`` of the task ``task_id`` (an SQL expression) names, NULL when it names none."""
    return f"(SELECT json_build_object('id', task_.id, 'title', task_.title) FROM tasks task_ WHERE task_.id = {task_id})"
