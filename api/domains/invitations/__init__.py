"""Invitations: a role in a municipality, a place in an organisation or on an opgave's team,
offered to an e-mail address and given only when the person with that verified address accepts."""
