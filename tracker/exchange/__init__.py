"""File formats: Launch Library 2 JSON (``ll2``) and the app's own archive (``archive``).

Pure parsing and writing of plain data: no database session and no Qt here. Applying what
they read to the database is ``tracker.store.importer``'s job.
"""
