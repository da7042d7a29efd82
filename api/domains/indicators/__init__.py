"""Indicators and their measurements: what an opgave achieves, against a baseline and a target."""
