"""Reflection moments: looking back together, and what follows from it."""
