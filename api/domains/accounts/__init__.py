"""Accounts: people, their sessions, verification and reset, and roles per municipality."""
