"""Residents' budget ballots: staff put ideas with a cost to the vote on a budget, residents choose
within the amount (or up to a number of ideas), and a published rule turns the votes into grants
that staff confirm. Who voted for what is never shown: only counts."""
