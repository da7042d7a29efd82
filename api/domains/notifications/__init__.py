"""Notifications: what happened that concerns me, in the site and (by my choice) by mail."""
