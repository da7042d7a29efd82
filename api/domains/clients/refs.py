"""A machine client as other domains' queries show it, in SQL: the one place that names its table."""


def client_name(client_row_id: str) -> str:
    """The name of the API client whose row ``client_row_id`` (an SQL expression) names, NULL when
    it names none. A client's name is the municipality's own business: show it to its staff only."""
    return f"(SELECT cl_.name FROM api_clients cl_ WHERE cl_.id = {client_row_id})"


def client_row_id(client_id: str, municipality_id: str) -> str:
    """The row id of the client that signs in as ``client_id`` in ``municipality_id`` (SQL
    expressions), NULL when there is none (a revoked client has no token to get this far)."""
    return (
        f"(SELECT cl_.id FROM api_clients cl_ WHERE cl_.client_id = {client_id} "
        f"AND cl_.municipality_id = {municipality_id})"
    )
