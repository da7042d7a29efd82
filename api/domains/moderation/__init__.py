"""Moderation: reports, decisions that say why, appeals, and blocks on posting."""
