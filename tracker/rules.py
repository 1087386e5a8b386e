"""The rules every writer keeps, and their messages, each written once.

Pure functions over plain values: the roster commands, the record editors, the importers
and the sync all call these, so a refusal reads the same wherever it comes from and a rule
changes in one place. No database and no Qt here; the store gathers the facts (the crew
on a mission, the other flights of a person) and asks.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
import urllib.parse
from collections.abc import Iterable
from enum import StrEnum
from typing import Any, TypeVar

from tracker import schedule
from tracker.clock import parse_instant
from tracker.errors import ConflictError, NeedsConfirmation, UserError, ValidationError
from tracker.vocabulary import (
    CAPACITY_MAX,
    NAME_MAX,
    URL_MAX,
    YEAR_MAX,
    YEAR_MIN,
    LandingOutcome,
    LaunchStatus,
    NetPrecision,
    VehicleKind,
)

# A flight whose landing is not known is taken to last this long after the end of its NET
# period: longer than a standard six-month station increment, so a crew member still in
# orbit cannot be booked onto another flight by mistake.
ASSUMED_FLIGHT = dt.timedelta(days=210)

# What is not text: C0 and C1 controls (tab and line breaks aside), DEL, lone surrogates
# (what Python makes of command-line bytes that are not UTF-8; SQLite cannot store them),
# and the bidirectional controls that make a name read differently from what it holds.
_NOT_TEXT = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]"
)

E = TypeVar("E", bound=StrEnum)


# --- values ---------------------------------------------------------------------------------


def has_control_characters(value: str) -> bool:
    """True when ``value`` holds a control character, a bidi control or a lone surrogate."""
    return _NOT_TEXT.search(value) is not None


def text(value: Any, what: str, *, required: bool = True, limit: int = NAME_MAX) -> str:
    """A trimmed text value, refused when missing, too long, or not plain text."""
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise ValidationError(f"{what} must be text")
    cleaned = unicodedata.normalize("NFC", value.strip())
    if required and not cleaned:
        raise ValidationError(f"{what} is required")
    if len(cleaned) > limit:
        raise ValidationError(f"{what} is too long ({len(cleaned)} characters; at most {limit})")
    if has_control_characters(cleaned):
        raise ValidationError(f"{what} contains control characters or bytes that are not text")
    return cleaned


def year_in_range(year: int, what: str) -> None:
    """Refuse a year outside the range the app accepts (a typo such as 20221)."""
    if not YEAR_MIN <= year <= YEAR_MAX:
        raise ValidationError(f"{what} must fall in the years {YEAR_MIN} to {YEAR_MAX}")


def instant(value: Any, what: str, *, required: bool = False) -> dt.datetime | None:
    """An aware instant in the accepted years, as UTC; text is read as ISO-8601."""
    if value is None or value == "":
        if required:
            raise ValidationError(f"{what} is required")
        return None
    if isinstance(value, str):
        try:
            return parse_instant(value)
        except UserError as exc:  # the parser's own wording, named for the field
            raise ValidationError(f"{what}: {exc}") from None
    if not isinstance(value, dt.datetime):
        raise ValidationError(f"{what} must be a date and time")
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValidationError(f"{what} needs a time zone")
    year_in_range(value.astimezone(dt.UTC).year, what)
    return value.astimezone(dt.UTC)


def date(value: Any, what: str) -> dt.date | None:
    """A calendar date in the accepted years; text is read as ISO-8601 (2020-05-30)."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        try:
            value = dt.date.fromisoformat(value.strip())
        except ValueError:
            raise ValidationError(f"{what}: not a date: {value!r} (use 2020-05-30)") from None
    if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
        raise ValidationError(f"{what} must be a date")
    year_in_range(value.year, what)
    return value


def choice(enum: type[E], value: Any, what: str) -> E:
    """A member of ``enum`` by its value, or a refusal that lists the allowed values."""
    try:
        return enum(value)
    except ValueError:
        allowed = ", ".join(m.value for m in enum)
        raise ValidationError(f"{what} must be one of {allowed} (not {value!r})") from None


def web_address(value: Any, what: str) -> str:
    """An http or https address: a link the window opens may lead nowhere else (no file:,
    no javascript:), and an image address names a page on the web, not a path here."""
    url = text(value, what, limit=URL_MAX)
    parts = urllib.parse.urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc or " " in url:
        raise ValidationError(f"{what} must be a web address (http:// or https://), not {url!r}")
    return url


def capacity(value: Any) -> int | None:
    """A vehicle's crew capacity: nothing (a launcher) or 1 to CAPACITY_MAX."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError("Crew capacity must be a whole number")
    if not 1 <= value <= CAPACITY_MAX:
        raise ValidationError(f"Crew capacity must be between 1 and {CAPACITY_MAX} (not {value})")
    return value


# --- missions and rosters -------------------------------------------------------------------


def check_unchanged(name: str, unchanged: bool, what: str = "") -> None:
    """Refuse to build on values that someone else has changed since they were read
    (``what`` names the part, e.g. "'s NET")."""
    if not unchanged:
        raise ConflictError(f"{name}{what} changed elsewhere \u2014 reloaded")


def check_version(name: str, version: int, expected: int | None) -> None:
    """Refuse an edit made on a stale read: someone else changed the mission meanwhile."""
    check_unchanged(name, expected is None or version == expected)


def check_may_rewrite(name: str, status: LaunchStatus, action: str, confirm: bool) -> None:
    """An edit to a mission that has flown rewrites history: ask first."""
    if not status.is_pending and not confirm:
        raise NeedsConfirmation(
            f"{name} has already flown ({status.label}); {action} rewrites history. "
            "Confirm to go on."
        )


def check_room(mission: str, craft: str | None, seats: int | None, crew: int) -> None:
    """Refuse one more crew member on a mission whose spacecraft is full."""
    if craft is not None and seats is not None and crew >= seats:
        raise ValidationError(f"{mission} is full: {craft} carries {seats} crew")


def check_crew_fits(mission: str, craft: str, seats: int | None, crew: int) -> None:
    """Refuse a spacecraft too small for the crew already on the mission."""
    if seats is not None and crew > seats:
        raise ValidationError(f"{mission} has {crew} crew; {craft} carries {seats}")


def check_spacecraft_capacity(name: str, kind: VehicleKind, seats: int | None) -> None:
    """A spacecraft carries a crew, so it needs a capacity; a launcher may have none."""
    if kind is VehicleKind.SPACECRAFT and seats is None:
        raise ValidationError(
            f"{name} is a spacecraft: give its crew capacity (1 to {CAPACITY_MAX})"
        )


def check_capacity_fits(vehicle: str, over: list[tuple[str, int]]) -> None:
    """A capacity may not fall below a crew already on the vehicle's pending missions;
    ``over`` are (mission, crew size) of those it would strand, most first."""
    if over:
        name, count = over[0]
        more = f" (and {len(over) - 1} other mission{'s' if len(over) > 2 else ''})"
        raise ValidationError(
            f"{name} already has {count} crew on {vehicle}{more if len(over) > 1 else ''}: "
            f"its capacity cannot go below {count}"
        )


def check_mission_times(
    name: str,
    net: dt.datetime | None,
    window: tuple[dt.datetime | None, dt.datetime | None],
    landing: dt.datetime | None,
) -> None:
    """A launch window that closes after it opens; a landing no earlier than the NET."""
    start, end = window
    if start is not None and end is not None and end < start:
        raise ValidationError(f"{name}'s launch window closes before it opens")
    if landing is not None and net is not None and landing < net:
        raise ValidationError(f"{name} cannot land before its NET")


def check_mission_end(name: str, status: LaunchStatus, outcome: LandingOutcome | None) -> None:
    """A mission yet to launch has no end: an outcome (landed, crew lost, in orbit) needs a
    launch status that says it flew."""
    if outcome is not None and status.is_pending:
        raise ValidationError(
            f"{name} has not launched yet ({status.label}): its outcome cannot be {outcome.value}"
        )


def flight_span(
    net: dt.datetime, precision: NetPrecision, landing: dt.datetime | None
) -> tuple[dt.datetime, dt.datetime]:
    """When a flight occupies its crew: from the NET to the landing (or the assumed end)."""
    return net, landing or schedule.deadline(net, precision) + ASSUMED_FLIGHT


def check_no_overlap(
    person: str,
    mission: str,
    span: tuple[dt.datetime, dt.datetime],
    others: Iterable[tuple[str, dt.datetime, NetPrecision, dt.datetime | None]],
) -> None:
    """Refuse a person on two flights that overlap; ``others`` are (name, net, precision,
    landing) of the person's other flights."""
    start, end = span
    for name, net, precision, landing in others:
        o_start, o_end = flight_span(net, precision, landing)
        if start < o_end and o_start < end:
            lands = (
                f"lands {landing:%Y-%m-%d}"
                if landing
                else f"landing not known, counted as {ASSUMED_FLIGHT.days} days after its NET"
            )
            raise ValidationError(
                f"{person} is on {name} (NET {schedule.format_net(net, precision)}, {lands}), "
                f"which overlaps {mission}"
            )


def check_not_on(person: str, mission: str, on: bool) -> None:
    """One person once per mission."""
    if on:
        raise ValidationError(f"{person} is already on {mission}")
