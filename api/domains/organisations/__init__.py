"""Organisations: partners of a municipality (societal organisations, entrepreneurs) and their people."""
