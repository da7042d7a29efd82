"""Audit log (logregels): who did what to which object, when, written with the change itself."""
