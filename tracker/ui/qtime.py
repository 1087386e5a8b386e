"""Crossing time into and out of Qt without losing the zone.

``QDateTime(aware_datetime)`` drops the zone and reads the value as local time, and
``toPython()`` returns a naive datetime (PITFALLS.md). So instants cross as epoch
milliseconds with an explicit UTC zone, and a wall-clock reading in another zone crosses as a
zone-free value that ``zoneinfo`` interprets on the way back.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QTime, QTimeZone

from tracker import schedule

EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
UTC = QTimeZone(QTimeZone.Initialization.UTC)


def to_qdatetime(value: dt.datetime) -> QDateTime:
    """An aware datetime as a UTC QDateTime, through epoch milliseconds."""
    ms = (value.astimezone(dt.UTC) - EPOCH) // dt.timedelta(milliseconds=1)
    return QDateTime.fromMSecsSinceEpoch(ms, UTC)


def from_qdatetime(value: QDateTime) -> dt.datetime:
    """A QDateTime as an aware UTC datetime (exact to the millisecond, also before 1970)."""
    return EPOCH + dt.timedelta(milliseconds=value.toMSecsSinceEpoch())


def to_wall(when: dt.datetime, zone: schedule.Zone) -> QDateTime:
    """The wall-clock reading of ``when`` in ``zone``, held by Qt as a zone-free UTC value."""
    w = when.astimezone(zone)
    return QDateTime(QDate(w.year, w.month, w.day), QTime(w.hour, w.minute, w.second), UTC)


def from_wall(value: QDateTime, zone: schedule.Zone) -> dt.datetime:
    """The inverse of ``to_wall``: the instant that wall-clock reading names in ``zone``."""
    d, t = value.date(), value.time()
    wall = dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), t.second())
    return wall.replace(tzinfo=zone).astimezone(dt.UTC)
