"""Moderation: reports, decisions that say why, appeals, and blocks on posting.

``ensure_may_post`` is what the writes of proposals, comments and supports call first.
"""

from api.domains.moderation.posting import ensure_may_post

__all__ = ["ensure_may_post"]
