"""Launch Library 2 over HTTP, within its budget; no Qt, so the window and ``tracker sync``
share every line of it.

``client`` (the one HTTP client: timeouts, User-Agent, gzip, errors in one line),
``ledger`` (every request across runs and processes; the hour's budget and a 429's block),
``cadence`` (pure: when to sync next), ``run`` (one sync: every page, then one import
transaction), ``status`` (the one-line state the window and the command line show),
``errors`` (``SyncFailed``, ``MustWait``).
"""
