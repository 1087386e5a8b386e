"""Stable identities that travel between databases.

Every record carries a ``uid``: Launch Library 2's own id where the record came from it (a
launch's UUID), else a UUID made when the record is created. Archives, calendars and imports
match on it, never on a name. The default data's records get name-derived UUIDs, so the
default data has the same identities in every database (an archive of it imported into a
fresh database matches instead of duplicating).
"""

from __future__ import annotations

import uuid

# A fixed namespace for the name-derived identities of the default data.
_DEFAULT_DATA = uuid.UUID("6f0d1f64-2b8e-4c1a-9a55-3d4c2f1e7b90")


def new_uid() -> str:
    """A fresh identity for a record made here (by hand or from a file without ids)."""
    return str(uuid.uuid4())


def default_uid(kind: str, name: str) -> str:
    """The identity of a default-data record: the same in every database."""
    return str(uuid.uuid5(_DEFAULT_DATA, f"{kind}:{name}"))


def legacy_uid(kind: str, name: str, ll2_id: str | None = None) -> str:
    """The identity of a record written before identities existed (a version 1 archive):
    a launch's LL2 id, else derived from the name, as migration 0004 gave every record then."""
    return ll2_id if ll2_id else default_uid(kind, name)
