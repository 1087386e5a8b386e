"""The three-way merge that protects hand edits from re-imports, as pure functions.

Each imported record keeps in ``ll2_snapshot`` the values Launch Library 2 last gave it
(canonical JSON). On re-import, field by field, three values meet: the snapshot's (what the
source said before), the record's (what it holds now) and the file's (what the source says
now). The decision:

- the record already holds the file's value: nothing to do (``UNCHANGED``);
- the record still holds the snapshot's value (not edited here): take the file's (``TAKE``);
- it holds something else and the source still says what it said: the edit stands, quietly
  (``KEEP``);
- both changed: the local value is kept and the conflict reported (``KEEP_REPORTED``); an
  import never silently overwrites what the user changed.

A record never imported (the default data, or made by hand) has no snapshot: a ``trusted``
record (a mission never edited) takes the file's values; otherwise the file only fills blank
fields and a differing value is kept and reported. A field the snapshot lacks (added to the
format later) is treated the same way. No database and no ORM here: the appliers gather the
values and write what this decides.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum
from typing import Any, Final

from tracker.exchange.archive_read import canonical


class _Never:
    """The snapshot holds no value for a field (the record was never imported)."""

    def __repr__(self) -> str:
        return "NEVER"


NEVER: Final = _Never()


class Decision(Enum):
    UNCHANGED = "unchanged"
    TAKE = "take"
    KEEP = "keep"
    KEEP_REPORTED = "keep reported"


class Field:
    """One incoming value as compared (canonical, JSON-able) and as written (ORM value)."""

    __slots__ = ("shown", "value")

    def __init__(self, shown: Any, value: Any = None) -> None:
        self.shown = shown
        self.value = shown if value is None else value


@dataclass(frozen=True, slots=True)
class Merged:
    changes: dict[str, Any]  # field -> the value to write
    kept: list[str]  # the local values kept although the source differs, as report lines
    snapshot: str  # the new snapshot text


def blank(value: Any) -> bool:
    """Nothing worth keeping: a file's value may fill it."""
    return value is None or value == "" or value == []


def show(value: Any) -> str:
    """A compared value as a report shows it (a reference by its key, a roster by its size)."""
    if isinstance(value, list):
        return f"a roster of {len(value)}"
    if isinstance(value, str):
        return repr(value.split(":", 1)[1]) if value.startswith(("ll2:", "name:")) else repr(value)
    return repr(value)


def decide(base: Any, current: Any, incoming: Any, *, trusted: bool = False) -> Decision:
    """One field: ``base`` is the snapshot's value (``NEVER`` when it has none), ``current``
    the record's, ``incoming`` the file's; ``trusted`` lets a never-imported record take it."""
    if incoming == current:
        return Decision.UNCHANGED
    if base is NEVER:
        return Decision.TAKE if trusted or blank(current) else Decision.KEEP_REPORTED
    if base == current:
        return Decision.TAKE
    if base == incoming:
        return Decision.KEEP
    return Decision.KEEP_REPORTED


def read_snapshot(text: str) -> dict[str, Any] | None:
    """A stored snapshot's values; ``None`` for a record never imported."""
    if not text:
        return None
    value = json.loads(text)
    return value if isinstance(value, dict) else None


def first_snapshot(incoming: Mapping[str, Field], extra: Mapping[str, Any] | None = None) -> str:
    """The snapshot of a record the import creates: exactly what the file gave it."""
    return snapshot_of({k: f.shown for k, f in incoming.items()}, extra)


def snapshot_of(shown: Mapping[str, Any], extra: Mapping[str, Any] | None = None) -> str:
    """``first_snapshot`` of values as compared (a launch added in bulk has no ``Field``)."""
    return canonical({**shown, **(extra or {})})


def merge(
    label: str,
    current: Mapping[str, Any],
    incoming: Mapping[str, Field],
    base: Mapping[str, Any] | None,
    *,
    trusted: bool,
    extra: Mapping[str, Any] | None = None,
) -> Merged:
    """Decide every incoming field of one record (see the module docstring).

    ``current`` holds the record's values in the snapshot's terms; ``base`` is the parsed
    snapshot (``None``: never imported); ``extra`` are bookkeeping values the snapshot keeps
    beside the fields. The new snapshot is the old one updated with all the file said.
    """
    changes: dict[str, Any] = {}
    kept: list[str] = []
    for name, new in incoming.items():
        before = NEVER if base is None or name not in base else base[name]
        cur = current[name]
        decision = decide(before, cur, new.shown, trusted=trusted and base is None)
        if decision is Decision.TAKE:
            changes[name] = new.value
        elif decision is Decision.KEEP_REPORTED:
            kept.append(
                f"{label}: kept {name.replace('_', ' ')} {show(cur)} "
                f"(Launch Library 2: {show(new.shown)})"
            )
    merged = dict(base or {})
    merged.update({k: f.shown for k, f in incoming.items()})
    merged.update(extra or {})
    return Merged(changes, kept, canonical(merged))
