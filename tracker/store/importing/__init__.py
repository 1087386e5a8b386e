"""Imports into the database: Launch Library 2 files and Mission Tracker archives.

``report`` (what an import did), ``merge`` (the pure three-way merge that protects hand
edits), ``matching`` (how a file's record finds its row), ``ll2_refs`` (the agencies,
vehicles and people a Launch Library 2 file names), ``ll2_apply`` (its launches), ``links``
(their links), ``archive_apply`` (an archive), ``changes`` (what an import changed, for the
sync's Changes list), ``run`` (the entry points and the one transaction). The archive export
is ``tracker.store.export``.
"""

from tracker.store.importing.report import Counts, ImportReport
from tracker.store.importing.run import import_data, import_file

__all__ = ["Counts", "ImportReport", "import_data", "import_file"]
