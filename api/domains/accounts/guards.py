"""Targets of role-assignment routes."""

from api.lib.access import in_municipality

role_assignment_from_path = in_municipality(
    "SELECT municipality_id FROM role_assignments WHERE id = $1", "Deze rol bestaat niet."
)
