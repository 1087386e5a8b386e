"""A sync's page applied to a database: the part of ``tracker sync`` that grows with the data.

    python -m benchmarks.sync DB PAGE.json [--before EARLIER.json]

Applies PAGE (a Launch Library 2 page, as ``tracker.sync.run`` stores it: ``import_data``
with the changes recorded and the data's age set, in one transaction) to DB and prints one
JSON line with the seconds it took. ``--before`` first applies an earlier page, untimed: the
sync before, so that both a big and a small database hold the page's launches already and
the timed one updates them. The fetch (HTTP) is left out: it does not depend on the data.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from pathlib import Path

from benchmarks.generate import REFERENCE


def apply(db_url: str, page: dict[str, object]) -> float:
    """Seconds to store ``page`` as a sync does (matching included)."""
    from tracker.store import dataset
    from tracker.store.database import open_database
    from tracker.store.importing import import_data

    db = open_database(db_url)
    try:
        facts = {dataset.DATA_AS_OF: REFERENCE.isoformat()}
        t0 = time.perf_counter()
        import_data(db, page, lambda: REFERENCE, name="sync", record_changes=True, facts=facts)
        return time.perf_counter() - t0
    finally:
        db.dispose()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("page", type=Path)
    parser.add_argument("--before", type=Path, default=None)
    args = parser.parse_args(argv)
    url = f"sqlite:///{args.db}"
    if args.before is not None:
        apply(url, json.loads(args.before.read_text()))
    seconds = apply(url, json.loads(args.page.read_text()))
    print(json.dumps({"seconds": seconds, "at": dt.datetime.now(dt.UTC).isoformat()}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
