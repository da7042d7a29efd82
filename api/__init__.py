"""Samenspel: the API of a participation platform for municipalities that work opgavegericht."""
