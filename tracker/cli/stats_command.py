"""``tracker stats``: the numbers behind the Statistics view's charts, as tables or JSON.

The figures come from one read (``tracker.store.statistics``) folded by ``tracker.stats``,
the same the window draws, so a chart and this command agree for one database and clock.
The JSON keys are an interface scripts rely on; keep them stable.
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from tracker import schedule, stats
from tracker.cli.commands import EXIT_OK
from tracker.cli.output import emit, emit_json
from tracker.vocabulary import NetPrecision

if TYPE_CHECKING:
    from tracker.cli.commands import Context

OUTCOME_HEADS = {
    stats.Outcome.SUCCESS: "Success",
    stats.Outcome.PARTIAL_FAILURE: "Partial",
    stats.Outcome.FAILURE: "Failure",
    stats.Outcome.IN_FLIGHT: "In flight",
    stats.Outcome.PENDING: "Pending",
}
OUTCOME_WORDS = {
    stats.Outcome.SUCCESS: "succeeded",
    stats.Outcome.PARTIAL_FAILURE: "partly failed",
    stats.Outcome.FAILURE: "failed",
    stats.Outcome.IN_FLIGHT: "in flight",
    stats.Outcome.PENDING: "pending",
}
NONE = "(none)"


def add_parsers(add: Callable[..., argparse.ArgumentParser]) -> None:
    """Register ``stats`` with a subparsers' ``add_parser``."""
    p = add(
        "stats",
        help="launches per year by outcome, by agency and vehicle; crewed flights per year; "
        "people by time in space; slips",
        description="The numbers behind the window's Statistics view. Years are UTC years of "
        "the NET; Success counts Deployed too; time in space runs from launch to landing, and "
        "a flight still up counts to the clock (--now).",
        epilog="JSON keys: as_of, missions, outcomes, launches_per_year, by_agency, "
        "by_vehicle, crewed_per_year, time_in_space, people_flown, slips, missions_slipped "
        "(durations in seconds and days).",
    )
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(run=cmd_stats)


def cmd_stats(args: argparse.Namespace, ctx: Context) -> int:
    from tracker.store.statistics import read

    figures = read(ctx.db, ctx.clock())
    if args.json:
        emit_json(stats.as_json(figures), indent=2)
        return EXIT_OK
    for line in text_lines(figures, ctx.zone):
        emit(line)
    return EXIT_OK


def table(heads: Sequence[str], rows: Sequence[Sequence[str]], align: str = "") -> list[str]:
    """Columns padded to their widest cell, indented; ``align`` says per column ``<`` (text)
    or ``>`` (numbers): the first column to the left and the rest to the right unless told."""
    align = align or "<" + ">" * (len(heads) - 1)
    widths = [max(len(c) for c in col) for col in zip(heads, *rows, strict=True)]

    def line(cells: Sequence[str]) -> str:
        padded = [
            c.ljust(w) if a == "<" else c.rjust(w)
            for c, w, a in zip(cells, widths, align, strict=True)
        ]
        return ("  " + "  ".join(padded)).rstrip()

    return [line(heads), *(line(r) for r in rows)]


def _counts(title: str, counts: Sequence[stats.Count]) -> list[str]:
    if not counts:
        return [title, "  (no missions)"]
    rows = [[_name(c), str(c.launches)] for c in counts]
    return [title, *table(["Name", "Launches"], rows)]


def _name(c: stats.Count) -> str:
    if c.others:
        return f"{stats.OTHER} ({c.others} more)"
    return c.name if c.name is not None else NONE


def _days(days: float) -> str:
    return f"{days:,.1f}"


def text_lines(s: stats.Statistics, zone: schedule.Zone) -> list[str]:
    """The figures as compact tables, one block per chart."""
    when = schedule.format_net(s.as_of, NetPrecision.MINUTE, zone)
    outcomes = ", ".join(
        f"{n:,} {OUTCOME_WORDS[o]}" for o in stats.Outcome if (n := s.outcome_total(o))
    )
    lines = [f"Statistics as of {when}: {_many(s.missions, 'mission')} ({outcomes or 'none'})"]
    lines += [""]

    years = [
        [str(y.year), *(str(y.count(o)) for o in OUTCOME_HEADS), str(y.total)] for y in s.per_year
    ]
    lines += ["Launches per year by outcome (UTC years of the NET)"]
    lines += table(["Year", *OUTCOME_HEADS.values(), "Total"], years)
    lines += ["", *_counts("Launches by agency", s.by_agency)]
    lines += ["", *_counts("Launches by vehicle", s.by_vehicle)]

    crewed = [[str(y.year), str(y.flown), str(y.planned)] for y in s.crewed_per_year]
    lines += ["", "Crewed flights per year"]
    lines += table(["Year", "Flown", "Planned"], crewed) if crewed else []

    flown = _shown(len(s.time_in_space), s.people_flown, "person who flew", "people who flew")
    lines += ["", f"Time in space ({flown})"]
    people = [
        [p.name, _days(p.days), str(p.flights), "yes, counted to the clock" if p.in_space else ""]
        for p in s.time_in_space
    ]
    heads = ["Name", "Days", "Flights", "In space"]
    lines += table(heads, people, "<>><") if people else []

    moved = _shown(len(s.slips), s.missions_slipped, "mission", "missions")
    lines += ["", f"Slips: how far each NET moved ({moved})"]
    slips = [[m.name, m.status.value, str(m.changes), _moved(m.seconds)] for m in s.slips]
    lines += table(["Mission", "Status", "Changes", "Moved"], slips, "<<><") if slips else []
    return lines


def _many(n: int, noun: str, plural: str = "") -> str:
    return f"{n:,} {noun if n == 1 else plural or noun + 's'}"


def _shown(shown: int, total: int, noun: str, plural: str) -> str:
    """'21 people' when all are shown, else 'top 15 of 21 people'."""
    counted = _many(total, noun, plural)
    return counted if shown == total else f"top {shown} of {counted}"


def _moved(seconds: int) -> str:
    delta = dt.timedelta(seconds=seconds)
    if seconds == 0:
        return "back where it started"
    way = "later" if seconds > 0 else "earlier"
    return f"{schedule.format_duration(delta)} {way}"
