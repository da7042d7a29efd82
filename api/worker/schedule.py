"""Cron expressions for "every N seconds", as procrastinate's periodic tasks take them."""


def every(seconds: float) -> str:
    """A cron expression for roughly every ``seconds``: seconds below a minute (croniter's sixth
    field), whole minutes below an hour, else hourly."""
    whole = max(1, round(seconds))
    if whole < 60:
        return f"* * * * * */{whole}"
    if whole < 3600:
        return f"*/{max(1, whole // 60)} * * * *"
    return "0 * * * *"
