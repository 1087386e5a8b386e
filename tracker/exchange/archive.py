"""The Mission Tracker archive: every record of a database in one JSON file.

Format ``mission-tracker-archive``, version 2 (UTF-8 JSON, keys sorted, two-space indent)::

    {
      "format": "mission-tracker-archive",
      "format_version": 2,
      "exported_at": "2021-10-27T12:00:00Z",   # informational; not data
      "data_as_of": <instant> | null,          # when the data was last current
      "agencies": [{"ref": 1, "uid": ..., "name": ..., "abbrev": ..., "country": ...,
                    "image_url": ..., "ll2_id": 44 | null, "ll2_snapshot": {...} | null}],
      "vehicles": [{"ref": 1, "uid": ..., "name": ..., "kind": "spacecraft" | "launcher",
                    "operator": <agency ref> | null, "crew_capacity": 4 | null,
                    "first_crewed_flight": "2020-05-30" | null, "image_url": ...,
                    "ll2_id": ..., "ll2_snapshot": ...}],
      "people":   [{"ref": 1, "uid": ..., "name": ..., "agency": <agency ref> | null,
                    "nationality": ..., "status": ..., "image_url": ...,
                    "ll2_id": ..., "ll2_snapshot": ...}],
      "missions": [{"ref": 1, "uid": ..., "name": ..., "spacecraft": <vehicle ref> | null,
                    "capsule": ..., "launcher": <vehicle ref> | null,
                    "operator": <agency ref> | null, "launch_site": ..., "destination": ...,
                    "net": <instant>, "net_precision": "Minute",
                    "window_start": <instant> | null, "window_end": ..., "landing": ...,
                    "landing_outcome": "Landed" | "Crew lost" | "In orbit" | null,
                    "status": "Go", "status_reason": ..., "description": ..., "source": ...,
                    "image_url": ..., "ll2_id": "uuid" | null, "ll2_snapshot": ...,
                    "version": 3, "created_at": <instant>, "updated_at": <instant>,
                    "crew": [{"person": <person ref>, "role": "Commander", "seat": 0}],
                    "schedule_changes": [{"previous_net": ..., "previous_precision": ...,
                                          "new_net": ..., "new_precision": ...,
                                          "changed_at": ..., "reason": ...}],
                    "links": [{"kind": "webcast" | "info", "url": ..., "title": ...,
                               "priority": 0, "live": false, "from_ll2": true}]}]
    }

Instants are ISO-8601 in UTC with a ``Z`` (microseconds kept when present). ``uid`` is the
record's identity in every database (``tracker.identity``): an import matches on it first.
``ref`` numbers are local to the file (database ids are not kept: they mean nothing in another
database); records are listed in a deterministic order (by name; missions by NET, name, uid),
so the same data always gives the same file; schedule changes in the order they were made
(then written). ``ll2_snapshot`` is what the record held when last imported from Launch
Library 2 (see ``tracker.store.importing.merge``); keeping it keeps re-imports after a
restore behaving as before. Places are read into their short form (``tracker.places``).

Version 1 (no ``uid``, ``data_as_of``, ``image_url``, ``landing_outcome``,
``status_reason`` or ``links``) is still read: what it lacks reads as absent. A reader
refuses a version newer than it knows.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from typing import Any

from tracker.errors import ValidationError
from tracker.exchange import archive_read
from tracker.exchange.archive_data import Archive

FORMAT = "mission-tracker-archive"
FORMAT_VERSION = 2


# --- writing ------------------------------------------------------------------------------


def instant_text(when: dt.datetime) -> str:
    """An instant as the archive and the snapshots write it: ISO-8601 in UTC with a ``Z``."""
    if when.tzinfo is not dt.UTC:  # the readers' instants are UTC already (3 a launch)
        when = when.astimezone(dt.UTC)
    return f"{when.replace(tzinfo=None).isoformat()}Z"  # naive: no "+00:00" made and cut


def optional_instant_text(when: dt.datetime | None) -> str | None:
    return None if when is None else instant_text(when)


def _snapshot_out(text: str) -> Any:
    return json.loads(text) if text else None


def to_json(archive: Archive) -> dict[str, Any]:
    """The archive as plain JSON data."""
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "exported_at": optional_instant_text(archive.exported_at),
        "data_as_of": optional_instant_text(archive.data_as_of),
        "agencies": [
            {
                "ref": a.ref,
                "uid": a.uid,
                "name": a.name,
                "abbrev": a.abbrev,
                "country": a.country,
                "image_url": a.image_url,
                "ll2_id": a.ll2_id,
                "ll2_snapshot": _snapshot_out(a.ll2_snapshot),
            }
            for a in archive.agencies
        ],
        "vehicles": [
            {
                "ref": v.ref,
                "uid": v.uid,
                "name": v.name,
                "kind": v.kind.value,
                "operator": v.operator,
                "crew_capacity": v.crew_capacity,
                "first_crewed_flight": (
                    v.first_crewed_flight.isoformat() if v.first_crewed_flight else None
                ),
                "image_url": v.image_url,
                "ll2_id": v.ll2_id,
                "ll2_snapshot": _snapshot_out(v.ll2_snapshot),
            }
            for v in archive.vehicles
        ],
        "people": [
            {
                "ref": p.ref,
                "uid": p.uid,
                "name": p.name,
                "agency": p.agency,
                "nationality": p.nationality,
                "status": p.status,
                "image_url": p.image_url,
                "ll2_id": p.ll2_id,
                "ll2_snapshot": _snapshot_out(p.ll2_snapshot),
            }
            for p in archive.people
        ],
        "missions": [
            {
                "ref": m.ref,
                "uid": m.uid,
                "name": m.name,
                "spacecraft": m.spacecraft,
                "capsule": m.capsule,
                "launcher": m.launcher,
                "operator": m.operator,
                "launch_site": m.launch_site,
                "destination": m.destination,
                "net": instant_text(m.net),
                "net_precision": m.net_precision.value,
                "window_start": optional_instant_text(m.window_start),
                "window_end": optional_instant_text(m.window_end),
                "landing": optional_instant_text(m.landing),
                "landing_outcome": m.landing_outcome.value if m.landing_outcome else None,
                "status": m.status.value,
                "status_reason": m.status_reason,
                "description": m.description,
                "source": m.source,
                "image_url": m.image_url,
                "ll2_id": m.ll2_id,
                "ll2_snapshot": _snapshot_out(m.ll2_snapshot),
                "version": m.version,
                "created_at": instant_text(m.created_at),
                "updated_at": instant_text(m.updated_at),
                "crew": [{"person": c.person, "role": c.role, "seat": c.seat} for c in m.crew],
                "schedule_changes": [
                    {
                        "previous_net": instant_text(c.previous_net),
                        "previous_precision": c.previous_precision.value,
                        "new_net": instant_text(c.new_net),
                        "new_precision": c.new_precision.value,
                        "changed_at": instant_text(c.changed_at),
                        "reason": c.reason,
                    }
                    for c in m.schedule_changes
                ],
                "links": [
                    {
                        "kind": k.kind.value,
                        "url": k.url,
                        "title": k.title,
                        "priority": k.priority,
                        "live": k.live,
                        "from_ll2": k.from_ll2,
                    }
                    for k in m.links
                ],
            }
            for m in archive.missions
        ],
    }


def dumps(archive: Archive) -> str:
    return json.dumps(to_json(archive), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


# --- reading ------------------------------------------------------------------------------


def is_archive(data: Any) -> bool:
    return isinstance(data, Mapping) and data.get("format") == FORMAT


def from_json(data: Any) -> Archive:
    """Validate and read an archive; a ``ValidationError`` names the record and the field.

    A record that breaks a rule the forms keep (``RecordRefused``) is left out and listed in
    ``Archive.refused``; a reference to it is dropped (a vehicle without its operator, a
    crew without that member) and noted in ``Archive.notes``.
    """
    if not is_archive(data):
        raise ValidationError(f'not a Mission Tracker archive (no "format": "{FORMAT}")')
    version = data.get("format_version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise ValidationError('archive: "format_version" must be a whole number')
    if version > FORMAT_VERSION:
        raise ValidationError(
            f"this archive is format version {version}, newer than this app reads "
            f"({FORMAT_VERSION}); update the app to import it"
        )
    return archive_read.records(data)
