"""Imports into the database: Launch Library 2 files and Mission Tracker archives.

``report`` (what an import did), ``merge`` (the pure three-way merge that protects hand
edits), ``matching`` (how a file's record finds its row), ``ll2_refs`` (the agencies,
vehicles and people a Launch Library 2 file names), ``ll2_apply`` (its launches), ``links``
(their links), ``archive_apply`` (an archive), ``changes`` (what an import changed, for the
sync's Changes list), ``bulk`` (rows written in bulk), ``indexes`` (a big import's plain
indexes built after its rows), ``run`` (the entry points and the one
transaction). The archive export is ``tracker.store.export``.

The window imports this package at start (the sync names its report types) but imports
nothing until the user does: ``import_data`` and ``import_file`` load ``run`` (and the file
formats' readers, some 40 ms of imports) on their first call.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from tracker.store.importing.report import Counts, ImportReport

if TYPE_CHECKING:
    from tracker.store.importing.run import import_data, import_file
else:

    def import_data(*args: Any, **kwargs: Any) -> ImportReport:
        from tracker.store.importing.run import import_data

        return import_data(*args, **kwargs)

    def import_file(*args: Any, **kwargs: Any) -> ImportReport:
        from tracker.store.importing.run import import_file

        return import_file(*args, **kwargs)


__all__ = ["Counts", "ImportReport", "import_data", "import_file"]
