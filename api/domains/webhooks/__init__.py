"""Webhooks: municipal systems subscribe an endpoint to events and receive them signed.

Registration does the NL GOV webhook handshake (``endpoint``); a periodic job fans new events out
to the subscriptions that may read them (``dispatch``) and another sends due deliveries, retrying
with backoff (``delivery``). Deliveries are rows, so each has a log and can be sent again.
"""
