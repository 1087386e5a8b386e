"""One vocabulary for launch sites and destinations: a short form to list, a full one to read.

Launch Library 2 writes a site as "Launch Complex 39A, Kennedy Space Center, FL, USA", the
default data as "Kennedy Space Center LC-39A, Florida"; a destination as "International Space
Station" or "ISS". Every writer (the default data, the record editors, both importers) stores
the short form (``site(text).short``, ``destination(text).short``), so a database never holds
two spellings of one place, and the detail view shows the full form. Text this table does not
know is kept as it is. Standard library only.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Place:
    short: str  # stored and listed: "KSC LC-39A", "ISS"
    full: str  # shown in the detail: "Kennedy Space Center LC-39A, Florida"


@dataclass(frozen=True, slots=True)
class _Spaceport:
    short: str
    full: str
    region: str
    spellings: tuple[str, ...]  # how Launch Library 2 (and others) name the place itself


_SPACEPORTS = (
    _Spaceport(
        "KSC",
        "Kennedy Space Center",
        "Florida",
        ("Kennedy Space Center, FL, USA", "Kennedy Space Center, FL"),
    ),
    _Spaceport(
        "CCSFS",
        "Cape Canaveral Space Force Station",
        "Florida",
        (
            "Cape Canaveral SFS, FL, USA",
            "Cape Canaveral, FL, USA",
            "Cape Canaveral AFS, FL, USA",
            "Cape Canaveral Air Force Station",
        ),
    ),
    _Spaceport(
        "VSFB",
        "Vandenberg Space Force Base",
        "California",
        ("Vandenberg SFB, CA, USA", "Vandenberg AFB, CA, USA"),
    ),
    _Spaceport("Starbase", "SpaceX Starbase", "Texas", ("SpaceX Starbase, TX, USA",)),
    _Spaceport(
        "Baikonur",
        "Baikonur Cosmodrome",
        "Kazakhstan",
        ("Baikonur Cosmodrome, Republic of Kazakhstan",),
    ),
    _Spaceport(
        "Vostochny",
        "Vostochny Cosmodrome",
        "Russia",
        ("Vostochny Cosmodrome, Siberia, Russian Federation",),
    ),
    _Spaceport(
        "Jiuquan",
        "Jiuquan Satellite Launch Center",
        "China",
        ("Jiuquan, People's Republic of China",),
    ),
    _Spaceport(
        "Wenchang",
        "Wenchang Space Launch Site",
        "China",
        ("Wenchang Space Launch Site, People's Republic of China",),
    ),
)

# short, full, other spellings
_DESTINATIONS = (
    ("ISS", "International Space Station", ("International Space Station (ISS)",)),
    ("Tiangong", "Tiangong space station", ("Chinese Space Station", "CSS")),
    ("LEO", "Low Earth Orbit", ("Earth orbit", "Low Earth orbit")),
    ("SSO", "Sun-Synchronous Orbit", ()),
    ("GTO", "Geostationary Transfer Orbit", ()),
    ("Lunar orbit", "Lunar Orbit", ()),
)

_PADS = (  # a pad's long name -> its short one
    (re.compile(r"^space launch complex[ -]+(\S+)$", re.IGNORECASE), "SLC-{}"),
    (re.compile(r"^launch complex[ -]+(\S+)$", re.IGNORECASE), "LC-{}"),
    (re.compile(r"^(\d+/\d+)$"), "Site {}"),  # Baikonur's "31/6"
    (re.compile(r"^unknown pad$", re.IGNORECASE), ""),
)
_QUALIFIED = re.compile(r"^(.*\S)\s*\(([^()]+)\)$")  # "Earth orbit (free flight)"


def _same(a: str, b: str) -> bool:
    return a.casefold() == b.casefold()


def _tidy(text: str) -> str:
    return " ".join(text.split())


def _pad(text: str) -> str:
    for pattern, short in _PADS:
        match = pattern.match(text)
        if match:
            return short.format(*match.groups())
    return text


def _site_place(port: _Spaceport, pad: str) -> Place:
    pad = _pad(pad.strip(" ,"))
    if not pad:
        return Place(port.short, f"{port.full}, {port.region}")
    return Place(f"{port.short} {pad}", f"{port.full} {pad}, {port.region}")


def _split_site(text: str) -> tuple[_Spaceport, str] | None:
    """The spaceport and pad of a (tidied) site in any of the forms this module knows."""
    for port in _SPACEPORTS:
        names = (port.full, *port.spellings)
        if any(_same(text, n) for n in (port.short, f"{port.full}, {port.region}", *names)):
            return port, ""
        for name in names:  # Launch Library 2: "PAD, PLACE"
            tail = ", " + name
            if len(text) > len(tail) and _same(text[-len(tail) :], tail):
                return port, text[: -len(tail)]
        head, region = port.full + " ", ", " + port.region
        if _same(text[: len(head)], head):  # ours: "PLACE PAD, REGION"
            rest = text[len(head) :]
            if _same(rest[-len(region) :], region):
                rest = rest[: -len(region)]
            return port, rest
    for port in _SPACEPORTS:  # short: "KSC LC-39A" (after the full names: "Baikonur Cosm…")
        head = port.short + " "
        if _same(text[: len(head)], head):
            return port, text[len(head) :]
    return None


@functools.lru_cache(maxsize=4096)  # an import meets a few hundred sites 100,000 times
def site(text: str) -> Place:
    """A launch site's short and full forms; text this table does not know stays as it is."""
    found = _split_site(_tidy(text))
    if found is None:
        return Place(text, text)
    return _site_place(*found)


def _known_destination(text: str) -> Place | None:
    for short, full, spellings in _DESTINATIONS:
        if any(_same(text, n) for n in (short, full, *spellings)):
            return Place(short, full)
    return None


@functools.lru_cache(maxsize=4096)
def destination(text: str) -> Place:
    """A destination's short and full forms ("ISS", "International Space Station"); a known
    destination with a qualifier keeps it ("LEO (free flight)"); other text stays as it is."""
    tidy = _tidy(text)
    known = _known_destination(tidy)
    if known is not None:
        return known
    qualified = _QUALIFIED.match(tidy)
    inner = _known_destination(qualified.group(1)) if qualified else None
    if qualified and inner is not None:
        note = qualified.group(2).strip()
        return Place(f"{inner.short} ({note})", f"{inner.full} ({note})")
    return Place(text, text)
