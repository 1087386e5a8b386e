"""The agencies, vehicles and people a Launch Library 2 file names: found, added or merged.

Each is found as ``matching`` says and merged as ``merge`` decides, never trusted: a value
edited here always stands (a differing one is reported), and the file only fills blanks of
a record it never gave. Met once per file: a record named by many launches is merged once.
"""

from __future__ import annotations

from typing import Any

from sqlmodel import Session

from tracker.exchange.ll2_data import AgencyData, PersonData, VehicleData
from tracker.store.importing.matching import (
    Known,
    agency_key,
    fold,
    loose,
    name_free,
    vehicle_key,
)
from tracker.store.importing.merge import Field, Merged, first_snapshot, merge, read_snapshot
from tracker.store.importing.report import Tally
from tracker.store.models import Agency, Person, Vehicle


class Refs:
    """Finds or adds the records a file names, within the import's session."""

    def __init__(self, session: Session, tally: Tally, known: Known) -> None:
        self.s, self.t, self.known = session, tally, known
        self.done: dict[tuple[Any, ...], Any] = {}  # records met earlier in this file
        self._fields: dict[int, Field] = {}  # a row as a launch refers to it, by id(row)

    def field(self, row: Agency | Vehicle) -> Field:
        """How a launch refers to an agency or vehicle: its key and its id (worked out once
        a row; a row is changed only when first met, which forgets it)."""
        found = self._fields.get(id(row))
        if found is None:
            key = agency_key(row) if isinstance(row, Agency) else vehicle_key(row)
            found = self._fields[id(row)] = Field(key, row.id)
        return found

    # agencies

    def agency(self, data: AgencyData | None) -> Agency | None:
        if data is None:
            return None
        key = ("agency", data.ll2_id if data.ll2_id is not None else fold(data.name))
        if key in self.done:
            return self.done[key]  # type: ignore[no-any-return]
        known = self.known
        row = known.find_agency(data)
        incoming = {"name": Field(data.name)}
        if data.abbrev is not None:
            incoming["abbrev"] = Field(data.abbrev)
        if data.country is not None:
            incoming["country"] = Field(data.country)
        if data.image_url and (row is None or not row.image_url):  # fills a blank only
            incoming["image_url"] = Field(data.image_url)
        if row is None:
            if not name_free(known.agencies, None, data.name):
                row = next(a for a in known.agencies if a.name == data.name)
                self.t.notes.append(
                    f"agency {data.name}: Launch Library 2 id {data.ll2_id} differs from the "
                    f"one already linked ({row.ll2_id}); used the existing record"
                )
                self.done[key] = row
                return row
            row = Agency(
                name=data.name,
                abbrev=data.abbrev or "",
                country=data.country or "",
                image_url=data.image_url or "",
                ll2_id=data.ll2_id,
                ll2_snapshot=first_snapshot(incoming),
            )
            self.s.add(row)
            self.s.flush()
            known.add_agency(row)
            self.t.count("agencies", "added")
        else:
            linked = row.ll2_id is None and data.ll2_id is not None
            if linked:
                row.ll2_id = data.ll2_id
            current = {
                "name": row.name,
                "abbrev": row.abbrev,
                "country": row.country,
                "image_url": row.image_url,
            }
            merged = self._merge(f"agency {row.name}", current, incoming, row.ll2_snapshot)
            changes = merged.changes
            if "name" in changes and not name_free(known.agencies, row, changes["name"]):
                del changes["name"]
            for name, value in changes.items():
                setattr(row, name, value)
            row.ll2_snapshot = merged.snapshot
            self.s.add(row)
            self._fields.pop(id(row), None)
            self.t.count("agencies", "updated" if changes or linked else "unchanged")
        self.done[key] = row
        return row

    # vehicles

    def vehicle(self, data: VehicleData | None) -> Vehicle | None:
        if data is None:
            return None
        name = data.ll2_id if data.ll2_id is not None else loose(data.name)
        key = ("vehicle", data.kind, name)  # a StrEnum hashes as its word, in C
        if key in self.done:
            return self.done[key]  # type: ignore[no-any-return]
        known = self.known
        operator = self.agency(data.operator)
        row = known.find_vehicle(data)
        incoming = {"name": Field(data.name)}
        if operator is not None:
            incoming["operator"] = Field(agency_key(operator), operator.id)
        if data.crew_capacity is not None:
            incoming["crew_capacity"] = Field(data.crew_capacity)
        if data.image_url and (row is None or not row.image_url):  # fills a blank only
            incoming["image_url"] = Field(data.image_url)
        if row is None:
            name = data.name
            if not name_free(known.vehicles, None, name):
                name = f"{data.name} ({data.kind.value})"
            row = Vehicle(
                name=name,
                kind=data.kind,
                operator_id=operator.id if operator else None,
                crew_capacity=data.crew_capacity,
                image_url=data.image_url or "",
                ll2_id=data.ll2_id,
                ll2_snapshot=first_snapshot(incoming),
            )
            self.s.add(row)
            self.s.flush()
            known.add_vehicle(row)
            self.t.count("vehicles", "added")
        else:
            linked = row.ll2_id is None and data.ll2_id is not None
            if linked:
                row.ll2_id = data.ll2_id
            current = {
                "name": row.name,
                "operator": agency_key(known.agency_by_id.get(row.operator_id)),
                "crew_capacity": row.crew_capacity,
                "image_url": row.image_url,
            }
            merged = self._merge(f"vehicle {row.name}", current, incoming, row.ll2_snapshot)
            changes = merged.changes
            if "name" in changes and not name_free(known.vehicles, row, changes["name"]):
                del changes["name"]
            if "operator" in changes:
                row.operator_id = changes.pop("operator")
            for name, value in changes.items():
                setattr(row, name, value)
            row.ll2_snapshot = merged.snapshot
            self.s.add(row)
            self._fields.pop(id(row), None)
            self.t.count("vehicles", "updated" if changes or linked else "unchanged")
        self.done[key] = row
        return row

    # people

    def person(self, data: PersonData) -> Person | None:
        key = ("person", data.ll2_id if data.ll2_id is not None else fold(data.name))
        if key in self.done:
            return self.done[key]  # type: ignore[no-any-return]
        known = self.known
        agency = self.agency(data.agency)
        row = known.find_person(data)
        incoming = {"name": Field(data.name)}
        if agency is not None:
            incoming["agency"] = Field(agency_key(agency), agency.id)
        if data.nationality:
            incoming["nationality"] = Field(data.nationality)
        if data.status:
            incoming["status"] = Field(data.status)
        if data.image_url is not None:
            incoming["image_url"] = Field(data.image_url)
        if row is None:
            if known.person_name_taken(None, data.name):
                self.t.skipped.append(
                    f"person {data.name} (Launch Library 2 id {data.ll2_id}): another person "
                    "of that name is already linked to a different Launch Library 2 id"
                )
                self.t.count("people", "skipped")
                self.done[key] = None
                return None
            row = Person(
                name=data.name,
                agency_id=agency.id if agency else None,
                nationality=data.nationality or "",
                status=data.status or "Active",
                image_url=data.image_url or "",
                ll2_id=data.ll2_id,
                ll2_snapshot=first_snapshot(incoming),
            )
            self.s.add(row)  # its id comes with the next flush (crews are written after one)
            known.add_person(row)
            self.t.count("people", "added")
        else:
            linked = row.ll2_id is None and data.ll2_id is not None
            if linked and data.ll2_id is not None:  # (the second test is for the type checker)
                known.link_person(row, data.ll2_id)
            current = {
                "name": row.name,
                "agency": agency_key(known.agency_by_id.get(row.agency_id)),
                "nationality": row.nationality,
                "status": row.status,
                "image_url": row.image_url,
            }
            merged = self._merge(f"person {row.name}", current, incoming, row.ll2_snapshot)
            changes = merged.changes
            if "name" in changes and known.person_name_taken(row, changes["name"]):
                del changes["name"]
            if "agency" in changes:
                row.agency_id = changes.pop("agency")
            old_name = row.name
            for name, value in changes.items():
                setattr(row, name, value)
            if row.name != old_name:
                known.rename_person(row, old_name)
            row.ll2_snapshot = merged.snapshot
            self.s.add(row)
            self.t.count("people", "updated" if changes or linked else "unchanged")
        self.done[key] = row
        return row

    def _merge(
        self, label: str, current: dict[str, Any], incoming: dict[str, Field], snapshot: str
    ) -> Merged:
        """Merge an agency, vehicle or person: never trusted, so a hand edit always stands."""
        merged = merge(label, current, incoming, read_snapshot(snapshot), trusted=False)
        self.t.kept.extend(merged.kept)
        return merged
