"""Ideas as other domains' queries show them, in SQL: the one place that names their table."""


def linked_proposals(link_table: str, owner_column: str, owner_id: str) -> str:
    """``[{id, title, status}]`` of the ideas that ``link_table`` (with ``proposal_id``) ties to
    ``owner_id`` (an SQL expression) through ``owner_column``, oldest first. A hidden idea keeps its
    place, not its title, for those who may not read it: the one rule, with ``$viewer`` and ``$staff``."""
    return (
        "coalesce((SELECT json_agg(json_build_object("
        "'id', idea_.id, 'title', proposal_title(idea_, $viewer, $staff), 'status', idea_.status)"
        " ORDER BY idea_.created_at)"
        f" FROM {link_table} link_ JOIN proposals idea_ ON idea_.id = link_.proposal_id"
        f" WHERE link_.{owner_column} = {owner_id}), '[]')"
    )
