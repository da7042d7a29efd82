"""Targets of API-client routes."""

from api.lib.access import in_municipality

api_client_from_path = in_municipality(
    "SELECT municipality_id FROM api_clients WHERE id = $1", "Deze client bestaat niet."
)
"""An API client is private to its municipality."""
