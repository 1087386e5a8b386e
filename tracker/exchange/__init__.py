"""File formats: Launch Library 2 JSON (``ll2``), the app's own archive (``archive``) and
iCalendar (``ics``); ``files`` reads every input and writes every output.

Pure parsing and writing of plain data: no database session and no Qt here. Applying what
they read to the database is ``tracker.store.importing``'s job.
"""
