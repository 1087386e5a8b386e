"""File formats: Launch Library 2 JSON (``ll2``, its records in ``ll2_data``), the app's own
archive (``archive``, ``archive_data``) and iCalendar (``ics``). ``fields`` is the one typed
reader of JSON records, ``inputs`` reads every input file (bounded), ``files`` writes every
output file (atomically, never over the database).

Pure parsing and writing of plain data: no database session and no Qt here. Applying what
they read to the database is ``tracker.store.importing``'s job.
"""
