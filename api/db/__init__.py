"""Database: the declarative base, tenancy helpers, connections and migrations."""
