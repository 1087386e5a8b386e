"""The fact of when the data was last current (``dataset_info``), and how an instant reads.

Apart from ``dataset`` (which needs SQLModel) because the window's first paint reads when the
data was last current before SQLAlchemy is imported (``quick_read``).
"""

from __future__ import annotations

import datetime as dt

DATA_AS_OF = "data_as_of"


def instant(value: str | None) -> dt.datetime | None:
    """A fact holding an instant, read as an aware UTC time (``None`` when absent or not one)."""
    if not value:
        return None
    try:
        when = dt.datetime.fromisoformat(value)
    except ValueError:
        return None
    return when.replace(tzinfo=dt.UTC) if when.tzinfo is None else when.astimezone(dt.UTC)
