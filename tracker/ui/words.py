"""Launch Library 2's vocabulary and the countdown's notation, in the window's language.

``tracker.schedule`` says NETs, countdowns and slips in English for the command line and
its JSON, which stay English (stable for scripts); the window says them through here: the
same functions, given the window's ``Wording`` (``wording()``: translated, with months,
weekdays and the order of dates in the locale's forms, ``QLocale``), built once for each
language. So the rules (which text for which precision and phase) exist once, in schedule.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Sequence

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    QTime,
    QTimeZone,
)

from tracker import schedule
from tracker.schedule import Scheduled, Slip, Zone
from tracker.schedule_words import Wording
from tracker.ui.i18n import Context, language_in_use
from tracker.vocabulary import (
    CrewRole,
    LandingOutcome,
    LaunchStatus,
    NetPrecision,
    PersonStatus,
    VehicleKind,
)


class Words(Context):
    pass


class Status(Context):
    pass


class Precision(Context):
    pass


class Role(Context):
    pass


STATUS_TEXT = {
    LaunchStatus.GO: QT_TRANSLATE_NOOP("Status", "Go for Launch"),
    LaunchStatus.TBD: QT_TRANSLATE_NOOP("Status", "To Be Determined"),
    LaunchStatus.TBC: QT_TRANSLATE_NOOP("Status", "To Be Confirmed"),
    LaunchStatus.HOLD: QT_TRANSLATE_NOOP("Status", "On Hold"),
    LaunchStatus.IN_FLIGHT: QT_TRANSLATE_NOOP("Status", "Launch in Flight"),
    LaunchStatus.SUCCESS: QT_TRANSLATE_NOOP("Status", "Launch Successful"),
    LaunchStatus.FAILURE: QT_TRANSLATE_NOOP("Status", "Launch Failure"),
    LaunchStatus.PARTIAL_FAILURE: QT_TRANSLATE_NOOP("Status", "Launch was a Partial Failure"),
    LaunchStatus.DEPLOYED: QT_TRANSLATE_NOOP("Status", "Payload Deployed"),
}
PRECISION_TEXT = {
    NetPrecision.SECOND: QT_TRANSLATE_NOOP("Precision", "Second"),
    NetPrecision.MINUTE: QT_TRANSLATE_NOOP("Precision", "Minute"),
    NetPrecision.HOUR: QT_TRANSLATE_NOOP("Precision", "Hour"),
    NetPrecision.MORNING: QT_TRANSLATE_NOOP("Precision", "Morning"),
    NetPrecision.AFTERNOON: QT_TRANSLATE_NOOP("Precision", "Afternoon"),
    NetPrecision.DAY: QT_TRANSLATE_NOOP("Precision", "Day"),
    NetPrecision.WEEK: QT_TRANSLATE_NOOP("Precision", "Week"),
    NetPrecision.MONTH: QT_TRANSLATE_NOOP("Precision", "Month"),
    NetPrecision.Q1: QT_TRANSLATE_NOOP("Precision", "Q1"),
    NetPrecision.Q2: QT_TRANSLATE_NOOP("Precision", "Q2"),
    NetPrecision.Q3: QT_TRANSLATE_NOOP("Precision", "Q3"),
    NetPrecision.Q4: QT_TRANSLATE_NOOP("Precision", "Q4"),
    NetPrecision.H1: QT_TRANSLATE_NOOP("Precision", "H1"),
    NetPrecision.H2: QT_TRANSLATE_NOOP("Precision", "H2"),
    NetPrecision.YEAR: QT_TRANSLATE_NOOP("Precision", "Year"),
    NetPrecision.FISCAL_YEAR: QT_TRANSLATE_NOOP("Precision", "Fiscal Year"),
    NetPrecision.DECADE: QT_TRANSLATE_NOOP("Precision", "Decade"),
}
ROLE_TEXT = {
    CrewRole.COMMANDER: QT_TRANSLATE_NOOP("Role", "Commander"),
    CrewRole.PILOT: QT_TRANSLATE_NOOP("Role", "Pilot"),
    CrewRole.MISSION_SPECIALIST: QT_TRANSLATE_NOOP("Role", "Mission Specialist"),
    CrewRole.FLIGHT_ENGINEER: QT_TRANSLATE_NOOP("Role", "Flight Engineer"),
    CrewRole.SPACEFLIGHT_PARTICIPANT: QT_TRANSLATE_NOOP("Role", "Spaceflight Participant"),
    CrewRole.SPACECRAFT_COMMANDER: QT_TRANSLATE_NOOP("Role", "Spacecraft Commander"),
    CrewRole.JOINT_OPERATIONS_COMMANDER: QT_TRANSLATE_NOOP("Role", "Joint Operations Commander"),
    CrewRole.PAYLOAD_SPECIALIST: QT_TRANSLATE_NOOP("Role", "Payload Specialist"),
    CrewRole.MEDICAL_OFFICER: QT_TRANSLATE_NOOP("Role", "Medical Officer"),
    CrewRole.TOURIST: QT_TRANSLATE_NOOP("Role", "Tourist"),
}


# --- the vocabulary -------------------------------------------------------------------------


def status_text(status: LaunchStatus) -> str:
    """Launch Library 2's long name of the status ('Go for Launch'), translated."""
    return Status.tr(str(STATUS_TEXT[status]))


def precision_text(precision: NetPrecision) -> str:
    return Precision.tr(str(PRECISION_TEXT[precision]))


def role_text(role: str) -> str:
    """A crew role, translated when it is one of Launch Library 2's usual ones (a role is
    free text: any other is shown as it is)."""
    try:
        known = CrewRole(role)
    except ValueError:
        return role
    return Role.tr(str(ROLE_TEXT[known]))


STATUS_SHORT = {
    LaunchStatus.GO: QT_TRANSLATE_NOOP("Status", "Go"),
    LaunchStatus.TBD: QT_TRANSLATE_NOOP("Status", "TBD"),
    LaunchStatus.TBC: QT_TRANSLATE_NOOP("Status", "TBC"),
    LaunchStatus.HOLD: QT_TRANSLATE_NOOP("Status", "Hold"),
    LaunchStatus.IN_FLIGHT: QT_TRANSLATE_NOOP("Status", "In Flight"),
    LaunchStatus.SUCCESS: QT_TRANSLATE_NOOP("Status", "Success"),
    LaunchStatus.FAILURE: QT_TRANSLATE_NOOP("Status", "Failure"),
    LaunchStatus.PARTIAL_FAILURE: QT_TRANSLATE_NOOP("Status", "Partial Failure"),
    LaunchStatus.DEPLOYED: QT_TRANSLATE_NOOP("Status", "Deployed"),
}
LANDING_TEXT = {
    LandingOutcome.LANDED: QT_TRANSLATE_NOOP("Landing", "Landed"),
    LandingOutcome.CREW_LOST: QT_TRANSLATE_NOOP("Landing", "Crew lost"),
    LandingOutcome.IN_ORBIT: QT_TRANSLATE_NOOP("Landing", "In orbit"),
}
PERSON_STATUS_TEXT = {
    PersonStatus.ACTIVE: QT_TRANSLATE_NOOP("PersonState", "Active"),
    PersonStatus.RETIRED: QT_TRANSLATE_NOOP("PersonState", "Retired"),
    PersonStatus.DECEASED: QT_TRANSLATE_NOOP("PersonState", "Deceased"),
    PersonStatus.IN_TRAINING: QT_TRANSLATE_NOOP("PersonState", "In-Training"),
    PersonStatus.LOST_IN_FLIGHT: QT_TRANSLATE_NOOP("PersonState", "Lost In Flight"),
}
VEHICLE_KIND_TEXT = {
    VehicleKind.SPACECRAFT: QT_TRANSLATE_NOOP("VehicleKind", "Spacecraft"),
    VehicleKind.LAUNCHER: QT_TRANSLATE_NOOP("VehicleKind", "Launcher"),
}


class Landing(Context):
    pass


class PersonState(Context):
    pass


def status_short(status: LaunchStatus) -> str:
    """Launch Library 2's abbreviation of the status ('Go', 'TBD'): the list's column and
    the "Mark as…" menu, translated."""
    return Status.tr(str(STATUS_SHORT[status]))


def landing_text(outcome: LandingOutcome) -> str:
    """How a flight ended ('Crew lost'), translated."""
    return Landing.tr(str(LANDING_TEXT[outcome]))


def vehicle_kind_text(kind: VehicleKind) -> str:
    return QCoreApplication.translate("VehicleKind", str(VEHICLE_KIND_TEXT[kind]))


def person_status_text(status: str) -> str:
    """A person's status, translated when it is one of Launch Library 2's usual ones (free
    text, like a role)."""
    try:
        known = PersonStatus(status)
    except ValueError:
        return status
    return PersonState.tr(str(PERSON_STATUS_TEXT[known]))


# --- dates and times ------------------------------------------------------------------------


def format_wall(when: dt.datetime, pattern: str) -> str:
    """``when``'s own wall-clock fields in a ``QLocale`` pattern (month and weekday names
    from the locale). UTC only carries the fields: it has no gap for a wall time to fall in."""
    fields = QDateTime(
        QDate(when.year, when.month, when.day),
        QTime(when.hour, when.minute, when.second),
        QTimeZone.utc(),
    )
    return QLocale().toString(fields, pattern)


def date_format() -> str:
    """The language's numeric date, as a ``QLocale`` pattern: 'yyyy-MM-dd' in English."""
    return Words.tr("yyyy-MM-dd")


def date_time_format() -> str:
    return Words.tr("yyyy-MM-dd HH:mm:ss")


# --- the schedule's texts -------------------------------------------------------------------


def wording() -> Wording:
    """The window's words for ``tracker.schedule``'s texts, in the language in use."""
    return _wording(language_in_use())


@functools.cache
def _wording(language: str) -> Wording:
    """Built once for each language (the key: ``tr`` reads the translators installed)."""
    return Wording(
        wall=format_wall,
        second=date_time_format(),
        minute=Words.tr("yyyy-MM-dd HH:mm"),
        hour=Words.tr("yyyy-MM-dd ~HH:00"),
        day=date_format(),
        month=Words.tr("MMM yyyy"),
        morning=Words.tr("{0} (morning)"),
        afternoon=Words.tr("{0} (afternoon)"),
        week=Words.tr("week of {0}"),
        quarter=Words.tr("Q{0} {1}"),
        half=Words.tr("H{0} {1}"),
        fiscal_year=Words.tr("FY {0}"),
        decade=Words.tr("{0}s", "decade"),
        net=Words.tr("NET {0}"),
        passed=Words.tr("NET passed \u2014 awaiting update"),
        clock_days=Words.tr("{0}d {1}"),
        minus=Words.tr("T\u2212 {0}"),
        plus=Words.tr("T+ {0}"),
        days_to=lambda n: Words.tr("T\u2212 %n days \u00b7 {0}", "", n),
        this_week=Words.tr("This week \u00b7 {0}"),
        today=Words.tr("Today \u00b7 {0}"),
        hold=Words.tr("HOLD"),
        hold_note=Words.tr("Countdown on hold"),
        liftoff=Words.tr("Liftoff \u2014 awaiting confirmation"),
        in_flight=Words.tr("In flight"),
        status=status_text,
        outcome_note=Words.tr("{0}: {1}"),
        days=lambda n: Words.tr("%n days", "", n),
        hours=Words.tr("{0} h"),
        minutes=Words.tr("{0} min"),
        no_changes=Words.tr("{0}: no changes to its NET"),
        slipped=lambda n: Words.tr("{0}: %n changes, slipped {1} in all", "", n),
        earlier=lambda n: Words.tr("{0}: %n changes, moved earlier by {1} in all", "", n),
        back=lambda n: Words.tr("{0}: %n changes, back to the NET it started from", "", n),
    )


def format_net(net: dt.datetime, precision: NetPrecision, zone: Zone = dt.UTC) -> str:
    """'2021-10-31 06:21 UTC', 'Nov 2022', 'H2 2022', in the window's words."""
    return schedule.format_net(net, precision, zone, wording())


def format_duration(delta: dt.timedelta) -> str:
    """'3 days 22 h 27 min', sign dropped, in the window's words."""
    return schedule.format_duration(delta, wording())


def net_label(net: str) -> str:
    """'NET 2021-10-31 06:21 UTC' for a NET already in words."""
    return wording().net.format(net)


def passed_text() -> str:
    return wording().passed


def fine_countdown(seconds: float, *, compact: bool = False) -> str:
    return schedule.fine_countdown(seconds, compact=compact, words=wording())


def countdown_text(
    net: dt.datetime,
    precision: NetPrecision,
    now: dt.datetime,
    zone: Zone = dt.UTC,
    *,
    compact: bool = False,
) -> str:
    return schedule.countdown_text(net, precision, now, zone, compact=compact, words=wording())


def mission_countdown(
    m: Scheduled, now: dt.datetime, zone: Zone = dt.UTC, *, compact: bool = False
) -> str:
    return schedule.mission_countdown(m, now, zone, compact=compact, words=wording())


def launch_state(
    m: Scheduled, now: dt.datetime, zone: Zone = dt.UTC, *, reason: str = "", compact: bool = False
) -> schedule.LaunchState:
    return schedule.launch_state(m, now, zone, reason=reason, compact=compact, words=wording())


def slip_summary(name: str, history: Sequence[Slip]) -> str:
    """'Crew-3: 2 changes, slipped 3 days in all', in the window's words."""
    return schedule.slip_summary(name, history, wording())
