"""Background work on a PostgreSQL queue (procrastinate): mail, digests, recomputations, webhooks.

``queue.build`` makes the queue with every task; ``runner.running`` runs a worker while a context is
open (in a web worker, or on its own through ``python -m api worker``). Periodic tasks are deferred
once per moment across all workers, a job is fetched by one worker only, and jobs of a worker that
stopped sending heartbeats are run again by the others.
"""
