"""Meetings as iCalendar (RFC 5545): one event per meeting, a feed per opgave."""

from typing import Any

from icalendar import Calendar, Event

PRODID = "-//Samenspel//Bijeenkomsten//NL"


def _event(row: Any, base_url: str) -> Event:
    event = Event()
    # Stable across edits, so a calendar updates the event instead of adding a second one.
    event.add("uid", f"meeting-{row['id']}@samenspel")
    # The moment this event's information was last revised, not the moment of asking: the same
    # meetings give the same bytes, so a polling calendar app gets 304 (api.lib.conditional).
    event.add("dtstamp", row["updated_at"])
    event.add("dtstart", row["starts_at"])
    event.add("dtend", row["ends_at"])
    event.add("summary", row["title"])
    description = row["description"]
    if row["online_url"]:
        description = f"{description}\n\nOnline: {row['online_url']}".strip()
    if description:
        event.add("description", description)
    if row["location"]:
        event.add("location", row["location"])
    if row["online_url"]:
        event.add("url", row["online_url"])
    event.add("status", "CANCELLED" if row["status"] == "cancelled" else "CONFIRMED")
    event.add("sequence", row["version"])
    event.add("last-modified", row["updated_at"])
    event.add("x-samenspel-link", f"{base_url}/bijeenkomsten/{row['id']}")
    return event


def calendar_of(rows: list[Any], name: str, base_url: str) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    for row in rows:
        calendar.add_component(_event(row, base_url))
    data: bytes = calendar.to_ical()
    return data
