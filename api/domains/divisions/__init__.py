"""Partners divide a budget together: a round among the opgave's team organisations, proposals for
the division, each organisation's consent, objection or abstention, and the grants staff finalise."""
