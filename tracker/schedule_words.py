"""The words of ``tracker.schedule``'s texts (NETs, countdowns, slips): one table of them,
so that the command line and the window follow the same rules and only their words differ.

``ENGLISH`` is the command line's, and its JSON's: stable for scripts. ``tracker.ui.words``
builds the window's from its translations, with the locale's month names and order of dates.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from tracker.vocabulary import LaunchStatus

MINUS = "\u2212"
PASSED_TEXT = "NET passed \u2014 awaiting update"
LIFTOFF_TEXT = "Liftoff \u2014 awaiting confirmation"
HOLD_TEXT = "HOLD"
IN_FLIGHT_TEXT = "In flight"


def _strftime(when: dt.datetime, pattern: str) -> str:
    return when.strftime(pattern)


def _english_plural(one: str, many: str) -> Callable[[int], str]:
    """An English plural as Qt's ``tr(text, "", n)`` gives one: '%n' is the count."""
    return lambda n: (one if n == 1 else many).replace("%n", str(n))


@dataclass(frozen=True, slots=True)
class Wording:
    """The words of ``tracker.schedule``'s texts: format strings ('{0}', '{1}' filled in),
    date patterns for ``wall``, and for a plural a callable of the count that gives the
    format string (as Qt's ``tr(text, "", n)`` does)."""

    wall: Callable[[dt.datetime, str], str]  # a datetime's own wall-clock fields by a pattern
    second: str  # patterns of a NET to the second, minute and hour, of a day and a month
    minute: str
    hour: str
    day: str
    month: str
    morning: str  # '{0} (morning)', {0} the day; afternoon and week likewise
    afternoon: str
    week: str
    quarter: str  # 'Q{0} {1}': its number, the year; half likewise
    half: str
    fiscal_year: str
    decade: str
    net: str  # 'NET {0}'
    passed: str
    clock_days: str  # '{0}d {1}': the days, then hh:mm:ss
    minus: str  # 'T− {0}'
    plus: str
    days_to: Callable[[int], str]  # 'T− %n days · {0}', {0} the NET
    this_week: str
    today: str
    hold: str
    hold_note: str
    liftoff: str
    in_flight: str
    status: Callable[[LaunchStatus], str]
    outcome_note: str  # '{0}: {1}': the status, the reason
    days: Callable[[int], str]  # '%n days', no placeholder left
    hours: str  # '{0} h'
    minutes: str
    no_changes: str  # '{0}: no changes to its NET'
    slipped: Callable[[int], str]  # '{0}: %n changes, slipped {1} in all'
    earlier: Callable[[int], str]
    back: Callable[[int], str]


ENGLISH = Wording(
    wall=_strftime,
    second="%Y-%m-%d %H:%M:%S",
    minute="%Y-%m-%d %H:%M",
    hour="%Y-%m-%d ~%H:00",
    day="%Y-%m-%d",
    month="%b %Y",
    morning="{0} (morning)",
    afternoon="{0} (afternoon)",
    week="week of {0}",
    quarter="Q{0} {1}",
    half="H{0} {1}",
    fiscal_year="FY {0}",
    decade="{0}s",
    net="NET {0}",
    passed=PASSED_TEXT,
    clock_days="{0}d {1}",
    minus=f"T{MINUS} {{0}}",
    plus="T+ {0}",
    days_to=_english_plural(f"T{MINUS} %n day \u00b7 {{0}}", f"T{MINUS} %n days \u00b7 {{0}}"),
    this_week="This week \u00b7 {0}",
    today="Today \u00b7 {0}",
    hold=HOLD_TEXT,
    hold_note="Countdown on hold",
    liftoff=LIFTOFF_TEXT,
    in_flight=IN_FLIGHT_TEXT,
    status=lambda status: status.label,
    outcome_note="{0}: {1}",
    days=_english_plural("%n day", "%n days"),
    hours="{0} h",
    minutes="{0} min",
    no_changes="{0}: no changes to its NET",
    slipped=_english_plural(
        "{0}: %n change, slipped {1} in all", "{0}: %n changes, slipped {1} in all"
    ),
    earlier=_english_plural(
        "{0}: %n change, moved earlier by {1} in all",
        "{0}: %n changes, moved earlier by {1} in all",
    ),
    back=_english_plural(
        "{0}: %n change, back to the NET it started from",
        "{0}: %n changes, back to the NET it started from",
    ),
)
