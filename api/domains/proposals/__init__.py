"""Proposals (ideeën): submitted to an opgave, supported, answered by the municipality."""
