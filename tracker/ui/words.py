"""Launch Library 2's vocabulary and the countdown's notation, in the window's language.

``tracker.schedule`` says these in English for the command line and its JSON, which stay
English (stable for scripts); the window says them through here, translated, with months,
weekdays and the order of dates in the locale's forms (``QLocale``). The rules (which text
for which precision and phase) are schedule's; in English both say exactly the same,
which ``tests/ui/test_i18n.py`` checks. Day and coarser NETs are read on the UTC calendar,
finer ones in the chosen zone, as there.
"""

from __future__ import annotations

import datetime as dt
import math
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
from tracker.schedule import FINE, Phase, Scheduled, Slip, Zone
from tracker.ui.i18n import Context
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
_QUARTERS = {NetPrecision.Q1: 1, NetPrecision.Q2: 2, NetPrecision.Q3: 3, NetPrecision.Q4: 4}
_HALVES = {NetPrecision.H1: 1, NetPrecision.H2: 2}


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


def day_text(when: dt.datetime) -> str:
    """'2021-10-31' (its UTC day), in the language's order of a numeric date."""
    return format_wall(when.astimezone(dt.UTC), date_format())


def format_net(net: dt.datetime, precision: NetPrecision, zone: Zone = dt.UTC) -> str:
    """``schedule.format_net``, translated: '2021-10-31 06:21 UTC', 'Nov 2022', 'H2 2022'."""
    if precision in FINE:
        local = net.astimezone(zone)
        pattern = {
            NetPrecision.SECOND: date_time_format(),
            NetPrecision.MINUTE: Words.tr("yyyy-MM-dd HH:mm"),
            NetPrecision.HOUR: Words.tr("yyyy-MM-dd ~HH:00"),
        }[precision]
        return f"{format_wall(local, pattern)} {schedule.zone_label(net, zone)}"
    utc = net.astimezone(dt.UTC)
    if precision is NetPrecision.MORNING:
        return Words.tr("{0} (morning)").format(day_text(utc))
    if precision is NetPrecision.AFTERNOON:
        return Words.tr("{0} (afternoon)").format(day_text(utc))
    if precision is NetPrecision.DAY:
        return day_text(utc)
    if precision is NetPrecision.WEEK:
        return Words.tr("week of {0}").format(day_text(utc))
    if precision is NetPrecision.MONTH:
        return format_wall(utc, Words.tr("MMM yyyy"))
    if precision in _QUARTERS:
        return Words.tr("Q{0} {1}").format(_QUARTERS[precision], utc.year)
    if precision in _HALVES:
        return Words.tr("H{0} {1}").format(_HALVES[precision], utc.year)
    if precision is NetPrecision.YEAR:
        return str(utc.year)
    if precision is NetPrecision.FISCAL_YEAR:
        return Words.tr("FY {0}").format(schedule.fiscal_year(utc))
    return Words.tr("{0}s", "decade").format(utc.year // 10 * 10)


def format_duration(delta: dt.timedelta) -> str:
    """``schedule.format_duration``, translated: '3 days 22 h 27 min', sign dropped."""
    minutes = round(abs(delta.total_seconds()) / 60)
    days, rest = divmod(minutes, 1440)
    hours, mins = divmod(rest, 60)
    parts = [Words.tr("%n days", "", days)] if days else []
    parts += [Words.tr("{0} h").format(hours)] if hours else []
    parts += [Words.tr("{0} min").format(mins)] if mins or not parts else []
    return " ".join(parts)


# --- the countdown --------------------------------------------------------------------------


def net_label(net: str) -> str:
    """'NET 2021-10-31 06:21 UTC' for a NET already in words."""
    return Words.tr("NET {0}").format(net)


def passed_text() -> str:
    return Words.tr("NET passed \u2014 awaiting update")


def _clock(total: int, compact: bool) -> str:
    days, rest = divmod(total, 86_400)
    hours, rest = divmod(rest, 3600)
    minutes, secs = divmod(rest, 60)
    time = f"{hours:02d}:{minutes:02d}:{secs:02d}"
    return Words.tr("{0}d {1}").format(days, time) if days or not compact else time


def fine_countdown(seconds: float, *, compact: bool = False) -> str:
    """'T− 3d 18:21:00', the seconds rounded up (as ``schedule.fine_countdown``)."""
    return Words.tr("T\u2212 {0}").format(_clock(max(0, math.ceil(seconds)), compact))


def count_up(seconds: float, *, compact: bool = False) -> str:
    return Words.tr("T+ {0}").format(_clock(max(0, math.floor(seconds)), compact))


def countdown_text(
    net: dt.datetime,
    precision: NetPrecision,
    now: dt.datetime,
    zone: Zone = dt.UTC,
    *,
    compact: bool = False,
) -> str:
    """``schedule.countdown_text``, translated."""
    if now > schedule.board_until(net, precision):
        return passed_text()
    if precision in FINE:
        seconds = (net - now).total_seconds()
        if seconds < 0:
            return count_up(-seconds, compact=compact)
        return fine_countdown(seconds, compact=compact)
    if precision in schedule.DAYLIKE:
        days = (net.astimezone(dt.UTC).date() - now.astimezone(dt.UTC).date()).days
        when = format_net(net, precision, zone)
        if days > 0:
            return Words.tr("T\u2212 %n days \u00b7 {0}", "", days).format(when)
        if precision is NetPrecision.WEEK:
            return Words.tr("This week \u00b7 {0}").format(when)
        return Words.tr("Today \u00b7 {0}").format(when)
    return net_label(format_net(net, precision, zone))


def mission_countdown(
    m: Scheduled, now: dt.datetime, zone: Zone = dt.UTC, *, compact: bool = False
) -> str:
    """``schedule.mission_countdown``, translated: the countdown, HOLD, the time since
    liftoff while in flight on the board, or what became of the mission."""
    p = schedule.phase(m, now)
    if p is Phase.HOLD:
        return Words.tr("HOLD")
    if p is Phase.IN_FLIGHT:
        if m.net_precision in FINE and m.net < now and schedule.is_on_board(m, now):
            return count_up((now - m.net).total_seconds(), compact=compact)
        return status_text(m.status)
    if p is Phase.OUTCOME:
        return status_text(m.status)
    return countdown_text(m.net, m.net_precision, now, zone, compact=compact)


def phase_note(p: Phase, status: LaunchStatus, reason: str = "") -> str:
    """``schedule.phase_note``, translated; a reason is data and stays as written."""
    if p is Phase.HOLD:
        return reason or Words.tr("Countdown on hold")
    if p is Phase.LAUNCHING:
        return Words.tr("Liftoff \u2014 awaiting confirmation")
    if p is Phase.IN_FLIGHT:
        return Words.tr("In flight")
    if p is Phase.OUTCOME and reason:
        return Words.tr("{0}: {1}").format(status_text(status), reason)
    return ""


def launch_state(
    m: Scheduled, now: dt.datetime, zone: Zone = dt.UTC, *, reason: str = "", compact: bool = False
) -> schedule.LaunchState:
    """``schedule.launch_state``, its clock and note translated."""
    p = schedule.phase(m, now)
    return schedule.LaunchState(
        phase=p,
        seconds_until=schedule.seconds_until(m, now),
        clock=mission_countdown(m, now, zone, compact=compact),
        note=phase_note(p, m.status, reason),
    )


def slip_summary(name: str, history: Sequence[Slip]) -> str:
    """``schedule.slip_summary``, translated: 'Crew-3: 2 changes, slipped 3 days in all'."""
    if not history:
        return Words.tr("{0}: no changes to its NET").format(name)
    count = len(history)
    total = schedule.total_slip(history)
    if total > dt.timedelta(0):
        text = Words.tr("{0}: %n changes, slipped {1} in all", "", count)
    elif total < dt.timedelta(0):
        text = Words.tr("{0}: %n changes, moved earlier by {1} in all", "", count)
    else:
        text = Words.tr("{0}: %n changes, back to the NET it started from", "", count)
    return text.format(name, format_duration(total))
