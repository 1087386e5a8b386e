"""Why a sync did not bring data: it failed, or it must wait.

Neither is a ``UserError``: the user has nothing to fix. A failure is one line fit to show as
it is (no address with credentials, never the API key); waiting is not a failure at all.
"""

from __future__ import annotations

import datetime as dt


class SyncFailed(Exception):
    """The sync could not finish; nothing was changed. ``offline``: the server could not be
    reached at all (no route, DNS, refused, TLS, timed out), as opposed to a server error or
    a page that cannot be read."""

    def __init__(self, message: str, *, offline: bool = False) -> None:
        super().__init__(message)
        self.offline = offline


class MustWait(Exception):
    """Nothing may be sent before ``until``: the hour's budget is spent (``throttled`` False)
    or Launch Library 2 answered 429 (``throttled`` True)."""

    def __init__(self, until: dt.datetime, *, throttled: bool) -> None:
        self.until, self.throttled = until, throttled
        why = "rate limited" if throttled else "request budget spent"
        super().__init__(f"{why}; next request allowed at {until.isoformat()}")
