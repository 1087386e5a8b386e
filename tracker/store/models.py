"""The data model: SQLModel tables over the Launch Library 2 vocabulary (``tracker.vocabulary``).

Status, NET precision and crew roles use Launch Library 2's words so that its files import
without loss. Every datetime column is stored as UTC and read back aware (``UTCDateTime``):
SQLite keeps no zone, so a naive value read back would silently be the wrong instant;
PostgreSQL keeps instants as ``timestamptz``.

Constraints are named by ``NAMING_CONVENTION`` (SQLite leaves them unnamed, PostgreSQL would
name them itself), so a migration can name the one it drops on both databases. CHECK
constraints are named by hand (an enum's by its type name), so the convention leaves them be.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Dialect
from sqlmodel import Field, SQLModel

from tracker.identity import new_uid
from tracker.vocabulary import (
    NAME_MAX,
    TEXT_MAX,
    URL_MAX,
    LandingOutcome,
    LaunchStatus,
    LinkKind,
    NetPrecision,
    PersonStatus,
    VehicleKind,
)

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
SQLModel.metadata.naming_convention = NAMING_CONVENTION


class UTCDateTime(sa.TypeDecorator[dt.datetime]):
    """An aware datetime, read back in UTC: ``timestamptz`` on PostgreSQL, naive UTC on
    SQLite (which has no zone to keep)."""

    impl = sa.DateTime
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> sa.types.TypeEngine[Any]:
        zoned = dialect.name == "postgresql"
        return dialect.type_descriptor(sa.DateTime(timezone=zoned))

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError(f"naive datetime {value!r}: give a time zone")
        utc = value.astimezone(dt.UTC)
        return utc if dialect.name == "postgresql" else utc.replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if isinstance(value, str):  # raw SQLite text, e.g. from a hand-written query
            value = dt.datetime.fromisoformat(value)
        when: dt.datetime = value
        return when.replace(tzinfo=dt.UTC) if when.tzinfo is None else when.astimezone(dt.UTC)


def _enum(enum: type[StrEnum], name: str) -> sa.Enum:
    """Store an enum by its value (LL2's word), with a CHECK constraint in the schema."""
    return sa.Enum(
        enum,
        name=name,
        values_callable=lambda e: [m.value for m in e],
        native_enum=False,
        create_constraint=True,
        length=20,
        validate_strings=True,
    )


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _ll2_snapshot() -> Any:
    """The values a record had when last imported from Launch Library 2, as canonical JSON.

    The importer compares a record with it to tell a hand edit (the record differs from what
    was imported) from an update of the source (the file differs from what was imported), so
    re-importing never silently overwrites what the user changed. Empty: never imported.
    """
    return Field(default="", sa_type=sa.Text, sa_column_kwargs={"server_default": ""})


def _uid() -> Any:
    """The record's identity that travels between databases (``tracker.identity``).

    A column default, so Core bulk inserts (the importer's) get one as ORM inserts do.
    """
    return Field(
        default_factory=new_uid,
        max_length=64,
        unique=True,
        index=True,
        sa_column_kwargs={"default": new_uid},
    )


class Agency(SQLModel, table=True):
    __table_args__ = (sa.CheckConstraint("length(trim(name)) > 0", name="agency_name_nonempty"),)

    id: int | None = Field(default=None, primary_key=True)
    uid: str = _uid()
    name: str = Field(max_length=NAME_MAX, unique=True)
    abbrev: str = Field(default="", max_length=NAME_MAX)
    country: str = Field(default="", max_length=NAME_MAX)
    image_url: str = Field(default="", max_length=URL_MAX, sa_column_kwargs={"server_default": ""})
    ll2_id: int | None = Field(default=None, unique=True)
    ll2_snapshot: str = _ll2_snapshot()


class Vehicle(SQLModel, table=True):
    __table_args__ = (
        sa.CheckConstraint("length(trim(name)) > 0", name="vehicle_name_nonempty"),
        sa.CheckConstraint(
            "crew_capacity IS NULL OR crew_capacity >= 1", name="vehicle_capacity_positive"
        ),
        # Launch Library 2 numbers launcher and spacecraft configurations separately.
        sa.UniqueConstraint("kind", "ll2_id", name="uq_vehicle_kind_ll2_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    uid: str = _uid()
    name: str = Field(max_length=NAME_MAX, unique=True)
    kind: VehicleKind = Field(sa_type=_enum(VehicleKind, "vehicle_kind"))
    operator_id: int | None = Field(default=None, foreign_key="agency.id", ondelete="RESTRICT")
    crew_capacity: int | None = None
    first_crewed_flight: dt.date | None = None
    image_url: str = Field(default="", max_length=URL_MAX, sa_column_kwargs={"server_default": ""})
    ll2_id: int | None = None
    ll2_snapshot: str = _ll2_snapshot()


class Mission(SQLModel, table=True):
    __table_args__ = (
        sa.CheckConstraint("length(trim(name)) > 0", name="mission_name_nonempty"),
        sa.Index("ix_mission_net_name", "net", "name"),
        # The window's first page asks for missions yet to fly by status and NET.
        sa.Index("ix_mission_status_net", "status", "net"),
        # ... and those whose NET has passed, by status, precision and NET (its period).
        sa.Index("ix_mission_status_precision_net", "status", "net_precision", "net"),
    )

    id: int | None = Field(default=None, primary_key=True)
    uid: str = _uid()
    name: str = Field(max_length=NAME_MAX, index=True)
    spacecraft_id: int | None = Field(default=None, foreign_key="vehicle.id", ondelete="RESTRICT")
    capsule: str = Field(default="", max_length=NAME_MAX)
    launcher_id: int | None = Field(default=None, foreign_key="vehicle.id", ondelete="RESTRICT")
    operator_id: int | None = Field(default=None, foreign_key="agency.id", ondelete="RESTRICT")
    launch_site: str = Field(default="", max_length=NAME_MAX)
    destination: str = Field(default="", max_length=NAME_MAX)
    net: dt.datetime = Field(sa_type=UTCDateTime)
    net_precision: NetPrecision = Field(
        default=NetPrecision.SECOND, sa_type=_enum(NetPrecision, "net_precision")
    )
    window_start: dt.datetime | None = Field(default=None, sa_type=UTCDateTime)
    window_end: dt.datetime | None = Field(default=None, sa_type=UTCDateTime)
    landing: dt.datetime | None = Field(default=None, sa_type=UTCDateTime)
    landing_outcome: LandingOutcome | None = Field(
        default=None, sa_type=_enum(LandingOutcome, "landing_outcome")
    )
    status: LaunchStatus = Field(
        default=LaunchStatus.TBD, sa_type=_enum(LaunchStatus, "launch_status")
    )
    # Why the status is what it is (a hold's reason, a scrub, a failure), where known.
    status_reason: str = Field(
        default="", max_length=TEXT_MAX, sa_column_kwargs={"server_default": ""}
    )
    image_url: str = Field(default="", max_length=URL_MAX, sa_column_kwargs={"server_default": ""})
    description: str = Field(default="", max_length=TEXT_MAX)
    source: str = Field(default="", max_length=TEXT_MAX)
    ll2_id: str | None = Field(default=None, unique=True, max_length=64)
    ll2_snapshot: str = _ll2_snapshot()
    version: int = Field(default=1)
    created_at: dt.datetime = Field(default_factory=_utcnow, sa_type=UTCDateTime)
    updated_at: dt.datetime = Field(default_factory=_utcnow, sa_type=UTCDateTime)


class Person(SQLModel, table=True):
    __table_args__ = (sa.CheckConstraint("length(trim(name)) > 0", name="person_name_nonempty"),)

    id: int | None = Field(default=None, primary_key=True)
    uid: str = _uid()
    name: str = Field(max_length=NAME_MAX, unique=True)
    agency_id: int | None = Field(default=None, foreign_key="agency.id", ondelete="RESTRICT")
    nationality: str = Field(default="", max_length=NAME_MAX)
    status: str = Field(default=PersonStatus.ACTIVE.value, max_length=NAME_MAX)
    image_url: str = Field(default="", max_length=URL_MAX, sa_column_kwargs={"server_default": ""})
    ll2_id: int | None = Field(default=None, unique=True)
    ll2_snapshot: str = _ll2_snapshot()


class CrewAssignment(SQLModel, table=True):
    __table_args__ = (
        sa.UniqueConstraint("mission_id", "person_id", name="uq_crew_person_once"),
        sa.CheckConstraint("length(trim(role)) > 0", name="crew_role_nonempty"),
    )

    id: int | None = Field(default=None, primary_key=True)
    mission_id: int = Field(foreign_key="mission.id", ondelete="CASCADE", index=True)
    person_id: int = Field(foreign_key="person.id", ondelete="RESTRICT", index=True)
    role: str = Field(max_length=NAME_MAX)
    seat: int = 0


class ScheduleChange(SQLModel, table=True):
    """One move of a mission's NET: the slip history."""

    id: int | None = Field(default=None, primary_key=True)
    mission_id: int = Field(foreign_key="mission.id", ondelete="CASCADE", index=True)
    previous_net: dt.datetime = Field(sa_type=UTCDateTime)
    previous_precision: NetPrecision = Field(sa_type=_enum(NetPrecision, "previous_precision"))
    new_net: dt.datetime = Field(sa_type=UTCDateTime)
    new_precision: NetPrecision = Field(sa_type=_enum(NetPrecision, "new_precision"))
    changed_at: dt.datetime = Field(sa_type=UTCDateTime)
    reason: str = Field(default="", max_length=TEXT_MAX)


class MissionLink(SQLModel, table=True):
    """A webcast or information link of a mission, in the order Launch Library 2 ranks them
    (``priority``, lower first), or added by hand."""

    __table_args__ = (sa.UniqueConstraint("mission_id", "url", name="uq_link_mission_url"),)

    id: int | None = Field(default=None, primary_key=True)
    mission_id: int = Field(foreign_key="mission.id", ondelete="CASCADE", index=True)
    kind: LinkKind = Field(sa_type=_enum(LinkKind, "link_kind"))
    url: str = Field(max_length=URL_MAX)
    title: str = Field(default="", max_length=NAME_MAX)
    priority: int = 0
    live: bool = False
    from_ll2: bool = False


class DatasetInfo(SQLModel, table=True):
    """What the database knows about its data as a whole, by key: when it was last current
    (``data_as_of``), the sync's watermark, when the user last looked at the changes."""

    __tablename__ = "dataset_info"

    key: str = Field(primary_key=True, max_length=64)
    value: str = Field(default="", max_length=TEXT_MAX)


class SyncChange(SQLModel, table=True):
    """One change a sync (or an import) brought: kept so the Changes panel and
    ``tracker changes`` can list them, newest first."""

    __tablename__ = "sync_change"

    id: int | None = Field(default=None, primary_key=True)
    at: dt.datetime = Field(sa_type=UTCDateTime, index=True)
    mission_uid: str = Field(default="", max_length=64)
    mission_name: str = Field(default="", max_length=NAME_MAX)
    kind: str = Field(max_length=20)  # new, net, status, crew, webcast
    detail: str = Field(default="", max_length=TEXT_MAX)
