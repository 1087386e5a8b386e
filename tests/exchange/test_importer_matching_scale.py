"""A sync's page is matched against the missions it names, not the whole catalogue: an
import reads the rows of the LL2 ids it carries (and the few missions no import has linked
yet), however many missions the database holds."""

from __future__ import annotations

import collections
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import sqlalchemy as sa

from benchmarks.generate import ll2_launch, universe
from tracker.store.database import Database
from tracker.store.importing import import_data
from tracker.store.models import Mission, Person

from .helpers import clock

WORLD = universe(1500)


def page(launches: list[Any]) -> dict[str, Any]:
    return {"count": len(launches), "results": [ll2_launch(WORLD, x) for x in launches]}


@contextmanager
def rows_read() -> Iterator[collections.Counter[str]]:
    """How many rows of each kind the ORM builds meanwhile."""
    seen: collections.Counter[str] = collections.Counter()

    def missions(*_: Any) -> None:
        seen["mission"] += 1

    def people(*_: Any) -> None:
        seen["person"] += 1

    sa.event.listen(Mission, "load", missions)
    sa.event.listen(Person, "load", people)
    try:
        yield seen
    finally:
        sa.event.remove(Mission, "load", missions)
        sa.event.remove(Person, "load", people)


def test_a_page_reads_only_the_missions_it_names(db: Database) -> None:
    import_data(db, page(WORLD.launches), clock)  # 1,500 launches, 150 people
    crewed = [x for x in WORLD.launches if x.crew][:5]
    again = page([*crewed, *WORLD.launches[-20:]])
    with rows_read() as seen:
        report = import_data(db, again, clock, record_changes=True)
    assert report.missions.unchanged == len(again["results"])
    unlinked = 10  # the default data's missions, found by name (at most all of them)
    assert seen["mission"] <= len(again["results"]) + unlinked
    members = sum(len(x.crew) for x in crewed)
    assert 0 < seen["person"] <= members + 30  # the crews named, the default data's people


def test_a_launch_added_takes_its_id_unless_a_mission_holds_it(db: Database) -> None:
    first, second = WORLD.launches[0], WORLD.launches[1]
    import_data(db, page([first]), clock)
    with db.engine.begin() as conn:  # an identity that travelled: held by another mission
        conn.execute(
            sa.update(Mission).where(Mission.ll2_id == first.ll2_id).values(uid=second.ll2_id)
        )
    import_data(db, page([second]), clock)
    with db.engine.connect() as conn:
        uids = dict(conn.execute(sa.select(Mission.ll2_id, Mission.uid)).all())
    assert uids[first.ll2_id] == second.ll2_id
    assert uids[second.ll2_id] not in (first.ll2_id, second.ll2_id)  # a new one
