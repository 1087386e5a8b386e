"""The addresses a Launch Library 2 record carries, and a launch's status reason.

Webcasts (``vid_urls``) and information links (``info_urls``): objects with ``url``,
``title`` (``name`` in some versions), ``priority`` (lower first) and ``live``, or, in old
files, bare addresses. A mission patch (``mission_patches[].image_url``, the best-ranked one),
an astronaut's portrait (``image.image_url`` in 2.3, ``profile_image`` before), a vehicle's
picture (``image.image_url`` in 2.3, ``image_url`` before) and an agency's logo
(``logo.image_url`` in 2.3, ``logo_url`` before; its ``image`` when it has no logo). A status
reason is ``failreason`` or (up to 2.2) ``holdreason``.

Only web addresses (http, https) are kept: a window opens these with one click, so anything
else (``file:``, ``javascript:``) is left out and noted. Titles and reasons are prose: what
in them is not plain text is dropped, and what is longer than the database keeps is cut; the
launch itself is sound.
"""

from __future__ import annotations

from collections.abc import Mapping

from tracker import rules
from tracker.errors import ValidationError
from tracker.exchange.fields import Fields, escaped, kind_of
from tracker.exchange.ll2_data import LinkData
from tracker.rules import has_control_characters
from tracker.vocabulary import NAME_MAX, REASON_MAX, LinkKind

_KEYS = {LinkKind.WEBCAST: ("vid_urls", "vidURLs"), LinkKind.INFO: ("info_urls", "infoURLs")}


def _raw(rec: Fields, key: str) -> str:
    """Text as the file has it ("" when absent); only a value that is not text is refused."""
    value = rec.data.get(key)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise rec.fail(key, f"expected text, found {kind_of(value)}")
    return value


def _prose(rec: Fields, key: str, limit: int) -> str:
    """A title or a reason: what is not plain text dropped (a stray direction mark in a
    webcast's title is no reason to leave a launch out), cut to ``limit``."""
    value = _raw(rec, key)
    if has_control_characters(value):
        value = "".join(c for c in value if not has_control_characters(c))
    return " ".join(value.split())[:limit]


def _address(rec: Fields, key: str, notes: list[str]) -> str:
    """A web address, or "" (noted) when the field holds something else."""
    url = _raw(rec, key).strip()
    if not url:
        return ""
    try:
        return rules.web_address(url, "the address")
    except ValidationError as exc:
        notes.append(f'{rec.label}, field "{key}": {escaped(str(exc))}; left out')
        return ""


def links(rec: Fields, notes: list[str]) -> dict[LinkKind, tuple[LinkData, ...]] | None:
    """The launch's links by kind, for the kinds the record gives (``None``: neither)."""
    found: dict[LinkKind, tuple[LinkData, ...]] = {}
    for kind, keys in _KEYS.items():
        key = keys[0] if keys[0] in rec.data else keys[1] if keys[1] in rec.data else None
        if key is None:
            continue
        by_url: dict[str, LinkData] = {}
        for i, item in enumerate(rec.items(key) or []):
            entry = rec.entry(key, i, {"url": item} if isinstance(item, str) else item)
            url = _address(entry, "url", notes)
            if not url or url in by_url:
                continue
            title = _prose(entry, "title", NAME_MAX) or _prose(entry, "name", NAME_MAX)
            priority = entry.integer("priority")
            by_url[url] = LinkData(
                kind=kind,
                url=url,
                title=title,
                priority=i if priority is None else priority,
                live=entry.flag("live"),
            )
        found[kind] = tuple(sorted(by_url.values(), key=lambda k: k.priority))
    return found or None


def patch(rec: Fields, notes: list[str]) -> str | None:
    """The best-ranked mission patch's address; ``None`` when the record lists no patches."""
    items = rec.items("mission_patches")
    if items is None:
        return None
    patches = [rec.entry("mission_patches", i, p) for i, p in enumerate(items)]
    patches.sort(key=lambda p: p.integer("priority") or 0)
    for p in patches:
        url = _address(p, "image_url", notes)
        if url:
            return url
    return ""


def portrait(rec: Fields, notes: list[str]) -> str | None:
    """An astronaut's portrait address; ``None`` when the record has none."""
    image = rec.child("image")
    if image is not None and image.has("image_url"):
        return _address(image, "image_url", notes)
    if rec.has("profile_image"):
        return _address(rec, "profile_image", notes)
    return None


def picture(rec: Fields, keys: tuple[str, ...], notes: list[str]) -> str | None:
    """The address under the first of ``keys`` the record fills: an image object's
    ``image_url`` (2.3) or a bare address (up to 2.2); ``None`` when it fills none. A value of
    another kind is noted and left out: a picture is no reason to refuse a launch."""
    for key in keys:
        holder, field, value = rec, key, rec.data.get(key)
        if isinstance(value, Mapping):  # 2.3: {"id", "name", "image_url", ...}
            holder = Fields(value, (rec, key, None))
            field, value = "image_url", value.get("image_url")
        if value is None:
            continue
        if not isinstance(value, str):
            notes.append(
                f'{holder.label}, field "{field}": expected an address, found '
                f"{kind_of(value)}; left out"
            )
            return ""
        return _address(holder, field, notes)
    return None


def vehicle_image(rec: Fields, notes: list[str]) -> str | None:
    """A launcher's or spacecraft's configuration picture."""
    return picture(rec, ("image", "image_url"), notes)


def agency_logo(rec: Fields, notes: list[str]) -> str | None:
    """An agency's logo, else its picture."""
    return picture(rec, ("logo", "logo_url", "image", "image_url"), notes)


def status_reason(rec: Fields) -> str | None:
    """Why a launch holds or failed ("" when the record says none); ``None``: not given."""
    if "failreason" not in rec.data and "holdreason" not in rec.data:
        return None
    return _prose(rec, "failreason", REASON_MAX) or _prose(rec, "holdreason", REASON_MAX)
