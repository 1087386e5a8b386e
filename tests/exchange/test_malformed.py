"""Hypothesis: mutated real Launch Library 2 files never half-import or crash.

Each generated input either imports (it is still valid) or is refused with a ``UserError``,
and then the database is byte-for-byte what it was. Any other exception fails the test.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.helpers import content
from tracker.errors import UserError
from tracker.store.database import open_database
from tracker.store.export import export_archive
from tracker.store.importing import import_data, import_file

from .helpers import FIXTURES, LL2_DIR, clock

SOURCES = sorted(LL2_DIR.glob("*.json")) if LL2_DIR.is_dir() else []
SOURCES += sorted(FIXTURES.glob("*.json"))
DOCS = [json.loads(p.read_text()) for p in SOURCES]
TRIED = {"mutated": 0, "archive": 0, "refused": 0, "imported": 0, "text": 0}

any_text = st.text(st.characters(exclude_categories=()), max_size=300)  # lone surrogates too
json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**70), 2**70) | st.floats() | any_text,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=6,
)


def paths(value: Any, prefix: tuple[Any, ...] = (), depth: int = 0) -> list[tuple[Any, ...]]:
    found = [prefix] if prefix else []
    if depth > 7:
        return found
    if isinstance(value, dict):
        for k, v in value.items():
            found += paths(v, (*prefix, k), depth + 1)
    elif isinstance(value, list):
        for i, v in enumerate(value[:3]):
            found += paths(v, (*prefix, i), depth + 1)
    return found


PATHS = [paths(doc) for doc in DOCS]


@st.composite
def mutated(draw: st.DrawFn, docs: list[Any] = DOCS, all_paths: list[Any] = PATHS) -> Any:
    index = draw(st.integers(0, len(docs) - 1))
    doc = copy.deepcopy(docs[index])
    for _ in range(draw(st.integers(1, 3))):
        path = draw(st.sampled_from(all_paths[index]))
        parent = doc
        try:
            for key in path[:-1]:
                parent = parent[key]
            if draw(st.booleans()) and isinstance(parent, dict):
                parent.pop(path[-1], None)
            else:
                parent[path[-1]] = draw(json_values)
        except (KeyError, IndexError, TypeError):
            continue  # an earlier mutation changed the shape here
    return doc


def check(db: Any, action: Any) -> None:
    before = content(db)
    try:
        action()
    except UserError as exc:
        assert str(exc)
        assert content(db) == before, f"refused ({exc}) but the database changed"
        TRIED["refused"] += 1
    else:
        TRIED["imported"] += 1


def test_mutated_samples_import_whole_or_not_at_all(tmp_path: Path) -> None:
    db = open_database(f"sqlite:///{tmp_path / 'fuzz.db'}")

    @settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
    @given(mutated())
    def run(doc: Any) -> None:
        TRIED["mutated"] += 1
        check(db, lambda: import_data(db, doc, clock, name="mutated.json"))

    run()
    db.dispose()
    print(f"\nmalformed-input test: {TRIED}")
    assert TRIED["mutated"] >= 100 and TRIED["refused"] > 0


def test_damaged_text_is_refused_and_changes_nothing(tmp_path: Path) -> None:
    db = open_database(f"sqlite:///{tmp_path / 'fuzz.db'}")
    texts = [p.read_text() for p in SOURCES]
    target = tmp_path / "damaged.json"

    @settings(max_examples=100, deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.integers(0, len(texts) - 1), st.integers(1, 400_000), st.text(max_size=5))
    def run(index: int, cut: int, junk: str) -> None:
        text = texts[index]
        target.write_text(text[: cut % len(text)] + junk, encoding="utf-8")
        TRIED["text"] += 1
        check(db, lambda: import_file(db, target, clock))

    run()
    db.dispose()
    assert TRIED["text"] >= 50


def test_mutated_archives_import_whole_or_not_at_all(tmp_path: Path) -> None:
    source = open_database(f"sqlite:///{tmp_path / 'source.db'}")
    export_archive(source, tmp_path / "a.json")
    source.dispose()
    doc = json.loads((tmp_path / "a.json").read_text())
    db = open_database(f"sqlite:///{tmp_path / 'fuzz.db'}", seed=False)

    @settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
    @given(mutated([doc], [paths(doc)]))
    def run(mutant: Any) -> None:
        TRIED["archive"] += 1
        check(db, lambda: import_data(db, mutant, clock, name="archive.json"))

    run()
    db.dispose()
    print(f"\nmalformed-input test: {TRIED}")
    assert TRIED["archive"] >= 100
