"""Events: every change that matters outside, as a CloudEvent written in the transaction that made it.

The ``events`` table is both the outbox (webhook deliveries are made from it) and the log the change
feed, the timeline and followers' notifications read. Services call ``outbox.record`` with the
driver connection of their transaction; ``types`` lists every event type with its data.
"""
