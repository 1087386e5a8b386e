"""How the command line prints missions, crews and slip histories: text lines and JSON.

Every format here is an interface scripts rely on (``next --json``, the ``list`` lines); keep
them stable. Everything printed goes through ``emit`` or ``emit_json``, which never let a
control character or bidi override from the data reach the terminal (``tracker.text``).
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from tracker import schedule
from tracker.text import printable
from tracker.vocabulary import NetPrecision

if TYPE_CHECKING:  # the rows arrive with the store; --help and --version need not load it
    from tracker.store.records import CrewMember, MissionDetail, MissionRow, ScheduleEntry


def emit(text: str) -> None:
    """One line of output on stdout; a line break or control character in it is shown as
    ``<U+000A>`` and the like, so data can neither start a line nor drive the terminal."""
    sys.stdout.write(printable(text) + "\n")


def emit_lines(text: str) -> None:
    """Several lines of our own (e.g. an import's summary), each through ``emit``."""
    for line in text.split("\n"):
        emit(line)


def _json_escape(char: str) -> str:
    return f"\\u{ord(char):04x}"  # what printable escapes is all in the BMP


def emit_json(data: Any, *, indent: int | None = None) -> None:
    """``data`` as JSON on stdout: non-ASCII text as it is, but control characters and bidi
    overrides as ``\\u`` escapes (the same value to a JSON reader, inert in a terminal)."""
    text = json.dumps(data, ensure_ascii=False, indent=indent)
    sys.stdout.write(printable(text, multiline=True, form=_json_escape) + "\n")


def iso_z(when: dt.datetime) -> str:
    return when.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def mission_json(
    m: MissionRow | MissionDetail, crew: Sequence[CrewMember], now: dt.datetime
) -> dict[str, Any]:
    return {
        "name": m.name,
        "net": iso_z(m.net),
        "net_precision": m.net_precision.value,
        "status": m.status.value,
        "vehicle": m.vehicle,
        "destination": m.destination,
        "seconds_until": schedule.seconds_until(m, now),
        "phase": schedule.phase(m, now).value,
        "crew": [{"name": c.name, "role": c.role, "agency": c.agency} for c in crew],
    }


def mission_line(m: MissionRow | MissionDetail, zone: schedule.Zone, now: dt.datetime) -> str:
    """E.g. 'Crew-3 · Crew Dragon → ISS · NET 2021-10-31 06:21 UTC · T− 3d 18:21:00'."""
    net = schedule.format_net(m.net, m.net_precision, zone)
    state = schedule.mission_countdown(m, now, zone)
    if state == f"NET {net}":  # a coarse NET: its countdown would say the NET again
        state = m.status.label
    state = state.removesuffix(f" \u00b7 {net}")  # 'T− 18 days · 2021-12-08': said already
    destination = f" \u2192 {m.destination}" if m.destination else ""
    return f"{m.name} \u00b7 {m.vehicle}{destination} \u00b7 NET {net} \u00b7 {state}"


def crew_lines(crew: Sequence[CrewMember]) -> list[str]:
    if not crew:
        return ["    (no crew assigned)"]
    width = max(len(c.role) for c in crew)
    return [
        f"    {c.seat + 1}. {c.role:<{width}}  {c.name} ({c.agency}, {c.nationality})" for c in crew
    ]


def history_line(h: ScheduleEntry, zone: schedule.Zone) -> str:
    """E.g. '  2021-10-19 00:00 UTC  NET 2021-10-30 06:43 UTC → 2021-10-31 06:21 UTC …'."""
    when = schedule.format_net(h.changed_at, NetPrecision.MINUTE, zone)
    old = schedule.format_net(h.previous_net, h.previous_precision, zone)
    new = schedule.format_net(h.new_net, h.new_precision, zone)
    delta = h.new_net - h.previous_net
    sign = "+" if delta >= dt.timedelta(0) else schedule.MINUS
    reason = h.reason or "no reason given"
    return f"  {when}  NET {old} \u2192 {new}  ({sign}{schedule.format_duration(delta)})  {reason}"
