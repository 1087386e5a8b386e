"""One vocabulary for launch sites and destinations (``tracker.places``)."""

from __future__ import annotations

import pytest

from tracker import places
from tracker.places import Place

KSC_39A = Place("KSC LC-39A", "Kennedy Space Center LC-39A, Florida")
BAIKONUR_31 = Place("Baikonur Site 31/6", "Baikonur Cosmodrome Site 31/6, Kazakhstan")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Launch Complex 39A, Kennedy Space Center, FL, USA", KSC_39A),  # Launch Library 2
        ("Kennedy Space Center LC-39A, Florida", KSC_39A),  # the default data
        ("KSC LC-39A", KSC_39A),  # the short form itself
        ("  kennedy space center   LC-39A, florida ", KSC_39A),
        ("31/6, Baikonur Cosmodrome, Republic of Kazakhstan", BAIKONUR_31),
        ("Baikonur Cosmodrome Site 31/6, Kazakhstan", BAIKONUR_31),
        (
            "Baikonur Cosmodrome Site 1/5, Kazakhstan",
            Place("Baikonur Site 1/5", "Baikonur Cosmodrome Site 1/5, Kazakhstan"),
        ),
        (
            "Space Launch Complex 40, Cape Canaveral SFS, FL, USA",
            Place("CCSFS SLC-40", "Cape Canaveral Space Force Station SLC-40, Florida"),
        ),
        (
            "Space Launch Complex 40, Cape Canaveral, FL, USA",  # API 2.2's older name
            Place("CCSFS SLC-40", "Cape Canaveral Space Force Station SLC-40, Florida"),
        ),
        (
            "Unknown Pad, Cape Canaveral SFS, FL, USA",
            Place("CCSFS", "Cape Canaveral Space Force Station, Florida"),
        ),
        ("Pad 1, Somewhere, Mars", Place("Pad 1, Somewhere, Mars", "Pad 1, Somewhere, Mars")),
        ("", Place("", "")),
    ],
)
def test_every_spelling_of_a_site_has_one_short_and_one_full_form(text: str, place: Place) -> None:
    assert places.site(text) == place
    assert places.site(place.short) == place == places.site(place.full)  # stable


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("ISS", Place("ISS", "International Space Station")),
        ("International Space Station", Place("ISS", "International Space Station")),
        ("international space station (ISS)", Place("ISS", "International Space Station")),
        ("Low Earth Orbit", Place("LEO", "Low Earth Orbit")),
        ("Earth orbit", Place("LEO", "Low Earth Orbit")),
        ("Earth orbit (free flight)", Place("LEO (free flight)", "Low Earth Orbit (free flight)")),
        ("Tiangong", Place("Tiangong", "Tiangong space station")),
        ("Mars (someday)", Place("Mars (someday)", "Mars (someday)")),
    ],
)
def test_every_spelling_of_a_destination_has_one_short_and_one_full_form(
    text: str, place: Place
) -> None:
    assert places.destination(text) == place
    assert places.destination(place.short) == place == places.destination(place.full)
