"""A refusal or a note names the part of the record it is about, spelled out only when
needed (``Fields.child``, ``Fields.entry``): the words are the same as when every part's
name was written as it was read."""

from __future__ import annotations

import copy
import datetime as dt
from typing import Any

import pytest

from tracker.errors import ValidationError
from tracker.exchange import ll2

LAUNCH: dict[str, Any] = {
    "id": "f2b6d1a0",
    "name": "Falcon 9 | Crew-13",
    "net": "2026-08-01T10:00:00Z",
    "status": {"abbrev": "Go", "name": "Go for Launch"},
    "pad": {"name": "LC-39A", "location": {"name": "Kennedy Space Center, FL, USA"}},
    "mission": {"name": "Crew-13", "orbit": {"name": "Low Earth Orbit"}},
    "launch_service_provider": {"id": 121, "name": "SpaceX", "abbrev": "SpX"},
    "rocket": {
        "configuration": {"id": 164, "name": "Falcon 9", "image": {"image_url": None}},
        "spacecraft_stage": [
            {
                "destination": "International Space Station",
                "spacecraft": {
                    "name": "Crew Dragon Grace",
                    "spacecraft_config": {"id": 1, "name": "Crew Dragon 2"},
                },
                "launch_crew": [
                    {
                        "role": {"role": "Commander"},
                        "astronaut": {"id": 7, "name": "A. Astronaut", "agency": {"name": "NASA"}},
                    }
                ],
            }
        ],
    },
    "vid_urls": [{"url": "https://example.org/live", "priority": 1}],
    "mission_patches": [{"image_url": "https://example.org/patch.png", "priority": 1}],
}
RECORD = 'launch "Falcon 9 | Crew-13" (results[0])'
STAGE = f'{RECORD}, field "rocket", spacecraft_stage[0]'
CREW = f"{STAGE}, launch_crew[0]"


def read(path: tuple[Any, ...], value: Any) -> ll2.Batch:
    data = copy.deepcopy(LAUNCH)
    target: Any = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return ll2.parse({"results": [data]})


def test_the_record_reads_as_it_stands() -> None:
    batch = read(("id",), "f2b6d1a0")
    assert len(batch.launches) == 1 and not batch.skipped and not batch.refused


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        (
            ("rocket", "spacecraft_stage", 0, "launch_crew", 0, "astronaut"),
            5,
            f'{CREW}, field "astronaut": expected an object, found the number 5',
        ),
        (
            ("rocket", "spacecraft_stage", 0, "launch_crew", 0, "astronaut", "agency", "name"),
            7,
            f'{CREW}, field "astronaut", field "agency", field "name": expected text, '
            "found the number 7",
        ),
        (
            ("rocket", "spacecraft_stage", 0, "launch_crew", 0),
            "x",
            f"{CREW}: expected a JSON object, found text",
        ),
        (
            ("rocket", "spacecraft_stage", 0, "launch_crew", 0, "role", "role"),
            None,
            f'{CREW}, field "role", field "role": missing',
        ),
        (("rocket", "spacecraft_stage", 0), [], f"{STAGE}: expected a JSON object, found a list"),
        (
            ("rocket", "spacecraft_stage", 0, "spacecraft", "spacecraft_config", "name"),
            "",
            f'{STAGE}, field "spacecraft", field "spacecraft_config", field "name": empty',
        ),
        (
            ("pad", "location", "name"),
            True,
            f'{RECORD}, field "pad", field "location", field "name": expected text, '
            "found true/false",
        ),
        (
            ("mission", "name"),
            "Crew\ud800",
            f'{RECORD}, field "mission", field "name": contains characters that are not '
            "valid Unicode",
        ),
        (
            ("id",),
            "f2b6\ud800",
            f'{RECORD}, field "id": contains characters that are not valid Unicode',
        ),
        (
            ("launch_service_provider",),
            5,
            f'{RECORD}, field "launch_service_provider": expected an object, found the number 5',
        ),
        (
            ("rocket", "configuration"),
            [1],
            f'{RECORD}, field "rocket", field "configuration": expected an object, found a list',
        ),
        (("window_end",), "soon", f"{RECORD}, field \"window_end\": not a date and time: 'soon'"),
        (("vid_urls", 0), 3, f"{RECORD}, vid_urls[0]: expected a JSON object, found the number 3"),
        (
            ("vid_urls", 0, "priority"),
            "first",
            f'{RECORD}, vid_urls[0], field "priority": expected a whole number, found text',
        ),
        (
            ("mission_patches", 0, "priority"),
            1.5,
            f'{RECORD}, mission_patches[0], field "priority": expected a whole number, '
            "found the number 1.5",
        ),
    ],
)
def test_a_part_that_is_not_what_it_should_be_is_named_in_full(
    path: tuple[Any, ...], value: Any, message: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        read(path, value)
    assert str(refused.value) == message


@pytest.mark.parametrize(
    ("path", "value", "reason"),
    [
        (
            ("pad", "location", "name"),
            "Cape\u202eCanaveral",
            f'{RECORD}, field "pad", field "location", field "name": contains U+202E '
            "(RIGHT-TO-LEFT OVERRIDE), which is not plain text; skipped",
        ),
        (
            ("window_start",),
            "2026-08-01T10:00:00Z\u202e",
            f'{RECORD}, field "window_start": contains U+202E (RIGHT-TO-LEFT OVERRIDE), which '
            "is not plain text; skipped",
        ),
        (
            ("rocket", "spacecraft_stage", 0, "launch_crew", 0, "astronaut", "name"),
            "A.\x07Astronaut",
            f'{CREW}, field "astronaut", field "name": contains U+0007 (a control character), '
            "which is not plain text; skipped",
        ),
    ],
)
def test_a_part_breaking_a_rule_refuses_the_record_naming_the_part(
    path: tuple[Any, ...], value: Any, reason: str
) -> None:
    batch = read(path, value)
    assert not batch.launches
    assert [r.reason for r in batch.refused] == [reason]


@pytest.mark.parametrize(
    ("path", "value", "note"),
    [
        (
            ("vid_urls", 0, "url"),
            "javascript:alert(1)",
            f'{RECORD}, vid_urls[0], field "url": ',
        ),
        (
            ("mission_patches", 0, "image_url"),
            "file:///etc/passwd",
            f'{RECORD}, mission_patches[0], field "image_url": ',
        ),
        (
            ("rocket", "configuration", "image", "image_url"),
            5,
            f'{RECORD}, field "rocket", field "configuration", field "image", '
            'field "image_url": expected an address, found the number 5; left out',
        ),
    ],
)
def test_a_part_left_out_is_noted_by_its_full_name(
    path: tuple[Any, ...], value: Any, note: str
) -> None:
    batch = read(path, value)
    assert len(batch.launches) == 1
    assert len(batch.skipped) == 1 and batch.skipped[0].startswith(note)


def test_a_window_written_as_the_net_reads_as_the_net() -> None:
    """A window opening at the NET, in the NET's own words and zone, is the NET's instant;
    its end, written otherwise, is read on its own."""
    data = copy.deepcopy(LAUNCH)
    data["net"] = data["window_start"] = "2026-08-01T12:00:00+02:00"
    data["window_end"] = "2026-08-01T10:30:00Z"
    (x,) = ll2.parse({"results": [data]}).launches
    assert x.net == x.window_start == dt.datetime(2026, 8, 1, 10, tzinfo=dt.UTC)
    assert x.window_start is not None and x.window_start.tzinfo is dt.UTC
    assert x.window_end == dt.datetime(2026, 8, 1, 10, 30, tzinfo=dt.UTC)


def test_a_provider_read_once_is_refused_where_it_is_not_an_object() -> None:
    """A provider met again is taken as read; one that is not an object, even after the
    same provider was read, is refused in the same words."""
    first = copy.deepcopy(LAUNCH)
    second = copy.deepcopy(LAUNCH)
    second["id"], second["launch_service_provider"] = "f2b6d1a1", ["SpaceX"]
    with pytest.raises(ValidationError) as refused:
        ll2.parse({"results": [first, second]})
    assert str(refused.value) == (
        'launch "Falcon 9 | Crew-13" (results[1]), field "launch_service_provider": '
        "expected an object, found a list"
    )
