"""Moved: imports are ``tracker.store.importing``, the archive export ``tracker.store.export``."""

# transitional: removed once callers use tracker.store.importing
from tracker.store.export import build_archive, export_archive
from tracker.store.importing import Counts, ImportReport, import_data, import_file
from tracker.store.importing.ll2_apply import LL2_REASON

__all__ = ["LL2_REASON", "Counts", "ImportReport", "build_archive", "export_archive"]
__all__ += ["import_data", "import_file"]
