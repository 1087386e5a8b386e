"""The one object through which the window reads and changes data.

Widgets never save rows themselves and never see the repository or the database: they call
this service (usually from an undo command), which calls the store and then announces what
changed, so every view refreshes from the same signals. Another database (a restore) is
opened through the factory the composition root (``tracker.app``) injects.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from tracker.clock import Clock
from tracker.mission_columns import MissionColumns
from tracker.store import server_link
from tracker.store.opener import Opener
from tracker.store.quick_read import QuickReader
from tracker.store.records import CrewMember, MissionDetail, MissionRow, PersonRow
from tracker.vocabulary import NetPrecision

if TYPE_CHECKING:  # the repository (SQLAlchemy), catalog, importer, watcher: when first used
    from tracker.stats import Statistics
    from tracker.store.catalog import (
        AgencyRecord,
        Catalog,
        Kind,
        MissionEdit,
        PersonRecord,
        Snapshot,
        VehicleRecord,
    )
    from tracker.store.importing import ImportReport
    from tracker.store.listener import ChangeListener
    from tracker.store.profile_records import AgencyProfile, PersonProfile, VehicleProfile
    from tracker.store.records import ChangeRow
    from tracker.store.repository import Repository
    from tracker.store.watch import ChangeWatcher
    from tracker.sync.client import Endpoint
    from tracker.sync.ledger import Ledger
    from tracker.sync.run import SyncProgress, SyncResult
    from tracker.ui.images import ImageStore

RepositoryFactory = Callable[[str], "Repository"]  # the composition root's: reopens a database
Progress = Callable[[int, int], None]


class DataService(QObject):
    """Wraps the repository; emits ``missions_changed`` and ``mission_changed(id)``, and
    ``database_changed`` once another database took this one's place (``switch_to``). The
    repository opens when first needed; until then ``quick`` answers (``store.opener``)."""

    missions_changed = Signal()
    mission_changed = Signal(int)
    people_changed = Signal()
    database_changed = Signal()

    def __init__(
        self,
        open_repo: Callable[[], Repository],
        clock: Clock,
        reopen: RepositoryFactory,
        parent: QObject | None = None,
        *,
        quick: QuickReader | None = None,
    ) -> None:
        super().__init__(parent)
        self._opener = Opener(open_repo, quick)
        self.clock = clock
        self._reopen = reopen
        self._watcher: Any = None

    @property
    def opened(self) -> bool:
        """True once the repository is open (before, the first paint's reads are quick)."""
        return self._opener.quick is None

    def open(self) -> None:
        """Open the repository now: a worker's call after a quick start (0.5 s and more)."""
        self._opener.repo  # noqa: B018 - opening it is the point

    @property
    def _repo(self) -> Repository:
        return self._opener.repo

    # --- the database ---------------------------------------------------------------------

    @property
    def location(self) -> str:
        """Where the data lives, fit to show (a path, or a URL without its password)."""
        return self._opener.where().location

    @property
    def place(self) -> str:
        """``location`` made short for the status bar: "tracker.db", "crew on db.example:5432"."""
        path = self.file_path
        if path is not None:
            return path.name
        database, host = server_link.place(self._opener.where().url)
        return self.tr("{0} on {1}", "a database on a server").format(database, host)

    @property
    def read_only_reason(self) -> str | None:
        """Why this database may only be read (read-only media, a SELECT-only role), or None."""
        return self._opener.where().read_only

    @property
    def on_server(self) -> bool:
        """True on a server, which tells of every commit (LISTEN/NOTIFY); a file is polled."""
        return server_link.is_server(self._opener.where().url)

    def change_listener(self) -> ChangeListener:
        """A new LISTENing connection to the server (``on_server``); blocks while it connects
        (the first, before the first read). ``DatabaseUnavailable`` when it cannot."""
        from tracker.store.listener import ChangeListener

        where = self._opener.where()
        return ChangeListener(where.url, where.location, self._own_notices)

    def _own_notices(self) -> str:
        """The token of this window's own commits ("" before the repository opens: none)."""
        if not self.opened:
            return ""
        from tracker.store.notify import source_of  # SQLAlchemy: loaded once opened

        return source_of(self._repo.db.engine)

    def announce(self, missions: frozenset[int]) -> None:
        """Others changed these missions (the server said so): every view re-reads them."""
        for mission_id in sorted(missions):
            self.mission_changed.emit(mission_id)
        if missions:
            self.people_changed.emit()

    def open_repository(self, url: str) -> Repository:
        """Open (migrating, seeding an empty one) the database at ``url`` through the
        composition root's factory, without switching to it: callable from a worker thread,
        then ``switch_to`` on the GUI thread (or ``discard``)."""
        return self._reopen(url)

    @staticmethod
    def discard(repo: Repository) -> None:
        """Close a database opened by ``open_repository`` and not switched to."""
        repo.db.dispose()

    def switch_to(self, repo: Repository) -> None:
        """Show ``repo``'s database from now on; this one's connections are closed."""
        self._close_watcher()
        self._opener.replace(repo)
        self.database_changed.emit()
        self.reload()

    @staticmethod
    def test_connection(url: str) -> None:
        """Connect to the server at ``url`` and leave again, changing nothing (not even an
        empty database's schema). Raises ``UserError`` with one line saying why not."""
        from tracker.store.database import make_engine

        engine = make_engine(url)
        try:
            engine.connect().close()
        finally:
            engine.dispose()

    def daily_backup(self) -> None:
        """The once-a-day safety copy beside a database file (nothing on a server)."""
        from tracker.store.safety import daily_backup

        daily_backup(self._opener.where())

    @property
    def file_path(self) -> Path | None:
        """The SQLite file, or None for a server database (no file backups or restores)."""
        return self._opener.where().path

    def outside_changes(self) -> bool:
        """True once after another connection or process committed (cheap: poll it)."""
        if self._watcher is None:
            from tracker.store.watch import ChangeWatcher

            self._watcher = ChangeWatcher(self._opener.where())
        return bool(self._watcher.changed())

    def _close_watcher(self) -> None:
        if self._watcher is not None:
            self._watcher.close()
            self._watcher = None

    def back_up(self, target: Path) -> Path:
        """A consistent copy of the database at ``target`` (SQLite's online backup)."""
        from tracker.store.database import backup_to

        return backup_to(self._repo.db, target)

    def back_up_beside(self, tag: str) -> Path:
        """A backup beside the database named for why it was made (``before-import``), kept
        in that kind's rotation, so it is also offered by File ▸ Restore."""
        from tracker.store.database import backup_beside

        return backup_beside(self._repo.db, tag)

    def change_watcher(self) -> ChangeWatcher:
        """A watcher whose ``changed()`` says whether anyone committed since it was made (an
        import's undo checks that nothing else changed). Close it when done."""
        from tracker.store.watch import ChangeWatcher

        return ChangeWatcher(self._repo.db)

    def restore(self, backup: Path) -> Path | None:
        """Put ``backup`` in place of the database and reopen it; returns the safety copy of
        what it replaced (None when nothing was there). Refused restores change nothing."""
        from tracker.store import safety

        db = self._repo.db
        assert db.path is not None, "restore needs a database file"
        self._close_watcher()
        db.dispose()
        saved = safety.restore(db.path, backup)
        self._opener.replace(self._reopen(db.url))
        self.reload()
        return saved

    def close(self) -> None:
        """Release the database's connections (the window is closing)."""
        self._close_watcher()
        self._opener.close()

    def import_file(
        self,
        path: Path,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> ImportReport:
        """Import an LL2 or archive file in one transaction (callable from a worker thread;
        the caller announces the change with ``reload()`` on the GUI thread)."""
        from tracker.store.importing import import_file

        return import_file(self._repo.db, path, self.clock, progress=progress, cancelled=cancelled)

    def export_archive(self, path: Path) -> int:
        from tracker.store.export import export_archive

        return export_archive(self._repo.db, path)

    def write_calendar(self, path: Path) -> int:
        """One event per upcoming launch; returns how many were written."""
        from tracker.exchange.files import write_atomic
        from tracker.exchange.ics import calendar_bytes  # icalendar: when used
        from tracker.store.safety import database_files

        missions = self._repo.upcoming()
        data = calendar_bytes(missions, self.clock())
        write_atomic(path, data, protect=database_files(self._repo.db.path))
        return len(missions)

    # --- reads ----------------------------------------------------------------------------

    def missions(self) -> list[MissionRow]:
        return self._opener.read(lambda r: r.missions())

    def mission_columns(self) -> MissionColumns:
        return self._repo.mission_columns()

    def mission_count(self) -> int:
        return self._opener.read(lambda r: r.mission_count())

    def first_page(self, now: dt.datetime, recent: int) -> list[MissionRow]:
        return self._opener.read(lambda r: r.first_page(now, recent))

    def mission_row(self, mission_id: int) -> MissionRow:
        return self._repo.mission_row(mission_id)

    def upcoming(self) -> list[MissionDetail]:
        return self._repo.upcoming()

    def mission(self, mission_id: int) -> MissionDetail:
        return self._opener.read(lambda r: r.mission(mission_id))

    def people(self) -> list[PersonRow]:
        return self._repo.people()

    def data_as_of(self) -> dt.datetime | None:
        """When the data was last current (the default data: its source's moment)."""
        return self._opener.read(lambda r: r.data_as_of())

    def changes(self, limit: int | None = None) -> list[ChangeRow]:
        """What the syncs changed, newest first (the Changes panel)."""
        from tracker.store import dataset

        return dataset.changes_since(self._repo.db, limit=limit)

    def sync(
        self,
        endpoint: Endpoint,
        ledger: Ledger,
        progress: SyncProgress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> SyncResult:
        """One sync with Launch Library 2 (callable from a worker thread; the caller
        announces the change with ``reload()`` on the GUI thread). Raises ``SyncFailed``."""
        from tracker.sync.run import run_sync

        return run_sync(self._repo.db, endpoint, ledger, progress=progress, cancelled=cancelled)

    def now(self) -> dt.datetime:
        return self.clock()

    # --- crew commands (each one transaction; errors propagate to the caller) ------------

    def _changed(self, mission_id: int) -> None:
        self.mission_changed.emit(mission_id)
        self.people_changed.emit()

    def add_crew(
        self,
        mission_id: int,
        person_id: int,
        role: str,
        seat: int | None = None,
        *,
        expected_version: int | None = None,
        confirm: bool = False,
    ) -> CrewMember:
        member = self._repo.add_crew(
            mission_id, person_id, role, seat, expected_version=expected_version, confirm=confirm
        )
        self._changed(mission_id)
        return member

    def remove_crew(
        self,
        mission_id: int,
        person_id: int,
        *,
        expected_version: int | None = None,
        confirm: bool = False,
    ) -> CrewMember:
        member = self._repo.remove_crew(
            mission_id, person_id, expected_version=expected_version, confirm=confirm
        )
        self._changed(mission_id)
        return member

    def set_crew_role(
        self, mission_id: int, person_id: int, role: str, *, confirm: bool = False
    ) -> str:
        old = self._repo.set_crew_role(mission_id, person_id, role, confirm=confirm)
        self._changed(mission_id)
        return old

    def move_crew(
        self, mission_id: int, person_id: int, seat: int, *, confirm: bool = False
    ) -> int:
        old = self._repo.move_crew(mission_id, person_id, seat, confirm=confirm)
        self._changed(mission_id)
        return old

    # --- records: agencies, vehicles, people, missions (tracker.store.catalog) -------------

    @property
    def _catalog(self) -> Catalog:
        from tracker.store.catalog import Catalog

        return Catalog(self._repo)  # stateless: the repository is its only state

    def agency(self, agency_id: int) -> AgencyRecord:
        return self._catalog.agency(agency_id)

    def vehicle(self, vehicle_id: int) -> VehicleRecord:
        return self._catalog.vehicle(vehicle_id)

    def person(self, person_id: int) -> PersonRecord:
        return self._catalog.person(person_id)

    def agencies(self) -> list[AgencyRecord]:
        return self._catalog.agencies()

    def vehicles(self) -> list[VehicleRecord]:
        return self._catalog.vehicles()

    def person_records(self) -> list[PersonRecord]:
        return self._catalog.people()

    def create_record(self, kind: Kind, /, **values: Any) -> int:
        record_id = self._catalog.create(kind, **values)
        self.reload()
        return record_id

    def update_record(self, kind: Kind, record_id: int, /, **values: Any) -> dict[str, Any]:
        """Agencies, vehicles, people (missions: ``update_mission``); names show everywhere."""
        assert kind != "mission"
        old = self._catalog.update(kind, record_id, **values)
        self.reload()
        return old

    def update_mission(
        self,
        mission_id: int,
        expected_version: int | None = None,
        *,
        confirm: bool = False,
        reason: str = "",
        **values: Any,
    ) -> MissionEdit:
        edit = self._catalog.update_mission(
            mission_id, expected_version, confirm=confirm, reason=reason, **values
        )
        self.mission_changed.emit(mission_id)
        return edit

    def revert_mission(self, edit: MissionEdit) -> None:
        self._catalog.revert_mission(edit)
        self.mission_changed.emit(edit.mission_id)

    def delete_record(self, kind: Kind, record_id: int, *, force: bool = False) -> Snapshot:
        snapshot = self._catalog.delete(kind, record_id, force=force)
        self.reload()
        return snapshot

    def restore_record(self, snapshot: Snapshot) -> None:
        self._catalog.restore(snapshot)
        self.reload()

    def reschedule(
        self,
        mission_id: int,
        net: dt.datetime,
        precision: NetPrecision,
        reason: str,
        *,
        expected_version: int | None = None,
        confirm: bool = False,
    ) -> int:
        change = self._repo.reschedule(
            mission_id,
            net,
            precision,
            reason,
            expected_version=expected_version,
            confirm=confirm,
        )
        self.mission_changed.emit(mission_id)
        return change

    def undo_reschedule(self, mission_id: int, change_id: int) -> None:
        self._repo.undo_reschedule(change_id)
        self.mission_changed.emit(mission_id)

    def reload(self) -> None:
        """Everything may have changed (an import, another process): refresh all views."""
        self.missions_changed.emit()
        self.people_changed.emit()

    @cached_property
    def images(self) -> ImageStore:
        """Patches, pictures and portraits by address, one store for every view (made when
        first shown); it fetches only once the window says it is online."""
        from tracker.ui.images import ImageStore

        return ImageStore(parent=self)

    # --- pages: a person, a vehicle, an agency, by id or name (tracker.store.profiles) -----

    def person_profile(self, key: int | str) -> PersonProfile:
        from tracker.store import profiles

        return profiles.person(self._repo.uow, key)

    def vehicle_profile(self, key: int | str) -> VehicleProfile:
        from tracker.store import profiles

        return profiles.vehicle(self._repo.uow, key)

    def agency_profile(self, key: int | str) -> AgencyProfile:
        from tracker.store import profiles

        return profiles.agency(self._repo.uow, key)

    # --- statistics (tracker.store.statistics) and the files exported from them ----------

    def statistics(self) -> Statistics:
        """Every chart's numbers at the clock's moment, in one read (callable from a worker
        thread: at 100,000 missions it takes a few hundred milliseconds)."""
        from tracker.store.statistics import read

        return read(self._repo.db, self.clock())

    def write_file(self, path: Path, data: bytes) -> Path:
        """Write an export (a chart's PNG or SVG) whole or not at all, never onto the
        database, its side files or its backups; returns the path written."""
        from tracker.exchange.files import write_atomic
        from tracker.store.safety import database_files

        return write_atomic(path, data, protect=database_files(self._repo.db.path))
